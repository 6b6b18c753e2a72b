// Explaining indentation mistakes walks each line's enclosing levels, not the whole file above it:
// a ConfigMap followed by thousands of stray "}" lines still gets one exact message per line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indentWork } from '../../server/src/syntax/indentation';
import { diagnose } from '../helpers/engine';

/** The reproducer: a ConfigMap, then `n` lines of "}" indented 2–18 spaces. */
function closers(n: number): string {
  let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n';
  for (let i = 0; i < n; i++) text += ' '.repeat(2 + ((i * 7) % 17)) + '}\n';
  return text;
}

function explain(n: number) {
  indentWork.linesVisited = 0;
  const found = diagnose(closers(n));
  return { found, visited: indentWork.linesVisited };
}

test('stray closers: every misindented line is explained, and the lines walked grow linearly with the file', () => {
  const small = explain(4_000);
  const large = explain(16_000);
  assert.deepEqual(small.found.slice(0, 2), [
    {
      at: '8:10-8:11',
      severity: 'error',
      code: 'yaml/syntax',
      message:
        '"}" is indented 9 spaces, which matches no level of the mapping above it: indent it 2 spaces to line up with the block it belongs to',
    },
    {
      at: '9:17-9:18',
      severity: 'error',
      code: 'yaml/syntax',
      message:
        '"}" is indented 16 spaces, which matches no level of the mapping above it: indent it 9 spaces to line up with the block it belongs to',
    },
  ]);
  assert.ok(
    small.found.length > 3_500 && large.found.length > 4 * small.found.length - 100,
    `${small.found.length} / ${large.found.length}`,
  );
  assert.ok(small.visited > 0);
  // Walking back to line 0 per error would make this ratio 16.
  assert.ok(large.visited <= 4.5 * small.visited, `${small.visited} lines walked for 4,000 closers, ${large.visited} for 16,000`);
});
