import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getSchemaStore } from '../../server/src/schema';
import { ROOT } from '../helpers/lspClient';

// package.json names its titles and descriptions %key%; package.nls.json has the English text.
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'), (_k, v) =>
  typeof v === 'string' && /^%[\w.-]+%$/.test(v) ? (nls[v.slice(1, -1)] ?? v) : v,
);

test('the extension manifest activates on YAML and contributes the command and settings', () => {
  assert.equal(pkg.name, 'k8sense');
  assert.equal(pkg.main, './dist/client.js');
  assert.ok(pkg.activationEvents.includes('onLanguage:yaml'));
  assert.deepEqual(pkg.contributes.commands, [
    { command: 'k8sense.showGraph', title: 'Show Object Graph', category: 'k8sense', icon: '$(type-hierarchy)' },
    { command: 'k8sense.fixAll', title: 'Fix All Problems in File', category: 'k8sense' },
    { command: 'k8sense.showReferences', title: 'Show References', category: 'k8sense' },
  ]);
  assert.deepEqual(Object.keys(pkg.contributes.configuration.properties).sort(), [
    'k8sense.codeLens.enable',
    'k8sense.customResources',
    'k8sense.diagnostics.scope',
    'k8sense.exclude',
    'k8sense.kubernetesVersion',
    'k8sense.maxFiles',
    'k8sense.rules',
    'k8sense.validate.enable',
  ]);
});

test('the graph command sits in the title bar of YAML editors and in the command palette', () => {
  assert.deepEqual(pkg.contributes.menus['editor/title'], [
    { command: 'k8sense.showGraph', when: 'resourceLangId == yaml', group: 'navigation' },
  ]);
  // k8sense.showReferences is what a code lens runs (with its places): not for the palette.
  assert.deepEqual(pkg.contributes.menus.commandPalette, [
    { command: 'k8sense.showGraph' },
    { command: 'k8sense.fixAll', when: 'editorLangId == yaml' },
    { command: 'k8sense.showReferences', when: 'false' },
  ]);
});

test('k8sense.kubernetesVersion defaults to the newest bundled Kubernetes version', () => {
  assert.equal(pkg.contributes.configuration.properties['k8sense.kubernetesVersion'].default, getSchemaStore().kubernetesVersion);
});

test('k8sense.customResources has one switch per bundled family, all on by default', async () => {
  const { crdFamilies } = await import('../../server/src/schema');
  const setting = pkg.contributes.configuration.properties['k8sense.customResources'];
  const ids = crdFamilies()
    .map((f) => f.id)
    .sort();
  assert.deepEqual(Object.keys(setting.properties).sort(), ids);
  assert.deepEqual(setting.default, Object.fromEntries(Object.keys(setting.properties).map((id) => [id, true])));
});

test('every %key% of package.json has its English text in package.nls.json and its Korean in package.nls.ko.json', () => {
  const raw = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const keys = [...raw.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length >= 10);
  const ko = JSON.parse(readFileSync(join(ROOT, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
  assert.deepEqual(
    keys.filter((k) => !nls[k]),
    [],
    'add the English text to package.nls.json',
  );
  assert.deepEqual(
    keys.filter((k) => !ko[k]),
    [],
    'add the Korean text to package.nls.ko.json',
  );
  assert.deepEqual(Object.keys(nls).sort(), [...new Set(keys)].sort(), 'package.nls.json lists exactly the keys package.json uses');
});
