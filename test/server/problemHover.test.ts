// Hover on a problem's position, for clients that do not merge diagnostics into the hover (Neovim):
// the problem and its fixes first, then the usual documentation. VS Code shows diagnostics itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HoverRequest, InitializeRequest, InitializedNotification } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lspClient';

const TEXT =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      imagePullPolcy: Always\n';

async function hoverWith(clientName: string | undefined, line: number, character: number): Promise<string | undefined> {
  const client = new LspClient();
  try {
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      ...(clientName ? { clientInfo: { name: clientName } } : {}),
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    const uri = 'file:///work/hover.yaml';
    await client.open(uri, TEXT);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
    return hover ? (hover.contents as { value: string }).value : undefined;
  } finally {
    await client.close();
  }
}

test('Neovim: hover on an unknown key shows the problem and its fix, then the docs', async () => {
  const value = await hoverWith('Neovim', 8, 8);
  assert.match(
    value!,
    /^\*\*error\*\* `schema\/unknown-field`: unknown field "imagePullPolcy" in Pod\.spec\.containers\[0\] — did you mean "imagePullPolicy"\?\n\n- Fix: Rename to "imagePullPolicy" \(preferred\)/,
  );
});

test('Neovim: hover on a valid field with docs shows only the docs', async () => {
  const value = await hoverWith('Neovim', 7, 8);
  assert.ok(value && !value.includes('**error**'), value);
  assert.match(value!, /image/i);
});

test('VS Code merges diagnostics into the hover itself: the server adds no problem text', async () => {
  const value = await hoverWith('Visual Studio Code', 8, 8);
  assert.ok(!value || !value.includes('schema/unknown-field'), value);
});
