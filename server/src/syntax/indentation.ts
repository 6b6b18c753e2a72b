import { t } from '../l10n';
/**
 * Explains indentation mistakes: which columns a line could legally start at, given the lines
 * above it, so a message can say "indented 3 spaces; its siblings are at 2".
 */
export interface IndentContext {
  /** Indentation (spaces) of the offending line. */
  indent: number;
  /** The key or item text that starts the line, e.g. `labels:`. */
  token: string;
  /** Columns the line could start at, nearest-first preference for the fix. */
  allowed: number[];
  /** The indent of the line above when it opens a block (ends with `:`), else undefined. */
  opensBlockAt?: number;
  /** The column the previous key or list item content starts at. */
  previousKeyColumn?: number;
  /** That previous key, e.g. `name`. */
  previousKey?: string;
}

const BLANK_OR_COMMENT = /^\s*(#.*)?$/;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Column where a line's key content starts: after any `- ` sequence indicators. */
export function contentColumn(line: string): number {
  return /^(\s*(?:-\s+)*)/.exec(line)![1].length;
}

/** Lines the explanations walked, in total (tests check it grows linearly with the file). */
export const indentWork = { linesVisited: 0 };

/**
 * The enclosing levels of every line, found in one forward pass: `parent[i]` is the nearest line
 * above `i` indented less than it (the top of a stack of open indents), so explaining a line walks
 * only its own levels, not the whole file above it.
 */
export class IndentLevels {
  /** Nearest non-blank line above, or -1. */
  private readonly previous: Int32Array;
  /** Nearest line above with a smaller indent than this (non-blank) line, or -1. */
  private readonly parent: Int32Array;
  private readonly indents: Int32Array;

  constructor(readonly lines: string[]) {
    const n = lines.length;
    this.previous = new Int32Array(n);
    this.parent = new Int32Array(n);
    this.indents = new Int32Array(n);
    const stack: number[] = [];
    let prev = -1;
    for (let i = 0; i < n; i++) {
      this.previous[i] = prev;
      if (BLANK_OR_COMMENT.test(lines[i])) {
        this.indents[i] = -1;
        this.parent[i] = -1;
        continue;
      }
      const ind = indentOf(lines[i]);
      this.indents[i] = ind;
      while (stack.length && this.indents[stack[stack.length - 1]] >= ind) stack.pop();
      this.parent[i] = stack.length ? stack[stack.length - 1] : -1;
      stack.push(i);
      prev = i;
    }
  }

  /** The lines above `lineNo` that open a level it could belong to: strictly smaller indents, nearest first. */
  *enclosing(lineNo: number): Generator<number> {
    for (let i = this.previous[lineNo] ?? -1; i !== -1; i = this.parent[i]) {
      indentWork.linesVisited++;
      yield i;
    }
  }

  previousLine(lineNo: number): number {
    return this.previous[lineNo] ?? -1;
  }
}

export function indentContext(levels: IndentLevels, lineNo: number): IndentContext | undefined {
  const lines = levels.lines;
  const line = lines[lineNo];
  if (line === undefined || BLANK_OR_COMMENT.test(line)) return undefined;
  const indent = indentOf(line);
  const token = line.trim().split(/\s+/)[0];
  const allowed = new Set<number>();
  const prevNo = levels.previousLine(lineNo);
  if (prevNo === -1) return { indent, token, allowed: [0] };
  const prev = lines[prevNo];
  const prevKeyCol = contentColumn(prev);
  const opensBlock = /:\s*(#.*)?$/.test(prev) || /^\s*-\s*$/.test(prev);
  // Every enclosing level (and the content column of its list items).
  for (const i of levels.enclosing(lineNo)) {
    const l = lines[i];
    const ind = indentOf(l);
    allowed.add(ind);
    const col = contentColumn(l);
    if (col !== ind) allowed.add(col);
  }
  allowed.add(prevKeyCol);
  const ordered = [...allowed].sort(
    (a, b) => Math.abs(a - indent) - Math.abs(b - indent) || (b === prevKeyCol ? 1 : 0) - (a === prevKeyCol ? 1 : 0),
  );
  return {
    indent,
    token,
    allowed: ordered,
    opensBlockAt: opensBlock ? indentOf(prev) : undefined,
    previousKeyColumn: prevKeyCol,
    previousKey: /^([^:\s][^:]*):(\s|$)/.exec(prev.slice(prevKeyCol))?.[1],
  };
}

export function spaces(n: number): string {
  return n === 1 ? t('1 space') : t`${n} spaces`;
}
