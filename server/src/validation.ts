import type { Diagnostic } from 'vscode-languageserver-types';
import { looksLikeKubernetes, type Chunk, type ManifestDocument, type ParsedFile } from './yaml/parse';
import { toDiagnostic, type Problem } from './problem';
import { settingsKey, type Settings } from './settings';
import { syntaxProblems } from './syntax/syntaxProblems';
import type { CheckContext, DocumentCheck, FileCheck } from './checks';
import { DOCUMENT_CHECKS, FILE_CHECKS } from './checkList';
import { fileScope, type Model } from './model';
import { t } from './l10n';

function chunkSyntax(chunk: Chunk): Problem[] {
  let problems = chunk.cache.get('syntax') as Problem[] | undefined;
  if (!problems) {
    problems = syntaxProblems(chunk);
    chunk.cache.set('syntax', problems);
  }
  return problems;
}

/** Documents whose per-document checks ran (not replayed from their cache), in total: for work-count tests. */
export const validationWork = { documentsChecked: 0 };

function documentProblems(doc: ManifestDocument, ctx: CheckContext, checks: readonly DocumentCheck[], key: string): Problem[] {
  let problems = doc.cache.get(key) as Problem[] | undefined;
  if (!problems) {
    validationWork.documentsChecked++;
    problems = [];
    for (const check of checks) {
      try {
        problems.push(...check.check(doc, ctx));
      } catch (err) {
        // A check that throws must not hide the others' results or take the server down.
        problems.push({
          start: 0,
          end: 0,
          severity: 'info',
          code: 'k8sense/internal',
          message: t`k8sense check "${check.id}" failed on this document: ${String(err)}`,
        });
      }
    }
    doc.cache.set(key, problems);
  }
  return problems;
}

/** Settings decide a problem's final severity, or drop it. */
function applySeverity(problem: Problem, settings: Settings): Problem | undefined {
  const override = settings.rules[problem.code];
  if (override === undefined) return problem;
  if (override === 'off') return undefined;
  return override === problem.severity ? problem : { ...problem, severity: override };
}

/** Spans compared by `overlapIndex` lookups, in total (tests check it grows as n log n, not n²). */
export const overlapWork = { steps: 0 };

/**
 * Whether a problem overlaps any of `list` (an empty span counts as one character), answered by
 * binary search over the list sorted by start with the running maximum of ends: a chunk may hold
 * thousands of syntax errors and its documents thousands of problems.
 */
export function overlapIndex(list: readonly Problem[]): (p: Problem) => boolean {
  if (!list.length) return () => false;
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const starts = sorted.map((b) => b.start);
  const maxEnd: number[] = [];
  for (const b of sorted) maxEnd.push(Math.max(maxEnd.at(-1) ?? -Infinity, Math.max(b.end, b.start + 1)));
  return (a) => {
    const aEnd = Math.max(a.end, a.start + 1);
    // The spans starting before a's end: the one of them reaching furthest decides.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      overlapWork.steps++;
      const mid = (lo + hi) >> 1;
      if (starts[mid] < aEnd) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] > a.start;
  };
}

const RANK = { error: 0, warning: 1, info: 2, hint: 3 } as const;
const family = (code: string) => code.slice(0, code.indexOf('/') + 1);

/**
 * The schema and the API rules sometimes see the same mistake at the same node (an enum value, a
 * port range, a quantity). Say it once: the graver report wins, then the API rule, whose message
 * speaks in Kubernetes' terms; a fix the dropped report carried is kept.
 */
export function dedupeSameSpot(problems: Problem[]): Problem[] {
  const byStart = new Map<number, Problem>();
  const out: Problem[] = [];
  for (const p of problems) {
    const other = byStart.get(p.start);
    if (!other || family(other.code) === family(p.code)) {
      if (!other) byStart.set(p.start, p);
      out.push(p);
      continue;
    }
    const pWins = RANK[p.severity] < RANK[other.severity] || (RANK[p.severity] === RANK[other.severity] && p.code.startsWith('k8s/'));
    const [winner, loser] = pWins ? [p, other] : [other, p];
    const merged = !winner.fixes?.length && loser.fixes?.length ? { ...winner, fixes: loser.fixes } : winner;
    byStart.set(p.start, merged);
    out[out.indexOf(other)] = merged;
  }
  return out;
}

