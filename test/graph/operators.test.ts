// The graph draws the operators' objects through the object model: a route → its Gateway and
// backend Services, a Gateway → its GatewayClass and TLS Secret, a Certificate → its issuer and
// the Secret it writes, a ServiceMonitor → Services, a PodMonitor → pod templates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgesOf, graphOf, nodesOf } from './graphText';

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
