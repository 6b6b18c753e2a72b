import type { TextEdit } from 'vscode-languageserver-types';
import type { LineIndex } from '../yaml/lineIndex';

/**
 * One edit covering only the lines that differ (common leading and trailing lines are kept), so an
 * editor that applies it as is keeps the cursor and folds outside the change.
 */
export function lineEdit(lines: LineIndex, before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitKeepingEnds(before);
  const b = splitKeepingEnds(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const start = a.slice(0, head).join('').length;
  const end = before.length - a.slice(a.length - tail).join('').length;
  const newText = b.slice(head, b.length - tail).join('');
  return [{ range: lines.range(start, end), newText }];
}

function splitKeepingEnds(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
