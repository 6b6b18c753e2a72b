import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';
import { applyEdits } from './apply';

const service = getLanguageService();

async function format(text: string, tabSize = 2, range?: Parameters<typeof service.format>[2]): Promise<string> {
  const edits = await service.format(service.parse(text), { tabSize }, range);
  return applyEdits(text, edits);
}

const MESSY = [
  '# the web app',
  'apiVersion:   v1',
  'kind: ConfigMap',
  'metadata:',
  '    name: web      # trailing comment',
  '    labels: {app: \'web\', tier: "front"}',
  'data:',
  '    enabled: yes',
  '    mode: 0400',
  '    on: on',
  "    quoted: 'it''s'",
  '    script: |',
  '        echo hi',
  '    base: &base',
  '        k: v',
  '    copy: *base',
  '---',
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: p}',
  'spec:',
  '  containers:',
  '  - name: c',
  '    image: nginx',
  '',
  '',
  '',
  '    args: ["a",   "b"]',
  '',
].join('\n');

const TIDY = [
  '# the web app',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: web # trailing comment',
  '  labels: { app: "web", tier: "front" }',
  'data:',
  '  enabled: yes',
  '  mode: 0400',
  '  on: on',
  '  quoted: "it\'s"',
  '  script: |',
  '    echo hi',
  '  base: &base',
  '    k: v',
  '  copy: *base',
  '---',
  'apiVersion: v1',
  'kind: Pod',
  'metadata: { name: p }',
  'spec:',
  '  containers:',
  '    - name: c',
  '      image: nginx',
  '',
  '      args: ["a", "b"]',
  '',
].join('\n');

test('a messy file is reformatted: comments, separators, anchors and YAML 1.1 scalars (yes, 0400, on) kept as written', async () => {
  assert.equal(await format(MESSY), TIDY);
});

test('a formatted file gets no edits', async () => {
  assert.deepEqual(await service.format(service.parse(TIDY), { tabSize: 2 }), []);
});

test("the editor's tab size sets the indentation", async () => {
  assert.equal(await format('a:\n  b:\n    - c\n', 4), 'a:\n    b:\n        - c\n');
});

test('CRLF line endings stay CRLF', async () => {
  assert.equal(await format('a:\r\n    b: 1\r\n    c: [x,y]\r\n'), 'a:\r\n  b: 1\r\n  c: [x, y]\r\n');
});

test('only the lines that change are replaced', async () => {
  const text = 'kind: Pod\nmetadata:\n  name: p\nspec:\n    x: 1\n';
  const edits = await service.format(service.parse(text), { tabSize: 2 });
  assert.deepEqual(edits, [{ range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }, newText: '  x: 1\n' }]);
});

test('a file with YAML errors or duplicate keys is left untouched', async () => {
  for (const text of [
    'kind: Pod\nmetadata:\n    name: [p\n',
    'kind: Pod\nmetadata:\n\tname: p\n',
    'kind:   Pod\nkind: Service\n',
    'kind:   Pod\n---\nmetadata: {a: 1, a: 2}\n',
  ]) {
    assert.deepEqual(await service.format(service.parse(text), { tabSize: 2 }), [], text);
  }
});

test('range formatting reformats only the documents the range touches', async () => {
  const text = 'a:    1\n---\nb:    2\n---\nc:    3\n';
  const second = { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } };
  assert.equal(await format(text, 2, second), 'a:    1\n---\nb: 2\n---\nc:    3\n');
  // A selection of whole lines ends at the start of the next line: that next document is not touched.
  const firstLines = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
  assert.equal(await format(text, 2, firstLines), 'a: 1\n---\nb:    2\n---\nc:    3\n');
});

test('an empty file and a file of comments only are fine', async () => {
  assert.equal(await format(''), '');
  assert.equal(await format('# just a note\n'), '# just a note\n');
});

test('the meaning guard: a result that Kubernetes would read differently is refused', async () => {
  const { sameMeaning } = await import('../../server/src/format/sameMeaning');
  const before = service.parse('a: yes\nb: 0400\n');
  assert.equal(sameMeaning(before, service.parse('a: yes\nb: 0400\n')), true);
  assert.equal(sameMeaning(before, service.parse('a: "yes"\nb: 0400\n')), false, 'true → "yes"');
  assert.equal(sameMeaning(before, service.parse('a: yes\nb: 400\n')), false, '256 → 400');
  assert.equal(sameMeaning(before, service.parse('a: yes\n---\nb: 0400\n')), false, 'one document → two');
});
