import type { Diagnostic } from 'vscode-languageserver-types';
import type { DiagnosticData } from '../problem';
import { parseFile, type ParsedFile } from '../yaml/parse';
import { validateFile } from '../validation';
import type { Settings } from '../settings';
import type { Model } from '../model';

/** The workspace a file's references resolve in: its facts are updated with each round's text. */
export interface FixScope {
  model: Model;
  uri: string;
}

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** Rounds of fixing before giving up on reaching a fixed point (each round re-validates). */
export const MAX_ROUNDS = 10;

/** The edits of every diagnostic's preferred fix, in offsets; a fix that overlaps one taken earlier waits for the next round. */
export function preferredEdits(file: ParsedFile, diagnostics: Diagnostic[]): OffsetEdit[][] {
  const fixes: OffsetEdit[][] = [];
  for (const d of diagnostics) {
    const fix = (d.data as DiagnosticData | undefined)?.fixes?.find((f) => f.preferred);
    if (!fix?.edits.length) continue;
    fixes.push(
      fix.edits.map((e) => ({ start: file.lines.offsetAt(e.range.start), end: file.lines.offsetAt(e.range.end), newText: e.newText })),
    );
  }
  return fixes;
}

/** Apply whole fixes that do not overlap each other (the first one wins). */
export function applyFixEdits(text: string, fixes: OffsetEdit[][]): { text: string; applied: number } {
  const taken: OffsetEdit[] = [];
  let applied = 0;
  // Overlapping ranges, or two insertions at one spot, clash.
  const clash = (e: OffsetEdit) =>
    taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === t.start && (e.start === e.end || t.start === t.end)));
  for (const fix of fixes) {
    if (fix.some(clash)) continue;
    taken.push(...fix);
    applied++;
  }
  taken.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of taken) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return { text: out, applied };
}

/** YAML errors (the parse, not the checks) of a file: a fix must never add one, a duplicate key included. */
function parseErrorCount(file: ParsedFile): number {
  return file.documents.reduce((n, d) => n + d.doc.errors.length, 0);
}

const isSyntax = (d: Diagnostic) => d.code === 'yaml/syntax';
const syntaxProblems = (diagnostics: Diagnostic[]) => diagnostics.filter(isSyntax).length;

export interface FixAllResult {
  text: string;
  /** Fixes applied over all rounds. */
  applied: number;
  rounds: number;
}

/**
 * Every preferred fix, repeated until nothing changes (bounded). A round whose fixes together would
 * add a YAML error is retried one fix at a time, keeping only the fixes that parse.
 */
export function fixAll(text: string, settings: Settings, scope?: FixScope): FixAllResult {
  let current = text;
  let applied = 0;
  let rounds = 0;
  // Structure first: while syntax problems have fixes, a round applies only those, and it must leave fewer
  // syntax problems than it found. Guessed indentations can otherwise chase each other (fixing one line
  // misplaces the next) until the round limit; such a round is undone and syntax fixes are given up.
  let syntaxRound: { text: string; problems: number; applied: number } | undefined;
  let syntaxGivenUp = false;
  for (; rounds < MAX_ROUNDS; rounds++) {
    let file = parseFile(current);
    if (rounds > 0) scope?.model.setFile(scope.uri, file);
    let diagnostics = validateFile(file, settings, scope ?? {});
    if (syntaxRound && syntaxProblems(diagnostics) >= syntaxRound.problems) {
      current = syntaxRound.text;
      applied -= syntaxRound.applied;
      syntaxGivenUp = true;
      file = parseFile(current);
      scope?.model.setFile(scope.uri, file);
      diagnostics = validateFile(file, settings, scope ?? {});
    }
    syntaxRound = undefined;
    const syntaxFixes = syntaxGivenUp ? [] : preferredEdits(file, diagnostics.filter(isSyntax));
    const fixes = syntaxFixes.length
      ? syntaxFixes
      : preferredEdits(
          file,
          diagnostics.filter((d) => !isSyntax(d)),
        );
    if (!fixes.length) break;
    const before = parseErrorCount(file);
    let next = applyFixEdits(current, fixes);
    if (parseErrorCount(parseFile(next.text)) > before) {
      // From the end of the file backwards, so each fix's offsets are still those of the text it is applied to.
      next = { text: current, applied: 0 };
      const byStart = [...fixes].sort((a, b) => Math.min(...b.map((e) => e.start)) - Math.min(...a.map((e) => e.start)));
      let limit = Infinity;
      for (const fix of byStart) {
        if (Math.max(...fix.map((e) => e.end)) > limit) continue;
        const candidate = applyFixEdits(next.text, [fix]);
        if (!candidate.applied || parseErrorCount(parseFile(candidate.text)) > before) continue;
        next = { text: candidate.text, applied: next.applied + 1 };
        limit = Math.min(...fix.map((e) => e.start));
      }
    }
    if (!next.applied || next.text === current) break;
    if (syntaxFixes.length) syntaxRound = { text: current, problems: syntaxProblems(diagnostics), applied: next.applied };
    current = next.text;
    applied += next.applied;
  }
  // The round limit reached right after a syntax round: keep it only if it made progress.
  if (syntaxRound && syntaxProblems(validateFile(parseFile(current), settings, scope ?? {})) >= syntaxRound.problems) {
    current = syntaxRound.text;
    applied -= syntaxRound.applied;
  }
  if (rounds > 0 && scope) scope.model.setFile(scope.uri, parseFile(current));
  return { text: current, applied, rounds };
}
