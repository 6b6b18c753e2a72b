// Schema validation as a user sees it: where each problem is shown, what it says, what the fix does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFirstFix, diagnose, type Seen } from '../helpers/engine';
import { RULES } from '../../server/src/rules';

/**
 * Only this module's findings. The API rules are turned off: where a rule reports the same spot,
 * the user sees the rule's message instead (tested in test/server/dedupe.test.ts).
 */
const RULES_OFF = Object.fromEntries(RULES.map((r) => [r.id, 'off' as const]));
function schema(text: string, settings: Parameters<typeof diagnose>[1] = {}): Seen[] {
  return diagnose(text, { requireKubernetes: true, ...settings, rules: { ...RULES_OFF, ...settings?.rules } }).filter((d) =>
    d.code.startsWith('schema/'),
  );
}

const POD = (container: string, spec = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx\n${container}${spec}`;

test('unknown field: on the key, with the closest allowed name and a rename fix', () => {
  const text = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessMkode:\n    - ReadWriteOnce\n';
  assert.deepEqual(schema(text), [
    {
      at: '6:3-6:14',
      severity: 'error',
      code: 'schema/unknown-field',
      message: 'unknown field "accessMkode" in PersistentVolumeClaim.spec — did you mean "accessModes"?',
    },
  ]);
  assert.equal(applyFirstFix(text, 'schema/unknown-field', { rules: RULES_OFF }), text.replace('accessMkode', 'accessModes'));
});

test('unknown field without a close name lists the allowed ones', () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n      backend: web\n';
  const [d] = schema(text);
  assert.equal(d.at, '8:7-8:14');
  assert.equal(
    d.message,
    'unknown field "backend" in Service.spec.ports[0]: Kubernetes rejects it; allowed fields: appProtocol, name, nodePort, port, protocol, targetPort',
  );
});

test('a field one level too deep: says where it belongs and how far to move it', () => {
  const text = POD('      volumes:\n        - name: data\n          emptyDir: {}\n');
  assert.deepEqual(schema(text), [
    {
      at: '9:7-9:14',
      severity: 'error',
      code: 'schema/unknown-field',
      message: '"volumes" belongs in Pod.spec (Pod.spec.volumes), not in Pod.spec.containers[0] — move it two levels out',
    },
  ]);
});

test('a field too shallow: containers directly under a Deployment spec belong in spec.template.spec', () => {
  const text =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n' +
    '  containers:\n    - name: web\n      image: nginx\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx\n';
  assert.deepEqual(schema(text), [
    {
      at: '8:3-8:13',
      severity: 'error',
      code: 'schema/unknown-field',
      message:
        '"containers" belongs in Deployment.spec.template.spec (Deployment.spec.template.spec.containers), not in Deployment.spec — move it two levels in',
    },
  ]);
});

test('enum: on the value, lists the allowed values, suggests the closest, fix replaces it', () => {
  const text = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes:\n    - ReadWriteOnly\n';
  assert.deepEqual(schema(text), [
    {
      at: '7:7-7:20',
      severity: 'error',
      code: 'schema/enum',
      message:
        '"ReadWriteOnly" is not a valid value for PersistentVolumeClaim.spec.accessModes[0]: allowed values are ReadOnlyMany, ReadWriteMany, ReadWriteOnce, ReadWriteOncePod — did you mean "ReadWriteOnce"?',
    },
  ]);
  assert.equal(applyFirstFix(text, 'schema/enum', { rules: RULES_OFF }), text.replace('ReadWriteOnly', 'ReadWriteOnce'));
});

test('type: YAML 1.1 booleans in a list of strings (args: no) — quote it', () => {
  const text = POD('      args: ["--verbose", no]\n');
  assert.deepEqual(schema(text), [
    {
      at: '9:27-9:29',
      severity: 'error',
      code: 'schema/type',
      message:
        'Pod.spec.containers[0].args[1] must be a string, but no is read as the boolean false — Kubernetes reads YAML 1.1, where a plain no means false: quote it: "no"',
    },
  ]);
  assert.equal(applyFirstFix(text, 'schema/type', { rules: RULES_OFF }), text.replace(', no]', ', "no"]'));
});

test('type: a number where a string is expected (env value) — quote it; octal 0755 is explained', () => {
  const text = POD('      env:\n        - name: PORT\n          value: 8080\n        - name: MODE\n          value: 0755\n');
  assert.deepEqual(
    schema(text).map((d) => [d.at, d.message]),
    [
      ['11:18-11:22', 'Pod.spec.containers[0].env[0].value must be a string, but 8080 is a number: quote it: "8080"'],
      [
        '13:18-13:22',
        'Pod.spec.containers[0].env[1].value must be a string, but 0755 is a number (a leading 0 makes it octal in YAML 1.1: 0755 is 493): quote it: "0755"',
      ],
    ],
  );
  assert.equal(applyFirstFix(text, 'schema/type', { rules: RULES_OFF }), text.replace('value: 8080', 'value: "8080"'));
});

test('type: a quoted number where an integer is expected (port: "80") — remove the quotes', () => {
  const text = POD('      ports:\n        - containerPort: "80"\n');
  assert.deepEqual(schema(text), [
    {
      at: '10:26-10:30',
      severity: 'error',
      code: 'schema/type',
      message:
        'Pod.spec.containers[0].ports[0].containerPort must be an integer, but "80" is a string because of the quotes: remove the quotes: 80',
    },
  ]);
  assert.equal(applyFirstFix(text, 'schema/type', { rules: RULES_OFF }), text.replace('"80"', '80'));
});

test('type: a quoted boolean where true or false is expected — remove the quotes', () => {
  const text = POD('      stdin: "true"\n');
  assert.deepEqual(
    schema(text).map((d) => [d.at, d.message]),
    [
      [
        '9:14-9:20',
        'Pod.spec.containers[0].stdin must be true or false, but "true" is a string because of the quotes: remove the quotes: true',
      ],
    ],
  );
  assert.equal(applyFirstFix(text, 'schema/type', { rules: RULES_OFF }), text.replace('"true"', 'true'));
});

test('type: int-or-string says "an integer or a string", never "matches several schemas"', () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n      targetPort: [8080]\n';
  assert.deepEqual(
    schema(text).map((d) => [d.at, d.message]),
    [['8:19-8:25', 'Service.spec.ports[0].targetPort must be an integer or a string, but it is a list']],
  );
});

test('type: a mapping where a list is expected is shown on the key, not the whole block', () => {
  const text = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  annotations:\n    - a: b\n';
  assert.deepEqual(
    schema(text).map((d) => [d.at, d.message]),
    [['5:3-5:14', 'Secret.metadata.annotations must be a mapping (key: value lines), but it is a list']],
  );
});

test('type: a string where a list is expected — split into words, fix writes the list', () => {
  const text = POD('      command: echo hi\n');
  assert.deepEqual(
    schema(text).map((d) => [d.at, d.message]),
    [
      [
        '9:16-9:23',
        'Pod.spec.containers[0].command must be a list, but it is the string "echo hi": write it as ["echo", "hi"] (each word is an item of its own), or one item per line starting with "- "',
      ],
    ],
  );
  assert.equal(applyFirstFix(text, 'schema/type', { rules: RULES_OFF }), text.replace('echo hi', '["echo", "hi"]'));
});

test('type: an empty value is shown on its key', () => {
  assert.deepEqual(
    schema('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n').map((d) => [d.at, d.message]),
    [
      [
        '6:3-6:13',
        'Pod.spec.containers is required, but it is empty (null): Kubernetes reads it as an empty list and rejects it — write a list',
      ],
    ],
  );
});

test('top-level name and labels belong in metadata', () => {
  assert.deepEqual(
    schema('apiVersion: v1\nkind: ConfigMap\nname: x\nlabels:\n  a: b\n').map((d) => [d.at, d.message]),
    [
      ['3:1-3:5', '"name" belongs in ConfigMap.metadata (ConfigMap.metadata.name), not in ConfigMap — move it one level in'],
      ['4:1-4:7', '"labels" belongs in ConfigMap.metadata (ConfigMap.metadata.labels), not in ConfigMap — move it one level in'],
    ],
  );
});

test("required: on the parent key (spec), or on a list item's first key", () => {
  assert.deepEqual(schema('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  restartPolicy: Never\n'), [
    {
      at: '5:1-5:5',
      severity: 'error',
      code: 'schema/required',
      message: 'missing required field "containers" in Pod.spec: add "containers:" (a list) under Pod.spec',
    },
  ]);
  assert.deepEqual(
    schema('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - image: nginx\n').map((d) => [d.at, d.message]),
    [['7:7-7:12', 'missing required field "name" in Pod.spec.containers[0]: add "name:" (a string) under Pod.spec.containers[0]']],
  );
});

test('format: a quantity with a byte unit suggests the Kubernetes spelling', () => {
  const text = POD('      resources:\n        limits:\n          memory: 1GB\n');
  const [d] = schema(text);
  assert.equal(d.at, '11:19-11:22');
  assert.equal(d.code, 'schema/format');
  assert.equal(
    d.message,
    '"1GB" is not a valid quantity for Pod.spec.containers[0].resources.limits.memory: write a number with an optional unit — m (milli), k M G T P E, or Ki Mi Gi Ti Pi Ei (e.g. 500m, 128Mi, 1Gi) — did you mean 1G?',
  );
  assert.equal(applyFirstFix(text, 'schema/format', { rules: RULES_OFF }), text.replace('1GB', '1G'));
});

test('format: Secret data must be base64', () => {
  const [d] = schema('apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  password: hunter2!\n');
  assert.equal(d.at, '6:13-6:21');
  assert.match(d.message, /^Secret\.data\.password must be base64-encoded, but "hunter2!" is not valid base64/);
});

test('an envsubst placeholder is an info, not an error', () => {
  const [d] = schema(POD('      resources:\n        limits:\n          memory: ${MEMORY}\n'));
  assert.equal(d.severity, 'info');
  assert.match(d.message, /looks like a template placeholder/);
});

test('unknown kind: did-you-mean over the built-in kinds, fix renames it', () => {
  const text = 'apiVersion: apps/v1\nkind: Deplyment\nmetadata:\n  name: web\n';
  assert.deepEqual(schema(text), [
    { at: '2:7-2:16', severity: 'error', code: 'schema/unknown-kind', message: 'unknown kind "Deplyment" — did you mean "Deployment"?' },
  ]);
  assert.equal(applyFirstFix(text, 'schema/unknown-kind', { rules: RULES_OFF }), text.replace('Deplyment', 'Deployment'));
  // A kind from another group also gets its apiVersion.
  const svc = 'apiVersion: apps/v1\nkind: Servce\nmetadata:\n  name: web\n';
  assert.deepEqual(
    schema(svc).map((d) => d.message),
    ['unknown kind "Servce" — did you mean "Service" (v1)?'],
  );
  assert.equal(applyFirstFix(svc, 'schema/unknown-kind', { rules: RULES_OFF }), svc.replace('apps/v1', 'v1').replace('Servce', 'Service'));
});

test('a kind under the wrong apiVersion names the apiVersion that carries it', () => {
  const text = 'apiVersion: v1\nkind: Deployment\nmetadata:\n  name: web\n';
  assert.deepEqual(schema(text), [
    { at: '1:13-1:15', severity: 'error', code: 'schema/api-version', message: 'Deployment is not served by apiVersion "v1": use apps/v1' },
  ]);
  assert.equal(applyFirstFix(text, 'schema/api-version', { rules: RULES_OFF }), text.replace('apiVersion: v1', 'apiVersion: apps/v1'));
});

test('missing kind or apiVersion: on the first key', () => {
  assert.deepEqual(schema('apiVersion: v1\nmetadata:\n  name: web\n'), [
    {
      at: '1:1-1:11',
      severity: 'error',
      code: 'schema/missing-kind',
      message: 'this document has no "kind": every Kubernetes object names its kind, e.g. "kind: Deployment"',
    },
  ]);
  const text = 'kind: ConfigMap\nmetadata:\n  name: web\n';
  assert.deepEqual(schema(text), [
    {
      at: '1:1-1:5',
      severity: 'error',
      code: 'schema/missing-api-version',
      message: 'this ConfigMap has no apiVersion: add "apiVersion: v1"',
    },
  ]);
  assert.equal(applyFirstFix(text, 'schema/missing-api-version', { rules: RULES_OFF }), 'apiVersion: v1\n' + text);
  assert.deepEqual(
    schema('apiVersion: v1\nkind:\nmetadata:\n  name: web\n').map((d) => [d.at, d.message]),
    [['2:1-2:5', '"kind" is empty: name the kind of object, e.g. "kind: Deployment"']],
  );
});

const CRONJOB =
  'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: hello\nspec:\n  schedule: "0 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: hello\n              image: busybox\n';

test('removed and deprecated apiVersions follow settings.kubernetesVersion (default: newest)', () => {
  const removed = {
    at: '1:13-1:26',
    severity: 'error',
    code: 'schema/removed-api',
    message: 'batch/v1beta1 CronJob was removed in Kubernetes 1.25: use batch/v1',
  };
  assert.deepEqual(schema(CRONJOB), [removed]);
  assert.deepEqual(schema(CRONJOB, { kubernetesVersion: '1.25' }), [removed]);
  assert.deepEqual(schema(CRONJOB, { kubernetesVersion: '1.24' }), [
    {
      at: '1:13-1:26',
      severity: 'warning',
      code: 'schema/deprecated-api',
      message: 'batch/v1beta1 CronJob is deprecated since Kubernetes 1.21 and removed in 1.25: use batch/v1',
    },
  ]);
  assert.deepEqual(schema(CRONJOB, { kubernetesVersion: '1.20' }), []);
  assert.equal(applyFirstFix(CRONJOB, 'schema/removed-api'), CRONJOB.replace('batch/v1beta1', 'batch/v1'));
});

test('a removed apiVersion is still validated while the target version serves it', () => {
  const typo = CRONJOB.replace('  schedule:', '  schedul:');
  assert.deepEqual(
    schema(typo, { kubernetesVersion: '1.24' }).map((d) => [d.code, d.message]),
    [
      ['schema/deprecated-api', 'batch/v1beta1 CronJob is deprecated since Kubernetes 1.21 and removed in 1.25: use batch/v1'],
      ['schema/required', 'missing required field "schedule" in CronJob.spec: add "schedule:" (a string) under CronJob.spec'],
      ['schema/unknown-field', 'unknown field "schedul" in CronJob.spec — did you mean "schedule"?'],
    ],
  );
});

test('a custom resource without a CRD gets an info, not an error', () => {
  assert.deepEqual(schema('apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 3\n'), [
    {
      at: '1:13-1:27',
      severity: 'info',
      code: 'schema/no-schema',
      message: 'no schema for example.com/v1 Widget (a custom resource): only YAML syntax is checked',
    },
  ]);
});

const CRD =
  'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n  scope: Namespaced\n' +
  '  names: {kind: Widget, plural: widgets}\n  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema:\n        openAPIV3Schema:\n' +
  '          type: object\n          properties:\n            spec:\n              type: object\n              properties:\n                size: {type: integer}\n' +
  '                extra: {type: object, x-kubernetes-preserve-unknown-fields: true}\n';

test('a CRD in the same file validates its custom resources (preserve-unknown-fields respected)', () => {
  const text =
    CRD +
    '---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: "3"\n  colour: red\n  extra: {anything: goes}\n';
  assert.deepEqual(schema(text), [
    {
      at: '28:9-28:12',
      severity: 'error',
      code: 'schema/type',
      message: 'Widget.spec.size must be an integer, but "3" is a string because of the quotes: remove the quotes: 3',
    },
    {
      at: '29:3-29:9',
      severity: 'error',
      code: 'schema/unknown-field',
      message: 'unknown field "colour" in Widget.spec: Kubernetes rejects it; allowed fields: size, extra',
    },
  ]);
});

test('anyOf in a CRD schema: the branch whose type matched explains the problem', () => {
  const crd = CRD.replace(
    '                size: {type: integer}\n',
    () => "                size: {anyOf: [{type: integer}, {type: string, pattern: '^[0-9]+%$'}]}\n",
  );
  const text = crd + '---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: half\n  extra: {}\n';
  assert.deepEqual(
    schema(text).map((d) => [d.at, d.code, d.message]),
    [['28:9-28:13', 'schema/value', '"half" is not a valid value for Widget.spec.size: it must match the pattern ^[0-9]+%$']],
  );
  const both = crd + '---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: [1]\n';
  assert.deepEqual(
    schema(both).map((d) => d.message),
    ['Widget.spec.size must be an integer or a string, but it is a list'],
  );
});

test('List items are validated one by one, each by its own kind', () => {
  const text =
    'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata:\n      name: a\n    spec:\n      ports:\n        - port: sds\n' +
    '  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: b\n    date:\n      a: b\n  - apiVersion: apps/v1\n    kind: Deplyment\n';
  assert.deepEqual(
    schema(text).map((d) => [d.at, d.code, d.message]),
    [
      ['10:17-10:20', 'schema/type', 'Service.spec.ports[0].port must be an integer, but it is the string "sds"'],
      ['15:5-15:9', 'schema/unknown-field', 'unknown field "date" in ConfigMap — did you mean "data"?'],
      ['18:11-18:20', 'schema/unknown-kind', 'unknown kind "Deplyment" — did you mean "Deployment"?'],
    ],
  );
});

test('YAML 1.1 as Kubernetes reads it: octal modes, merge keys, CRLF, flow style and "..." are valid', () => {
  const text =
    'apiVersion: v1\r\nkind: Pod\r\nmetadata: {name: web, labels: {app: web}}\r\nspec:\r\n  containers:\r\n    - &c\r\n      name: web\r\n      image: nginx\r\n' +
    '    - <<: *c\r\n      name: sidecar\r\n  volumes:\r\n    - name: s\r\n      secret: {secretName: s, defaultMode: 0400}\r\n...\r\n';
  const engine = diagnose(text, { requireKubernetes: true }).filter((d) => d.code.startsWith('schema/') || d.code.startsWith('yaml/'));
  assert.deepEqual(engine, []);
});

test('a document with a duplicate key is still schema-checked (Kubernetes reports both)', () => {
  const text = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: d\nspec:\n  replicas: 2\n  replicas: 3\n';
  const codes = diagnose(text, { requireKubernetes: true }).map((d) => `${d.at} ${d.code}`);
  assert.ok(codes.includes('7:3-7:11 yaml/duplicate-key'), codes.join('\n'));
  assert.ok(
    codes.some((c) => c.endsWith('schema/unknown-field')),
    codes.join('\n'),
  );
});

test('two documents for the same object: an error on the second name', () => {
  const cm = (ns: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n${ns}data: {a: b}\n`;
  const d = diagnose(cm('') + '---\n' + cm(''), { requireKubernetes: true }).filter((x) => x.code === 'k8s/duplicate-object');
  assert.deepEqual(
    d.map((x) => [x.at, x.severity, x.message]),
    [
      [
        '10:9-10:12',
        'error',
        'a second ConfigMap named "cfg" in the same namespace (the first starts on line 1): kubectl apply would not create two objects — this one overwrites the first; rename one of them',
      ],
    ],
  );
  assert.deepEqual(
    diagnose(cm('  namespace: a\n') + '---\n' + cm('  namespace: b\n'), { requireKubernetes: true }).filter(
      (x) => x.code === 'k8s/duplicate-object',
    ),
    [],
  );
});
