/**
 * Index lists kept in scope order (file by file, then document order) while only the changed
 * documents' entries are taken out and put in: an edit touches the keys of what it changed, and
 * every list reads as a fresh build's would.
 */

/** Take `removed` out of and merge `added` (in scope order) into the lists of `map` under their keys. */
export function reindex<T>(
  map: Map<string, T[]>,
  removed: readonly T[],
  added: readonly T[],
  keysOf: (item: T) => Iterable<string>,
  before: (a: T, b: T) => boolean,
): void {
  const gone = new Set<T>(removed);
  const cut = new Set<string>();
  for (const item of removed) for (const key of keysOf(item)) cut.add(key);
  const incoming = new Map<string, T[]>();
  for (const item of added) {
    for (const key of keysOf(item)) {
      const list = incoming.get(key);
      if (list) {
        if (list.at(-1) !== item) list.push(item); // an item under one key twice (two equal labels) counts once
      } else incoming.set(key, [item]);
    }
  }
  for (const key of new Set([...cut, ...incoming.keys()])) {
    const current = map.get(key) ?? [];
    const rest = cut.has(key) ? current.filter((v) => !gone.has(v)) : current;
    const merged = merge(rest, incoming.get(key) ?? [], before);
    if (merged.length) map.set(key, merged);
    else map.delete(key);
  }
}

/** Index lists handed to a caller: never changed in place afterwards (a later change builds a new list). */
const handedOut = new WeakSet<object>();

/** A list of an index, for a caller to keep: the index copies it before its next change. */
export function handOut<T>(list: T[] | undefined): T[] {
  if (!list) return [];
  handedOut.add(list);
  return list;
}

/** Items copied or moved by merges, in total (tests check a scan of N files costs N, not N²). */
export const orderedWork = { itemsMoved: 0 };

/**
 * Two lists in order, as one. Appending past the end (a new file, the usual case) costs the appended
 * part: in place while no caller holds the list (a scan appends 2,000 files one at a time; copying the
 * whole list on each was quadratic).
 */
function merge<T>(a: T[], b: T[], before: (x: T, y: T) => boolean): T[] {
  if (!b.length) return a;
  if (!a.length) return b;
  if (before(a[a.length - 1], b[0])) {
    orderedWork.itemsMoved += b.length;
    if (handedOut.has(a)) {
      orderedWork.itemsMoved += a.length;
      return a.concat(b);
    }
    for (const item of b) a.push(item);
    return a;
  }
  orderedWork.itemsMoved += a.length + b.length;
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(before(b[j], a[i]) ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
