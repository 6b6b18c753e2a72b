import { isScalar, visit, type Pair, type YAMLMap } from 'yaml';
import type { Chunk } from '../yaml/parse';
import type { Fix, Problem } from '../problem';
import { LineIndex } from '../yaml/lineIndex';
import { t } from '../l10n';

type Ranged = { range?: [number, number, number] | null };

function keyText(pair: Pair): string | undefined {
  const k = pair.key;
  return isScalar(k) ? String(k.value) : undefined;
}

/** The mapping and the earlier pair whose key a later duplicate (starting at `pos`) repeats. */
function findEarlier(chunk: Chunk, pos: number): { map: YAMLMap; earlier: Pair; later: Pair } | undefined {
  let found: { map: YAMLMap; earlier: Pair; later: Pair } | undefined;
  for (const md of chunk.documents) {
    visit(md.doc, {
      Map(_k, map) {
        if (found) return visit.BREAK;
        const later = map.items.find((p) => (p.key as Ranged | null)?.range?.[0] === pos);
        if (!later) return undefined;
        const name = keyText(later);
        const earlier = map.items.find((p) => p !== later && keyText(p) === name);
        if (earlier) found = { map, earlier, later };
        return visit.BREAK;
      },
    });
    if (found) break;
  }
  return found;
}

/**
 * Removing the earlier pair: in a block mapping whole lines, from its key's line to the line the next
 * item starts on; in a flow mapping (`{a: 1, a: 2}`) or after a sequence dash (`- a: 1`), from its key to
 * the next item's key, so the comma or the dash stays with what follows.
 */
function removeFix(text: string, map: YAMLMap, earlier: Pair, name: string): Fix | undefined {
  const keyStart = (earlier.key as Ranged).range?.[0];
  if (keyStart === undefined) return undefined;
  const next = map.items[map.items.indexOf(earlier) + 1];
  const nextStart = (next?.key as Ranged | null)?.range?.[0];
  if (nextStart === undefined || nextStart <= keyStart) return undefined;
  const fix = (start: number, end: number): Fix => ({
    title: t`Remove the first "${name}" (kubectl ignores it and keeps the last)`,
    edits: [{ start, end, newText: '' }],
    preferred: true,
  });
  if (map.flow) return fix(keyStart, nextStart);
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const end = text.lastIndexOf('\n', nextStart - 1) + 1;
  if (text.slice(end, nextStart).trim() !== '' || end <= lineStart) return undefined;
  const before = text.slice(lineStart, keyStart);
  if (before.trim() === '') return fix(lineStart, end);
  // `- a: 1` then `  b: 2` (same column): the next key moves up onto the dash's line.
  const column = (offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);
  return /^\s*(- +)+$/.test(before) && column(nextStart) === column(keyStart) ? fix(keyStart, nextStart) : undefined;
}

/** A duplicate key at `pos` (the later one): kubectl keeps its value and silently drops the earlier. */
export function duplicateKeyProblem(chunk: Chunk, pos: number, end: number): Problem {
  const key = chunk.text.slice(pos, end);
  const found = findEarlier(chunk, pos);
  const earlierStart = (found?.earlier.key as Ranged | undefined)?.range?.[0];
  const line = earlierStart !== undefined ? new LineIndex(chunk.text).lineAt(earlierStart) + 1 : undefined;
  const fix = found ? removeFix(chunk.text, found.map, found.earlier, keyText(found.later) ?? key) : undefined;
  return {
    start: pos,
    end,
    severity: 'error',
    code: 'yaml/duplicate-key',
    message:
      t`duplicate key "${key}" in this mapping: kubectl silently keeps only the last value (this one)` +
      t`${line ? t` and ignores the one on line ${line}` : ''} — remove the one you do not mean, or merge them`,
    ...(fix ? { fixes: [fix] } : {}),
  };
}
