// How much the server checks again after an edit, counted by `k8sense/stats` over stdio: the edited
// file and the files that depend on what changed in it — not the workspace, and never without end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startWorkspaceServer, workspaceStats, type Started, type Stats } from '../helpers/workspaceServer';

let dir: string;
const uri = (name: string) => pathToFileURL(join(dir, name)).href;
const rel = (u: string) => u.slice(pathToFileURL(dir).href.length + 1);

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          envFrom: [{configMapRef: {name: web-config}}]
`;
const CONFIGMAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  MODE: prod\n';
const POD =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: db}\nspec:\n  containers: [{name: db, image: "postgres:16"}]\n  volumes: [{name: data, persistentVolumeClaim: {claimName: db-data}}]\n';
const CLAIM =
  'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: db-data}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n';
/** A file that defines a kind and refers to it (an Ingress to its Service): a copy of it depends on it and back. */
const SHOP = `apiVersion: v1
kind: Service
metadata: {name: shop}
spec:
  selector: {app: shop}
  ports: [{port: 80}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: shop}
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend: {service: {name: shop, port: {number: 80}}}
`;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'k8sense-recheck-'));
  for (const d of ['app', 'db', 'shop']) mkdirSync(join(dir, d));
  writeFileSync(join(dir, 'app', 'deployment.yaml'), DEPLOYMENT);
  writeFileSync(join(dir, 'app', 'configmap.yaml'), CONFIGMAP);
  writeFileSync(join(dir, 'db', 'pod.yaml'), POD);
  writeFileSync(join(dir, 'db', 'claim.yml'), CLAIM);
  writeFileSync(join(dir, 'shop', 'shop.yaml'), SHOP);
  writeFileSync(join(dir, 'shop', 'shop-copy.yaml'), SHOP);
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** The editor replaces the whole text of an open document. */
async function replaceText(s: Started, u: string, text: string, version: number): Promise<void> {
  const next = s.client.nextDiagnostics(u, version);
  await s.client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: u, version }, contentChanges: [{ text }] });
  await next;
}

/** The files validated between two stats, by path, with how often. */
function checkedBetween(a: Stats, b: Stats): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [u, n] of Object.entries(b.checked)) if (n !== (a.checked[u] ?? 0)) out[rel(u)] = n - (a.checked[u] ?? 0);
  return out;
}

test('a one-document edit re-checks that document and the files depending on what changed in it, not the workspace', async () => {
  const s = await startWorkspaceServer(dir);
  try {
    const scanned = await workspaceStats(s.client);
    assert.deepEqual(Object.keys(scanned.checked).map(rel).sort(), [
      'app/configmap.yaml',
      'app/deployment.yaml',
      'db/claim.yml',
      'db/pod.yaml',
      'shop/shop-copy.yaml',
      'shop/shop.yaml',
    ]);
    const u = uri('app/configmap.yaml');
    await s.client.open(u, CONFIGMAP, 1);
    const opened = await workspaceStats(s.client);
    assert.deepEqual(checkedBetween(scanned, opened), { 'app/configmap.yaml': 1 });

    // A value changes, no name, key or label: nothing another file refers to.
    await replaceText(s, u, CONFIGMAP.replace('prod', 'dev'), 2);
    const valueEdited = await workspaceStats(s.client);
    assert.deepEqual(checkedBetween(opened, valueEdited), { 'app/configmap.yaml': 1 });

    // The ConfigMap is renamed: the Deployment that reads it is checked again (and gets its info), nothing else.
    const renamed = s.client.nextDiagnostics(uri('app/deployment.yaml'));
    await replaceText(s, u, CONFIGMAP.replace('web-config', 'settings'), 3);
    const nameEdited = await workspaceStats(s.client);
    assert.deepEqual(checkedBetween(valueEdited, nameEdited), { 'app/configmap.yaml': 1, 'app/deployment.yaml': 1 });
    assert.deepEqual(
      (await renamed).diagnostics.map((d) => d.message),
      [
        'no ConfigMap named "web-config" in the workspace (the ConfigMaps there: "settings"): the pod will not start until it exists, unless it is created elsewhere',
      ],
    );

    // A key added to the ConfigMap: the Deployment reads the whole ConfigMap, and keys are facts others see.
    await replaceText(s, u, CONFIGMAP.replace('web-config', 'settings') + '  LEVEL: debug\n', 4);
    const keyAdded = await workspaceStats(s.client);
    assert.deepEqual(checkedBetween(nameEdited, keyAdded), { 'app/configmap.yaml': 1, 'app/deployment.yaml': 1 });
  } finally {
    await s.client.close();
  }
});

test('opening and closing a copy of a workspace file that defines what it refers to: validations stop (regression: the two re-checked each other without end)', async () => {
  const s = await startWorkspaceServer(dir);
  try {
    await workspaceStats(s.client);
    const copy = uri('shop/shop-copy.yaml');
    await s.client.open(copy, SHOP, 1);
    const opened = await workspaceStats(s.client);
    await s.client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: copy } });
    // With the loop the server is never idle, so stats would never answer: bound the wait.
    const settle = () =>
      Promise.race([
        workspaceStats(s.client),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('the server never became idle: files re-check each other')), 10_000),
        ),
      ]);
    // The close is handled asynchronously (the disk copy is read back): wait until it has been checked again.
    let closed = await settle();
    for (let i = 0; i < 200 && (closed.checked[copy] ?? 0) === opened.checked[copy]; i++) {
      await new Promise((r) => setTimeout(r, 50));
      closed = await settle();
    }
    assert.equal(closed.checked[copy], opened.checked[copy] + 1, 'the closed copy is checked again from the disk');
    await new Promise((r) => setTimeout(r, 300));
    const later = await settle();
    assert.equal(later.validations, closed.validations, 'no validation after the server went idle');
  } finally {
    await s.client.close();
  }
});
