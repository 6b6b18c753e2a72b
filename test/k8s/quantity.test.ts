import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalQuantity, explainInvalidQuantity, formatBytes, formatCpu, parseQuantity } from '../../server/src/k8s/quantity';

test('valid quantities parse to base units, with their suffix kind and canonical form', () => {
  const cases: [string | number, number, string, string][] = [
    ['500m', 0.5, 'decimal', '500m'],
    ['1Gi', 2 ** 30, 'binary', '1Gi'],
    ['1e3', 1000, 'exponent', '1k'],
    ['1E3', 1000, 'exponent', '1k'],
    ['1G', 1e9, 'decimal', '1G'],
    ['1E', 1e18, 'decimal', '1E'],
    ['1.5Gi', 1.5 * 2 ** 30, 'binary', '1536Mi'],
    ['1024Mi', 2 ** 30, 'binary', '1Gi'],
    ['0.5', 0.5, 'decimal', '500m'],
    ['.5', 0.5, 'decimal', '500m'],
    ['+2', 2, 'decimal', '2'],
    ['100u', 1e-4, 'decimal', '100u'],
    [2, 2, 'decimal', '2'],
    [0.25, 0.25, 'decimal', '250m'],
  ];
  for (const [text, value, kind, canonical] of cases) {
    const q = parseQuantity(text);
    assert.ok(q, `${text} should parse`);
    assert.equal(q.value, value, String(text));
    assert.equal(q.kind, kind, String(text));
    assert.equal(q.canonical, canonical, String(text));
  }
});

test('invalid quantities are rejected', () => {
  for (const text of ['1GB', '1 Gi', 'Gi', '1gi', '1K', '', ' 1', '1.2.3', '1e', '1Mb', 'one', '1Gi ']) {
    assert.equal(parseQuantity(text), undefined, JSON.stringify(text));
  }
});

test('explanations name the likely meant spelling', () => {
  assert.deepEqual(explainInvalidQuantity('1GB'), {
    message: '"1GB" is not a valid Kubernetes quantity: units have no "B" — did you mean "1G" (10^9 bytes) or "1Gi" (2^30 bytes)?',
    suggestions: ['1G', '1Gi'],
  });
  assert.deepEqual(explainInvalidQuantity('512mb').suggestions, ['512M', '512Mi']);
  assert.deepEqual(explainInvalidQuantity('1 Gi'), {
    message: '"1 Gi" is not a valid Kubernetes quantity: a quantity has no spaces — did you mean "1Gi"?',
    suggestions: ['1Gi'],
  });
  assert.equal(
    explainInvalidQuantity('2gi', 'memory').message,
    '"2gi" is not a valid quantity for memory: units are case-sensitive — did you mean "2Gi"?',
  );
  assert.equal(
    explainInvalidQuantity('1K', 'memory').message,
    '"1K" is not a valid quantity for memory: kilo is a lowercase "k" — did you mean "1k" (10^3 bytes) or "1Ki" (2^10 bytes)?',
  );
  assert.equal(explainInvalidQuantity('Gi').message, '"Gi" is not a valid Kubernetes quantity: the unit needs a number in front, e.g. 1Gi');
  assert.deepEqual(explainInvalidQuantity('2gi').suggestions, ['2Gi']);
  assert.deepEqual(explainInvalidQuantity('1GiB').suggestions, ['1Gi']);
  assert.deepEqual(explainInvalidQuantity('1K').suggestions, ['1k', '1Ki']);
  assert.match(explainInvalidQuantity('lots').message, /write a number with an optional unit/);
});

test('formatting for messages and hover', () => {
  assert.equal(formatBytes(1.5 * 2 ** 30), '1.5 GiB (1,610,612,736 bytes)');
  assert.equal(formatBytes(512), '512 bytes');
  assert.equal(formatCpu(0.5), '0.5 CPU (500 millicores)');
  assert.equal(canonicalQuantity(3 * 2 ** 20, 'binary'), '3Mi');
  assert.equal(canonicalQuantity(1000, 'binary'), '1k');
});
