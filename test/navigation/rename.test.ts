// Rename over the fixture workspace: in test/navigation/fixtures/shop a ConfigMap, a Secret, a
// container, a container port and a label value are all named `web` — each rename touches only its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';
import { loadWorkspace, offsetIn, place, uriOf, type Workspace } from './workspace';

const service = getLanguageService();
const ws = loadWorkspace();

function at(file: string, context: string, word: string, nth = 0, w: Workspace = ws) {
  const uri = uriOf(file);
  const parsed = w.files.get(uri)!;
  return { uri, file: parsed, position: parsed.lines.positionAt(offsetIn(w.texts[file], context, word, nth)) };
}

/** Every edit of the rename as `file:range "new text"`, or the refusal. */
function renamed(file: string, context: string, word: string, nth: number, newName: string, w: Workspace = ws): string[] | string {
  const a = at(file, context, word, nth, w);
  const result = service.rename(w.model, a.uri, a.file, a.position, newName);
  if ('refused' in result) return result.refused;
  return Object.entries(result.edit.changes ?? {}).flatMap(([uri, edits]) =>
    edits.map((e) => `${place(uri, e.range)} ${JSON.stringify(e.newText)}`),
  );
}

function prepared(file: string, context: string, word: string, nth = 0, w: Workspace = ws) {
  const a = at(file, context, word, nth, w);
  const result = service.prepareRename(w.model, a.uri, a.file, a.position);
  return 'refused' in result
    ? result
    : { range: place(a.uri, result.range), placeholder: result.placeholder, ...(result.note ? { note: result.note } : {}) };
}

test('the ConfigMap "web": its name and the two references to it, not the Secret, the container, the port or namespace "other"', () => {
  assert.deepEqual(prepared('config.yaml', 'name: web', 'web'), { range: 'config.yaml:4:9-4:12', placeholder: 'web' });
  assert.deepEqual(renamed('config.yaml', 'name: web', 'web', 0, 'web-config'), [
    'config.yaml:4:9-4:12 "web-config"',
    'deployment.yaml:32:23-32:26 "web-config"',
    'deployment.yaml:48:19-48:22 "web-config"',
  ]);
  // Renamed from a reference: the same edit.
  assert.deepEqual(
    renamed('deployment.yaml', 'configMap:\n            name: web', 'web', 0, 'web-config'),
    renamed('config.yaml', 'name: web', 'web', 0, 'web-config'),
  );
});

test('the Secret "web": its name and the secretKeyRef', () => {
  assert.deepEqual(renamed('config.yaml', 'name: web', 'web', 1, 'web-secret'), [
    'config.yaml:12:9-12:12 "web-secret"',
    'deployment.yaml:37:25-37:28 "web-secret"',
  ]);
});

test('the container "web": only its own name', () => {
  assert.deepEqual(renamed('deployment.yaml', '- name: web\n          image', 'web', 0, 'nginx'), ['deployment.yaml:21:17-21:20 "nginx"']);
});

test('the container port "web": the port, the probe that uses it and the Service targetPort in another file', () => {
  const expected = ['deployment.yaml:24:21-24:24 "www"', 'deployment.yaml:29:21-29:24 "www"', 'service.yaml:12:19-12:22 "www"'];
  assert.deepEqual(renamed('deployment.yaml', '- name: web\n              containerPort', 'web', 0, 'www'), expected);
  assert.deepEqual(renamed('service.yaml', 'targetPort: web', 'web', 0, 'www'), expected);
});

test('the label value app=web: the template, its own selector, the Service and the PDB — not the Pod of namespace "other"', () => {
  assert.deepEqual(prepared('deployment.yaml', 'app: web', 'web', 1), {
    range: 'deployment.yaml:14:14-14:17',
    placeholder: 'web',
    note: 'spec.selector of Deployment "web" is immutable: a Deployment already in the cluster must be deleted and created again (kubectl apply refuses the change)',
  });
  const expected = [
    'deployment.yaml:10:12-10:15 "shop"',
    'deployment.yaml:14:14-14:17 "shop"',
    'policy.yaml:10:12-10:15 "shop"',
    'service.yaml:8:10-8:13 "shop"',
  ];
  assert.deepEqual(renamed('deployment.yaml', 'app: web', 'web', 1, 'shop'), expected);
  assert.deepEqual(renamed('service.yaml', 'app: web', 'web', 0, 'shop'), expected, 'from a selector: the same');
});

test('the Deployment "web": its name and the HPA scaleTargetRef, never the selectors that select its pods', () => {
  assert.deepEqual(renamed('deployment.yaml', 'name: web', 'web', 0, 'frontend'), [
    'deployment.yaml:4:9-4:12 "frontend"',
    'policy.yaml:21:11-21:14 "frontend"',
  ]);
});

test('a claim renamed from its claimName: the claim, the PV claimRef and the volume', () => {
  assert.deepEqual(renamed('deployment.yaml', 'claimName: uploads', 'uploads', 0, 'files'), [
    'deployment.yaml:45:24-45:31 "files"',
    'storage.yaml:4:9-4:16 "files"',
    'storage.yaml:23:11-23:18 "files"',
  ]);
});

