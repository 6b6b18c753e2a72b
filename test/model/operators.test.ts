// The popular operators' kinds in the model: Gateway API routes → Gateways and backend Services,
// Gateway → GatewayClass, Certificate → Issuer/ClusterIssuer and its Secret, ServiceMonitor →
// Services and PodMonitor → pods by selector; and the cross-file rule over them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/yaml/parse';
import { buildModel, type Location, type Model, type ModelReference } from '../../server/src/model';
import { getLanguageService } from '../../server/src/languageService';

const at = (l: Location) => `${l.uri.replace('file:///ws/', '')}:${l.range.start.line + 1}:${l.range.start.character + 1}`;
function describe(model: Model, r: ModelReference): string {
  const res = model.resolve(r);
  const targets = res.targets
    .map((t) => `${t.object.identity.kind}/${t.object.identity.name}${t.part ? `#${t.part.name ?? t.part.number}` : ''}`)
    .join(' ');
  const extra = res.suggestion ? ` suggestion=${res.suggestion.name}` : '';
  return `${r.from.identity.kind}/${r.from.identity.name} ${r.type}[${r.fact.label}] ${at(r.location)} → ${res.status}${targets ? ` ${targets}` : ''}${extra}`;
}
const uri = (name: string) => `file:///ws/${name}`;
const build = (files: Record<string, string>) =>
  buildModel(Object.entries(files).map(([n, text]) => ({ uri: uri(n), file: parseFile(text) })));

const FILES = {
  'gateway.yaml': `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: internet
spec:
  controllerName: example.com/gateway
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: main
  namespace: web
spec:
  gatewayClassName: internet
  listeners:
    - name: https
      protocol: HTTPS
      port: 443
      tls:
        certificateRefs:
          - name: web-tls
`,
  'route.yaml': `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: shop
  namespace: web
spec:
  parentRefs:
    - name: main
  rules:
    - backendRefs:
        - name: shop
          port: 80
        - name: shopp
          port: 80
        - name: shop-bucket
          group: storage.example.com
          kind: Bucket
`,
  'app.yaml': `apiVersion: v1
kind: Service
metadata:
  name: shop
  namespace: web
  labels:
    app: shop
spec:
  selector:
    app: shop
  ports:
    - name: http
      port: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: shop-1
  namespace: web
  labels:
    app: shop
spec:
  containers:
    - name: shop
      image: nginx:1.27
`,
  'tls.yaml': `apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt
spec:
  selfSigned: {}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: web-tls
  namespace: web
spec:
  secretName: web-tls
  dnsNames: [shop.example.com]
  issuerRef:
    name: letsencrypt
    kind: ClusterIssuer
`,
  'monitoring.yaml': `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: shop
  namespace: web
spec:
  selector:
    matchLabels:
      app: shop
  endpoints:
    - port: http
---
apiVersion: monitoring.coreos.com/v1
kind: PodMonitor
metadata:
  name: shop-pods
  namespace: web
spec:
  selector:
    matchLabels:
      app: shop
  podMetricsEndpoints:
    - port: metrics
`,
};

test('the operators kinds refer to what they use, across files, resolved by the model', () => {
  const model = build(FILES);
  const refs = model
    .references()
    .filter((r) => r.type !== 'crd')
    .map((r) => describe(model, r))
    .sort();
  assert.deepEqual(refs, [
    'Certificate/web-tls certificateSecret[secretName] tls.yaml:14:15 → missing',
    'Certificate/web-tls issuer[issuerRef] tls.yaml:17:11 → resolved ClusterIssuer/letsencrypt',
    'Gateway/main gatewayClass[gatewayClassName] gateway.yaml:14:21 → resolved GatewayClass/internet',
    'Gateway/main secret[tls https] gateway.yaml:21:19 → missing',
    'HTTPRoute/shop gateway[parentRef] route.yaml:8:13 → resolved Gateway/main',
    'HTTPRoute/shop servicePort[backendRef] route.yaml:12:17 → resolved Service/shop#http',
    'HTTPRoute/shop servicePort[backendRef] route.yaml:14:17 → missing',
    'HTTPRoute/shop service[backendRef] route.yaml:11:17 → resolved Service/shop',
    'HTTPRoute/shop service[backendRef] route.yaml:13:17 → nearMiss suggestion=shop',
    'PodMonitor/shop-pods selector[selector] monitoring.yaml:19:3 → resolved Pod/shop-1',
    'Service/shop selector[selector] app.yaml:9:3 → resolved Pod/shop-1',
    'ServiceMonitor/shop serviceSelector[selector] monitoring.yaml:7:3 → resolved Service/shop',
  ]);
  // GatewayClass and ClusterIssuer are cluster-scoped (from the bundled CRD scopes)
  assert.equal(model.find('GatewayClass', 'internet')[0].identity.clusterScoped, true);
  assert.equal(model.find('ClusterIssuer', 'letsencrypt')[0].identity.clusterScoped, true);
  assert.equal(model.find('Gateway', 'main')[0].identity.clusterScoped, false);
});

test('k8s/reference: a backendRef one letter off a Service is a warning with did-you-mean; the Secret a Certificate writes is not reported', () => {
  const service = getLanguageService();
  const text = `${FILES['app.yaml']}---\n${FILES['route.yaml']}---\n${FILES['tls.yaml']}`;
  const found = service
    .validate(service.parse(text))
    .filter((d) => d.code === 'k8s/reference')
    .map(
      (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${['', 'error', 'warning', 'info'][d.severity ?? 1]} ${d.message}`,
    );
  // the ClusterIssuer resolves; the Secret web-tls is written by cert-manager, not referred to
  assert.deepEqual(found, [
    '34:13 info no Gateway named "main" in this file: the route is attached to nothing until it exists, unless it is created elsewhere',
    '39:17 warning no Service named "shopp" in this file — did you mean "shop" (this file)?',
  ]);
});
