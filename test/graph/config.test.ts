import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgesOf, graphOf, nodesOf } from './graphText';

const APP = `apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
data: { LOG_LEVEL: info, MODE: prod }
---
apiVersion: v1
kind: Secret
metadata: { name: db-credentials }
type: Opaque
stringData: { password: s3cret }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      imagePullSecrets: [{ name: registry }]
      containers:
        - name: api
          image: example/api:2.1
          envFrom:
            - configMapRef: { name: settings }
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: db-credentials, key: password }
            - name: FEATURE
              valueFrom:
                configMapKeyRef: { name: features, key: flag, optional: true }
          volumeMounts:
            - { name: config, mountPath: /etc/api }
            - { name: tls, mountPath: /etc/tls }
      volumes:
        - name: config
          configMap: { name: settings }
        - name: tls
          secret: { secretName: api-tls }
        - name: bundle
          projected:
            sources:
              - secret: { name: db-credentials }
`;

test('pods → ConfigMaps and Secrets through volumes, env, envFrom, projected volumes and imagePullSecrets; absent ones are missing', () => {
  const graph = graphOf(APP);
  assert.deepEqual(nodesOf(graph), [
    'ConfigMap settings @3 · 2 keys',
    'Secret db-credentials @8 · 1 key',
    'Deployment api @14 · 1 replica',
    'pod template of PodTemplate api @17 · example/api:2.1',
    'Secret api-tls (missing) @40 · not in this file',
    'ConfigMap features (missing) @32 · not in this file',
    'Secret registry (missing) @20 · not in this file',
  ]);
  assert.deepEqual(edgesOf(graph), [
    'Deployment api -template[creates pods]-> PodTemplate api',
    // One edge per pair, its labels joined in reading order.
    'PodTemplate api -config[/etc/api, envFrom]-> ConfigMap settings',
    'PodTemplate api -secret[/etc/tls]-> Secret api-tls',
    'PodTemplate api -secret[volume bundle, env DB_PASSWORD]-> Secret db-credentials',
    'PodTemplate api -config[env FEATURE]-> ConfigMap features',
    'PodTemplate api -secret[imagePullSecrets]-> Secret registry',
  ]);
});

test('references resolve within the namespace: a ConfigMap of another namespace is missing', () => {
  const text = `apiVersion: v1
kind: ConfigMap
metadata: { name: settings, namespace: a }
---
apiVersion: v1
kind: Pod
metadata: { name: app, namespace: b }
spec:
  containers: [{ name: app, image: busybox, envFrom: [{ configMapRef: { name: settings } }] }]
`;
  const graph = graphOf(text);
  assert.deepEqual(edgesOf(graph), ['Pod app -config[envFrom]-> ConfigMap settings']);
  const target = graph.nodes.find((n) => n.id === graph.edges[0].to);
  assert.deepEqual([target?.missing, target?.namespace], [true, 'b']);
});
