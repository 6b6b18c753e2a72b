import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/yaml/parse';
import { syntaxProblems } from '../../server/src/syntax/syntaxProblems';
import { duplicateWork } from '../../server/src/syntax/duplicateKeys';

test('4,000 duplicate keys in one mapping: each says how far above its first key is, the mapping indexed once (pairs visited ≈ pairs)', () => {
  const n = 4000;
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', 'data:'];
  for (let i = 0; i < n; i++) lines.push(`  k${i}: a`);
  for (let i = 0; i < n; i++) lines.push(`  k${i}: b`);
  const file = parseFile(lines.join('\n') + '\n');
  const before = duplicateWork.pairsVisited;
  const problems = syntaxProblems(file.chunks[0]);
  const visited = duplicateWork.pairsVisited - before;
  const duplicates = problems.filter((p) => p.code === 'yaml/duplicate-key');
  assert.equal(duplicates.length, n);
  const last = duplicates.at(-1)!;
  assert.equal(file.text.slice(last.start, last.end), `k${n - 1}`);
  assert.equal(
    last.message,
    `duplicate key "k${n - 1}" in this mapping: kubectl silently keeps only the last value (this one) and ignores the one ${n} lines above — remove the one you do not mean, or merge them`,
  );
  assert.deepEqual(last.fixes?.[0].edits, [{ start: file.text.indexOf(`  k${n - 1}: a`), end: file.text.indexOf(`  k0: b`), newText: '' }]);
  assert.ok(visited <= 2 * n + 10, `${visited} pairs visited for ${2 * n} pairs`);
});
