import type { DocumentCheck, FileCheck } from '../checks';
import type { Problem } from '../problem';
import type { Settings } from '../settings';
import type { ManifestDocument } from '../yaml/parse';
import { spanOf, type At } from './nodes';
import type { DocumentRule, FileRule, ReportOptions, Rule } from './types';

/** A rule runs unless turned off; a rule that is off by default runs once settings give it a severity. */
export function ruleEnabled(rule: Rule, settings: Settings): boolean {
  const override = settings.rules[rule.id];
  if (override !== undefined) return override !== 'off';
  return !rule.defaultOff;
}

function problem(rule: Rule, at: At, message: string, options: ReportOptions | undefined): Problem | undefined {
  const span = spanOf(at);
  if (!span) return undefined;
  return {
    start: span.start,
    end: span.end,
    severity: options?.severity ?? rule.severity,
    code: rule.id,
    message,
    ...(options?.fixes?.length ? { fixes: options.fixes } : {}),
  };
}

/** The engine's per-document check for a rule (severity overrides are applied by validation). */
export function documentCheck(rule: DocumentRule): DocumentCheck {
  return {
    id: rule.id,
    check(doc, ctx) {
      if (!ruleEnabled(rule, ctx.settings)) return [];
      const out: Problem[] = [];
      rule.check(doc, (at, message, options) => {
        const p = problem(rule, at, message, options);
        if (p) out.push(p);
      });
      return out;
    },
  };
}

export function fileCheck(rule: FileRule): FileCheck {
  return {
    id: rule.id,
    check(file, ctx) {
      if (!ruleEnabled(rule, ctx.settings)) return [];
      const out: { doc: ManifestDocument; problem: Problem }[] = [];
      rule.check(file, (doc, at, message, options) => {
        const p = problem(rule, at, message, options);
        if (p) out.push({ doc, problem: p });
      });
      return out;
    },
  };
}
