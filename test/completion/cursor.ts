import type { CompletionItem, Hover, Position, TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/languageService';
import type { ParsedFile } from '../../server/src/yaml/parse';
import type { Settings } from '../../server/src/settings';

const service = getLanguageService();

/**
 * YAML with a cursor marker: `|`, or `‸` when the text itself holds a `|` (block scalars).
 * Returns the text without the marker and the cursor position.
 */
export function withCursor(src: string): { text: string; file: ParsedFile; position: Position } {
  const marker = src.includes('‸') ? '‸' : '|';
  const offset = src.indexOf(marker);
  if (offset === -1) throw new Error('no cursor marker in the test text');
  const text = src.slice(0, offset) + src.slice(offset + marker.length);
  const file = service.parse(text);
  return { text, file, position: file.lines.positionAt(offset) };
}

export function completeAt(src: string, settings?: Partial<Settings>): CompletionItem[] {
  const { file, position } = withCursor(src);
  return service.complete(file, position, settings).items;
}

export function hoverAt(src: string): Hover | null {
  const { file, position } = withCursor(src);
  return service.hover(file, position);
}

export function hoverText(src: string): string {
  const h = hoverAt(src);
  if (!h) return '';
  const c = h.contents as { value: string };
  return c.value;
}

export function labels(items: CompletionItem[]): string[] {
  return items.map((i) => i.label);
}

/** Labels in the order an editor shows them (sortText, then label). */
export function sorted(items: CompletionItem[]): string[] {
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
}

export function item(items: CompletionItem[], label: string): CompletionItem {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no completion "${label}" among: ${labels(items).join(', ')}`);
  return found;
}

export function newText(i: CompletionItem): string {
  return (i.textEdit as TextEdit).newText;
}

/** The document after accepting an item: its edit and additional edits applied, snippet placeholders left as written. */
export function accept(src: string, label: string, settings?: Partial<Settings>): string {
  const { text, file, position } = withCursor(src);
  const i = item(service.complete(file, position, settings).items, label);
  const edits = [i.textEdit as TextEdit, ...(i.additionalTextEdits ?? [])].sort(
    (a, b) => file.lines.offsetAt(b.range.start) - file.lines.offsetAt(a.range.start),
  );
  let out = text;
  for (const e of edits) out = out.slice(0, file.lines.offsetAt(e.range.start)) + e.newText + out.slice(file.lines.offsetAt(e.range.end));
  return out;
}
