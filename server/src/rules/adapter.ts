import type { DocumentCheck, FileCheck } from '../checks';
import type { Problem } from '../problem';
import type { Settings } from '../settings';
import type { ManifestDocument } from '../yaml/parse';
import { isScalar, type Scalar } from 'yaml';
import { deref, isPlaceholder, linkAliases, spanOf, type At } from './nodes';
import type { DocumentRule, FileRule, ReportOptions, Rule } from './types';

/** A rule runs unless turned off; a rule that is off by default runs once settings give it a severity. */
export function ruleEnabled(rule: Rule, settings: Settings): boolean {
  const override = settings.rules[rule.id];
  if (override !== undefined) return override !== 'off';
  return !rule.defaultOff;
}

/**
 * A value that a tool fills in later (`${IMAGE_TAG}`, `{{ .Values.port }}`) is never a rule's error:
 * whatever a rule found wrong with it, the real value decides (the schema check notes placeholders).
 */
function atPlaceholder(at: At): boolean {
  const node = deref(at);
  if (!isScalar(node)) return false;
  const value = (node as Scalar).value;
  return typeof value === 'string' && isPlaceholder(value);
}

function problem(rule: Rule, at: At, message: string, options: ReportOptions | undefined): Problem | undefined {
  const span = spanOf(at);
  if (!span || atPlaceholder(at)) return undefined;
  return {
    start: span.start,
    end: span.end,
    severity: options?.severity ?? rule.severity,
    code: rule.id,
    message,
    ...(options?.fixes?.length ? { fixes: options.fixes } : {}),
  };
}

/** One report per spot and message: a node shared through an alias may be found once per use. */
function isRepeat(list: Problem[], p: Problem): boolean {
  return list.some((q) => q.start === p.start && q.end === p.end && q.message === p.message);
}

/** The engine's per-document check for a rule (severity overrides are applied by validation). */
export function documentCheck(rule: DocumentRule): DocumentCheck {
  return {
    id: rule.id,
    check(doc, ctx) {
      if (!ruleEnabled(rule, ctx.settings)) return [];
      const out: Problem[] = [];
      linkAliases(doc);
      rule.check(doc, (at, message, options) => {
        const p = problem(rule, at, message, options);
        if (p && !isRepeat(out, p)) out.push(p);
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
      // One report per document, spot and message, looked up (a file may hold thousands of reports).
      const seen = new Map<ManifestDocument, Set<string>>();
      for (const doc of file.documents) linkAliases(doc);
      rule.check(
        file,
        (doc, at, message, options) => {
          const p = problem(rule, at, message, options);
          if (!p) return;
          const key = `${p.start}:${p.end}:${p.message}`;
          let keys = seen.get(doc);
          if (!keys) seen.set(doc, (keys = new Set()));
          if (keys.has(key)) return;
          keys.add(key);
          out.push({ doc, problem: p });
        },
        { model: ctx.model, uri: ctx.uri },
      );
      return out;
    },
  };
}
