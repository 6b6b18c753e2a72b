import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll } from '../../server/src/fixes/fixAll';
import { withDefaults } from '../../server/src/settings';
import { applyFirstFix, diagnose, fixTitles } from '../helpers/engine';

// A key written at the wrong level carries a fix moving it, with its whole block re-indented, to where
// the schema has it. Preferred only when exactly one existing mapping nearby takes it.

const deployment = (spec: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n${spec}`;

test('"containers" directly under a Deployment\'s spec moves two levels in, to the end of template.spec', () => {
  const text = deployment(
    '  containers:\n    - name: web\n      image: nginx:1.27\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      restartPolicy: Always\n',
  );
  assert.deepEqual(fixTitles(text, 'schema/unknown-field'), [['Move "containers" into Deployment.spec.template.spec', true]]);
  const fixed = deployment(
    '  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      restartPolicy: Always\n      containers:\n        - name: web\n          image: nginx:1.27\n',
  );
  assert.equal(applyFirstFix(text, 'schema/unknown-field'), fixed);
  assert.deepEqual(diagnose(fixed), []);
  assert.equal(fixAll(text, withDefaults({})).text, fixed);
});

test('without a template the move creates template.spec — offered, not preferred', () => {
  const text = deployment('  replicas: 2\n  containers:\n    - name: web\n      image: nginx:1.27\n');
  assert.deepEqual(fixTitles(text, 'schema/unknown-field'), [['Move "containers" into Deployment.spec.template.spec', false]]);
  assert.equal(
    applyFirstFix(text, 'schema/unknown-field'),
    deployment('  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n'),
  );
});

const pod = (meta: string, spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n${meta}spec:\n${spec}`;

test('"image" at the pod spec level moves into the only container, after its last key', () => {
  const text = pod('', '  image: nginx:1.27\n  containers:\n    - name: c\n      ports:\n        - containerPort: 80\n');
  assert.deepEqual(diagnose(text)[0], {
    at: '6:3-6:8',
    severity: 'error',
    code: 'schema/unknown-field',
    message: '"image" belongs in Pod.spec.containers[] (Pod.spec.containers[].image), not in Pod.spec — move it two levels in',
  });
  assert.deepEqual(fixTitles(text, 'schema/unknown-field'), [['Move "image" into Pod.spec.containers[0]', true]]);
  const fixed = pod('', '  containers:\n    - name: c\n      ports:\n        - containerPort: 80\n      image: nginx:1.27\n');
  assert.equal(applyFirstFix(text, 'schema/unknown-field'), fixed);
  assert.deepEqual(diagnose(fixed), []);
});

test('with two containers each is offered, neither preferred', () => {
  const text = pod('', '  image: nginx:1.27\n  containers:\n    - name: a\n    - name: b\n');
  assert.deepEqual(fixTitles(text, 'schema/unknown-field'), [
    ['Move "image" into Pod.spec.containers[0]', false],
    ['Move "image" into Pod.spec.containers[1]', false],
  ]);
});

test('a destination that already has the key is no place for it: no move is offered', () => {
  const text = pod('', '  image: nginx:1.27\n  containers:\n    - name: c\n      image: busybox:1.36\n');
  assert.deepEqual(fixTitles(text, 'schema/unknown-field'), []);
});

test('"volumeMounts" under the pod spec moves into the container; a block scalar keeps its own indentation', () => {
  const text = pod(
    '',
    '  volumeMounts:\n    - name: data\n      mountPath: /data\n  command:\n    - sh\n    - -c\n    - |\n      echo a\n        echo b\n  containers:\n    - name: c\n      image: nginx:1.27\n  volumes:\n    - name: data\n      emptyDir: {}\n',
  );
  const moved = fixAll(text, withDefaults({}));
  assert.equal(
    moved.text,
    pod(
      '',
      '  containers:\n    - name: c\n      image: nginx:1.27\n      volumeMounts:\n        - name: data\n          mountPath: /data\n      command:\n        - sh\n        - -c\n        - |\n          echo a\n            echo b\n  volumes:\n    - name: data\n      emptyDir: {}\n',
    ),
  );
  assert.deepEqual(diagnose(moved.text), []);
});

test('"ports" under metadata belongs in a sibling branch: the container', () => {
  const text = pod('  ports:\n    - containerPort: 80\n', '  containers:\n    - name: c\n      image: nginx:1.27\n');
  assert.deepEqual(
    diagnose(text).map((d) => [d.at, d.message]),
    [['5:3-5:8', '"ports" belongs in Pod.spec.containers[0] (Pod.spec.containers[0].ports), not in Pod.metadata — move it there']],
  );
  assert.deepEqual(fixTitles(text, 'schema/unknown-field'), [['Move "ports" into Pod.spec.containers[0]', true]]);
  assert.equal(
    applyFirstFix(text, 'schema/unknown-field'),
    pod('', '  containers:\n    - name: c\n      image: nginx:1.27\n      ports:\n        - containerPort: 80\n'),
  );
});

test('"volumes" inside a container moves two levels out, to the end of the pod spec (the file ends without a newline)', () => {
  const text = pod(
    '',
    '  containers:\n    - name: c\n      image: nginx:1.27\n      volumes:\n        - name: x\n          emptyDir: {}\n  restartPolicy: Never',
  );
  assert.deepEqual(fixTitles(text, 'schema/unknown-field'), [['Move "volumes" into Pod.spec', true]]);
  assert.equal(
    applyFirstFix(text, 'schema/unknown-field'),
    pod(
      '',
      '  containers:\n    - name: c\n      image: nginx:1.27\n  restartPolicy: Never\n  volumes:\n    - name: x\n      emptyDir: {}\n',
    ),
  );
  // The moved key is the last thing in its destination: one edit re-indents it in place.
  const last = pod(
    '',
    '  containers:\n    - name: c\n      image: nginx:1.27\n      volumes:\n        - name: x\n          emptyDir: {}\n',
  );
  assert.equal(
    applyFirstFix(last, 'schema/unknown-field'),
    pod('', '  containers:\n    - name: c\n      image: nginx:1.27\n  volumes:\n    - name: x\n      emptyDir: {}\n'),
  );
});

test('a key that shares its line with a dash, or sits in a flow mapping, gets no move (its lines are not its own)', () => {
  assert.deepEqual(
    fixTitles(pod('', '  containers:\n    - volumes: []\n      name: c\n      image: nginx:1.27\n'), 'schema/unknown-field'),
    [],
  );
  assert.deepEqual(fixTitles(pod('', '  containers: [{name: c, image: nginx:1.27, volumes: []}]\n'), 'schema/unknown-field'), []);
});

test('a mapping the move would leave empty: offered, not preferred', () => {
  const one =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext:\n        hostNetwork: true\n';
  assert.deepEqual(fixTitles(one, 'schema/unknown-field'), [['Move "hostNetwork" into Pod.spec', false]]);
  assert.equal(
    applyFirstFix(one, 'schema/unknown-field'),
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext:\n  hostNetwork: true\n',
  );
});
