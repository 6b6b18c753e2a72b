// A duplicated key: kubectl keeps the last value (go-yaml v2), so the rules must read the last one too —
// the same value the schema validation sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/engine';

const job = (first: string, last: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: once
spec:
  template:
    spec:
      restartPolicy: ${first}
      restartPolicy: ${last}
      containers:
        - name: run
          image: busybox:1.36
`;

test('a duplicated restartPolicy is judged by its last value, as kubectl keeps it', () => {
  const seen = (text: string) => diagnose(text).map((d) => `${d.at} ${d.code}`);
  // Always then Never: kubectl keeps Never, which a Job allows — only the duplicate is reported.
  assert.deepEqual(seen(job('Always', 'Never')), ['9:7-9:20 yaml/duplicate-key']);
  // Never then Always: kubectl keeps Always, which a Job refuses — reported at the value kubectl keeps.
  assert.deepEqual(seen(job('Never', 'Always')), ['9:7-9:20 yaml/duplicate-key', '9:22-9:28 k8s/restart-policy']);
});

test("schema problems sit on the value kubectl keeps: a duplicated key's last one, a value merged in with <<", () => {
  const text = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  terminationGracePeriodSeconds: 30
  terminationGracePeriodSeconds: soon
  <<: {activeDeadlineSeconds: later}
  containers: [{name: c, image: "nginx:1.27"}]
`;
  assert.deepEqual(
    diagnose(text).map((d) => `${d.at} ${d.code} ${d.message}`),
    [
      '6:3-6:32 yaml/duplicate-key duplicate key "terminationGracePeriodSeconds" in this mapping: kubectl silently keeps only the last value (this one) and ignores the one on the line above — remove the one you do not mean, or merge them',
      '6:34-6:38 schema/type Pod.spec.terminationGracePeriodSeconds must be an integer, but it is the string "soon"',
      '7:31-7:36 schema/type Pod.spec.activeDeadlineSeconds must be an integer, but it is the string "later"',
    ],
  );
});

test('a duplicated label is read with its last value by the selector checks, as by kubectl', () => {
  const text = (first: string, last: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  containers: [{name: c, image: "nginx:1.27"}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector:
    app: ${first}
    app: ${last}
  ports: [{port: 80}]
`;
  const seen = (t: string) => diagnose(t).map((d) => `${d.at} ${d.code}`);
  // kubectl's Service selects app: web — only the duplicate is reported.
  assert.deepEqual(seen(text('old', 'web')), ['15:5-15:8 yaml/duplicate-key']);
  // kubectl's Service selects app: old, which no pod has: reported at the value kubectl keeps.
  assert.deepEqual(seen(text('web', 'old')), ['15:5-15:8 yaml/duplicate-key', '15:10-15:13 k8s/service-selector-matches']);
});

test('a duplicated kind is read with its last value: the object kubectl sends is the one checked', () => {
  const text = (first: string, last: string) => `apiVersion: v1
kind: ${first}
metadata:
  name: data
kind: ${last}
data:
  key: value
`;
  const seen = (t: string) => diagnose(t).map((d) => `${d.at} ${d.code}`);
  // Pod then ConfigMap: a ConfigMap with data is valid — only the duplicate is reported.
  assert.deepEqual(seen(text('Pod', 'ConfigMap')), ['5:1-5:5 yaml/duplicate-key']);
  // ConfigMap then Pod: the object is a Pod, which has no "data".
  assert.deepEqual(seen(text('ConfigMap', 'Pod')), ['5:1-5:5 yaml/duplicate-key', '6:1-6:5 schema/unknown-field']);
});
