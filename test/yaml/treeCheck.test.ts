// k8sense's own pass over the parsed tree: duplicate keys in linear work, collection keys, aliases
// into their own node, nesting too deep to walk — each said once, in plain words, at the right spot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';
import { YAML_OPTIONS } from '../../server/src/yaml/yaml11';
import { MAX_DEPTH, treeWork } from '../../server/src/yaml/treeCheck';
import { diagnose } from '../helpers/engine';

const service = getLanguageService();

test('a duplicate key planted in a 100,000-key flow map is reported, with key comparisons linear in the keys', () => {
  // The `yaml` package's own check compares every key with all earlier ones (quadratic): it stays off.
  assert.equal(YAML_OPTIONS.uniqueKeys, false);
  const entries = Array.from({ length: 100_000 }, (_, i) => `k${i}: v`);
  entries.splice(50_000, 0, 'k7: dup');
  const prefix = 'data: {';
  const column = prefix.length + entries.slice(0, 50_000).reduce((n, e) => n + e.length + 2, 0);
  const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\n${prefix}${entries.join(', ')}}\n`;
  treeWork.keyComparisons = 0;
  const found = diagnose(text);
  assert.deepEqual(
    found.map((d) => [d.at, d.code]),
    [[`5:${column + 1}-5:${column + 3}`, 'yaml/duplicate-key']],
  );
  assert.match(found[0].message, /^duplicate key "k7" in this mapping/);
  assert.ok(treeWork.keyComparisons <= 2 * entries.length + 100, `${treeWork.keyComparisons} comparisons for ${entries.length} keys`);
});

test('a duplicate key after a nested block names the key, not the line break before it', () => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    a: b\n  labels:\n    c: d\n';
  const found = diagnose(text).filter((d) => d.code === 'yaml/duplicate-key');
  assert.deepEqual(
    found.map((d) => d.at),
    ['6:3-6:9'],
  );
  assert.match(found[0].message, /^duplicate key "labels" in this mapping/);
});

test('the issue\'s empty-key reproducer names "annotations"', () => {
  const found = diagnose('kind:\n  annotations:\n  annotations\n', { requireKubernetes: true }).filter(
    (d) => d.code === 'yaml/duplicate-key',
  );
  assert.deepEqual(
    found.map((d) => d.at),
    ['3:3-3:14'],
  );
  assert.match(found[0].message, /^duplicate key "annotations" in this mapping/);
});

test('keys equal as YAML 1.1 reads them are duplicates; a quoted "1" and the number 1 are not; repeated merge keys are not', () => {
  const at = (text: string) =>
    diagnose(text, { requireKubernetes: true })
      .filter((d) => d.code === 'yaml/duplicate-key')
      .map((d) => d.at);
  assert.deepEqual(at('kind: Pod\nx:\n  yes: 1\n  true: 2\n'), ['4:3-4:7']);
  assert.deepEqual(at('kind: Pod\nx:\n  1: a\n  "1": b\n'), []);
  assert.deepEqual(at('kind: Pod\nb: &b {y: 1}\nc: &c {z: 1}\nx:\n  <<: *b\n  <<: *c\n'), []);
  assert.deepEqual(at('kind: Pod\nx: {a: 1, b: 2, a: 3}\n'), ['2:17-2:18']);
});

const deepDiagnostics = (text: string) => diagnose(text, { requireKubernetes: true });
const NESTING = `nesting deeper than ${MAX_DEPTH} levels: k8sense reads this document only up to here — no Kubernetes object nests this deep (look for an unclosed "[" or "{")`;

test('10,000 unclosed "[" give one diagnostic, at the first bracket too deep', () => {
  // Root mapping is level 0, the n-th "[" level n: the one at level MAX_DEPTH is cut off.
  const text = 'kind: Pod\nx: ' + '['.repeat(10_000) + '\n';
  const column = 'x: '.length + MAX_DEPTH;
  assert.deepEqual(deepDiagnostics(text), [
    { at: `2:${column}-2:${column + 1}`, severity: 'error', code: 'yaml/syntax', message: NESTING },
  ]);
});

test('deep balanced flow and deep block nesting say the same once; the shallower part stays usable', () => {
  const flow = 'kind: Pod\nx: ' + '{a: '.repeat(5_000) + '1' + '}'.repeat(5_000) + '\n';
  assert.deepEqual(
    deepDiagnostics(flow).map((d) => d.message),
    [NESTING],
  );
  // Line 4 is a key of the root mapping (level 0); the mapping on line 4 + n is level n.
  let block = 'kind: Pod\nmetadata:\n  name: x\n';
  for (let i = 0; i < 2_000; i++) block += ' '.repeat(i) + 'k:\n';
  const found = deepDiagnostics(block);
  assert.deepEqual(
    found.map((d) => [d.at, d.message]),
    [[`${4 + MAX_DEPTH}:${MAX_DEPTH + 1}-${4 + MAX_DEPTH}:${MAX_DEPTH + 2}`, NESTING]],
  );
  // Hover, completion and the graph walk the cut tree without overflowing the stack.
  const file = service.parse(block);
  assert.doesNotThrow(() => {
    service.hover(file, { line: 1, character: 2 });
    service.complete(file, { line: 300, character: 300 });
    service.graph(file);
  });
});

test('a merge key into its own mapping is said in plain words, once, at the "<<"', () => {
  const found = deepDiagnostics('apiVersion: v1\nkind: ConfigMap\nmetadata: &m\n  name: x\n  labels:\n    <<: *m\n');
  assert.deepEqual(found, [
    {
      at: '6:5-6:7',
      severity: 'error',
      code: 'yaml/syntax',
      message: 'the merge key refers to its own mapping: it would copy the mapping into itself forever — merge a different anchor',
    },
  ]);
});

test('an alias inside the node it names is reported instead of building an endless value', () => {
  const found = deepDiagnostics('kind: Pod\nspec: &s\n  containers:\n  - *s\n');
  assert.deepEqual(
    found.map((d) => [d.at, d.message]),
    [['4:5-4:7', '*s refers to a node that contains it']],
  );
});

test('a mapping used as a key is a diagnostic, not a warning on stderr', (t) => {
  const warnings: unknown[] = [];
  t.mock.method(process, 'emitWarning', (w: unknown) => warnings.push(w));
  const found = deepDiagnostics('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  ? [a, b]\n  : c\n');
  assert.deepEqual(found, [
    {
      at: '6:5-6:11',
      severity: 'error',
      code: 'yaml/syntax',
      message:
        'a mapping or list used as a key: Kubernetes reads keys as strings and rejects this document — write the key as text (quote it) or move the collection into the value',
    },
  ]);
  assert.deepEqual(warnings, []);
});
