// Completion offers only what is valid where it is: every enum value offered, once inserted,
// yields no diagnostic on its line (the rules and completion read the same place overlay).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';
import { sorted, withCursor } from './cursor';

const service = getLanguageService();

const container = '      containers:\n        - name: app\n          image: nginx:1.27\n';
const pod = (kind: string, apiVersion: string, wrap: (spec: string) => string) =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n${wrap('')}`;
const template = (spec: string) =>
  `spec:\n  selector:\n    matchLabels: {app: x}\n  template:\n    metadata:\n      labels: {app: x}\n    spec:\n${spec}`;

/** Documents with one value position `|` each; the rest of the document is valid. */
const PLACES: { name: string; src: string; expect: string[]; needsMore?: string[] }[] = [
  {
    name: 'Pod restartPolicy',
    src: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  restartPolicy: |\n  containers:\n    - name: app\n      image: nginx:1.27\n`,
    expect: ['Always', 'Never', 'OnFailure'],
  },
  {
    name: 'Job restartPolicy',
    src: `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      restartPolicy: |\n${container}`,
    expect: ['Never', 'OnFailure'],
  },
  {
    name: 'CronJob restartPolicy',
    src: `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: x\nspec:\n  schedule: "0 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: |\n          containers:\n            - name: app\n              image: nginx:1.27\n`,
    expect: ['Never', 'OnFailure'],
  },
  {
    name: 'Deployment restartPolicy',
    src: pod('Deployment', 'apps/v1', template) + `      restartPolicy: |\n${container}`,
    expect: ['Always'],
  },
  {
    name: 'DaemonSet restartPolicy',
    src: pod('DaemonSet', 'apps/v1', template) + `      restartPolicy: |\n${container}`,
    expect: ['Always'],
  },
  {
    name: 'Deployment imagePullPolicy',
    src: pod('Deployment', 'apps/v1', template) + `${container}          imagePullPolicy: |\n`,
    expect: ['Always', 'IfNotPresent', 'Never'],
  },
  // ExternalName is valid only with spec.externalName, which the rule asks for on that line.
  {
    name: 'Service type',
    needsMore: ['ExternalName'],
    src: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  selector: {app: x}\n  ports: [{port: 80}]\n  type: |\n',
    expect: ['ClusterIP', 'LoadBalancer', 'NodePort'],
  },
  {
    name: 'CronJob concurrencyPolicy',
    src: `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: x\nspec:\n  schedule: "0 * * * *"\n  concurrencyPolicy: |\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: app\n              image: nginx:1.27\n`,
    expect: ['Allow', 'Forbid', 'Replace'],
  },
  {
    name: 'PersistentVolumeClaim volumeMode',
    src: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: x\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n  volumeMode: |\n',
    expect: ['Block', 'Filesystem'],
  },
  // Recycle is a PersistentVolume's reclaim policy only: a StorageClass refuses it.
  {
    name: 'StorageClass reclaimPolicy',
    src: 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: x\nprovisioner: example.com/disk\nreclaimPolicy: |\n',
    expect: ['Delete', 'Retain'],
  },
  // Recycle is deprecated for a PersistentVolume too (the API server warns): accepted, not offered.
  {
    name: 'PersistentVolume persistentVolumeReclaimPolicy',
    src: 'apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: x\nspec:\n  capacity: {storage: 1Gi}\n  accessModes: [ReadWriteOnce]\n  hostPath: {path: /data}\n  persistentVolumeReclaimPolicy: |\n',
    expect: ['Delete', 'Retain'],
  },
  // Lt and Gt need an alpha feature gate (off by default): k8s/pod-spec-fields warns, completion leaves them out.
  {
    name: 'Pod toleration operator',
    src: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  tolerations:\n    - key: dedicated\n      operator: |\n  containers:\n    - name: app\n      image: nginx:1.27\n',
    expect: ['Equal', 'Exists'],
  },
  {
    name: 'Deployment toleration operator',
    src: pod('Deployment', 'apps/v1', template) + `      tolerations:\n        - key: dedicated\n          operator: |\n${container}`,
    expect: ['Equal', 'Exists'],
  },
];

for (const place of PLACES) {
  test(`completion at ${place.name} offers only values valid there, each inserting cleanly`, () => {
    const { text, file, position } = withCursor(place.src);
    const items = service.complete(file, position).items.filter((i) => i.kind === 12 /* EnumMember */ || i.kind === 20);
    const labels = sorted(items);
    for (const e of place.expect) assert.ok(labels.includes(e), `${e} offered (got ${labels.join(', ')})`);
    if (/(restart|reclaim)Policy$|operator$/i.test(place.name)) assert.deepEqual(labels, place.expect);
    const offset = file.lines.offsetAt(position);
    for (const item of items.filter((i) => !place.needsMore?.includes(String(i.label)))) {
      const edit = item.textEdit as { range?: { start: typeof position; end: typeof position }; newText: string } | undefined;
      const s = edit?.range ? file.lines.offsetAt(edit.range.start) : offset;
      const e = edit?.range ? file.lines.offsetAt(edit.range.end) : offset;
      const inserted = text.slice(0, s) + (edit?.newText ?? String(item.label)) + text.slice(e);
      const onLine = service.validate(service.parse(inserted)).filter((d) => d.range.start.line === position.line);
      assert.deepEqual(
        onLine.map((d) => `${d.code} ${d.message}`),
        [],
        `after inserting ${item.label}`,
      );
    }
  });
}
