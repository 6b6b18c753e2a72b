import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InsertTextMode } from 'vscode-languageserver-types';
import { accept, completeAt, item, labels, newText, sorted } from './cursor';

const PVC = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n';

test('keys of the mapping at the cursor, with type and markdown description', () => {
  const items = completeAt(`${PVC}  acc|`);
  const access = item(items, 'accessModes');
  assert.equal(access.detail, '[]string');
  assert.equal((access.documentation as { kind: string }).kind, 'markdown');
  assert.match(
    (access.documentation as { value: string }).value,
    /^\*\*accessModes\*\* `\[\]string`\n\naccessModes contains the desired access modes/,
  );
  assert.match(
    (access.documentation as { value: string }).value,
    /Allowed values: `ReadOnlyMany`, `ReadWriteMany`, `ReadWriteOnce`, `ReadWriteOncePod`/,
  );
  assert.equal(access.insertTextMode, InsertTextMode.asIs);
  // Only spec's fields: no top-level or container keys, no read-only status.
  assert.ok(!labels(items).includes('kind'));
  assert.ok(!labels(items).includes('image'));
  assert.ok(labels(items).includes('storageClassName'));
  // The range replaces the half-typed word.
  assert.deepEqual(access.textEdit && 'range' in access.textEdit ? access.textEdit.range : undefined, {
    start: { line: 5, character: 2 },
    end: { line: 5, character: 5 },
  });
});

test('accepting a list field inserts a list item at the right indentation', () => {
  assert.equal(
    accept(`${PVC}  accessMo|`, 'accessModes'),
    `${PVC}  accessModes:\n    - \${1|ReadOnlyMany,ReadWriteMany,ReadWriteOnce,ReadWriteOncePod|}`,
  );
});

test('required keys come first and are marked', () => {
  const items = completeAt('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  |');
  assert.equal(sorted(items)[0], 'containers');
  assert.equal(item(items, 'containers').detail, '[]Container (required)');
});

test('containers inserts a first item with name and image; ports a containerPort', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n';
  assert.equal(newText(item(completeAt(`${pod}  cont|`), 'containers')), 'containers:\n    - name: ${1}\n      image: ${2}');
  const inContainer = `${pod}  containers:\n    - name: web\n      image: nginx:1.27\n      por|`;
  assert.equal(newText(item(completeAt(inContainer), 'ports')), 'ports:\n        - containerPort: ${1}');
});

test('object keys open an indented child line; enum fields offer their values as a choice', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n';
  assert.equal(newText(item(completeAt(`${pod}  securityCon|`), 'securityContext')), 'securityContext:\n    $1');
  assert.equal(newText(item(completeAt(`${pod}  resta|`), 'restartPolicy')), 'restartPolicy: ${1|Always,Never,OnFailure|}');
  assert.equal(newText(item(completeAt(`${pod}  hostNet|`), 'hostNetwork')), 'hostNetwork: ${1|true,false|}');
});

test('keys already present are left out', () => {
  const items = completeAt(
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      |\n      image: nginx\n',
  );
  assert.ok(!labels(items).includes('name'));
  assert.ok(!labels(items).includes('image'));
  assert.ok(labels(items).includes('ports'));
});

test("a new list item offers the item type's keys", () => {
  const items = completeAt(
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: a\n      image: nginx\n    - |',
  );
  assert.ok(labels(items).includes('name'));
  assert.ok(labels(items).includes('image'));
});

test('indentation decides the level of a half-typed key (the parser sees a scalar there)', () => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: a\n      image: nginx\n  |';
  const items = completeAt(text);
  assert.ok(labels(items).includes('volumes'), 'spec level');
  assert.ok(!labels(items).includes('image'), 'not the container level');
  const top = completeAt('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspe|');
  assert.ok(labels(top).includes('spec'));
  assert.ok(!labels(top).includes('metadata'), 'metadata is already there');
});

test('the key under the cursor keeps its colon: only the name is replaced', () => {
  const text = `${PVC}  accessMo|: [ReadWriteOnce]`;
  assert.equal(accept(text, 'accessModes'), `${PVC}  accessModes: [ReadWriteOnce]`);
});

test('inside flow mappings: keys of the right level, one-line insertions', () => {
  const items = completeAt(
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: a\n      resources: {limits: {cpu: 1, |}}',
  );
  assert.deepEqual(sorted(items), ['ephemeral-storage', 'memory', 'storage']);
  assert.equal(newText(item(items, 'memory')), 'memory: $1');
  const meta = completeAt('apiVersion: v1\nkind: Pod\nmetadata: {name: x, lab|}');
  assert.equal(newText(item(meta, 'labels')), 'labels: {$1}');
  assert.ok(!labels(meta).includes('name'));
});

test('documents of a multi-document file each use their own kind', () => {
  const items = completeAt(
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: b\nspec:\n  persistentVolumeRe|',
  );
  assert.ok(labels(items).includes('persistentVolumeReclaimPolicy'));
  assert.ok(!labels(items).includes('clusterIP'));
});
