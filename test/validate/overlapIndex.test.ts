import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlapIndex, overlapWork, validateFile } from '../../server/src/validation';
import { parseFile } from '../../server/src/yaml/parse';
import { withDefaults } from '../../server/src/settings';
import type { Problem } from '../../server/src/problem';

const problem = (start: number, end: number): Problem => ({ start, end, severity: 'error', code: 'yaml/x', message: 'x' });

test('overlapIndex answers as the pairwise comparison does, empty spans counting one character', () => {
  const list = [problem(10, 20), problem(30, 30), problem(5, 6)];
  const overlaps = overlapIndex(list);
  const pairwise = (a: Problem) => list.some((b) => a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1));
  for (const [s, e] of [
    [0, 5],
    [0, 6],
    [6, 10],
    [19, 19],
    [20, 30],
    [30, 30],
    [31, 40],
    [12, 13],
    [0, 100],
  ]) {
    assert.equal(overlaps(problem(s, e)), pairwise(problem(s, e)), `${s}-${e}`);
  }
  assert.equal(overlapIndex([])(problem(0, 1)), false);
});

test('a document with thousands of problems in a chunk with thousands of syntax errors: n log n span comparisons, not n²', () => {
  // 3,000 duplicate keys (syntax errors of the chunk) and 3,000 schema problems (an unknown field each).
  const n = 3000;
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', 'data:'];
  for (let i = 0; i < n; i++) lines.push(`  k${i}: v`, `  k${i}: w`);
  for (let i = 0; i < n; i++) lines.push(`extra${i}: 1`);
  const before = overlapWork.steps;
  const diagnostics = validateFile(parseFile(lines.join('\n') + '\n'), withDefaults({}));
  const steps = overlapWork.steps - before;
  assert.equal(diagnostics.filter((d) => d.code === 'yaml/duplicate-key').length, n);
  assert.ok(diagnostics.filter((d) => d.code !== 'yaml/duplicate-key').length >= 1);
  assert.ok(steps <= 2 * n * Math.ceil(Math.log2(n) + 1), `${steps} steps`);
});
