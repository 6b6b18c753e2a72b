// The language server's workspace scope, over stdio like an editor: files never opened get
// diagnostics, a change on disk or an unsaved edit re-publishes the files that depend on it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, HoverRequest, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { startWorkspaceServer, workspaceStats } from '../helpers/workspaceServer';

let dir: string;
const uri = (name: string) => pathToFileURL(join(dir, name)).href;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: nginx:1.27
          envFrom:
            - configMapRef:
                name: web-config
`;
const CONFIGMAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  MODE: prod\n';
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: db
spec:
  containers:
    - name: db
      image: postgres:16
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: db-dat
`;
const CLAIM =
  'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: db-data\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 1Gi\n';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'k8sense-ws-'));
  mkdirSync(join(dir, 'app'));
  mkdirSync(join(dir, 'db'));
  mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(dir, 'app', 'deployment.yaml'), DEPLOYMENT);
  writeFileSync(join(dir, 'app', 'configmap.yaml'), CONFIGMAP);
  writeFileSync(join(dir, 'db', 'pod.yaml'), POD);
  writeFileSync(join(dir, 'db', 'claim.yml'), CLAIM);
  writeFileSync(join(dir, 'node_modules', 'x', 'pod.yaml'), POD);
  writeFileSync(join(dir, 'docker-compose.yml'), 'services:\n  web:\n    image: nginx\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

const start = startWorkspaceServer;
const stats = workspaceStats;
const messages = (p: PublishDiagnosticsParams | undefined) =>
  (p?.diagnostics ?? []).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`);

test('files never opened get their cross-file diagnostics; node_modules and non-Kubernetes files are left alone; the watcher is registered and progress reported', async () => {
  const s = await start(dir);
  try {
    const pod = await s.client.nextDiagnostics(uri('db/pod.yaml'));
    assert.deepEqual(messages(pod), [
      '12:20 k8s/reference no PersistentVolumeClaim named "db-dat" in the workspace — did you mean "db-data" (claim.yml)?',
    ]);
    await stats(s.client);
    const uris = new Set(s.client.published.map((p) => p.uri));
    assert.deepEqual([...uris].sort(), [uri('db/pod.yaml')], 'only files with problems are published');
    assert.ok(s.registrations.includes('workspace/didChangeWatchedFiles'));
    assert.deepEqual((s.progress[0] as { kind: string }).kind, 'begin');
    assert.deepEqual((s.progress.at(-1) as { kind: string }).kind, 'end');
  } finally {
    await s.client.close();
  }
});

test('a change on disk (didChangeWatchedFiles) re-publishes the file that depends on it; changing it back clears it', async () => {
  const s = await start(dir);
  try {
    await stats(s.client);
    writeFileSync(join(dir, 'app', 'configmap.yaml'), CONFIGMAP.replace('web-config', 'settings'));
    let next = s.client.nextDiagnostics(uri('app/deployment.yaml'));
    await s.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uri('app/configmap.yaml'), type: 2 }],
    });
    assert.deepEqual(messages(await next), [
      '17:23 k8s/reference no ConfigMap named "web-config" in the workspace (the ConfigMaps there: "settings"): the pod will not start until it exists, unless it is created elsewhere',
    ]);
    writeFileSync(join(dir, 'app', 'configmap.yaml'), CONFIGMAP);
    next = s.client.nextDiagnostics(uri('app/deployment.yaml'));
    await s.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uri('app/configmap.yaml'), type: 2 }],
    });
    assert.deepEqual((await next).diagnostics, []);
  } finally {
    await s.client.close();
  }
});

test('an unsaved edit in an open file re-publishes the dependent file; a deleted file is gone from the scope', async () => {
  const s = await start(dir);
  try {
    await stats(s.client);
    await s.client.open(uri('app/configmap.yaml'), CONFIGMAP, 1);
    let next = s.client.nextDiagnostics(uri('app/deployment.yaml'));
    await s.client.change(uri('app/configmap.yaml'), 2, { start: { line: 3, character: 8 }, end: { line: 3, character: 18 } }, 'web-confg');
    assert.deepEqual(messages(await next), [
      '17:23 k8s/reference no ConfigMap named "web-config" in the workspace — did you mean "web-confg" (configmap.yaml)?',
    ]);
    next = s.client.nextDiagnostics(uri('app/deployment.yaml'));
    await s.client.change(
      uri('app/configmap.yaml'),
      3,
      { start: { line: 3, character: 8 }, end: { line: 3, character: 17 } },
      'web-config',
    );
    assert.deepEqual((await next).diagnostics, []);
    // The claim's file is deleted: the pod's near miss becomes "exists nowhere".
    rmSync(join(dir, 'db', 'claim.yml'));
    next = s.client.nextDiagnostics(uri('db/pod.yaml'));
    await s.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uri('db/claim.yml'), type: 3 }],
    });
    assert.deepEqual(messages(await next), [
      '12:20 k8s/reference no PersistentVolumeClaim named "db-dat" in the workspace: the pod will not start until it exists, unless it is created elsewhere',
    ]);
    writeFileSync(join(dir, 'db', 'claim.yml'), CLAIM);
  } finally {
    await s.client.close();
  }
});

test('k8sense.diagnostics.scope openFiles: files never opened get nothing, open ones still resolve across the workspace', async () => {
  const s = await start(dir, { diagnostics: { scope: 'openFiles' } });
  try {
    await stats(s.client);
    assert.deepEqual(s.client.published, []);
    const pod = await s.client.open(uri('db/pod.yaml'), POD, 1);
    assert.deepEqual(messages(pod), [
      '12:20 k8s/reference no PersistentVolumeClaim named "db-dat" in the workspace — did you mean "db-data" (claim.yml)?',
    ]);
  } finally {
    await s.client.close();
  }
});

test('a home directory, or a folder with more YAML files than k8sense.maxFiles, is not scanned whole: the server says so once', async () => {
  const home = await start(dir, {}, { HOME: dir });
  try {
    await stats(home.client);
    assert.deepEqual(home.messages, [
      `k8sense: ${dir} is a home directory, so it is not scanned whole: only open files and the folders they are in are checked`,
    ]);
    assert.deepEqual(home.client.published, []);
  } finally {
    await home.client.close();
  }
  const big = await start(dir, { maxFiles: 2 });
  try {
    await stats(big.client);
    assert.deepEqual(big.messages, [
      `k8sense: ${dir} holds more than 2 YAML files (k8sense.maxFiles), so it is not scanned whole: only open files and the folders they are in are checked`,
    ]);
  } finally {
    await big.client.close();
  }
});

test('scheduling: 200 back-to-back one-character edits give a handful of validations, and a hover sent after them is answered before their diagnostics', async () => {
  const s = await start(dir);
  try {
    await stats(s.client);
    const u = uri('app/deployment.yaml');
    await s.client.open(u, DEPLOYMENT, 1);
    const before = await stats(s.client);
    const publishedBefore = s.client.published.filter((p) => p.uri === u).length;
    const events: string[] = [];
    const final = s.client.nextDiagnostics(u, 201).then(() => events.push('diagnostics'));
    const sends: Promise<void>[] = [];
    for (let v = 2; v <= 201; v++) {
      // Each edit appends one character to the end of the last line.
      sends.push(
        s.client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri: u, version: v },
          contentChanges: [{ range: { start: { line: 17, character: 0 }, end: { line: 17, character: 0 } }, text: '#' }],
        }),
      );
    }
    const hover = s.client.connection
      .sendRequest(HoverRequest.type, { textDocument: { uri: u }, position: { line: 1, character: 7 } })
      .then(() => events.push('hover'));
    await Promise.all([...sends, hover, final]);
    const after = await stats(s.client);
    assert.deepEqual(events, ['hover', 'diagnostics']);
    assert.ok(after.validations - before.validations <= 5, `${after.validations - before.validations} validations for 200 edits`);
    const published = s.client.published.filter((p) => p.uri === u).slice(publishedBefore);
    assert.ok(published.length <= 5, `${published.length} publishes for 200 edits`);
    assert.equal(published.at(-1)?.version, 201, 'the newest version is the one validated');
  } finally {
    await s.client.close();
  }
});

test('the graph request returns nodes of several files, each with its uri', async () => {
  const s = await start(dir);
  try {
    await stats(s.client);
    await s.client.open(uri('app/deployment.yaml'), DEPLOYMENT, 1);
    const graph = (await s.client.connection.sendRequest('k8sense/graph', { uri: uri('app/deployment.yaml') })) as {
      nodes: { kind: string; name: string; uri: string; missing?: true }[];
    };
    assert.deepEqual(
      graph.nodes.map((n) => `${n.kind} ${n.name} ${n.uri.slice(pathToFileURL(dir).href.length + 1)}${n.missing ? ' missing' : ''}`),
      ['Deployment web app/deployment.yaml', 'PodTemplate web app/deployment.yaml', 'ConfigMap web-config app/configmap.yaml'],
    );
  } finally {
    await s.client.close();
  }
});
