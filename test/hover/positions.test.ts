// Hover names the right field at the positions where completion is easiest to get wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt, hoverText } from '../completion/cursor';

const DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n';

const CASES: [name: string, src: string, heading: string][] = [
  [
    'a key inside a flow mapping',
    'apiVersion: v1\nkind: Pod\nspec: {containers: [{name: web, imagePull|Policy: Always}]}\n',
    '**Pod.spec.containers.imagePullPolicy** `string` — optional',
  ],
  [
    'a key of a flow mapping spanning lines',
    'apiVersion: v1\nkind: Pod\nspec: {\n  containers: [\n    {name: web,\n     res|ources: {}}\n  ]\n}\n',
    '**Pod.spec.containers.resources** `ResourceRequirements` — optional',
  ],
  [
    'a key of a document written as one flow mapping',
    '{\n  apiVersion: "batch/v1",\n  kind: "Job",\n  spec: {\n    template: {\n      spec: {\n        restart|Policy: "Never",\n      },\n    },\n  },\n}\n',
    '**Job.spec.template.spec.restartPolicy** `string` — optional',
  ],
  [
    'a key after a list item, dedented',
    `${DEPLOYMENT}    spec:\n      containers:\n        - name: web\n          image: nginx\n      vol|umes: []\n`,
    '**Deployment.spec.template.spec.volumes** `[]Volume` — optional',
  ],
  [
    'a key after a block scalar',
    'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      args:\n        - >-\n          echo hi\n      work|ingDir: /app\n',
    '**Pod.spec.containers.workingDir** `string` — optional',
  ],
  [
    'the second document of a file',
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nimmu|table: true\n',
    '**ConfigMap.immutable** `boolean` — optional',
  ],
  [
    'a StatefulSet volumeClaimTemplate',
    'apiVersion: apps/v1\nkind: StatefulSet\nspec:\n  volumeClaimTemplates:\n    - metadata:\n        name: data\n      spec:\n        storageClass|Name: fast\n',
    '**StatefulSet.spec.volumeClaimTemplates.spec.storageClassName** `string` — optional',
  ],
  [
    "a CronJob's pod spec",
    'apiVersion: batch/v1\nkind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restart|Policy: OnFailure\n',
    '**CronJob.spec.jobTemplate.spec.template.spec.restartPolicy** `string` — optional',
  ],
  [
    "a Deployment's template.metadata",
    `${DEPLOYMENT.replace('      labels:', '      lab|els:')}`,
    '**Deployment.spec.template.metadata.labels** `map[string]string` — optional',
  ],
  [
    'a List item: its own kind',
    'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    spec:\n      ty|pe: NodePort\n',
    '**Service.spec.type** `string` — optional',
  ],
  [
    'a List item of another kind',
    'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n  - apiVersion: apps/v1\n    kind: Deployment\n    spec:\n      repl|icas: 2\n',
    '**Deployment.spec.replicas** `integer` — optional',
  ],
];

for (const [name, src, heading] of CASES) {
  test(`hover: ${name}`, () => {
    assert.equal(hoverText(src).split('\n')[0], heading);
  });
}

test('hover range inside flow style is the key', () => {
  const h = hoverAt('apiVersion: v1\nkind: Pod\nspec: {containers: [{name: web, imagePull|Policy: Always}]}\n');
  assert.deepEqual(h?.range, { start: { line: 2, character: 32 }, end: { line: 2, character: 47 } });
});

test("hover on a value inside a List item uses the item's kind (a CronJob schedule in words)", () => {
  assert.match(
    hoverText('apiVersion: v1\nkind: List\nitems:\n  - apiVersion: batch/v1\n    kind: CronJob\n    spec:\n      schedule: "0 * * |* *"\n'),
    /^`0 \* \* \* \*`: \*\*Every hour\*\*/,
  );
});
