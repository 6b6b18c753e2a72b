import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { LspClient, ROOT } from '../helpers/lspClient';
import type { Graph } from '../../server/src/graph';

let client: LspClient;

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist', 'server.js')), 'run `npm run build` first');
  client = new LspClient();
  await client.initialize();
});

after(async () => client?.close());

const POD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers: [{ name: app, image: nginx }]\n  volumes:\n    - name: data\n      persistentVolumeClaim: { claimName: data }\n';
const CLAIM =
  '---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: { requests: { storage: 1Gi } }\n';

const graph = (uri: string) => client.connection.sendRequest<Graph>('k8sense/graph', { uri });
const summary = (g: Graph) => ({
  nodes: g.nodes.map((n) => `${n.kind} ${n.name}${n.missing ? ' (missing)' : ''} @${n.line}`),
  edges: g.edges.map((e) => `${e.from} -${e.kind}-> ${e.to}`),
});

test('k8sense/graph answers with the graph of the document as it is now, edits included', async () => {
  const uri = 'file:///work/app.yaml';
  await client.open(uri, POD);
  assert.deepEqual(summary(await graph(uri)), {
    nodes: ['Pod app @3', 'PersistentVolumeClaim data (missing) @8'],
    edges: ['Pod//app -mounts-> missing:PersistentVolumeClaim//data'],
  });
  // The user adds the claim; the request comes straight after the change, before any diagnostics.
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: CLAIM }],
  });
  assert.deepEqual(summary(await graph(uri)), {
    nodes: ['Pod app @3', 'PersistentVolumeClaim data @13'],
    edges: ['Pod//app -mounts-> PersistentVolumeClaim//data'],
  });
});

test('k8sense/graph gives an empty graph for a file that is not open', async () => {
  assert.deepEqual(await graph('file:///work/unknown.yaml'), { nodes: [], edges: [] });
});
