import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll } from '../../server/src/fixes/fixAll';
import { withDefaults } from '../../server/src/settings';
import { applyFirstFix, diagnose, fixTitles } from '../helpers/engine';
import { Model } from '../../server/src/model';
import { parseFile, type ParsedFile } from '../../server/src/yaml/parse';
import { validateFile } from '../../server/src/validation';
import { memoWork } from '../../server/src/rules/memo';
import type { DiagnosticData } from '../../server/src/problem';

// "Create …" for a ConfigMap / Secret / claim that exists nowhere in scope: offered, never preferred,
// and the appended document validates clean.
const pod = (name: string, env: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      envFrom:\n        - configMapRef:\n            name: ${name}\n      env:\n${env}`;
const keyRef = (name: string, key: string, env = `V${key.replace(/\W/g, '')}`) =>
  `        - name: ${env}\n          valueFrom:\n            configMapKeyRef:\n              name: ${name}\n              key: ${key}\n`;

test('Create ConfigMap: every key this file reads from it, once each, quoted where YAML 1.1 would misread it', () => {
  const text = pod(
    'app-config',
    keyRef('app-config', 'MODE') + keyRef('app-config', 'tls.crt') + keyRef('app-config', 'MODE', 'AGAIN') + keyRef('app-config', '"yes"'),
  );
  assert.deepEqual(fixTitles(text, 'k8s/reference'), [['Create ConfigMap "app-config" in this file', false]]);
  const created = applyFirstFix(text, 'k8s/reference');
  assert.equal(
    created,
    text + '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  MODE: ""\n  tls.crt: ""\n  "yes": ""\n',
  );
  // Every reference to it now resolves, and the new document has no problem of its own.
  assert.deepEqual(diagnose(created), []);
});

test('Create is never preferred: fix-all leaves a missing object alone', () => {
  const text = pod('app-config', keyRef('app-config', 'MODE'));
  assert.equal(fixAll(text, withDefaults({})).text, text);
});

test('no Create for a name Kubernetes would refuse (the skeleton must validate), nor for a kind without a skeleton', () => {
  assert.deepEqual(fixTitles(pod('App_Config', keyRef('App_Config', 'MODE')), 'k8s/reference'), []);
  const account =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  serviceAccountName: builder\n  containers:\n    - name: c\n      image: nginx:1.27\n';
  assert.deepEqual(fixTitles(account, 'k8s/reference'), []);
});

test("Create appends at the current end of the file, also when the reference's answer is replayed from the memo", () => {
  // The second parse reuses the first document (its facts, so the rule's memoized answer); the file grew after it.
  const first = pod('app-config', keyRef('app-config', 'MODE'));
  const second = first + '---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: other\n';
  const model = new Model();
  const uri = 'file:///w/pod.yaml';
  const settings = withDefaults({});
  const createOf = (file: ParsedFile) => {
    model.setFile(uri, file);
    const d = validateFile(file, settings, { model, uri }).find((x) => x.code === 'k8s/reference');
    const fix = (d?.data as DiagnosticData | undefined)?.fixes?.[0];
    return fix && { title: fix.title, at: file.lines.offsetAt(fix.edits[0].range.start), newText: fix.edits[0].newText };
  };
  const a = parseFile(first);
  assert.deepEqual(createOf(a), {
    title: 'Create ConfigMap "app-config" in this file',
    at: first.length,
    newText: '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  MODE: ""\n',
  });
  const before = memoWork.replayed;
  assert.deepEqual(createOf(parseFile(second, a)), {
    title: 'Create ConfigMap "app-config" in this file',
    at: second.length,
    newText: '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  MODE: ""\n',
  });
  assert.ok(memoWork.replayed > before, 'the answer was replayed, not computed again');
});
