// What every answer must satisfy, checked in the LSP's line model (lines end at \n, \r\n or \r),
// independently of the engine's own LineIndex.

export class Lines {
  constructor(text) {
    this.text = text;
    this.starts = [0];
    this.ends = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        this.ends.push(i);
        this.starts.push(i + 2);
        i++;
      } else if (c === 10 || c === 13) {
        this.ends.push(i);
        this.starts.push(i + 1);
      }
    }
    this.ends.push(text.length);
  }
  get count() {
    return this.starts.length;
  }
  length(line) {
    return this.ends[line] - this.starts[line];
  }
  offset(p) {
    return this.starts[p.line] + p.character;
  }
}

/** Problems with one range: outside the document, or end before start. */
export function rangeProblem(lines, range, what) {
  if (!range || typeof range !== 'object' || !range.start || !range.end) return `${what}: no range (${JSON.stringify(range)})`;
  for (const [name, p] of [
    ['start', range.start],
    ['end', range.end],
  ]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0)
      return `${what}: ${name} ${JSON.stringify(p)} is not a position`;
    if (p.line >= lines.count) return `${what}: ${name} line ${p.line} is past the last line (${lines.count - 1})`;
    if (p.character > lines.length(p.line))
      return `${what}: ${name} ${p.line}:${p.character} is past the end of its line (${lines.length(p.line)} characters)`;
  }
  const { start, end } = range;
  if (end.line < start.line || (end.line === start.line && end.character < start.character))
    return `${what}: inverted range ${JSON.stringify(range)}`;
  return undefined;
}

export function within(outer, inner) {
  const le = (a, b) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

/** Apply LSP text edits to `text` (all ranges in the original text); undefined when they overlap. */
export function applyEdits(text, edits) {
  const lines = new Lines(text);
  const spans = edits
    .map((e) => [lines.offset(e.range.start), lines.offset(e.range.end), e.newText])
    .sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  let out = text;
  let limit = Infinity;
  for (const [s, e, t] of spans) {
    if (e > limit) return undefined;
    out = out.slice(0, s) + t + out.slice(e);
    limit = s;
  }
  return out;
}

/** YAML errors the parser finds in a file (what a fix must not add to). */
export function yamlErrorCount(file) {
  return file.documents.reduce((n, d) => n + d.doc.errors.length, 0);
}
