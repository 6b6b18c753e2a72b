import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

/** Small readers over the `yaml` node tree for the outline (ranges are chunk-relative). */

export function asMap(node: unknown): YAMLMap | undefined {
  return isMap(node) ? (node as YAMLMap) : undefined;
}

export function asSeq(node: unknown): YAMLSeq | undefined {
  return isSeq(node) ? (node as YAMLSeq) : undefined;
}

/** The pair of `key` in a mapping (the last one, as Kubernetes reads a duplicate). */
export function pairOf(map: YAMLMap | undefined, key: string): Pair | undefined {
  let found: Pair | undefined;
  for (const item of map?.items ?? []) {
    if (isPair(item) && isScalar(item.key) && String((item.key as Scalar).value) === key) found = item as Pair;
  }
  return found;
}

export function valueOf(map: YAMLMap | undefined, key: string): unknown {
  return pairOf(map, key)?.value;
}

export function mapIn(map: YAMLMap | undefined, path: string[]): YAMLMap | undefined {
  let cur = map;
  for (const key of path) cur = asMap(valueOf(cur, key));
  return cur;
}

/** A scalar's value as text (numbers too: a port), or undefined for anything else. */
export function text(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = (node as Scalar).value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

export function stringAt(map: YAMLMap | undefined, key: string): string | undefined {
  return text(valueOf(map, key));
}

/** The maps of a sequence (entries that are not maps are skipped). */
export function mapItems(node: unknown): YAMLMap[] {
  return (asSeq(node)?.items ?? []).filter((i): i is YAMLMap => isMap(i));
}

export function span(node: Node | Pair | undefined | null): [number, number] | undefined {
  if (!node) return undefined;
  if (isPair(node)) {
    const start = (node.key as Node | null)?.range?.[0] ?? (node.value as Node | null)?.range?.[0];
    const end = (node.value as Node | null)?.range?.[1] ?? (node.key as Node | null)?.range?.[1];
    return start === undefined || end === undefined ? undefined : [start, end];
  }
  return node.range ? [node.range[0], node.range[1]] : undefined;
}

export interface ScalarAt {
  scalar: Scalar;
  /** The scalar is a mapping key (`image` in `image: nginx`). */
  isKey: boolean;
  /** The key of the pair the scalar belongs to (its own text when it is the key). */
  key?: string;
  /** Keys and sequence indexes from the root down to the scalar. */
  path: (string | number)[];
}

/** The innermost scalar under a chunk-relative offset, and whether it is a key. */
export function scalarAt(root: Node | null | undefined, offset: number): ScalarAt | undefined {
  const inside = (n: unknown): n is Node =>
    !!n && typeof n === 'object' && !!(n as Node).range && (n as Node).range![0] <= offset && offset <= (n as Node).range![1];
  let node: unknown = root;
  let key: string | undefined;
  const path: (string | number)[] = [];
  for (let depth = 0; depth < 200 && node; depth++) {
    if (isScalar(node)) return inside(node) ? { scalar: node as Scalar, isKey: false, key, path } : undefined;
    if (isMap(node)) {
      const pair = (node as YAMLMap).items.find((p) => inside(p.key) || inside(p.value));
      if (!pair) return undefined;
      key = text(pair.key);
      path.push(key ?? '');
      if (inside(pair.key) && isScalar(pair.key)) return { scalar: pair.key as Scalar, isKey: true, key, path };
      node = pair.value;
    } else if (isSeq(node)) {
      const items = (node as YAMLSeq).items;
      const index = items.findIndex(inside);
      path.push(index);
      node = items[index];
    } else return undefined;
  }
  return undefined;
}
