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
