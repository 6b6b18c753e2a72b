// entries(): a map's keys as Kubernetes reads them — a duplicated key once, with its last value, in
// the place it first appears; merged keys after the map's own, never over them — for small maps
// (looked back over) and large ones (indexed) alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/yaml/parse';
import { entries, scalarValue } from '../../server/src/yaml/nodes';

const read = (text: string) =>
  entries(parseFile(text).documents[0].root).map(({ key, pair }) => `${key}=${String(scalarValue(pair.value))}`);

test('a small map: duplicates keep their first place and last value; merged keys fill in what the map lacks', () => {
  assert.deepEqual(read('a: 1\nb: 2\na: 3\n'), ['a=3', 'b=2']);
  const merged = parseFile('base: &b {p: 1, q: 2, p: 5}\nm:\n  <<: *b\n  q: 9\n  r: 3\n  r: 4\n').documents[0].root!.get('m');
  assert.deepEqual(
    entries(merged).map(({ key, pair }) => `${key}=${String(scalarValue(pair.value))}`),
    ['q=9', 'r=4', 'p=5'],
  );
});

test('a map of 40 keys with duplicates on both sides of the index threshold reads the same way', () => {
  const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
  const text = [...keys.map((k, i) => `${k}: ${i}`), 'k3: again', 'k30: again', 'k39: last'].join('\n') + '\n';
  assert.deepEqual(
    read(text),
    keys.map((k, i) => `${k}=${k === 'k3' || k === 'k30' ? 'again' : k === 'k39' ? 'last' : i}`),
  );
});
