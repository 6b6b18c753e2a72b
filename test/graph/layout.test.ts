import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layout } from '../../client/src/webview/layout';
import { graphOf } from './graphText';

const FILE = `apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: data }
spec: { storageClassName: fast, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: nginx, envFrom: [{ configMapRef: { name: settings } }] }]
      volumes: [{ name: data, persistentVolumeClaim: { claimName: data } }]
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web } }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec: { defaultBackend: { service: { name: web, port: { number: 80 } } } }
`;

test('columns run Ingress → Service → controller → pod template → claim and ConfigMap → StorageClass, whatever the file order', () => {
  const l = layout(graphOf(FILE), 'right');
  const column = (title: string) => l.nodes.find((p) => `${p.title} ${p.node.name}` === title)!.column;
  assert.deepEqual(
    [
      'Ingress web',
      'Service web',
      'Deployment web',
      'Pod template web',
      'PersistentVolumeClaim data',
      'ConfigMap settings',
      'StorageClass fast',
    ].map(column),
    [0, 1, 2, 3, 4, 4, 5],
  );
});

for (const direction of ['right', 'down'] as const) {
  test(`laid out ${direction}: boxes never overlap, edges run from one layer to the next, all inside the drawing`, () => {
    const l = layout(graphOf(FILE), direction);
    for (const a of l.nodes) {
      for (const b of l.nodes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        assert.ok(apart, `${a.node.id} overlaps ${b.node.id}`);
      }
    }
    for (const e of l.edges) {
      const from = l.nodes.find((p) => p.node.id === e.edge.from)!;
      const to = l.nodes.find((p) => p.node.id === e.edge.to)!;
      const [start, end] =
        direction === 'right'
          ? [
              [from.x + from.width, from.y + from.height / 2],
              [to.x, to.y + to.height / 2],
            ]
          : [
              [from.x + from.width / 2, from.y + from.height],
              [to.x + to.width / 2, to.y],
            ];
      assert.ok(e.path.startsWith(`M${start[0]},${start[1]} `), `${e.path} starts at ${start}`);
      assert.ok(e.path.endsWith(` ${end[0]},${end[1]}`), `${e.path} ends at ${end}`);
    }
    assert.ok(l.width >= Math.max(...l.nodes.map((p) => p.x + p.width)));
    assert.ok(l.height >= Math.max(...l.nodes.map((p) => p.y + p.height)));
    // Downwards, the layers stack: a file with 6 layers is taller than wide, and narrower than laid out to the right.
    if (direction === 'down') assert.ok(l.height > l.width && l.width < layout(graphOf(FILE), 'right').width);
  });
}

test('rows follow their neighbours: pods line up with the Service that selects them', () => {
  const pod = (name: string, app: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata: { name: ${name}, labels: { app: ${app} } }\nspec: { containers: [{ name: c, image: busybox }] }\n---\n`;
  const svc = (name: string, app: string) =>
    `apiVersion: v1\nkind: Service\nmetadata: { name: ${name} }\nspec: { selector: { app: ${app} } }\n---\n`;
  // The Services come in the opposite order of their pods.
  const l = layout(graphOf(svc('b', 'b') + svc('a', 'a') + pod('a1', 'a') + pod('b1', 'b')));
  const y = (kind: string, name: string) => l.nodes.find((p) => p.node.kind === kind && p.node.name === name)!.y;
  assert.ok(y('Pod', 'b1') < y('Pod', 'a1'), 'the pod of the upper Service is the upper pod');
  assert.equal(y('Pod', 'b1'), y('Service', 'b'));
});

test('an empty graph lays out to nothing', () => {
  assert.deepEqual(layout({ nodes: [], edges: [] }), { direction: 'right', nodes: [], edges: [], groups: [], width: 0, height: 0 });
});
