import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CodeActionRequest } from 'vscode-languageserver-protocol/node';
import { LspClient, ROOT } from '../helpers/lspClient';

let client: LspClient;

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist', 'server.js')), 'run `npm run build` first');
  client = new LspClient();
  const init = await client.initialize();
  assert.equal(init.serverInfo?.name, 'k8sense');
  assert.equal((init.capabilities.textDocumentSync as { change: number }).change, 2, 'incremental sync');
});

after(async () => client?.close());

const BROKEN =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort:8090\n';

test('publishes syntax diagnostics on open, clears them after the fixing edit', async () => {
  const uri = 'file:///work/pod.yaml';
  const opened = await client.open(uri, BROKEN);
  assert.equal(opened.diagnostics.length, 1);
  const [d] = opened.diagnostics;
  assert.deepEqual(d.range, { start: { line: 9, character: 10 }, end: { line: 9, character: 28 } });
  assert.equal(d.severity, 1);
  assert.equal(d.source, 'k8sense');
  assert.equal(d.code, 'yaml/syntax');
  assert.match(d.message as string, /missing space after the colon in "containerPort:8090"/);

  // The quick fix the diagnostic carries, through the LSP code-action request.
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d] },
  })) as { title: string; edit?: { changes?: Record<string, { range: unknown; newText: string }[]> } }[];
  assert.equal(actions[0].title, 'Insert a space after "containerPort:"');
  assert.deepEqual(actions[0].edit?.changes?.[uri], [
    { range: { start: { line: 9, character: 24 }, end: { line: 9, character: 24 } }, newText: ' ' },
  ]);

  // The user types the missing space: an incremental edit.
  const fixed = await client.change(uri, 2, { start: { line: 9, character: 24 }, end: { line: 9, character: 24 } }, ' ');
  assert.deepEqual(
    fixed.diagnostics.filter((x) => x.code === 'yaml/syntax'),
    [],
  );

  // ...and breaks another document of the same file.
  const broken = await client.change(
    uri,
    3,
    { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } },
    '---\napiVersion: v1\nkind: Namespace\nmetadata:\n\tname: x\n',
  );
  assert.deepEqual(
    broken.diagnostics.filter((x) => x.code === 'yaml/syntax').map((x) => [x.range.start.line, x.range.start.character, x.message]),
    [[14, 0, 'tab character used for indentation: YAML indents with spaces only — replace the tab with 2 spaces']],
  );
});

test('a non-Kubernetes YAML file gets no diagnostics', async () => {
  const compose = await client.open('file:///work/docker-compose.yml', 'services:\n  web:\n    image: nginx\n\tports: ["80:80"]\n');
  assert.deepEqual(compose.diagnostics, []);
});

test('k8sense lsp --stdio starts the same server', async () => {
  const viaCli = new LspClient([join(ROOT, 'bin', 'k8sense.js'), 'lsp', '--stdio']);
  try {
    const init = await viaCli.initialize();
    assert.equal(init.serverInfo?.name, 'k8sense');
    const p = await viaCli.open('file:///x/tab.yaml', 'kind: Pod\nmetadata:\n\tname: x\n');
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0].range.start.line, 2);
  } finally {
    await viaCli.close();
  }
});

test('rule severities from initializationOptions are applied', async () => {
  const configured = new LspClient();
  try {
    await configured.initialize({ settings: { rules: { 'yaml/syntax': 'warning' } } });
    const p = await configured.open('file:///x/t.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n');
    assert.deepEqual(
      p.diagnostics.map((d) => d.severity),
      [2],
    );
  } finally {
    await configured.close();
  }
});

test('a file too large to check as you type gets one info diagnostic, not a stall', async () => {
  const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  k: v\n---\n';
  const big = doc.repeat(Math.ceil((6 * 1024 * 1024) / doc.length));
  const p = await client.open('file:///work/huge.yaml', big);
  assert.equal(p.diagnostics.length, 1);
  assert.equal(p.diagnostics[0].severity, 3);
  assert.match(p.diagnostics[0].message as string, /^this file is too large for checking as you type \(6\.0 MB; the limit is 5 MB\)/);
});

test('k8sense.exclude leaves matching files alone', async () => {
  const configured = new LspClient();
  try {
    await configured.initialize({ settings: { exclude: ['**/templates/**'] } });
    const p = await configured.open('file:///repo/chart/templates/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n');
    assert.deepEqual(p.diagnostics, []);
  } finally {
    await configured.close();
  }
});
