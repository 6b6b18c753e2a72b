import type { Range } from 'vscode-languageserver-types';
import { parseChunk, parseFile, type ParsedFile } from './yaml/parse';

const errorCount = (docs: { doc: { errors: unknown[] } }[]) => docs.reduce((n, d) => n + d.doc.errors.length, 0);

/**
 * Whether applying a fix leaves the YAML no more broken than it was: a fix computed from a badly
 * broken file can make it worse (tabs replaced at the wrong width, a rename onto an existing key).
 * Only the chunk the fix touches is parsed again; the file's own parse is not modified.
 */
export function keepsParsing(file: ParsedFile, edits: { range: Range; newText: string }[]): boolean {
  if (!edits.length) return true;
  const spans = edits
    .map((e) => ({ start: file.lines.offsetAt(e.range.start), end: file.lines.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  const first = spans[spans.length - 1].start;
  const last = spans[0].end;
  const chunk = file.chunks.find((c) => c.offset <= first && last <= c.offset + c.text.length);
  const base = chunk ? chunk.text : file.text;
  const shift = chunk ? chunk.offset : 0;
  let text = base;
  let limit = Infinity;
  for (const s of spans) {
    if (s.end > limit) return false; // overlapping edits
    text = text.slice(0, s.start - shift) + s.text + text.slice(s.end - shift);
    limit = s.start;
  }
  text = text.replace(/\r(?!\n)/g, '\n');
  if (chunk) return errorCount(parseChunk(text, chunk.offset).documents) <= errorCount(chunk.documents);
  return errorCount(parseFile(text).documents) <= errorCount(file.documents);
}
