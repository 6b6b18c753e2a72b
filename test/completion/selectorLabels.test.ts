// Selector labels across files: a selector's key and value completion offers the labels of the
// pods and pod templates of the whole scope it may select (its namespace first), with their files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest } from 'vscode-languageserver-protocol/node';
import { CompletionItemKind, type CompletionList } from 'vscode-languageserver-types';
import { startWorkspaceServer, workspaceStats } from '../helpers/workspaceServer';
import { getLanguageService } from '../../server/src/languageService';
import { buildModel } from '../../server/src/model';
import { completeAt, labels } from './cursor';

const service = getLanguageService();

const deploy = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web, tier: front}}
    spec: {containers: [{name: web, image: "nginx:1.27", ports: [{name: http, containerPort: 8080}]}]}
`;
const pods = `apiVersion: v1
kind: Pod
metadata: {name: other, namespace: billing, labels: {app: billing}}
spec: {containers: [{name: c, image: "busybox:1.36"}]}
---
apiVersion: v1
kind: Pod
metadata:
  name: debug
  labels: {app: debug}
spec: {containers: [{name: c, image: "busybox:1.36"}]}
`;

function scope(text: string) {
  const file = service.parse(text);
  const model = buildModel([
    { uri: 'file:///ws/svc.yaml', file },
    { uri: 'file:///ws/app/deploy.yaml', file: service.parse(deploy) },
    { uri: 'file:///ws/pods.yaml', file: service.parse(pods) },
  ]);
  return { file, scope: { model, uri: 'file:///ws/svc.yaml' } };
}

const shown = (items: { label: string; detail?: string; kind?: number; textEdit?: unknown }[]) =>
  items
    .filter((i) => i.kind === CompletionItemKind.Value || i.kind === CompletionItemKind.Reference)
    .map((i) => `${i.label} | ${i.detail} | ${(i.textEdit as { newText: string }).newText}`);

test("a Service selector's keys: the label pairs of the pods of other files in its namespace (then those naming none); another namespace's left out", () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec:\n  selector:\n    \n  ports: [{port: 80}]\n';
  const { file, scope: s } = scope(text);
  assert.deepEqual(shown(service.complete(file, { line: 5, character: 4 }, {}, s).items), [
    'app: web | Deployment/web (app/deploy.yaml) | app: web',
    'tier: front | Deployment/web (app/deploy.yaml) | tier: front',
    'app: debug | Pod/debug (pods.yaml) | app: debug',
  ]);
  assert.deepEqual(shown(service.complete(file, { line: 5, character: 4 }).items), [], 'alone, the file has no pods');
});

test("a selector label's value: the values that label has on the pods of the scope, same namespace first", () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec:\n  selector:\n    app: \n';
  const { file, scope: s } = scope(text);
  assert.deepEqual(shown(service.complete(file, { line: 5, character: 9 }, {}, s).items), [
    'web | Deployment/web (app/deploy.yaml) | web',
    'debug | Pod/debug (pods.yaml) | debug',
  ]);
});

test('a PodDisruptionBudget and a NetworkPolicy in another namespace see only that namespace and pods naming none', () => {
  const pdb =
    'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: b, namespace: billing}\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      \n';
  const { file, scope: s } = scope(pdb);
  assert.deepEqual(shown(service.complete(file, { line: 7, character: 6 }, {}, s).items), [
    'app: billing | Pod/other (pods.yaml) | app: billing',
    'app: debug | Pod/debug (pods.yaml) | app: debug',
  ]);
  const policy =
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: n, namespace: shop}\nspec:\n  podSelector:\n    matchLabels:\n      tier: \n';
  const np = scope(policy);
  assert.deepEqual(shown(service.complete(np.file, { line: 6, character: 12 }, {}, np.scope).items), [
    'front | Deployment/web (app/deploy.yaml) | front',
  ]);
});

test("a workload's selector: its own template's labels first, then the other files' pods", () => {
  const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  selector:
    matchLabels:
      
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: api, image: "nginx:1.27"}]}
`;
  const { file, scope: s } = scope(text);
  assert.deepEqual(shown(service.complete(file, { line: 6, character: 6 }, {}, s).items), [
    'app: api | labels of this template | app: api',
    'app: web | Deployment/web (app/deploy.yaml) | app: web',
    'tier: front | Deployment/web (app/deploy.yaml) | tier: front',
    'app: debug | Pod/debug (pods.yaml) | app: debug',
  ]);
});

test('a Service targetPort: the container ports of the pods it selects, in whatever file', () => {
  const text =
    'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {app: web}\n  ports:\n    - port: 80\n      targetPort: \n';
  const { file, scope: s } = scope(text);
  assert.deepEqual(shown(service.complete(file, { line: 7, character: 18 }, {}, s).items), [
    'http | port 8080 — Deployment/web (app/deploy.yaml) container web | http',
    '8080 | Deployment/web (app/deploy.yaml) container web | 8080',
  ]);
  const other = scope(text.replace('{app: web}', '{app: debug}'));
  assert.deepEqual(
    shown(service.complete(other.file, { line: 7, character: 18 }, {}, other.scope).items),
    [],
    'the pods it selects declare no port',
  );
});

test('over LSP with a workspace folder: a Service selector offers the labels of a Deployment in a file never opened', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'k8sense-labels-'));
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app', 'deploy.yaml'), deploy);
  const s = await startWorkspaceServer(dir);
  try {
    await workspaceStats(s.client);
    const svc = pathToFileURL(join(dir, 'svc.yaml')).href;
    await s.client.open(svc, 'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec:\n  selector:\n    \n');
    const list = (await s.client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: svc },
      position: { line: 5, character: 4 },
    })) as CompletionList;
    assert.deepEqual(shown(list.items), [
      'app: web | Deployment/web (app/deploy.yaml) | app: web',
      'tier: front | Deployment/web (app/deploy.yaml) | tier: front',
    ]);
  } finally {
    await s.client.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a namespaceSelector's matchLabels selects namespaces: pod labels are offered in the podSelector only", () => {
  const policy = (from: string, pods: string) => `apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web, team: x}}
spec: {containers: [{name: c, image: "nginx:1.27"}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: np}
spec:
  podSelector:
    matchLabels:
      ${pods}
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              ${from}
`;
  assert.deepEqual(labels(completeAt(policy('team: x', '|'))), ['app: web', 'team: x']);
  assert.deepEqual(labels(completeAt(policy('|', 'app: web'))), []);
});
