import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgesOf, graphOf, nodesOf } from './graphText';

const WEB = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  defaultBackend:
    service: { name: web, port: { number: 80 } }
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: web, port: { number: 80 } }
          - path: /api
            pathType: Prefix
            backend:
              service: { name: api, port: { name: http } }
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080 }]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata:
      labels: { app: web, tier: front }
    spec:
      containers: [{ name: web, image: "nginx:1.27" }]
---
apiVersion: v1
kind: Pod
metadata:
  name: debug
  labels: { app: web }
spec:
  containers: [{ name: sh, image: busybox }]
---
apiVersion: v1
kind: Pod
metadata:
  name: other
  labels: { app: worker }
spec:
  containers: [{ name: sh, image: busybox }]
`;

test('Ingress → Services (with host, path and port), Service → matching pods and templates, Deployment → its template', () => {
  const graph = graphOf(WEB);
  assert.deepEqual(nodesOf(graph), [
    'Ingress web @4 · shop.example.com',
    'Service web @24 · ClusterIP · port 80',
    'Deployment web @32 · 3 replicas',
    'pod template of PodTemplate web @36 · nginx:1.27',
    'Pod debug @45 · busybox',
    'Pod other @53 · busybox',
    'Service api (missing) @19 · not in this file',
  ]);
  assert.deepEqual(edgesOf(graph), [
    'Deployment web -template[creates pods]-> PodTemplate web',
    // The Deployment's template and the bare Pod have app=web; Pod "other" does not.
    'Service web -selects[app=web]-> PodTemplate web',
    'Service web -selects[app=web]-> Pod debug',
    'Ingress web -routes[default → 80, shop.example.com/ → 80]-> Service web',
    'Ingress web -routes[shop.example.com/api → http]-> Service api',
  ]);
});

test('a Service selects only pods of its namespace; an empty selector selects nothing', () => {
  const text = `apiVersion: v1
kind: Service
metadata: { name: db, namespace: prod }
spec: { selector: { app: db }, ports: [{ port: 5432 }] }
---
apiVersion: v1
kind: Service
metadata: { name: external }
spec: { type: ExternalName, externalName: db.example.com }
---
apiVersion: v1
kind: Pod
metadata: { name: db-staging, namespace: staging, labels: { app: db } }
spec: { containers: [{ name: db, image: postgres }] }
---
apiVersion: v1
kind: Pod
metadata: { name: db-prod, namespace: prod, labels: { app: db } }
spec: { containers: [{ name: db, image: postgres }] }
`;
  assert.deepEqual(edgesOf(graphOf(text)), ['Service db -selects[app=db]-> Pod db-prod']);
});

test('the older Ingress backend (serviceName/servicePort) routes too', () => {
  const text = `apiVersion: extensions/v1beta1
kind: Ingress
metadata: { name: old }
spec:
  backend: { serviceName: web, servicePort: 8080 }
`;
  assert.deepEqual(edgesOf(graphOf(text)), ['Ingress old -routes[default → 8080]-> Service web']);
});

test('CronJob, Job, DaemonSet and StatefulSet get pod template nodes; volumeClaimTemplates are claims that bind', () => {
  const text = `apiVersion: batch/v1
kind: CronJob
metadata: { name: backup }
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{ name: backup, image: restic }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec:
      containers:
        - name: db
          image: postgres:16
          volumeMounts: [{ name: pgdata, mountPath: /var/lib/postgresql }]
  volumeClaimTemplates:
    - metadata: { name: pgdata }
      spec:
        accessModes: [ReadWriteOnce]
        storageClassName: standard
        resources: { requests: { storage: 10Gi } }
`;
  const graph = graphOf(text);
  assert.deepEqual(nodesOf(graph), [
    'CronJob backup @3 · 0 3 * * *',
    'pod template of PodTemplate backup @8 · restic',
    'StatefulSet db @15 · 1 replica',
    'pod template of PodTemplate db @19 · postgres:16',
    'pod template of PersistentVolumeClaim pgdata @27 · one per pod · 10Gi · RWO · standard',
    'StorageClass standard (missing) @30 · not in this file',
  ]);
  assert.deepEqual(edgesOf(graph), [
    'CronJob backup -template[creates pods]-> PodTemplate backup',
    'StatefulSet db -template[creates pods]-> PodTemplate db',
    'PodTemplate db -claims[/var/lib/postgresql]-> PersistentVolumeClaim pgdata',
    'PersistentVolumeClaim pgdata -class[provisioned by]-> StorageClass standard',
  ]);
});

test('a custom resource that reuses a built-in kind is drawn but not linked', () => {
  const text = `apiVersion: serving.knative.dev/v1
kind: Service
metadata: { name: hello }
spec:
  template:
    spec:
      containers: [{ image: hello }]
---
apiVersion: v1
kind: Pod
metadata: { name: hello, labels: { app: hello } }
spec: { containers: [{ name: hello, image: hello }] }
`;
  const graph = graphOf(text);
  assert.deepEqual(nodesOf(graph), ['Service hello @3', 'Pod hello @11 · hello']);
  assert.deepEqual(graph.edges, []);
});

test('no Kubernetes objects: an empty graph; a half-typed file still draws what it can', () => {
  assert.deepEqual(graphOf(''), { nodes: [], edges: [] });
  assert.deepEqual(graphOf('services:\n  web:\n    image: nginx\n'), { nodes: [], edges: [] });
  const typing = `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  volumes:
    - name: cfg
      configMap: { name: settings }
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: [unclosed
`;
  const graph = graphOf(typing);
  assert.deepEqual(edgesOf(graph), ['Pod app -config[volume cfg]-> ConfigMap settings']);
  assert.equal(graph.nodes.find((n) => n.name === 'settings')?.missing, true);
});
