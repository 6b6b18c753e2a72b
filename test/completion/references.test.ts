import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeAt, item, labels, newText, sorted } from './cursor';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        tier: frontend
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
          volumeMounts:
            - name: |
      volumes:
        - name: content
          persistentVolumeClaim:
            claimName: site
        - name: cache
          emptyDir: {}
`;

test('volumeMount name offers the volumes of the same pod', () => {
  assert.deepEqual(sorted(completeAt(DEPLOYMENT)), ['cache', 'content']);
});

const PVCS =
  'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: site\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 1Gi\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: logs\n---\n';

test('claimName offers the PersistentVolumeClaims of the file', () => {
  const text = `${PVCS}apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  volumes:\n    - name: v\n      persistentVolumeClaim:\n        claimName: |\n`;
  const items = completeAt(text);
  assert.deepEqual(sorted(items), ['logs', 'site']);
  assert.equal(item(items, 'site').detail, 'PersistentVolumeClaim');
});

const WITH_SERVICE = (service: string) =>
  `${DEPLOYMENT.replace('- name: |', '- name: cache\n              mountPath: /cache')}---\n${service}`;

test('a Service selector offers the label pairs the pods of the file carry', () => {
  const items = completeAt(WITH_SERVICE('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    |\n'));
  assert.ok(labels(items).includes('app: web'));
  assert.ok(labels(items).includes('tier: frontend'));
  assert.equal(newText(item(items, 'app: web')), 'app: web');
  assert.equal(item(items, 'app: web').detail, 'Deployment/web');
  // A label already in the selector is left out; its value is offered from the pods.
  const more = completeAt(WITH_SERVICE('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n    |\n'));
  assert.ok(!labels(more).includes('app: web'));
  assert.deepEqual(
    labels(completeAt(WITH_SERVICE('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    tier: |\n'))),
    ['frontend'],
  );
});

test('targetPort offers the container ports of the selected pods', () => {
  const svc =
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: |\n';
  assert.deepEqual(sorted(completeAt(WITH_SERVICE(svc))), ['8080', 'http']);
  const other = svc.replace('app: web', 'app: other');
  assert.deepEqual(completeAt(WITH_SERVICE(other)), []);
});

test('a Deployment selector offers its own template labels', () => {
  const text = DEPLOYMENT.replace('    matchLabels:\n      app: web', '    matchLabels:\n      |').replace('- name: |', '- name: cache');
  assert.equal(item(completeAt(text), 'app: web').detail, 'labels of this template');
});
