// Definition, references, rename, highlights, lenses and workspace symbols over the fixture
// workspace (test/navigation/fixtures/shop), through the language service and the model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';
import { DEFINITION_CASES, loadWorkspace, offsetIn, place, uriOf } from './workspace';

const service = getLanguageService();
const ws = loadWorkspace();

/** The position of `word` in the nth `context` of a fixture file. */
function at(file: string, context: string, word = context, nth = 0) {
  const uri = uriOf(file);
  const parsed = ws.files.get(uri)!;
  return { uri, file: parsed, position: parsed.lines.positionAt(offsetIn(ws.texts[file], context, word, nth)) };
}

function definitionOf(file: string, context: string, word?: string, nth?: number): string[] {
  const a = at(file, context, word, nth);
  return service
    .definition(ws.model, a.uri, a.file, a.position)
    .map((l) => `${place(a.uri, l.originSelectionRange!)} → ${place(l.targetUri, l.targetSelectionRange)}`);
}

test('definition: every reference kind goes to the name (or key, port, volume) it names, in whatever file', () => {
  const cases = DEFINITION_CASES;
  for (const [file, context, word, nth, expected] of cases)
    assert.deepEqual(definitionOf(file, context, word, nth), [expected], `${file}: ${context}`);
});

test('definition: a selector that matches pod templates in several files has a target in each', () => {
  const two = loadWorkspace({
    'canary.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-canary\n  namespace: shop\nspec:\n  selector:\n    matchLabels: { app: web, track: canary }\n  template:\n    metadata:\n      labels: { app: web, track: canary }\n    spec:\n      containers: [{ name: web, image: nginx:1.28 }]\n',
  });
  const uri = uriOf('service.yaml');
  const file = two.files.get(uri)!;
  const position = file.lines.positionAt(offsetIn(two.texts['service.yaml'], 'app: web', 'web'));
  assert.deepEqual(
    service.definition(two.model, uri, file, position).map((l) => place(l.targetUri, l.targetSelectionRange)),
    ['canary.yaml:11:22-11:25', 'deployment.yaml:14:14-14:17'],
  );
});

test('definition: nothing for what is not a reference, or a reference the workspace does not resolve', () => {
  assert.deepEqual(definitionOf('deployment.yaml', 'image: nginx', 'nginx'), []);
  const broken = loadWorkspace({
    'extra.yaml':
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: shop\nspec:\n  containers: [{ name: c, image: busybox, envFrom: [{ configMapRef: { name: nowhere } }] }]\n',
  });
  const uri = uriOf('extra.yaml');
  const file = broken.files.get(uri)!;
  assert.deepEqual(service.definition(broken.model, uri, file, file.lines.positionAt(offsetIn(broken.texts['extra.yaml'], 'nowhere'))), []);
});

function referencesOf(file: string, context: string, word?: string, nth?: number, includeDeclaration = true): string[] {
  const a = at(file, context, word, nth);
  return service.references(ws.model, a.uri, a.file, a.position, includeDeclaration).map((l) => place(l.uri, l.range));
}

test('references: from an object name, a container port, a volume, a key and a pod-template label', () => {
  assert.deepEqual(referencesOf('config.yaml', 'name: web', 'web'), [
    'config.yaml:4:9-4:12',
    'deployment.yaml:32:23-32:26',
    'deployment.yaml:48:19-48:22',
  ]);
  assert.deepEqual(referencesOf('config.yaml', 'name: web', 'web', 1), ['config.yaml:12:9-12:12', 'deployment.yaml:37:25-37:28']);
  assert.deepEqual(referencesOf('deployment.yaml', '- name: web\n              containerPort', 'web'), [
    'deployment.yaml:24:21-24:24',
    'deployment.yaml:29:21-29:24',
    'service.yaml:12:19-12:22',
  ]);
  assert.deepEqual(referencesOf('deployment.yaml', '- name: uploads\n          persistentVolumeClaim', 'uploads'), [
    'deployment.yaml:43:17-43:24',
    'deployment.yaml:40:21-40:28',
  ]);
  assert.deepEqual(referencesOf('config.yaml', 'password: s3cret', 'password'), ['config.yaml:15:3-15:11', 'deployment.yaml:38:24-38:32']);
  assert.deepEqual(referencesOf('storage.yaml', 'name: uploads', 'uploads'), [
    'storage.yaml:4:9-4:16',
    'deployment.yaml:45:24-45:31',
    'storage.yaml:23:11-23:18',
  ]);
  // The template's app=web: the selectors that select it by that label (the Pod of namespace "other" is not among them).
  assert.deepEqual(referencesOf('deployment.yaml', 'app: web', 'web', 1), [
    'deployment.yaml:14:14-14:17',
    'deployment.yaml:10:12-10:15',
    'policy.yaml:10:12-10:15',
    'service.yaml:8:10-8:13',
  ]);
  assert.deepEqual(referencesOf('deployment.yaml', 'app: web', 'web', 1, false), [
    'deployment.yaml:10:12-10:15',
    'policy.yaml:10:12-10:15',
    'service.yaml:8:10-8:13',
  ]);
});

test('references: from a reference, the references of what it names', () => {
  assert.deepEqual(referencesOf('service.yaml', 'targetPort: web', 'web', 0, false), [
    'deployment.yaml:29:21-29:24',
    'service.yaml:12:19-12:22',
  ]);
  assert.deepEqual(referencesOf('policy.yaml', 'kind: Deployment\n    name: web', 'web'), [
    'deployment.yaml:4:9-4:12',
    'policy.yaml:21:11-21:14',
  ]);
});

test('document highlight: the occurrences in this file, the definition as a write', () => {
  const a = at('deployment.yaml', 'port: web', 'web');
  assert.deepEqual(
    service.highlights(ws.model, a.uri, a.file, a.position).map((h) => [place(a.uri, h.range), h.kind]),
    [
      ['deployment.yaml:24:21-24:24', 3],
      ['deployment.yaml:29:21-29:24', 2],
    ],
  );
  const label = at('deployment.yaml', 'app: web', 'web', 1);
  assert.deepEqual(
    service.highlights(ws.model, label.uri, label.file, label.position).map((h) => [place(label.uri, h.range), h.kind]),
    [
      ['deployment.yaml:14:14-14:17', 3],
      ['deployment.yaml:10:12-10:15', 2],
    ],
  );
});
