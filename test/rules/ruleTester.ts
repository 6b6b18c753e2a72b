// ESLint-style RuleTester: each case runs one rule through the real engine (parseFile +
// validateFile with only that rule) and asserts what a user sees: 1-based ranges, messages, fixes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseFile } from '../../server/src/yaml/parse';
import { validateFile } from '../../server/src/validation';
import { withDefaults, type RuleSeverity } from '../../server/src/settings';
import { severityName, type DiagnosticData, type Severity } from '../../server/src/problem';
import { documentCheck, fileCheck } from '../../server/src/rules/adapter';
import type { Rule } from '../../server/src/rules/types';
import { inKorean, untranslated } from '../l10n/korean';

export interface ExpectedProblem {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The exact message, or a pattern it must match. */
  message: string | RegExp;
  severity?: Severity;
}

export interface ValidCase {
  name?: string;
  code: string;
  /** Severity overrides (e.g. to enable a rule that is off by default). */
  rules?: Record<string, RuleSeverity>;
  /** This case holds the value just inside a limit (a length of 63, a port 65535, a count of 1). */
  boundary?: boolean;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedProblem[];
  /** The text after applying every problem's first fix; null asserts that no fix is offered. */
  output?: string | null;
}

/** Template tag: strips the first newline and the common indentation, so cases read as YAML. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({ raw: strings }, ...values)
    .replace(/^\n/, '')
    .replace(/\n[ \t]*$/, '\n');
  const indents = raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => /^ */.exec(l)![0].length);
  const cut = Math.min(...indents);
  return raw
    .split('\n')
    .map((l) => l.slice(cut))
    .join('\n');
}

export function runRule(rule: Rule, code: string, rules: Record<string, RuleSeverity> = {}) {
  const file = parseFile(code);
  const settings = withDefaults({ requireKubernetes: true, rules });
  const diagnostics = validateFile(file, settings, {
    documentChecks: rule.scope === 'document' ? [documentCheck(rule)] : [],
    fileChecks: rule.scope === 'file' ? [fileCheck(rule)] : [],
  }).filter((d) => d.code === rule.id);
  return { file, diagnostics };
}

/** Apply the first fix of every diagnostic (later edits first; overlapping edits are skipped). */
export function applyFixes(text: string, diagnostics: Diagnostic[]): string | null {
  const file = parseFile(text);
  const edits: { start: number; end: number; newText: string }[] = [];
  for (const d of diagnostics) {
    const fix = (d.data as DiagnosticData | undefined)?.fixes?.[0];
    for (const e of fix?.edits ?? []) {
      edits.push({ start: file.lines.offsetAt(e.range.start), end: file.lines.offsetAt(e.range.end), newText: e.newText });
    }
  }
  if (!edits.length) return null;
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const e of edits) {
    if (e.end > limit) continue;
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

function show(d: Diagnostic): string {
  const r = d.range;
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${severityName(d.severity)} ${d.message}`;
}

/**
 * The guards ESLint's RuleTester has, and one more: an invalid case expects at least one problem, a case
 * whose problems carry a fix states its `output`, no case is listed twice, and the valid cases hold the
 * value just inside the limit (`boundary: true`) unless the table says why the rule has no limit.
 */
function guard(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[]; noBoundary?: string }): void {
  const seen = new Set<string>();
  const all = [...cases.valid.map((c) => (typeof c === 'string' ? { code: c } : c)), ...cases.invalid];
  const dupes = all.filter((c) => {
    const key = JSON.stringify([c.code, c.rules ?? {}]);
    return seen.has(key) || !seen.add(key);
  });
  test(`${rule.id}: no case is listed twice`, () =>
    assert.deepEqual(
      dupes.map((c) => c.name ?? c.code),
      [],
    ));
  test(`${rule.id}: a valid case holds the boundary value`, () => {
    const has = cases.valid.some((c) => typeof c !== 'string' && c.boundary);
    assert.ok(
      has || (cases.noBoundary ?? '').length > 10,
      'mark the valid case that is just inside the limit with boundary: true, or say in noBoundary why there is no limit',
    );
  });
}

export function ruleTester(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[]; noBoundary?: string }): void {
  guard(rule, cases);
  // Off-by-default rules are tested switched on; a case may still pass its own overrides.
  const enable = rule.defaultOff ? { [rule.id]: rule.severity } : {};
  cases.valid.forEach((c, i) => {
    const vc = typeof c === 'string' ? { code: c } : c;
    test(`${rule.id} valid #${i + 1}${vc.name ? `: ${vc.name}` : ''}`, () => {
      const { diagnostics } = runRule(rule, vc.code, { ...enable, ...vc.rules });
      assert.deepEqual(diagnostics.map(show), [], 'expected no problems from this rule');
    });
  });
  // Every message and fix title in Korean (l10n/README.md): a message or fragment built outside t(),
  // or a key without its Korean entry, fails here with its English leftover named.
  cases.invalid.forEach((c, i) => {
    test(`${rule.id} invalid #${i + 1} in Korean${c.name ? `: ${c.name}` : ''}`, () => {
      const left = inKorean(() => untranslated(runRule(rule, c.code, { ...enable, ...c.rules }).diagnostics));
      assert.deepEqual(left, [], 'English left in Korean mode (see l10n/README.md)');
    });
  });
  cases.invalid.forEach((c, i) => {
    test(`${rule.id} invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
      assert.ok(c.errors.length > 0, 'an invalid case expects at least one problem');
      const { diagnostics } = runRule(rule, c.code, { ...enable, ...c.rules });
      assert.equal(
        diagnostics.length,
        c.errors.length,
        `expected ${c.errors.length} problem(s), got:\n${diagnostics.map(show).join('\n')}`,
      );
      // The engine lists diagnostics in reading order; a case may list its errors in any order.
      const expected = [...c.errors].sort((a, b) => a.line - b.line || a.column - b.column);
      expected.forEach((e, j) => {
        const d = diagnostics[j];
        const r = d.range;
        assert.deepEqual(
          { line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 },
          { line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn },
          `range of problem ${j + 1}: ${show(d)}`,
        );
        const message = typeof d.message === 'string' ? d.message : d.message.value;
        if (typeof e.message === 'string') assert.equal(message, e.message);
        else assert.match(message, e.message);
        assert.equal(severityName(d.severity), e.severity ?? rule.severity, `severity of: ${show(d)}`);
      });
      const fixed = applyFixes(c.code, diagnostics);
      if (c.output === undefined) assert.equal(fixed, null, "this case's problems offer a fix: state its output");
      else assert.equal(fixed, c.output);
    });
  });
}
