import type { Range, TextEdit } from 'vscode-languageserver-types';
import { parseFile, splitChunks, type ParsedFile } from '../yaml/parse';
import { prettierYaml } from './prettier';
import { sameMeaning } from './sameMeaning';
import { lineEdit } from './edits';

export interface FormatOptions {
  /** The editor's indentation width for this file (LSP `FormattingOptions.tabSize`). */
  tabSize: number;
}

/**
 * Reformat a file, or only the documents (`---` sections) a range touches. Returns no edits when the
 * file is already formatted, has YAML errors or duplicate keys (the formatter would have to guess
 * which reading the author meant), or when the result would not mean the same to Kubernetes.
 */
export async function formatFile(file: ParsedFile, options: FormatOptions, range?: Range): Promise<TextEdit[]> {
  if (file.skipped !== undefined) return [];
  if (file.documents.some((d) => d.doc.errors.length > 0)) return [];
  const endOfLine = /^[^\n]*\r\n/.test(file.text) ? 'crlf' : 'lf';
  let formatted: string;
  try {
    formatted = await prettierYaml(file.text, { tabSize: options.tabSize, endOfLine });
  } catch {
    return []; // YAML the formatter's parser rejects: leave it as written
  }
  if (range) formatted = onlyTouched(file, formatted, range) ?? file.text;
  if (formatted === file.text || !sameMeaning(file, parseFile(formatted))) return [];
  return lineEdit(file.lines, file.text, formatted);
}

/**
 * The original text with just the documents that intersect `range` replaced by their formatted
 * version: whole documents, so that indentation never changes halfway through one.
 */
function onlyTouched(file: ParsedFile, formatted: string, range: Range): string | undefined {
  const before = file.chunks;
  const after = splitChunks(formatted);
  if (before.length !== after.length) return undefined;
  const from = file.lines.offsetAt(range.start);
  const to = file.lines.offsetAt(range.end);
  return before
    .map((chunk, i) => {
      const end = chunk.offset + chunk.text.length;
      const touched = from === to ? chunk.offset <= from && from <= end : chunk.offset < to && end > from;
      return touched ? after[i].text : chunk.text;
    })
    .join('');
}
