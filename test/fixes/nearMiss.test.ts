import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll } from '../../server/src/fixes/fixAll';
import { withDefaults } from '../../server/src/settings';
import { fixTitles } from '../helpers/engine';

// A near-miss reference fix is preferred (fix-all applies it unattended) only when it is unambiguous.
const claims = (names: string[], namespace = '') =>
  names
    .map(
      (n) =>
        `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: ${n}\n${namespace}spec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 1Gi\n---\n`,
    )
    .join('');
const pod = (claim: string, namespace = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n${namespace}spec:\n  containers:\n    - name: c\n      image: nginx:1.27\n  volumes:\n    - name: data\n      persistentVolumeClaim:\n        claimName: ${claim}\n`;
const settings = withDefaults({});

test('near miss: the only name one edit away, same kind and namespace — preferred, fix-all applies it', () => {
  const text = claims(['data-claim', 'logs']) + pod('data-clam');
  assert.deepEqual(fixTitles(text, 'k8s/reference'), [['Change to "data-claim"', true]]);
  assert.equal(fixAll(text, settings).text, claims(['data-claim', 'logs']) + pod('data-claim'));
  // A case-only difference counts as one edit.
  assert.equal(fixAll(claims(['data']) + pod('Data'), settings).text, claims(['data']) + pod('data'));
});

test('near miss: two candidates close enough — offered, not preferred, fix-all leaves it', () => {
  const text = claims(['data-a', 'data-b']) + pod('data-c');
  assert.deepEqual(fixTitles(text, 'k8s/reference'), [['Change to "data-a"', false]]);
  assert.equal(fixAll(text, settings).text, text);
});

test('near miss: two edits away — offered, not preferred', () => {
  const text = claims(['data-claim']) + pod('dta-clam');
  assert.deepEqual(fixTitles(text, 'k8s/reference'), [['Change to "data-claim"', false]]);
  assert.equal(fixAll(text, settings).text, text);
});

test('near miss: the candidate names no namespace while the pod names one — offered, not preferred', () => {
  const text = claims(['data-claim']) + pod('data-clam', '  namespace: shop\n');
  assert.deepEqual(fixTitles(text, 'k8s/reference'), [['Change to "data-claim"', false]]);
  assert.equal(fixAll(text, settings).text, text);
  const same = claims(['data-claim'], '  namespace: shop\n') + pod('data-clam', '  namespace: shop\n');
  assert.deepEqual(fixTitles(same, 'k8s/reference'), [['Change to "data-claim"', true]]);
});

test('a key one edit from the only close key is preferred; among two close keys it is only offered', () => {
  const cm = (keys: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata: {${keys}}\n---\n`;
  const user = (key: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      env:\n        - name: M\n          valueFrom:\n            configMapKeyRef: {name: cfg, key: ${key}}\n`;
  assert.deepEqual(fixTitles(cm('mode: a, level: b') + user('mdoe'), 'k8s/reference'), [['Change to "mode"', true]]);
  assert.equal(fixAll(cm('mode: a, level: b') + user('mdoe'), settings).text, cm('mode: a, level: b') + user('mode'));
  assert.deepEqual(fixTitles(cm('mode: a, node: b') + user('ode'), 'k8s/reference'), [['Change to "mode"', false]]);
});

// The same certainty for a Service selector's label value that no pod has (k8s/service-selector-matches).
const deployments = (apps: string[]) =>
  apps
    .map(
      (a) =>
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${a}\nspec:\n  selector:\n    matchLabels: {app: ${a}}\n  template:\n    metadata:\n      labels: {app: ${a}}\n    spec:\n      containers:\n        - name: c\n          image: nginx:1.27\n---\n`,
    )
    .join('');
const service = (app: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector:\n    app: ${app}\n  ports:\n    - port: 80\n`;

test('near-miss selector label: the only value one edit away — preferred, fix-all applies it', () => {
  // A swapped pair of letters is one edit.
  assert.deepEqual(fixTitles(deployments(['web', 'db']) + service('wbe'), 'k8s/service-selector-matches'), [['Change to "web"', true]]);
  const one = deployments(['web', 'db']) + service('webb');
  assert.deepEqual(fixTitles(one, 'k8s/service-selector-matches'), [['Change to "web"', true]]);
  assert.equal(fixAll(one, settings).text, deployments(['web', 'db']) + service('web'));
});

test('near-miss selector label: two values as close — offered, not preferred, fix-all leaves it', () => {
  const text = deployments(['web-a', 'web-b']) + service('web-c');
  assert.deepEqual(fixTitles(text, 'k8s/service-selector-matches'), [['Change to "web-a"', false]]);
  assert.equal(fixAll(text, settings).text, text);
});
