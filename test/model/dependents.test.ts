// Model.dependents: the other files to check again after a file changed — none when what they can
// see of its objects (identities, labels, keys, ports, pods, claims, CRD schemas) stayed the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Model } from '../../server/src/model';
import { parseFile, type ParsedFile } from '../../server/src/yaml/parse';
import { WIDGET_CRD } from '../helpers/widgetCrd';

const CONFIG = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  MODE: prod\n';
const DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          env: [{name: MODE, valueFrom: {configMapKeyRef: {name: web-config, key: MODE}}}]\n';
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n';
const CRD = WIDGET_CRD;
const WIDGET = 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: 1}\n';

const uri = (name: string) => `file:///ws/${name}`;

function workspace() {
  const model = new Model();
  const files = new Map<string, ParsedFile>();
  const set = (name: string, text: string): string[] => {
    const before = model.objectsIn(uri(name));
    const parsed = parseFile(text, files.get(name));
    files.set(name, parsed);
    model.setFile(uri(name), parsed);
    return [...model.dependents(uri(name), before)].map((u) => u.slice('file:///ws/'.length)).sort();
  };
  for (const [name, text] of Object.entries({
    'config.yaml': CONFIG,
    'deploy.yaml': DEPLOYMENT,
    'svc.yaml': SERVICE,
    'crd.yaml': CRD,
    'widget.yaml': WIDGET,
  }))
    set(name, text);
  return set;
}

test('an edit other files cannot see (a value, a comment, lines moved) has no dependents', () => {
  const set = workspace();
  assert.deepEqual(set('config.yaml', CONFIG.replace('prod', 'dev')), []);
  assert.deepEqual(set('config.yaml', `# the web settings\n\n${CONFIG.replace('prod', 'dev')}`), []);
  assert.deepEqual(set('deploy.yaml', DEPLOYMENT.replace('nginx:1.27', 'nginx:1.28')), []);
});

test('an edit of what other files refer to has the files that refer to it as dependents', () => {
  const set = workspace();
  assert.deepEqual(set('config.yaml', CONFIG.replace('MODE', 'LEVEL')), ['deploy.yaml'], 'a key renamed');
  assert.deepEqual(set('config.yaml', CONFIG.replace('web-config', 'settings')), ['deploy.yaml'], 'the ConfigMap renamed');
  assert.deepEqual(set('deploy.yaml', DEPLOYMENT.replace('labels: {app: web}', 'labels: {app: webb}')), ['svc.yaml'], 'pod labels');
  assert.deepEqual(set('crd.yaml', CRD.replace('type: integer', 'type: string')), ['widget.yaml'], "a CRD's schema");
  assert.deepEqual(
    set('config.yaml', `${CONFIG}---\n${SERVICE.replace('name: web', 'name: other')}`),
    ['deploy.yaml'],
    'an object added: who refers to its kinds',
  );
});
