import { entries, get, pairOf } from './nodes';
import { editDistance } from './text';

/**
 * A required field that is "missing" because its key is misspelled (`accessMkode:` for
 * `accessModes:`) is already reported by the schema check, as an unknown field with a did-you-mean.
 * Rules that say a field is missing stay silent then: one message, about the real mistake.
 */

/** Edits that still make a key the field: 2, or 1 for names of 3 letters or fewer (`key` is not `ref`). */
function maxEdits(name: string): number {
  return name.length <= 3 ? 1 : 2;
}

/** Whether `key` is `name` misspelled: a different key within a couple of edits (case differences count as one). */
export function isMisspelling(key: string, name: string): boolean {
  if (key === name) return false;
  const lower = editDistance(key.toLowerCase(), name.toLowerCase());
  return (lower === 0 ? 1 : lower) <= maxEdits(name);
}

/** Whether `map` has a key that is one of `names` misspelled. */
export function hasMisspelledKey(map: unknown, ...names: string[]): boolean {
  return entries(map).some(({ key }) => names.some((name) => isMisspelling(key, name)));
}

/**
 * Whether the field at `path` under `node` is absent only because a key on the way is misspelled
 * (`resources.request.storage` for `resources.requests.storage`).
 */
export function missingByTypo(node: unknown, ...path: string[]): boolean {
  let cur: unknown = node;
  for (const key of path) {
    if (!pairOf(cur, key)) return hasMisspelledKey(cur, key);
    cur = get(cur, key);
    if (cur === undefined) return false;
  }
  return false;
}
