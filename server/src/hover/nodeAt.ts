import { isMap, isPair, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { ManifestDocument } from '../yaml/parse';
import type { PathSegment } from '../yaml/position';

export interface NodeAtOffset {
  /** Path of the hovered key's value, or of the hovered value. */
  path: PathSegment[];
  on: 'key' | 'value';
  /** The hovered scalar (key or value); undefined on a collection. */
  scalar?: Scalar;
  /** Chunk-relative range of what is hovered. */
  start: number;
  end: number;
}

function contains(node: Node | null | undefined, rel: number): boolean {
  return !!node?.range && node.range[0] <= rel && rel <= node.range[1];
}

/** The key or value under a chunk-relative offset, walking the parsed document. */
export function nodeAt(doc: ManifestDocument, rel: number): NodeAtOffset | undefined {
  let node: unknown = doc.doc.contents;
  const path: PathSegment[] = [];
  for (let guard = 0; guard < 256 && node; guard++) {
    if (isMap(node)) {
      let next: unknown;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const keyText = isScalar(key) ? String(key.value) : undefined;
        if (keyText === undefined) continue;
        if (contains(key, rel))
          return { path: [...path, keyText], on: 'key', scalar: key as Scalar, start: key!.range![0], end: key!.range![1] };
        if (contains(pair.value as Node, rel)) {
          path.push(keyText);
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
      return { path, on: 'value', scalar: node, start: node.range![0], end: node.range![1] };
    } else return undefined;
  }
  return undefined;
}
