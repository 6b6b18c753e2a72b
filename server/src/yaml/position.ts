import { isMap, isPair, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { Chunk, ManifestDocument, ParsedFile } from './parse';

/** A step of a path into a YAML tree: a mapping key or a sequence index. */
export type PathSegment = string | number;

/** The chunk holding a file offset: a `---` line belongs to the chunk it opens. */
export function chunkAt(file: ParsedFile, offset: number): Chunk {
  let found = file.chunks[0];
  for (const chunk of file.chunks) {
    if (chunk.offset <= offset) found = chunk;
    else break;
  }
  return found;
}

/** The document of a chunk holding a chunk-relative offset (the last one past its end). */
export function documentAt(chunk: Chunk, relOffset: number): ManifestDocument | undefined {
  const docs = chunk.documents;
  for (const d of docs) {
    const range = d.doc.range;
    if (relOffset <= range[2]) return d;
  }
  return docs[docs.length - 1];
}

export interface NodeAtOffset {
  /** Keys and sequence indexes from the root down to the key or value under the offset. */
  path: PathSegment[];
  on: 'key' | 'value';
  /** The key or value scalar under the offset. */
  scalar: Scalar;
  /** The key of the pair the scalar belongs to (its own text when it is the key; the list's key for an item). */
  key?: string;
  /** Chunk-relative range of the scalar. */
  start: number;
  end: number;
}

function contains(node: Node | null | undefined, rel: number): boolean {
  return !!node?.range && node.range[0] <= rel && rel <= node.range[1];
}

/** The key or value scalar under a chunk-relative offset of a document's tree (hover, rename). */
export function nodeAt(root: Node | null | undefined, rel: number): NodeAtOffset | undefined {
  let node: unknown = root;
  let key: string | undefined;
  const path: PathSegment[] = [];
  for (let guard = 0; guard < 256 && node; guard++) {
    if (isMap(node)) {
      let next: unknown;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = pair.key as Node | null;
        const keyText = isScalar(k) ? String(k.value) : undefined;
        if (keyText === undefined) continue;
        if (contains(k, rel))
          return { path: [...path, keyText], on: 'key', scalar: k as Scalar, key: keyText, start: k!.range![0], end: k!.range![1] };
        if (contains(pair.value as Node, rel)) {
          path.push(keyText);
          key = keyText;
          next = pair.value;
          break;
        }
      }
      if (next === undefined) return undefined;
      node = next;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((item) => contains(item as Node, rel));
      if (i === -1) return undefined;
      path.push(i);
      node = node.items[i];
    } else if (isScalar(node)) {
      return contains(node, rel) ? { path, on: 'value', scalar: node, key, start: node.range![0], end: node.range![1] } : undefined;
    } else return undefined;
  }
  return undefined;
}
