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

type Found = { map: YAMLMap; earlier: Pair; later: Pair };

/** Pairs visited to index a chunk's repeated keys, in total (tests check one pass per chunk, not one per duplicate). */
export const duplicateWork = { pairsVisited: 0 };

/**
 * Every repeated key of a chunk by its start, with its mapping and the first pair of that key:
 * one walk of the tree per chunk, however many duplicates it holds.
 */
const repeatsByChunk = new WeakMap<Chunk, { repeats: Map<number, Found>; lines: LineIndex }>();
function chunkRepeats(chunk: Chunk): { repeats: Map<number, Found>; lines: LineIndex } {
  let found = repeatsByChunk.get(chunk);
  if (found) return found;
  const repeats = new Map<number, Found>();
  for (const md of chunk.documents) {
    visit(md.doc, {
      Map(_k, map) {
        if (map.items.length < 2) return;
        const first = new Map<string, Pair>();
        for (const pair of map.items) {
          duplicateWork.pairsVisited++;
          const name = keyText(pair);
          if (name === undefined) continue;
          const earlier = first.get(name);
          const start = (pair.key as Ranged | null)?.range?.[0];
          if (!earlier) first.set(name, pair);
          else if (start !== undefined && !repeats.has(start)) repeats.set(start, { map, earlier, later: pair });
        }
      },
    });
  }
  found = { repeats, lines: new LineIndex(chunk.text) };
  repeatsByChunk.set(chunk, found);
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

function ignoredOne(above: number | undefined): string {
  if (above === undefined) return '';
  if (above === 0) return t` and ignores the earlier one on this line`;
  if (above === 1) return t` and ignores the one on the line above`;
  return t` and ignores the one ${above} lines above`;
}

/** A duplicate key at `pos` (the later one): kubectl keeps its value and silently drops the earlier. */
export function duplicateKeyProblem(chunk: Chunk, pos: number, end: number): Problem {
  const key = chunk.text.slice(pos, end);
  const { repeats, lines } = chunkRepeats(chunk);
  const found = repeats.get(pos);
  const earlierStart = (found?.earlier.key as Ranged | undefined)?.range?.[0];
  // Said relative to this key: the problem is cached per chunk, and the chunk's first line in the
  // file moves whenever an earlier document changes.
  const above = earlierStart !== undefined ? lines.lineAt(pos) - lines.lineAt(earlierStart) : undefined;
  const fix = found ? removeFix(chunk.text, found.map, found.earlier, keyText(found.later) ?? key) : undefined;
  return {
    start: pos,
    end,
    severity: 'error',
    code: 'yaml/duplicate-key',
    message:
      t`duplicate key "${key}" in this mapping: kubectl silently keeps only the last value (this one)` +
      t`${ignoredOne(above)} — remove the one you do not mean, or merge them`,
    ...(fix ? { fixes: [fix] } : {}),
  };
}
