import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/languageService';

const service = getLanguageService();
const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');

/** The tree as the Outline view shows it: `name [detail] @line:col-col` (1-based), children indented. */
function tree(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => {
    const sel = s.selectionRange;
    const line = `${'  '.repeat(depth)}${s.name}${s.detail ? ` [${s.detail}]` : ''} @${sel.start.line + 1}:${sel.start.character + 1}-${sel.end.character + 1}`;
    return [line, ...tree(s.children ?? [], depth + 1)];
  });
}

function outline(text: string): DocumentSymbol[] {
  return service.outline(service.parse(text));
}

const APP = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      initContainers:
        - name: migrate
          image: migrate:1
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
            - containerPort: 9090
              protocol: UDP
      volumes:
        - name: uploads
          persistentVolumeClaim:
            claimName: uploads
        - name: settings
          configMap:
            name: web
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web }
  ports:
    - name: http
      port: 80
      targetPort: http
---
# a comment only
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /api
            pathType: Prefix
            backend:
              service: { name: web, port: { name: http } }
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: web
data:
  LOG_LEVEL: info
binaryData:
  logo.png: aGVsbG8=
---
apiVersion: v1
kind: Secret
metadata:
  generateName: token-
stringData:
  password: s3cret
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
rules:
  - apiGroups: [""]
    resources: [pods, services]
    verbs: [get, list]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web
spec:
  podSelector: {}
  ingress:
    - ports: [{ port: 8080 }]
  egress:
    - {}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  template:
    spec:
      containers:
        - name: db
          image: postgres:16
  volumeClaimTemplates:
    - metadata:
        name: data
`;

test('one symbol per object, with containers, ports, volumes, rules and data keys as children', () => {
  assert.deepEqual(tree(outline(APP)), [
    'Deployment web [namespace: shop] @4:9-12',
    '  migrate [init container · migrate:1] @14:17-24',
    '  web [container · nginx:1.27] @17:17-20',
    '    http [port 8080/TCP] @20:21-25',
    '    9090 [port 9090/UDP] @22:30-34',
    '  uploads [volume · persistentVolumeClaim uploads] @25:17-24',
    '  settings [volume · configMap web] @28:17-25',
    'Service web @35:9-12',
    '  http [port 80 → http/TCP] @39:13-17',
    'Ingress web @48:9-12',
    '  shop.example.com [rule] @51:13-29',
    '    /api [→ web:http] @54:19-23',
    'ConfigMap web @62:9-12',
    '  LOG_LEVEL [data] @64:3-12',
    '  logo.png [binaryData] @66:3-11',
    'Secret token-… @71:17-23',
    '  password [stringData] @73:3-11',
    'Role reader @78:9-15',
    '  get, list pods, services [rule] @80:5-5',
    'NetworkPolicy web @87:9-12',
    '  ingress rule 1 [ports 8080] @91:7-7',
    '  egress rule 1 @93:7-7',
    'StatefulSet db @98:9-11',
    '  db [container · postgres:16] @103:17-19',
    '  data [volume claim template] @107:15-19',
  ]);
});

test("an object's range spans its document; the selection is its name", () => {
  const [deployment, service_] = outline(APP);
  assert.equal(deployment.kind, SymbolKind.Class);
  assert.deepEqual(deployment.range, { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } });
  assert.deepEqual(deployment.selectionRange, { start: { line: 3, character: 8 }, end: { line: 3, character: 11 } });
  assert.deepEqual(service_.range.start, { line: 31, character: 0 });
});

test('a List shows its items as objects', () => {
  const list =
    'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata: { name: a }\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: b }\n    data: { k: v }\n';
  assert.deepEqual(tree(outline(list)), [
    'List (unnamed) @2:7-11',
    '  Service a @6:23-24',
    '  ConfigMap b @9:23-24',
    '    k [data] @10:13-14',
  ]);
});

test('broken documents show what can be read; non-Kubernetes documents show nothing', () => {
  const text = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: half',
    'spec:',
    '  containers:',
    '    - name: app',
    '      image: [unclosed',
    '---',
    'services:',
    '  web: { image: nginx }',
    '---',
    'kind: ConfigMap',
    'metadata:',
    '  name: cfg',
    'data: "open',
    '',
  ].join('\n');
  assert.deepEqual(tree(outline(text)), ['Pod half @4:9-13', '  app [container] @7:13-16', 'ConfigMap cfg @15:9-12']);
});

test('a document that yields no mapping at all still shows its kind and name from the text', () => {
  const text = '- oops\nkind: Pod\nmetadata:\n  labels: {}\n  name: p\n';
  assert.equal(service.parse(text).documents[0].root, undefined, 'no mapping');
  const symbols = outline(text);
  assert.deepEqual(tree(symbols), ['Pod p [does not parse] @5:9-10']);
  assert.deepEqual(symbols[0].range, { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } });
});

test("the outline reads the tree as Kubernetes does: `<<` merges and aliases resolved, a duplicated key's last value", () => {
  const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - &base
      name: web
      image: nginx:1.26
      image: nginx:1.27
      ports: [{name: http, containerPort: 8080}]
    - <<: *base
      name: sidecar
  volumes:
    - name: data
      <<: {emptyDir: {}}
`;
  assert.deepEqual(tree(outline(text)), [
    'Pod p @4:9-10',
    '  web [container · nginx:1.27] @8:13-16',
    '    http [port 8080/TCP] @11:22-26',
    '  sidecar [container · nginx:1.27] @13:13-20',
    '    http [port 8080/TCP] @11:22-26',
    '  data [volume · emptyDir] @15:13-17',
  ]);
});

test(
  'corpus: every file gets an outline whose selections lie inside their symbols (VS Code rejects others)',
  { skip: !existsSync(CORPUS) && 'no ../shared/corpus' },
  () => {
    const bad: string[] = [];
    let objects = 0;
    const inside = (inner: Range, outer: Range) =>
      (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
      (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
    const check = (path: string, symbols: DocumentSymbol[]) => {
      for (const s of symbols) {
        if (!inside(s.selectionRange, s.range)) bad.push(`${path}: ${s.name}`);
        check(path, s.children ?? []);
      }
    };
    for (const path of yamlFiles(CORPUS)) {
      const symbols = outline(readFileSync(path, 'utf8'));
      objects += symbols.length;
      check(path, symbols);
    }
    assert.deepEqual(bad, []);
    assert.ok(objects > 1000, `${objects} objects`);
  },
);

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yamlFiles(full, out);
    else if (/\.ya?ml$/i.test(name)) out.push(full);
  }
  return out;
}
