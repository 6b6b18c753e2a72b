// Edges go around boxes, never through them: every point of every edge's curve lies outside every
// box (its own two ends included), for edges that run forwards, skip layers, point backwards or stay
// within one layer, laid out to the right and downwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layout, type Layout, type Point } from '../../client/src/webview/layout';
import type { Graph } from '../../server/src/graph/types';
import { graphOf } from './graphText';

/** Points along an SVG path of M, L and C commands. */
function samples(path: string): Point[] {
  const out: Point[] = [];
  const tokens = path.match(/[MLC]|-?[\d.]+(?:e-?\d+)?/g)!;
  let at: Point = { x: 0, y: 0 };
  let i = 0;
  const num = () => Number(tokens[i++]);
  const pt = () => ({ x: num(), y: num() });
  while (i < tokens.length) {
    const cmd = tokens[i++];
    if (cmd === 'M') at = pt();
    else if (cmd === 'L') {
      const to = pt();
      for (let t = 0; t <= 1; t += 0.02) out.push({ x: at.x + (to.x - at.x) * t, y: at.y + (to.y - at.y) * t });
      at = to;
    } else if (cmd === 'C') {
      const [c1, c2, to] = [pt(), pt(), pt()];
      for (let t = 0; t <= 1; t += 0.01) {
        const u = 1 - t;
        const f = (a: number, b: number, c: number, d: number) => u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
        out.push({ x: f(at.x, c1.x, c2.x, to.x), y: f(at.y, c1.y, c2.y, to.y) });
      }
      at = to;
    } else throw new Error(`unexpected ${cmd} in ${path}`);
  }
  return out;
}

function throughBoxes(l: Layout): string[] {
  const hits: string[] = [];
  for (const e of l.edges) {
    for (const p of samples(e.path)) {
      const box = l.nodes.find((n) => p.x > n.x + 0.5 && p.x < n.x + n.width - 0.5 && p.y > n.y + 0.5 && p.y < n.y + n.height - 0.5);
      if (box) {
        hits.push(`${e.edge.from} → ${e.edge.to} passes through ${box.node.id} at ${p.x.toFixed(0)},${p.y.toFixed(0)}`);
        break;
      }
    }
  }
  return hits;
}

const SHOP = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec: { defaultBackend: { service: { name: web, port: { number: 80 } } } }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web } }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: nginx, envFrom: [{ configMapRef: { name: settings } }, { secretRef: { name: creds } }] }]
      volumes: [{ name: data, persistentVolumeClaim: { claimName: data } }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: worker }
spec:
  template:
    metadata: { labels: { app: worker } }
    spec: { containers: [{ name: w, image: busybox }] }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: data }
spec: { storageClassName: fast, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
`;

const node = (id: string, kind: string) => ({ id, kind, apiVersion: 'v1', name: id, line: 0 });
/** Backwards (a route to its Gateway, a Gateway to its class), skipping layers both ways, and within one layer. */
const MIXED: Graph = {
  nodes: [
    node('class', 'GatewayClass'),
    node('gw', 'Gateway'),
    node('route', 'HTTPRoute'),
    node('other', 'Ingress'),
    node('svc', 'Service'),
    node('dep', 'Deployment'),
    node('pod', 'Pod'),
    node('cm', 'ConfigMap'),
  ],
  edges: [
    { from: 'route', to: 'gw', label: 'parentRef', kind: 'routes' },
    { from: 'gw', to: 'class', label: 'class', kind: 'class' },
    { from: 'route', to: 'svc', label: 'backendRef', kind: 'routes' },
    { from: 'route', to: 'other', label: 'same layer', kind: 'routes' },
    { from: 'svc', to: 'pod', label: 'selects', kind: 'selects' },
    { from: 'cm', to: 'route', label: 'backwards over three layers', kind: 'config' },
  ],
};

for (const direction of ['right', 'down'] as const) {
  test(`laid out ${direction}: no edge passes through a box (a Service selecting pods past a Deployment)`, () => {
    const l = layout(graphOf(SHOP), direction);
    assert.ok(l.edges.length >= 6);
    assert.deepEqual(throughBoxes(l), []);
  });

  test(`laid out ${direction}: edges that point backwards, skip layers both ways or stay in one layer go around boxes`, () => {
    const l = layout(MIXED, direction);
    assert.equal(l.edges.length, MIXED.edges.length);
    assert.deepEqual(throughBoxes(l), []);
  });
}
