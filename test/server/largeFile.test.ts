// Above the editor's size limit a file is not parsed: it gets one notice, and hover, completion
// and the graph answer "nothing here" instead of throwing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';
import { EDITOR_MAX_LENGTH } from '../../server/src/yaml/parse';

const service = getLanguageService();

test('a file over the editor limit: a notice, no hover, no completion, an empty graph', () => {
  const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n---\n';
  const text = doc.repeat(Math.ceil((EDITOR_MAX_LENGTH + 1) / doc.length));
  const file = service.parse(text, undefined, EDITOR_MAX_LENGTH);
  assert.deepEqual(
    service.validate(file).map((d) => [d.code, d.range.start.line]),
    [['k8sense/file-too-large', 0]],
  );
  for (const position of [
    { line: 0, character: 0 },
    { line: 1, character: 7 },
    { line: 100, character: 3 },
  ]) {
    assert.equal(service.hover(file, position), null);
    assert.deepEqual(service.complete(file, position), { isIncomplete: false, items: [] });
  }
  assert.deepEqual(service.graph(file), { nodes: [], edges: [] });
});
