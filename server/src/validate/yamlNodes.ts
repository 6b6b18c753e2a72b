import { isAlias, isCollection, isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import { pairOf } from '../yaml/nodes';

/** Where a document path leads in the YAML tree (chunk-relative ranges). */
export interface Located {
  /** The node at the deepest segment reached (undefined when that value is empty, e.g. `spec:`). */
  node: Node | undefined;
  /** The key of the pair that holds `node`, when it is a mapping value. */
  key: Scalar | undefined;
  /** The key of the nearest pair on the way (the parent's key for a sequence item). */
  nearestKey: Scalar | undefined;
  /** How many segments were found; less than the path length when the path leaves the tree. */
  reached: number;
}

/** The scalar keys a mapping node spells out (empty for anything else). */
export function keysOf(node: Node | undefined): Set<string> {
  const out = new Set<string>();
  if (isMap(node)) for (const pair of node.items) if (isScalar(pair.key)) out.add(String(pair.key.value));
  return out;
}

/** Walk the YAML tree along a document path (ajv's instancePath segments). */
export function locate(doc: Document, root: Node | undefined, path: readonly (string | number)[]): Located {
  let node: Node | undefined = root;
  let key: Scalar | undefined;
  let nearestKey: Scalar | undefined;
  let reached = 0;
  for (const seg of path) {
    if (node && isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? undefined;
    if (!node) break;
    if (isMap(node)) {
      // yaml/nodes' reading, as the object ajv validated has it: `<<` merges followed, a duplicated key's last value.
      const pair = pairOf(node, String(seg));
      if (!pair) break;
      key = isScalar(pair.key) ? (pair.key as Scalar) : undefined;
      nearestKey = key ?? nearestKey;
      node = (pair.value as Node | null) ?? undefined;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as Node | undefined;
      if (item === undefined) break;
      key = undefined;
      node = item;
    } else break;
    reached++;
  }
  return { node, key, nearestKey, reached };
}

/** [start, end] of a node's first line: a block collection is shown by its first line, not its whole body. */
export function headRange(node: Node, text: string): [number, number] {
  const [start, end] = node.range!;
  if (isCollection(node) && !node.flow) {
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    if (text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    return [start, Math.max(start, lineEnd)];
  }
  return [start, end];
}

/** The node's range when it fits on one line, else its key's (or its first line's). */
export function valueRange(loc: Located, text: string): [number, number] {
  const { node, key } = loc;
  // An empty value (`containers:` with nothing after it) has no text of its own: show the key.
  if (node?.range && node.range[0] < node.range[1]) {
    const [start, end] = node.range;
    if (!text.slice(start, end).includes('\n')) return [start, end];
    if (key?.range) return [key.range[0], key.range[1]];
    return headRange(node, text);
  }
  if (key?.range) return [key.range[0], key.range[1]];
  if (node?.range) return [node.range[0], node.range[1]];
  return [0, 0];
}

export function isPlainScalar(node: Node | undefined): node is Scalar {
  return !!node && isScalar(node) && node.type === 'PLAIN';
}

export function isQuotedScalar(node: Node | undefined): node is Scalar {
  return !!node && isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
}

/** The first key of a mapping (where document-level problems are shown). */
export function firstKey(node: Node | undefined): Scalar | undefined {
  if (!node || !isMap(node) || !node.items.length) return undefined;
  const k = node.items[0].key;
  return isScalar(k) ? (k as Scalar) : undefined;
}
