import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentFormattingRequest, DocumentRangeFormattingRequest } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lspClient';
import { applyEdits } from './apply';

let client: LspClient;

before(async () => {
  client = new LspClient();
  const init = await client.initialize();
  assert.equal(init.capabilities.documentFormattingProvider, true);
  assert.equal(init.capabilities.documentRangeFormattingProvider, true);
});

after(async () => client?.close());

const MESSY =
  'apiVersion: v1\r\nkind: Service\r\nmetadata:\r\n    name:   web   # the front door\r\nspec:\r\n    ports:\r\n    - port: 80\r\n---\r\nkind:    Pod\r\n';

test('Format Document over LSP: the editor tab size, CRLF kept', async () => {
  const uri = 'file:///fmt/messy.yaml';
  await client.open(uri, MESSY);
  const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, {
    textDocument: { uri },
    options: { tabSize: 4, insertSpaces: true },
  });
  assert.equal(
    applyEdits(MESSY, edits ?? []),
    'apiVersion: v1\r\nkind: Service\r\nmetadata:\r\n    name: web # the front door\r\nspec:\r\n    ports:\r\n        - port: 80\r\n---\r\nkind: Pod\r\n',
  );
});

test('Format Selection over LSP reformats the documents the selection touches', async () => {
  const uri = 'file:///fmt/range.yaml';
  await client.open(uri, MESSY);
  const edits = await client.connection.sendRequest(DocumentRangeFormattingRequest.type, {
    textDocument: { uri },
    range: { start: { line: 8, character: 0 }, end: { line: 8, character: 4 } },
    options: { tabSize: 2, insertSpaces: true },
  });
  assert.deepEqual(edits, [{ range: { start: { line: 8, character: 0 }, end: { line: 9, character: 0 } }, newText: 'kind: Pod\r\n' }]);
});

test('a file with a YAML error gets no formatting edits over LSP', async () => {
  const uri = 'file:///fmt/broken.yaml';
  await client.open(uri, 'kind:   Pod\nmetadata:\n\tname: p\n');
  const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, {
    textDocument: { uri },
    options: { tabSize: 2, insertSpaces: true },
  });
  assert.deepEqual(edits, []);
});
