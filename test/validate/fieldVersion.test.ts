// Fields by Kubernetes version: under k8sense.kubernetesVersion 1.X a field first seen in a later
// release is a warning, and completion does not offer it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose } from '../helpers/engine';
import { completeAt, labels } from '../completion/cursor';

const fieldVersion = (text: string, kubernetesVersion?: string) =>
  diagnose(text, { kubernetesVersion }).filter((d) => d.code === 'schema/field-version');

const POD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      resizePolicy:\n        - resourceName: cpu\n          restartPolicy: NotRequired\n';

test('a field added in 1.27 is flagged under 1.26, not under 1.27', () => {
  assert.deepEqual(fieldVersion(POD, '1.26'), [
    {
      at: '9:7-9:19',
      severity: 'warning',
      code: 'schema/field-version',
      message:
        'field "resizePolicy" of Pod.spec.containers[0] was added in Kubernetes 1.27; the target is 1.26 (k8sense.kubernetesVersion)',
    },
  ]);
  assert.deepEqual(fieldVersion(POD, '1.27'), []);
  assert.deepEqual(fieldVersion(POD), [], 'the default target is the newest release');
});

const PVC =
  'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes: [ReadWriteOnce]\n  volumeAttributesClassName: fast\n  resources:\n    requests:\n      storage: 1Gi\n';

test('no snapshot of 1.28: a field first seen in 1.29 after 1.27 was added "between 1.27 and 1.29"', () => {
  assert.deepEqual(fieldVersion(PVC, '1.28'), [
    {
      at: '7:3-7:28',
      severity: 'warning',
      code: 'schema/field-version',
      message:
        'field "volumeAttributesClassName" of PersistentVolumeClaim.spec was added between Kubernetes 1.27 and 1.29; the target is 1.28 (k8sense.kubernetesVersion)',
    },
  ]);
  assert.deepEqual(fieldVersion(PVC, '1.29'), []);
});

test('the table is diffed from the snapshots at build time: known first releases', () => {
  const table = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'dist', 'schemas', 'field-versions.json'), 'utf8'));
  assert.equal(table.oldest, '1.25');
  assert.equal(table.newest, '1.36');
  assert.deepEqual(
    table.snapshots.map((s: { version: string }) => s.version),
    ['1.25', '1.26', '1.27', '1.29', '1.30', '1.33', '1.36'],
  );
  const f = table.fields;
  assert.equal(f['io.k8s.api.core.v1.PodSpec'].schedulingGates, '1.26');
  assert.equal(f['io.k8s.api.core.v1.Container'].resizePolicy, '1.27');
  assert.equal(f['io.k8s.api.core.v1.PodSpec'].resources, '1.30-1.33');
  assert.equal(f['io.k8s.api.core.v1.PodSpec'].containers, undefined, 'fields of 1.25 have no entry');
});

test('completion does not offer a field the target release does not have', () => {
  const src = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: web\n      |\n';
  assert.ok(!labels(completeAt(src, { kubernetesVersion: '1.26' })).includes('resizePolicy'));
  assert.ok(labels(completeAt(src, { kubernetesVersion: '1.27' })).includes('resizePolicy'));
  assert.ok(labels(completeAt(src, { kubernetesVersion: '1.26' })).includes('image'));
});
