// The fuzzer's own checks: they must catch what they claim to (a range past a line end, an inverted
// range, overlapping edits) in the LSP line model, and the mutations must repeat for a seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error plain JavaScript module of the fuzz script
import { Lines, rangeProblem, applyEdits } from '../../scripts/fuzz/checks.mjs';
// @ts-expect-error plain JavaScript module of the fuzz script
import { rng, mutate } from '../../scripts/fuzz/mutate.mjs';

const r = (a: number, b: number, c: number, d: number) => ({ start: { line: a, character: b }, end: { line: c, character: d } });

test('ranges are checked in the LSP line model: \\n, \\r\\n and a lone \\r end a line', () => {
  const lines = new Lines('ab\rcd\r\nef\ng');
  assert.equal(lines.count, 4);
  assert.equal(rangeProblem(lines, r(0, 0, 0, 2), 'x'), undefined);
  assert.equal(rangeProblem(lines, r(1, 0, 3, 1), 'x'), undefined);
  assert.match(rangeProblem(lines, r(0, 0, 0, 3), 'x'), /past the end of its line/);
  assert.match(rangeProblem(lines, r(1, 0, 1, 3), 'x'), /past the end of its line/);
  assert.match(rangeProblem(lines, r(4, 0, 4, 0), 'x'), /past the last line/);
  assert.match(rangeProblem(lines, r(2, 1, 2, 0), 'x'), /inverted/);
  assert.match(rangeProblem(lines, { start: { line: 0, character: -1 }, end: { line: 0, character: 0 } }, 'x'), /not a position/);
});

test('edits apply from the end; overlapping edits are refused', () => {
  assert.equal(
    applyEdits('a: b\nc: d\n', [
      { range: r(0, 0, 0, 1), newText: 'x' },
      { range: r(1, 3, 1, 4), newText: 'e' },
    ]),
    'x: b\nc: e\n',
  );
  assert.equal(
    applyEdits('abcdef', [
      { range: r(0, 0, 0, 4), newText: '' },
      { range: r(0, 2, 0, 5), newText: '' },
    ]),
    undefined,
  );
});

test('a seed gives the same mutants every time', () => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n';
  const a = Array.from({ length: 50 }, (_, i) => mutate(text, rng(i), [text]));
  const b = Array.from({ length: 50 }, (_, i) => mutate(text, rng(i), [text]));
  assert.deepEqual(a, b);
  assert.ok(new Set(a.map((m: { text: string }) => m.text)).size > 40);
});
