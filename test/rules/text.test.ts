import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteList } from '../../server/src/rules/text';

test('quoteList names a few and counts the rest', () => {
  assert.equal(quoteList(['a']), '"a"');
  assert.equal(quoteList(['a', 'b', 'c']), '"a", "b" and "c"');
  assert.equal(quoteList(['a', 'b'], 'or'), '"a" or "b"');
  const many = Array.from({ length: 400 }, (_, i) => `claim-${i}`);
  assert.equal(quoteList(many), '"claim-0", "claim-1", "claim-2", "claim-3", "claim-4" and 395 more');
});
