// A workspace scan indexes its files one at a time: each new file's objects go at the end of the
// index lists, which must cost that file, not the whole list (copying it was quadratic in files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/yaml/parse';
import { Model } from '../../server/src/model/model';
import { orderedWork } from '../../server/src/model/ordered';

const app = (i: number) =>
  parseFile(
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg-${i}\n  labels:\n    app: shop\ndata:\n  k: v\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-${i}\n  labels:\n    app: shop\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      envFrom:\n        - configMapRef:\n            name: cfg-${i}\n`,
  );
const uri = (i: number) => `file:///ws/app-${String(i).padStart(5, '0')}.yaml`;

test('indexing N new files one after another moves each index entry once: work grows with N, not N²', () => {
  const moved = (n: number) => {
    const model = new Model('the workspace');
    const before = orderedWork.itemsMoved;
    for (let i = 0; i < n; i++) model.setFile(uri(i), app(i));
    assert.equal(model.ofKind('Pod').length, n);
    return orderedWork.itemsMoved - before;
  };
  const small = moved(500);
  const large = moved(2000);
  // Four times the files: four times the work (a quadratic append would be sixteen times).
  assert.ok(large <= 4.5 * small, `${small} items moved for 500 files, ${large} for 2,000`);
});

test('a list the model handed out keeps its contents when later files are indexed', () => {
  const model = new Model('the workspace');
  model.setFile(uri(0), app(0));
  const pods = model.ofKind('Pod');
  const labelled = model.podsWithLabel('app', 'shop');
  model.setFile(uri(1), app(1));
  assert.deepEqual(
    pods.map((o) => o.identity.name),
    ['pod-0'],
  );
  assert.equal(labelled.length, 1);
  assert.deepEqual(
    model.ofKind('Pod').map((o) => o.identity.name),
    ['pod-0', 'pod-1'],
  );
  assert.equal(model.podsWithLabel('app', 'shop').length, 2);
});
