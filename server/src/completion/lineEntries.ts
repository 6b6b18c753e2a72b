/**
 * What a block-style YAML line opens, read from its text alone: `  - - name: web # c` is a
 * sequence item at column 2, one at column 4, and the key `name` at column 6 with the value `web`.
 * Completion reads half-typed lines this way because the parser often sees them differently
 * (`  acc` is a plain scalar continuing the value above, not a key).
 */
export type LineEntry =
  | { kind: 'seq'; col: number }
  | {
      kind: 'key';
      col: number;
      key: string;
      /** Column just after the key text (before the `:`). */
      keyEnd: number;
      /** The value after `: `, without a trailing comment ('' when the value is on the next lines). */
      value: string;
      /** Column where the value starts (after the colon and spaces). */
      valueCol: number;
    }
  | { kind: 'scalar'; col: number; text: string };

// A key: quoted, or plain (not starting with an indicator), ending in `:` followed by a space or the end.
const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'{}[\],&*!|>%@`][^#]*?)[ \t]*:(?=[ \t]|$)/;

export function lineEntries(line: string): LineEntry[] {
  const out: LineEntry[] = [];
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  if (i >= line.length || line[i] === '#') return out;
  if (i === 0 && /^(?:---|\.\.\.)(?:\s|$)|^%/.test(line)) return out;
  for (;;) {
    if (line[i] === '-' && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
      out.push({ kind: 'seq', col: i });
      i++;
      while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
      if (i >= line.length || line[i] === '#') return out;
      continue;
    }
    const rest = line.slice(i);
    const m = KEY.exec(rest);
    if (m) {
      let key = m[1];
      if (key.startsWith('"')) key = key.slice(1, -1).replace(/\\(.)/g, '$1');
      else if (key.startsWith("'")) key = key.slice(1, -1).replace(/''/g, "'");
      let valueCol = i + m[0].length;
      while (valueCol < line.length && (line[valueCol] === ' ' || line[valueCol] === '\t')) valueCol++;
      out.push({ kind: 'key', col: i, key, keyEnd: i + m[1].length, value: stripComment(line.slice(valueCol)), valueCol });
      return out;
    }
    out.push({ kind: 'scalar', col: i, text: stripComment(rest) });
    return out;
  }
}

/** Drop a ` # comment` that is outside quotes. */
export function stripComment(text: string): string {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s[{,:]/.test(text[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      return text.slice(0, i).trimEnd();
    }
  }
  return text.trimEnd();
}

/** A value that opens a block scalar (`|`, `>-`, `|2+`...): the lines below it are text, not YAML. */
export function isBlockScalarHeader(value: string): boolean {
  return /^(?:[&!][^\s]*\s+)*[|>][-+0-9]*$/.test(value);
}
