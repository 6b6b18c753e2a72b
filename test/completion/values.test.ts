import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accept, completeAt, item, labels, newText, sorted } from './cursor';

test('enum values from the schema, with their meaning', () => {
  const items = completeAt('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: |');
  assert.deepEqual(sorted(items), ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']);
  assert.match((item(items, 'NodePort').documentation as { value: string }).value, /exposed on one port of every node/);
});

test('enum values of list items, in block and flow style', () => {
  const pvc = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: d\nspec:\n';
  assert.deepEqual(sorted(completeAt(`${pvc}  accessModes:\n    - Read|`)), [
    'ReadOnlyMany',
    'ReadWriteMany',
    'ReadWriteOnce',
    'ReadWriteOncePod',
  ]);
  assert.deepEqual(sorted(completeAt(`${pvc}  accessModes: [|]`)), ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod']);
  assert.deepEqual(sorted(completeAt(`${pvc}  volumeMode: |`)), ['Block', 'Filesystem']);
});

test('enums across kinds: reclaim policy, restartPolicy, imagePullPolicy, hostPath type', () => {
  // Recycle is deprecated (k8s/pv-recycle warns): accepted, not offered.
  assert.deepEqual(sorted(completeAt('apiVersion: v1\nkind: PersistentVolume\nspec:\n  persistentVolumeReclaimPolicy: |')), [
    'Delete',
    'Retain',
  ]);
  const pod = 'apiVersion: v1\nkind: Pod\nspec:\n';
  assert.deepEqual(sorted(completeAt(`${pod}  restartPolicy: |`)), ['Always', 'Never', 'OnFailure']);
  assert.deepEqual(sorted(completeAt(`${pod}  containers:\n    - name: a\n      imagePullPolicy: If|`)), [
    'Always',
    'IfNotPresent',
    'Never',
  ]);
  assert.deepEqual(sorted(completeAt(`${pod}  volumes:\n    - name: v\n      hostPath:\n        path: /x\n        type: |`)), [
    'BlockDevice',
    'CharDevice',
    'Directory',
    'DirectoryOrCreate',
    'File',
    'FileOrCreate',
    'Socket',
  ]);
});

test('booleans, and the overlay where the schema has no enum (Secret type)', () => {
  assert.deepEqual(sorted(completeAt('apiVersion: v1\nkind: Pod\nspec:\n  hostNetwork: |')), ['false', 'true']);
  assert.ok(labels(completeAt('apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ntype: |')).includes('kubernetes.io/tls'));
});

test('right after the colon a value gets its space', () => {
  assert.equal(newText(item(completeAt('apiVersion: v1\nkind: Pod\nspec:\n  restartPolicy:|'), 'Never')), ' Never');
});

test('kind: Cron offers CronJob and adds the missing apiVersion', () => {
  const items = completeAt('kind: Cron|');
  assert.equal(item(items, 'CronJob').detail, 'batch/v1');
  assert.equal(accept('kind: Cron|', 'CronJob'), 'apiVersion: batch/v1\nkind: CronJob');
  assert.equal(accept('metadata:\n  name: x\nkind: Cron|\n', 'CronJob'), 'metadata:\n  name: x\napiVersion: batch/v1\nkind: CronJob\n');
});

test('choosing a kind fixes a wrong apiVersion and keeps a right one', () => {
  assert.equal(accept('apiVersion: v1\nkind: Deploy|', 'Deployment'), 'apiVersion: apps/v1\nkind: Deployment');
  assert.equal(accept('apiVersion: v1\nkind: Conf|', 'ConfigMap'), 'apiVersion: v1\nkind: ConfigMap');
  // In a later document of the file.
  assert.equal(
    accept('apiVersion: v1\nkind: Namespace\n---\napiVersion: v1\nkind: Ingr|', 'Ingress'),
    'apiVersion: v1\nkind: Namespace\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress',
  );
});

test('apiVersion offers the versions serving the kind, preferred first', () => {
  const items = completeAt('apiVersion: |\nkind: HorizontalPodAutoscaler\n');
  assert.deepEqual(sorted(items).slice(0, 2), ['autoscaling/v2', 'autoscaling/v1']);
  assert.match(item(items, 'autoscaling/v2beta2').detail ?? '', /removed in Kubernetes 1\.26/);
});

test('no completion inside comments or block scalars', () => {
  assert.deepEqual(completeAt('apiVersion: v1\nkind: Pod\n# spe|'), []);
  assert.deepEqual(completeAt('apiVersion: v1\nkind: ConfigMap\ndata:\n  script: |\n    echo ‸'), []);
});

test('list items already present are not offered again, in block and flow style', () => {
  const pvc = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: d\nspec:\n';
  assert.deepEqual(sorted(completeAt(`${pvc}  accessModes:\n    - ReadWriteOnce\n    - |`)), [
    'ReadOnlyMany',
    'ReadWriteMany',
    'ReadWriteOncePod',
  ]);
  // Items below the cursor (quoted or not) count too; the item being typed does not.
  assert.deepEqual(sorted(completeAt(`${pvc}  accessModes:\n  - ReadWriteOnce\n  - Read|\n  - "ReadOnlyMany"\n  resources: {}\n`)), [
    'ReadWriteMany',
    'ReadWriteOncePod',
  ]);
  assert.deepEqual(sorted(completeAt(`${pvc}  accessModes:\n    - ReadWriteOnce|\n`)), [
    'ReadOnlyMany',
    'ReadWriteMany',
    'ReadWriteOnce',
    'ReadWriteOncePod',
  ]);
  assert.deepEqual(sorted(completeAt(`${pvc}  accessModes: [ReadWriteOnce, |]`)), ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod']);
  assert.deepEqual(sorted(completeAt(`${pvc}  accessModes: [|, ReadWriteMany]`)), ['ReadOnlyMany', 'ReadWriteOnce', 'ReadWriteOncePod']);
});
