import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ManifestDocument, ParsedFile } from '../yaml/parse';

/**
 * The 0-based line of the key at `path` in a document (e.g. ['spec', 'template']), or of the
 * deepest part of the path that exists; the document's first line when nothing does.
 */
export function lineOf(file: ParsedFile, doc: ManifestDocument, path: (string | number)[]): number | undefined {
  let node: unknown = doc.root;
  let at: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
      if (!pair) return at;
      at = (pair.key as Node).range?.[0] ?? at;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) return at;
      at = item.range?.[0] ?? at;
      node = item;
    } else return at;
  }
  return at === undefined ? undefined : file.lines.lineAt(doc.offset + at);
}

/** Where a click on the object's node goes: its name, else its kind, else its first line. */
export function objectLine(file: ParsedFile, doc: ManifestDocument): number {
  const name = doc.root?.getIn(['metadata', 'name'], true) as Node | undefined;
  if (name?.range) return file.lines.lineAt(doc.offset + name.range[0]);
  const key = lineOf(file, doc, ['kind']);
  if (key !== undefined) return key;
  const start = (doc.doc.contents as Node | null)?.range?.[0] ?? 0;
  return file.lines.lineAt(doc.offset + start);
}
