import type { Diagnostic } from 'vscode-languageserver-types';
import type { LineIndex } from './yaml/lineIndex';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A text replacement, in offsets relative to the document chunk that reported it. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** The one edit that turns `before` into `after`, their common start and end kept; undefined when they are equal. */
export function changedRegion(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { start, end: endBefore, newText: after.slice(start, endAfter) };
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The one fix an editor may apply on save / "fix all". */
  preferred?: boolean;
}

/**
 * What every check reports: offsets relative to its document chunk, so a document's problems
 * stay valid when an edit elsewhere in the file shifts it.
 */
export interface Problem {
  start: number;
  end: number;
  severity: Severity;
  code: string;
  message: string;
  fixes?: Fix[];
}

const LSP_SEVERITY: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, info: 3, hint: 4 };

export interface DiagnosticData {
  fixes?: { title: string; preferred?: boolean; edits: { range: Diagnostic['range']; newText: string }[] }[];
}

export function toDiagnostic(problem: Problem, base: number, lines: LineIndex): Diagnostic {
  const diagnostic: Diagnostic = {
    range: lines.range(base + problem.start, base + problem.end),
    severity: LSP_SEVERITY[problem.severity],
    code: problem.code,
    source: 'k8sense',
    message: problem.message,
  };
  if (problem.fixes?.length) {
    const data: DiagnosticData = {
      fixes: problem.fixes.map((fix) => ({
        title: fix.title,
        preferred: fix.preferred,
        edits: fix.edits.map((e) => ({ range: lines.range(base + e.start, base + e.end), newText: e.newText })),
      })),
    };
    diagnostic.data = data;
  }
  return diagnostic;
}

export function severityName(severity: Diagnostic['severity']): Severity {
  return (['error', 'error', 'warning', 'info', 'hint'] as const)[severity ?? 1];
}
