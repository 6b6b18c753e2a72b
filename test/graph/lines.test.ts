// A reference reached through a merge key, or in a broken document, is placed on a line of the file
// (the fuzzer once found an offset used as a line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';

const service = getLanguageService();

test('a claim referenced through a merge key: the dashed claim sits at its claimName', () => {
  const text = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: p',
    'spec:',
    '  containers:',
    '  - name: c',
    '    image: nginx:1.27',
    '  volumes:',
    '  - name: data',
    '    <<:',
    '      persistentVolumeClaim:',
    '        claimName: data-claim',
    '',
  ].join('\n');
  const graph = service.graph(service.parse(text));
  const claim = graph.nodes.find((n) => n.id === 'missing:PersistentVolumeClaim//data-claim');
  assert.equal(claim?.line, 12);
});

test('in a broken document the reference line stays inside the file', () => {
  const text =
    'kind: ReplicationController\nspec:\n  \n  template:\n  template: spec:\n      \n   volumes:\n        - : \n         persistentVolumeClaim: claimName: claim1';
  const file = service.parse(text);
  for (const node of service.graph(file).nodes)
    assert.ok(node.line >= 0 && node.line < file.lines.lineCount, `${node.id}: line ${node.line}`);
});
