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
function contentColumn(line: string): number {
  const m = /^(\s*(?:-\s+)*)/.exec(line);
  return m ? m[1].length : 0;
}

export function indentContext(lines: string[], lineNo: number): IndentContext | undefined {
  const line = lines[lineNo];
  if (line === undefined || BLANK_OR_COMMENT.test(line)) return undefined;
  const indent = indentOf(line);
  const token = line.trim().split(/\s+/)[0];
  const allowed = new Set<number>();
  let prev: string | undefined;
  for (let i = lineNo - 1; i >= 0; i--) {
    if (!BLANK_OR_COMMENT.test(lines[i])) {
      prev = lines[i];
      break;
    }
  }
  if (prev === undefined) return { indent, token, allowed: [0] };
  const prevKeyCol = contentColumn(prev);
  const opensBlock = /:\s*(#.*)?$/.test(prev) || /^\s*-\s*$/.test(prev);
  // Every enclosing level: walk up collecting strictly smaller indents (and their item contents).
  let limit = Infinity;
  for (let i = lineNo - 1; i >= 0 && limit > 0; i--) {
    const l = lines[i];
    if (BLANK_OR_COMMENT.test(l)) continue;
    const ind = indentOf(l);
    if (ind < limit || (ind === limit && i === lineNo - 1)) {
      allowed.add(ind);
      const col = contentColumn(l);
      if (col !== ind) allowed.add(col);
      limit = ind;
    }
  }
  allowed.add(prevKeyCol);
  const ordered = [...allowed].sort((a, b) => Math.abs(a - indent) - Math.abs(b - indent) || (b === prevKeyCol ? 1 : 0) - (a === prevKeyCol ? 1 : 0));
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
  return n === 1 ? '1 space' : `${n} spaces`;
}
