// `k8sense graph`: the same graph as the editor's k8sense/graph request, across the files given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/lspClient';
import { parseFile } from '../../server/src/yaml/parse';
import { buildModel } from '../../server/src/model';
import { buildGraph } from '../../server/src/graph';

const BIN = join(ROOT, 'bin', 'k8sense.js');
const FIXTURES = join(ROOT, 'test', 'cli', 'fixtures');
const k8sense = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: FIXTURES, encoding: 'utf8' });

test('--format mermaid: one app over four files and the cluster storage, grouped by namespace, each node with its file', () => {
  const r = k8sense('graph', '--format', 'mermaid', 'workspace/shop', 'workspace/cluster');
  assert.equal(r.status, 0);
  assert.equal(
    r.stdout,
    [
      'flowchart LR',
      '  subgraph ns0["namespace shop"]',
      '    n0["ConfigMap shop-config<br/>1 key<br/>workspace/shop/config.yaml"]',
      '    n1["Secret shop-db<br/>1 key<br/>workspace/shop/config.yaml"]',
      '    n2["Deployment shop<br/>2 replicas<br/>workspace/shop/deployment.yaml"]',
      '    n3["pod template shop<br/>nginx:1.27<br/>workspace/shop/deployment.yaml"]',
      '    n4["Service shop<br/>ClusterIP · port 80<br/>workspace/shop/service.yaml"]',
      '    n5["Ingress shop<br/>shop.example.com<br/>workspace/shop/service.yaml"]',
      '    n6["PersistentVolumeClaim shop-uploads<br/>5Gi · RWO · local<br/>workspace/shop/storage.yaml"]',
      '  end',
      '  n7["StorageClass local<br/>kubernetes.io/no-provisioner<br/>workspace/cluster/storage.yaml"]',
      '  n8["PersistentVolume local-10g<br/>10Gi · RWO · local<br/>workspace/cluster/storage.yaml"]',
      '  n2 -->|"creates pods"| n3',
      '  n4 -->|"app=shop"| n3',
      '  n5 -->|"shop.example.com/ → http"| n4',
      '  n3 -->|"/srv/uploads"| n6',
      '  n3 -->|"envFrom"| n0',
      '  n3 -->|"env DB_PASSWORD"| n1',
      '  n6 -->|"binds"| n8',
      '  n8 -->|"storage class"| n7',
      '',
    ].join('\n'),
  );
});

test('--format json is the LSP result: nodes carry the uri of their file; missing only for what exists nowhere', () => {
  const r = k8sense('graph', 'workspace/blog');
  const graph = JSON.parse(r.stdout) as { nodes: { kind: string; name: string; uri: string; missing?: true; detail?: string }[] };
  const where = (kind: string, name: string) => graph.nodes.find((n) => n.kind === kind && n.name === name);
  assert.equal(where('Secret', 'blog-db')?.uri, pathToFileURL(join(FIXTURES, 'workspace/blog/data.yaml')).href);
  assert.equal(where('Deployment', 'blog')?.uri, pathToFileURL(join(FIXTURES, 'workspace/blog/deployment.yaml')).href);
  assert.deepEqual(
    graph.nodes.filter((n) => n.missing).map((n) => `${n.kind} ${n.name}: ${n.detail}`),
    [
      'StorageClass local: not in the files checked',
      'PersistentVolumeClaim blog-contnet: not in the files checked',
      'ConfigMap shop-config: not in the files checked',
      'Secret blog-smtp: not in the files checked',
    ],
  );
  // With the shop's files in scope, its ConfigMap is found — in another namespace, so still not the blog's.
  const both = JSON.parse(k8sense('graph', 'workspace/blog', 'workspace/shop', 'workspace/cluster').stdout) as typeof graph;
  assert.equal(both.nodes.find((n) => n.kind === 'ConfigMap' && n.missing)?.detail, 'only in namespace shop');
  assert.equal(
    both.nodes.some((n) => n.kind === 'StorageClass' && n.missing),
    false,
  );
});

test('the graph of a file is its connected component across files, cut with a note when large', () => {
  const apps = Array.from({ length: 5 }, (_, i) => ({
    uri: `file:///ws/app${i}.yaml`,
    file: parseFile(
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg${i}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers: [{ name: c, image: busybox:1.36, envFrom: [{ configMapRef: { name: cfg${i} } }, { configMapRef: { name: shared } }] }]\n`,
    ),
  }));
  const model = buildModel([
    ...apps,
    { uri: 'file:///ws/shared.yaml', file: parseFile('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n') },
    { uri: 'file:///ws/other.yaml', file: parseFile('apiVersion: v1\nkind: Secret\nmetadata:\n  name: alone\n') },
  ]);
  const graph = buildGraph(model, 'file:///ws/app0.yaml');
  assert.deepEqual(
    graph.nodes.map((n) => `${n.kind} ${n.name} ${n.uri?.replace('file:///ws/', '')}`),
    [
      'ConfigMap cfg0 app0.yaml',
      'Pod p0 app0.yaml',
      'ConfigMap cfg1 app1.yaml',
      'Pod p1 app1.yaml',
      'ConfigMap cfg2 app2.yaml',
      'Pod p2 app2.yaml',
      'ConfigMap cfg3 app3.yaml',
      'Pod p3 app3.yaml',
      'ConfigMap cfg4 app4.yaml',
      'Pod p4 app4.yaml',
      'ConfigMap shared shared.yaml',
    ],
    'every app shares the ConfigMap "shared"; the lone Secret is not connected',
  );
  assert.equal(graph.note, undefined);
  const cut = buildGraph(model, 'file:///ws/app0.yaml', 4);
  assert.deepEqual(
    cut.nodes.map((n) => `${n.kind} ${n.name}`),
    ['ConfigMap cfg0', 'Pod p0', 'Pod p1', 'ConfigMap shared'],
  );
  assert.equal(cut.note, 'showing 4 of the 11 objects connected to this file');
});
