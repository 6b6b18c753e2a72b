// The graph draws the operators' objects through the object model: a route → its Gateway and
// backend Services, a Gateway → its GatewayClass and TLS Secret, a Certificate → its issuer and
// the Secret it writes, a ServiceMonitor → Services, a PodMonitor → pod templates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgesOf, graphOf, nodesOf } from './graphText';
import { groupOf, groupsOf } from '../../client/src/webview/groups';
import { groupTitle } from '../../client/src/webview/text';
import { ENGLISH } from '../../client/src/webview/strings';

const FILE = `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: { name: internet }
spec: { controllerName: example.com/gateway }
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: main }
spec:
  gatewayClassName: internet
  listeners:
    - { name: https, protocol: HTTPS, port: 443, tls: { certificateRefs: [{ name: web-tls }] } }
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: shop }
spec:
  parentRefs: [{ name: main }]
  rules:
    - backendRefs: [{ name: shop, port: 80 }, { name: shopp, port: 80 }]
---
apiVersion: v1
kind: Service
metadata: { name: shop, labels: { app: shop } }
spec: { selector: { app: shop }, ports: [{ name: http, port: 80 }] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: shop }
spec:
  selector: { matchLabels: { app: shop } }
  template:
    metadata: { labels: { app: shop } }
    spec: { containers: [{ name: shop, image: nginx }] }
---
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata: { name: letsencrypt }
spec: { selfSigned: {} }
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: { name: web-tls }
spec: { secretName: web-tls, dnsNames: [shop.example.com], issuerRef: { name: letsencrypt, kind: ClusterIssuer } }
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: { name: shop }
spec: { selector: { matchLabels: { app: shop } }, endpoints: [{ port: http }] }
---
apiVersion: monitoring.coreos.com/v1
kind: PodMonitor
metadata: { name: shop-pods }
spec: { selector: { matchLabels: { app: shop } }, podMetricsEndpoints: [{ port: metrics }] }
`;

test('Gateway API, cert-manager and Prometheus operator edges come from the model', () => {
  const graph = graphOf(FILE);
  const edges = edgesOf(graph).filter((e) => /^(HTTPRoute|Gateway|Certificate|ServiceMonitor|PodMonitor) /.test(e));
  assert.deepEqual(edges.sort(), [
    'Certificate web-tls -issuer[issuerRef]-> ClusterIssuer letsencrypt',
    'Certificate web-tls -secret[writes]-> Secret web-tls',
    'Gateway main -parent[gatewayClassName]-> GatewayClass internet',
    'Gateway main -secret[tls https]-> Secret web-tls',
    'HTTPRoute shop -parent[parentRef]-> Gateway main',
    'HTTPRoute shop -routes[backendRef]-> Service shop',
    'HTTPRoute shop -routes[backendRef]-> Service shopp',
    'PodMonitor shop-pods -monitors[selector]-> PodTemplate shop',
    'ServiceMonitor shop -monitors[selector]-> Service shop',
  ]);
  // what the file does not define is drawn dashed
  assert.ok(
    nodesOf(graph).some((n) => n.startsWith('Service shopp (missing)')),
    nodesOf(graph).join('\n'),
  );
  assert.ok(
    nodesOf(graph).some((n) => n.startsWith('Secret web-tls (missing)')),
    nodesOf(graph).join('\n'),
  );
});

test('a stand-in of a cluster-scoped kind is in no namespace, whoever refers to it; a namespaced one is in the referrer’s', () => {
  const graph = graphOf(`apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: main, namespace: shop }
spec:
  gatewayClassName: internet
  listeners: [{ name: http, protocol: HTTP, port: 80 }]
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: { name: web-tls, namespace: shop }
spec: { secretName: web-tls, dnsNames: [shop.example.com], issuerRef: { name: letsencrypt, kind: ClusterIssuer } }
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: { name: api-tls, namespace: shop }
spec: { secretName: api-tls, dnsNames: [api.example.com], issuerRef: { name: internal } }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: data, namespace: shop }
spec: { storageClassName: fast, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
`);
  assert.deepEqual(
    graph.nodes
      .filter((n) => n.missing && n.kind !== 'Secret')
      .map((n) => ({ id: n.id, apiVersion: n.apiVersion, namespace: n.namespace, clusterScoped: n.clusterScoped })),
    [
      { id: 'missing:StorageClass//fast', apiVersion: 'storage.k8s.io/v1', namespace: undefined, clusterScoped: true },
      { id: 'missing:GatewayClass//internet', apiVersion: 'gateway.networking.k8s.io/v1', namespace: undefined, clusterScoped: true },
      { id: 'missing:ClusterIssuer//letsencrypt', apiVersion: 'cert-manager.io/v1', namespace: undefined, clusterScoped: true },
      { id: 'missing:Issuer/shop/internal', apiVersion: 'cert-manager.io/v1', namespace: 'shop', clusterScoped: undefined },
    ],
  );
  // The webview's frames: the namespace, then the cluster-scoped stand-ins in a frame of their own.
  assert.deepEqual(
    groupsOf(graph).map(
      (g) =>
        `${groupTitle(g, ENGLISH)}: ${graph.nodes
          .filter((n) => groupOf(n).key === g.key)
          .map((n) => `${n.kind} ${n.name}`)
          .join(', ')}`,
    ),
    [
      'namespace shop: Gateway main, Certificate web-tls, Certificate api-tls, PersistentVolumeClaim data, Secret web-tls, Issuer internal, Secret api-tls',
      'cluster-scoped: StorageClass fast, GatewayClass internet, ClusterIssuer letsencrypt',
    ],
  );
});
