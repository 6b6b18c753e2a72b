// A long editing session must not keep every version of a file alive: a re-parsed chunk owns its
// text instead of slicing the whole file's text of that version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseFile, type ParsedFile } from '../../server/src/yaml/parse';
import { generateManifest } from '../../scripts/bench/generate.mjs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const liveMiB = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

test('40 edits in different documents of a 730 KB file keep the live heap flat, not 40 copies of the text', () => {
  let text = generateManifest(2000);
  let file: ParsedFile | undefined = parseFile(text);
  const mib = text.length / 2 ** 20;
  const before = liveMiB();
  const lines = text.split('\n');
  const labels = lines.flatMap((l, i) => (/^\s+app: web-\d+$/.test(l) ? [i] : []));
  for (let k = 0; k < 40; k++) {
    lines[labels[Math.floor((k * labels.length) / 40)]] += 'x';
    text = lines.join('\n');
    file = parseFile(text, file);
  }
  const grown = liveMiB() - before;
  assert.equal(file.documents.length, 2000);
  // Kept: the first version (unchanged chunks slice it), the newest, 40 small chunks. Sliced, it was 40 × 0.7 MiB more.
  assert.ok(grown < 8 * mib, `live heap grew ${grown.toFixed(1)} MiB over 40 edits (text ${mib.toFixed(2)} MiB)`);
});
