import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-types';
import { accept, completeAt, item, labels, newText, sorted } from './cursor';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n';
/** Keys a Container has besides name (Pod-level or top-level keys must never be among them). */
const CONTAINER_KEYS = ['args', 'command', 'env', 'envFrom', 'image', 'imagePullPolicy', 'lifecycle', 'livenessProbe', 'ports'];

function assertContainerKeys(items: ReturnType<typeof completeAt>, without: string[]): void {
  const shown = labels(items);
  for (const key of CONTAINER_KEYS) if (!without.includes(key)) assert.ok(shown.includes(key), `offers ${key}`);
  for (const key of without) assert.ok(!shown.includes(key), `${key} is already there`);
  for (const wrong of ['volumes', 'nodeName', 'apiVersion', 'metadata', 'spec'])
    assert.ok(!shown.includes(wrong), `no ${wrong} (wrong level)`);
}

test('a flow mapping spanning lines: the keys of the item the cursor is in, one-line insertions', () => {
  const items = completeAt(`${POD}spec: {\n  containers: [\n    {name: web, |}\n  ]\n}\n`);
  assertContainerKeys(items, ['name']);
  assert.equal(newText(item(items, 'image')), 'image: $1');
  assert.equal(newText(item(items, 'ports')), 'ports: [$1]');
  assert.equal(newText(item(items, 'securityContext')), 'securityContext: {$1}');
  assert.deepEqual((item(items, 'image').textEdit as TextEdit).range, {
    start: { line: 6, character: 16 },
    end: { line: 6, character: 16 },
  });
});

test('the same while the brackets are still unclosed (the parse fails): the half-typed word is replaced', () => {
  const items = completeAt(`${POD}spec: {\n  containers: [\n    {name: web, im|\n`);
  assertContainerKeys(items, ['name']);
  assert.deepEqual((item(items, 'image').textEdit as TextEdit).range, {
    start: { line: 6, character: 16 },
    end: { line: 6, character: 18 },
  });
  assert.equal(
    accept(`${POD}spec: {\n  containers: [\n    {name: web, im|\n`, 'image'),
    `${POD}spec: {\n  containers: [\n    {name: web, image: $1\n`,
  );
});

test('keys before and after the cursor in a flow mapping are left out; a comment or quoted brackets change nothing', () => {
  assertContainerKeys(completeAt(`${POD}spec: {containers: [{name: web, |, image: nginx}]}\n`), ['name', 'image']);
  const commented = `${POD}spec: {\n  containers: [{\n    name: web,\n    # a comment, with { and [\n    command: ["sh", "-c", "echo {x} ["],\n    |\n  }]\n}\n`;
  assertContainerKeys(completeAt(commented), ['name', 'command']);
});

test('a new item of a flow list of mappings is written as a mapping', () => {
  const items = completeAt(`${POD}spec: {\n  containers: [\n    {name: web},\n    |\n  ]\n}\n`);
  assertContainerKeys(items, []);
  assert.equal(newText(item(items, 'name')), '{name: $1}');
  assert.equal(newText(item(items, 'image')), '{image: $1}');
});

test('after a closed flow list the cursor is back at the enclosing mapping', () => {
  const items = completeAt(`${POD}spec: {\n  containers: [{name: web, image: nginx}],\n  |\n}\n`);
  assert.ok(labels(items).includes('volumes'));
  assert.ok(labels(items).includes('restartPolicy'));
  assert.ok(!labels(items).includes('containers'), 'containers is already there');
  assert.ok(!labels(items).includes('image'), 'not the container level');
});

test('values inside flow style: enum of a key in a multi-line flow mapping, of a nested flow item', () => {
  assert.deepEqual(sorted(completeAt(`${POD}spec: {\n  containers: [{name: web, image: nginx}],\n  restartPolicy: |\n}\n`)), [
    'Always',
    'Never',
    'OnFailure',
  ]);
  assert.deepEqual(sorted(completeAt(`${POD}spec: {\n  containers: [{name: web, image: nginx, imagePullPolicy: |}]}\n`)), [
    'Always',
    'IfNotPresent',
    'Never',
  ]);
  assert.equal(newText(item(completeAt(`${POD}spec: {containers: [{name: web, imagePullPolicy:|}]}\n`), 'Never')), ' Never');
});

test('a document written as one flow mapping (the kubernetes.io examples)', () => {
  const doc = (body: string) => `---\n{\n  apiVersion: "v1",\n  kind: "Service",\n${body}\n}\n`;
  assert.deepEqual(sorted(completeAt(doc('  |'))), ['metadata', 'spec']);
  assert.equal(newText(item(completeAt(doc('  |')), 'spec')), 'spec: {$1}');
  assert.deepEqual(sorted(completeAt(doc('  metadata: {name: web},\n  spec: {\n    type: |,\n  },'))), [
    'ClusterIP',
    'ExternalName',
    'LoadBalancer',
    'NodePort',
  ]);
  const job =
    '{\n  apiVersion: "batch/v1",\n  kind: "Job",\n  spec: {\n    template: {\n      spec: {\n        restartPolicy: "Never",\n        |\n      },\n    },\n  },\n}\n';
  const items = completeAt(job);
  assert.equal(sorted(items)[0], 'containers');
  assert.ok(!labels(items).includes('restartPolicy'));
  assert.ok(!labels(items).includes('completions'), 'not the Job spec level');
});

test('a flow mapping inside a block list item', () => {
  assert.deepEqual(sorted(completeAt(`${POD}spec:\n  containers:\n    - name: web\n      ports: [{containerPort: 80, |}]\n`)), [
    'hostIP',
    'hostPort',
    'name',
    'protocol',
  ]);
});
