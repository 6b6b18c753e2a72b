// "Never proposes keys of the wrong level": tricky cursor positions, each with keys that must be
// offered there and keys of neighbouring levels that must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeAt, labels, sorted } from './cursor';

const DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n';
const CONTAINER = `${DEPLOYMENT}    spec:\n      containers:\n        - name: web\n          image: nginx\n`;
const COMPACT = `${DEPLOYMENT}    spec:\n      containers:\n      - name: web\n        image: nginx\n`;
const CRONJOB =
  'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "0 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n';
const STATEFULSET =
  'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  volumeClaimTemplates:\n    - metadata:\n        name: data\n';

interface Case {
  name: string;
  src: string;
  /** The whole list, in the order shown (when short enough to state). */
  exactly?: string[];
  offers?: string[];
  never?: string[];
}

const CASES: Case[] = [
  {
    name: "after a list item's last key, at the item's key column",
    src: `${CONTAINER}          |\n`,
    offers: ['ports', 'env', 'resources'],
    never: ['name', 'image', 'volumes', 'replicas'],
  },
  {
    name: 'after a list item, one level out (the pod spec)',
    src: `${CONTAINER}      |\n`,
    offers: ['volumes', 'restartPolicy', 'nodeSelector'],
    never: ['containers', 'image', 'replicas', 'template'],
  },
  { name: 'after a list item, two levels out (the pod template: all present)', src: `${CONTAINER}    |\n`, exactly: [] },
  {
    name: 'after a list item, back at the Deployment spec',
    src: `${CONTAINER}  |\n`,
    exactly: ['minReadySeconds', 'paused', 'progressDeadlineSeconds', 'replicas', 'revisionHistoryLimit', 'strategy'],
  },
  { name: 'after a list item, at column 0', src: `${CONTAINER}|\n`, exactly: [] },
  { name: 'after a list item, at the `- ` column (a key there would be invalid)', src: `${CONTAINER}        |\n`, exactly: [] },
  {
    name: "a list written without indenting its `- `: the item's keys",
    src: `${COMPACT}        |\n`,
    offers: ['ports'],
    never: ['name', 'image', 'volumes'],
  },
  {
    name: 'a list written without indenting its `- `: the pod spec',
    src: `${COMPACT}      |\n`,
    offers: ['volumes'],
    never: ['containers', 'ports'],
  },
  {
    name: 'at the end of the file, half-typed, no newline',
    src: `${CONTAINER}  replic|`,
    exactly: ['minReadySeconds', 'paused', 'progressDeadlineSeconds', 'replicas', 'revisionHistoryLimit', 'strategy'],
  },
  {
    name: "after a block scalar, dedented to the container's keys",
    src: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      command: ["sh", "-c"]\n      args:\n        - >-\n          echo hi\n\n      ‸\n',
    offers: ['image', 'env'],
    never: ['name', 'command', 'args', 'volumes'],
  },
  {
    name: 'after a block scalar, dedented to column 0',
    src: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations:\n    note: |\n      hello\n      # not a comment\n‸\n',
    exactly: ['binaryData', 'data', 'immutable'],
  },
  {
    name: 'inside a block scalar: nothing',
    src: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  script: |\n    set -e\n\n    ‸\n',
    exactly: [],
  },
  {
    name: 'between documents: a new empty document gets the templates',
    src: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n  ports:\n    - port: 80\n---\n|\n---\napiVersion: v1\nkind: Pod\n',
    offers: ['Deployment', 'Service (ClusterIP)', 'apiVersion', 'kind'],
    never: ['ports', 'clusterIP', 'containers'],
  },
  {
    name: "a new document after `---` has its own kind's top level",
    src: 'apiVersion: v1\nkind: Service\nspec:\n  ports:\n    - port: 80\n---\napiVersion: v1\nkind: ConfigMap\n|\n',
    exactly: ['binaryData', 'data', 'immutable', 'metadata'],
  },
  {
    name: "StatefulSet volumeClaimTemplates: a PersistentVolumeClaim's spec",
    src: `${STATEFULSET}      spec:\n        |\n`,
    offers: ['accessModes', 'resources', 'storageClassName'],
    never: ['containers', 'replicas', 'serviceName', 'volumeClaimTemplates'],
  },
  {
    name: "StatefulSet volumeClaimTemplates: an item's top level",
    src: `${STATEFULSET}      |\n`,
    exactly: ['apiVersion', 'kind', 'spec'],
  },
  {
    name: 'CronJob jobTemplate.spec.template.spec: a pod spec',
    src: `${CRONJOB}          |\n`,
    offers: ['containers', 'restartPolicy', 'volumes'],
    never: ['schedule', 'jobTemplate', 'backoffLimit', 'template'],
  },
  {
    name: 'CronJob jobTemplate.spec: a Job spec',
    src: `${CRONJOB}          containers: []\n      |\n`,
    offers: ['backoffLimit', 'completions', 'parallelism'],
    never: ['template', 'schedule', 'containers'],
  },
  {
    name: 'CronJob spec after the job template',
    src: `${CRONJOB}          containers: []\n  |\n`,
    offers: ['concurrencyPolicy', 'successfulJobsHistoryLimit', 'timeZone'],
    never: ['schedule', 'jobTemplate', 'backoffLimit'],
  },
  {
    name: 'Deployment template.metadata: ObjectMeta',
    src: `${DEPLOYMENT}      |\n`,
    offers: ['annotations', 'name', 'namespace'],
    never: ['labels', 'spec', 'selector', 'replicas'],
  },
  { name: 'Deployment template: its spec is what is left', src: `${DEPLOYMENT}    |\n`, exactly: ['spec'] },
  {
    name: "a List item: the item's own kind",
    src: 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata:\n      name: a\n    spec:\n      |\n',
    offers: ['ports', 'selector', 'type'],
    never: ['items', 'containers'],
  },
  {
    name: "a List item's top level",
    src: 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    |\n',
    exactly: ['binaryData', 'data', 'immutable', 'metadata'],
  },
];

for (const c of CASES) {
  test(`levels: ${c.name}`, () => {
    const items = completeAt(c.src);
    if (c.exactly) assert.deepEqual(sorted(items), c.exactly);
    for (const key of c.offers ?? []) assert.ok(labels(items).includes(key), `offers ${key}; got ${sorted(items).join(', ')}`);
    for (const key of c.never ?? []) assert.ok(!labels(items).includes(key), `does not offer ${key}`);
  });
}
