import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';
import { buildModel } from '../../server/src/model';

const service = getLanguageService();

test("completion of a claimName offers the claims of other files, in the pod's namespace", () => {
  const pod =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: a\nspec:\n  containers: [{ name: c, image: busybox:1.36 }]\n  volumes:\n    - name: data\n      persistentVolumeClaim:\n        claimName: \n';
  const claims =
    'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data-a\n  namespace: a\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data-b\n  namespace: b\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: anywhere\n';
  const file = service.parse(pod);
  const model = buildModel([
    { uri: 'file:///ws/pod.yaml', file },
    { uri: 'file:///ws/pvc.yaml', file: service.parse(claims) },
  ]);
  const labels = service
    .complete(file, { line: 10, character: 19 }, {}, { model, uri: 'file:///ws/pod.yaml' })
    .items.filter((i) => i.detail?.startsWith('PersistentVolumeClaim'))
    .map((i) => i.label);
  assert.deepEqual(labels, ['data-a', 'anywhere']);
  assert.deepEqual(
    service.complete(file, { line: 10, character: 19 }).items.filter((i) => i.detail?.startsWith('PersistentVolumeClaim')),
    [],
    'alone, the file has no claims',
  );
});
