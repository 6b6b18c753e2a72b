import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbolRequest, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lspClient';

let client: LspClient;

before(async () => {
  client = new LspClient();
  const init = await client.initialize();
  assert.ok(init.capabilities.documentSymbolProvider);
});

after(async () => client?.close());

test('textDocument/documentSymbol returns the hierarchical outline', async () => {
  const uri = 'file:///outline/app.yaml';
  await client.open(
    uri,
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: dev\nspec:\n  containers:\n    - name: app\n      image: nginx\n---\nkind: ConfigMap\nmetadata: { name: c }\ndata: { a: "1" }\n',
  );
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const brief = (s: DocumentSymbol): unknown => [s.name, s.detail ?? '', s.selectionRange.start.line, (s.children ?? []).map(brief)];
  assert.deepEqual(symbols.map(brief), [
    ['Pod p', 'namespace: dev', 3, [['app', 'container · nginx', 7, []]]],
    ['ConfigMap c', '', 11, [['a', 'data', 12, []]]],
  ]);
});