test('a ConfigMap key read whole by envFrom: the rename says the environment variable changes with it', () => {
  const w = loadWorkspace({ 'config.yaml': ws.texts['config.yaml'] });
  assert.deepEqual(prepared('config.yaml', 'LOG_LEVEL: info', 'LOG_LEVEL', 0, w), {
    range: 'config.yaml:7:3-7:12',
    placeholder: 'LOG_LEVEL',
    note: 'ConfigMap "web" is read whole by envFrom in Deployment "web": the environment variable "LOG_LEVEL" is renamed with the key',
  });
});

test('new names are checked as the API server checks them', () => {
  assert.equal(
    renamed('config.yaml', 'name: web', 'web', 0, 'Web_Config'),
    '"Web_Config" cannot be the new name of ConfigMap "web": it contains uppercase letters (only lowercase is allowed); it contains "_" (only lowercase letters, digits, "-" and "." are allowed); it must be a DNS subdomain (lowercase letters, digits, "-" and ".", at most 253 characters)',
  );
  assert.equal(
    renamed('service.yaml', 'name: web', 'web', 0, 'web.v1'),
    '"web.v1" cannot be the new name of Service "web": it contains "." (only lowercase letters, digits, "-" are allowed); it must be a DNS label (lowercase letters, digits and "-", at most 63 characters)',
  );
  assert.equal(
    renamed('deployment.yaml', '- name: web\n              containerPort', 'web', 0, 'a-very-long-port-name'),
    '"a-very-long-port-name" cannot be the new name of container port "web": it is 21 characters long, the limit is 15; it must be an IANA service name (at most 15 lowercase letters, digits and "-", with at least one letter)',
  );
  assert.equal(
    renamed('deployment.yaml', 'app: web', 'web', 1, '-web'),
    '"-web" cannot be the new name of label app=web: it must consist of letters, digits, "-", "_" or ".", and start and end with a letter or digit; it must be a label value (at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit)',
  );
});

test('a new value YAML 1.1 would not read as text is quoted; a quoted name keeps its quotes', () => {
  assert.deepEqual(renamed('deployment.yaml', 'app: web', 'web', 1, '123').slice(0, 1), ['deployment.yaml:10:12-10:15 "\\"123\\""']);
  const w = loadWorkspace({
    'config.yaml': ws.texts['config.yaml'].replace('name: web\n  namespace: shop\ndata', 'name: "web"\n  namespace: shop\ndata'),
  });
  assert.deepEqual(renamed('config.yaml', 'name: "web"', 'web', 0, 'cfg', w), [
    'config.yaml:4:10-4:13 "cfg"',
    'deployment.yaml:32:23-32:26 "cfg"',
    'deployment.yaml:48:19-48:22 "cfg"',
  ]);
});

test('prepareRename refuses where a rename is not safe, and says why', () => {
  const refusals: [string, string, string, number, string][] = [
    [
      'deployment.yaml',
      'image: nginx',
      'image',
      0,
      '"image" is a field name, fixed by the Kubernetes schema: only names and label values can be renamed',
    ],
    [
      'deployment.yaml',
      'image: nginx',
      'nginx',
      0,
      '"nginx:1.27" is not a name that other objects refer to: k8sense renames object names, container ports, volumes, ConfigMap and Secret keys, and label values',
    ],
    [
      'deployment.yaml',
      'app: web',
      'app',
      1,
      '"app" is a label key: k8sense renames label values (which selectors match); change a key by hand in the template and every selector',
    ],
    [
      'service.yaml',
      'selector:',
      'selector',
      0,
      'this is the selector itself: put the cursor on the value of one of its labels to rename that label',
    ],
  ];
  for (const [file, context, word, nth, message] of refusals)
    assert.deepEqual(prepared(file, context, word, nth), { refused: message }, `${file}: ${context}`);

  const w = loadWorkspace({
    'extra.yaml': [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  generateName: job-',
      '  namespace: shop',
      'spec:',
      '  containers:',
      '    - name: c',
      '      image: busybox',
      '      envFrom:',
      '        - configMapRef: { name: made-by-kustomize }',
      '        - secretRef: { name: "${SECRET_NAME}" }',
      '      ports:',
      '        - containerPort: 9000',
      '---',
      'apiVersion: v1',
      'kind: Namespace',
      'metadata:',
      '  name: shop',
      '',
    ].join('\n'),
  });
  const more: [string, string, string][] = [
    [
      'generateName: job-',
      'job-',
      'this object gets its name from the API server (generateName + a random suffix): nothing can refer to it by name',
    ],
    [
      'name: made-by-kustomize',
      'made-by-kustomize',
      'ConfigMap "made-by-kustomize" is not defined in the workspace (it may be created elsewhere: a generator, a chart, the cluster), so renaming this reference alone would break it',
    ],
    [
      '${SECRET_NAME}',
      'SECRET',
      '"${SECRET_NAME}" is a template placeholder: its value is filled in elsewhere (Helm, envsubst, kustomize …), so k8sense does not rename it',
    ],
    ['containerPort: 9000', '9000', 'this port has no name: references give its number; add a `name:` to refer to it by name'],
    [
      'name: shop',
      'shop',
      'a Namespace is referred to by the metadata.namespace of every object in it, which k8sense does not rename: change those where you mean it',
    ],
  ];
  for (const [context, word, message] of more) assert.deepEqual(prepared('extra.yaml', context, word, 0, w), { refused: message }, context);
});
