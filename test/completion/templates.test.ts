import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InsertTextFormat } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/languageService';
import { TEMPLATES, expandSnippet } from '../../server/src/templates';
import { completeAt, item, labels, newText } from './cursor';

const service = getLanguageService();

test('an empty document offers whole-resource templates', () => {
  const items = completeAt('|');
  for (const label of [
    'Pod',
    'Deployment',
    'StatefulSet (with its headless Service)',
    'DaemonSet',
    'Job',
    'CronJob',
    'ConfigMap',
    'Secret',
    'Ingress',
    'Namespace',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'StorageClass',
    'Service (ClusterIP)',
    'Service (NodePort)',
    'Service (LoadBalancer)',
    'Service (ExternalName)',
    'Service (headless)',
  ]) {
    assert.ok(labels(items).includes(label), label);
  }
  const pvc = item(items, 'PersistentVolumeClaim');
  assert.equal(pvc.insertTextFormat, InsertTextFormat.Snippet);
  assert.match(newText(pvc), /^apiVersion: v1\nkind: PersistentVolumeClaim\n/);
});

test('after --- too, but not in a document that has content', () => {
  assert.ok(labels(completeAt('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n|')).includes('Deployment'));
  assert.ok(labels(completeAt('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\nDep|')).includes('Deployment'));
  assert.ok(!labels(completeAt('apiVersion: v1\nkind: Namespace\n|')).includes('Deployment'));
});

for (const tpl of TEMPLATES) {
  test(`template "${tpl.label}" with its defaults is a valid manifest`, () => {
    const text = expandSnippet(tpl.body) + '\n';
    assert.doesNotMatch(text, /\$\{?\d/, 'every placeholder has a default');
    const file = service.parse(text);
    assert.ok(
      file.documents.every((d) => d.kind),
      'every document names its kind',
    );
    const problems = service.validate(file, { requireKubernetes: true }).filter((d) => d.severity === 1);
    assert.deepEqual(
      problems.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`),
      [],
    );
  });
}