const TEMPLATE = /\{\{-?\s*[.$A-Za-z(/]/;

/** Whether a text holds Go/Helm template actions (its template notice is decided over the whole file). */
export function hasTemplateActions(text: string): boolean {
  return TEMPLATE.test(text);
}

function hasTemplate(chunk: Chunk): boolean {
  let found = chunk.cache.get('template') as boolean | undefined;
  if (found === undefined) chunk.cache.set('template', (found = TEMPLATE.test(chunk.text)));
  return found;
}

/**
 * A Helm chart's templates/ (Go templates) is not YAML until rendered: when template actions are
 * what breaks the parse, one note says so instead of a cascade of syntax errors.
 */
function templateNotice(file: ParsedFile): Diagnostic | undefined {
  // Asked per chunk and kept on it (a match cannot span chunks: the next one starts with "---").
  if (!file.chunks.some(hasTemplate)) return undefined;
  const broken = file.documents.some((d) => d.doc.errors.length > 0);
  if (!broken) return undefined;
  const line = file.lines.lineAt(file.text.search(TEMPLATE));
  const start = { line, character: 0 };
  return {
    range: { start, end: { line, character: file.lines.lineText(line).length } },
    severity: 3,
    code: 'k8sense/template',
    source: 'k8sense',
    message: t(
      'this file is a Go/Helm template ({{ … }}), not YAML yet: k8sense checks rendered manifests — run `helm template <chart> | k8sense check -`, or exclude templates/ with k8sense.exclude',
    ),
  };
}

export interface ValidationOptions {
  documentChecks?: readonly DocumentCheck[];
  fileChecks?: readonly FileCheck[];
  /** The scope that references resolve in; without one, the file alone. */
  model?: Model;
  uri?: string;
}

/**
 * A chunk's own problems, final (severities applied, reports under a syntax error dropped, one per
 * spot): syntax, then each document's checks. They depend on the chunk and the settings only, so an
 * unchanged chunk keeps them (with the default checks) and an edit redoes the chunks it touched.
 */
function chunkProblems(chunk: Chunk, ctx: CheckContext, checks: readonly DocumentCheck[], cacheKey: string): Problem[] {
  const key = `final:${cacheKey}`;
  const keep = checks === DOCUMENT_CHECKS;
  let list = keep ? (chunk.cache.get(key) as Problem[] | undefined) : undefined;
  if (list) return list;
  list = [];
  const syntax = chunkSyntax(chunk);
  for (const p of syntax) {
    const final = applySeverity(p, ctx.settings);
    if (final) list.push(final);
  }
  // A duplicated key still parses: the checks read the value kubectl keeps, so their reports at it stand.
  const overlaps = overlapIndex(syntax.filter((p) => p.code !== 'yaml/duplicate-key'));
  for (const doc of chunk.documents) {
    if (doc.isEmpty || doc.hasStructuralErrors) continue;
    const problems: Problem[] = [];
    for (const p of documentProblems(doc, ctx, checks, cacheKey)) {
      const final = overlaps(p) ? undefined : applySeverity(p, ctx.settings);
      if (final) problems.push(final);
    }
    list.push(...dedupeSameSpot(problems));
  }
  if (keep) chunk.cache.set(key, list);
  return list;
}

/** Whether the file gets checked at all: Kubernetes-looking files, or everything when required. */
export function shouldValidate(file: ParsedFile, settings: Settings): boolean {
  return settings.validate && (settings.requireKubernetes || looksLikeKubernetes(file));
}

/** All diagnostics of a file: syntax, per-document checks, cross-document checks. */
export function validateFile(file: ParsedFile, settings: Settings, options: ValidationOptions = {}): Diagnostic[] {
  if (file.skipped !== undefined) {
    if (!settings.validate || !file.skipped) return [];
    const start = { line: 0, character: 0 };
    return [{ range: { start, end: start }, severity: 3, code: 'k8sense/file-too-large', source: 'k8sense', message: file.skipped }];
  }
  if (!shouldValidate(file, settings)) return [];
  const template = templateNotice(file);
  if (template) return settings.rules['k8sense/template'] === 'off' ? [] : [template];
  const documentChecks = options.documentChecks ?? DOCUMENT_CHECKS;
  const fileChecks = options.fileChecks ?? FILE_CHECKS;
  const ctx: CheckContext = { settings, file, ...fileScope(file, options) };
  const cacheKey = `checks:${settingsKey(settings)}`;
  const out: Diagnostic[] = [];
  const emit = (problem: Problem, base: number) => {
    const p = applySeverity(problem, settings);
    if (p) out.push(toDiagnostic(p, base, file.lines));
  };
  for (const chunk of file.chunks) {
    for (const p of chunkProblems(chunk, ctx, documentChecks, cacheKey)) out.push(toDiagnostic(p, chunk.offset, file.lines));
  }
  for (const check of fileChecks) {
    try {
      for (const { doc, problem } of check.check(file, ctx)) emit(problem, doc.offset);
    } catch {
      // Cross-document checks are advisory; a failure leaves the rest intact.
    }
  }
  // In reading order, as the Problems panel and the CLI list them.
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
