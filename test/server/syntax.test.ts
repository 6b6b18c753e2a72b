import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, applyFirstFix, fixTitles } from '../helpers/engine';

const syntaxOnly = (text: string) => diagnose(text).filter((d) => d.code.startsWith('yaml/'));

test('missing space after the colon at the top level', () => {
  const text = 'apiVersion:v1\nkind: Pod\nmetadata:\n  name: web\n';
  assert.deepEqual(syntaxOnly(text), [
    {
      at: '1:1-1:14',
      severity: 'error',
      code: 'yaml/syntax',
      message:
        'missing space after the colon in "apiVersion:v1": YAML reads it as the text "apiVersion:v1", not as the key "apiVersion" with a value — write "apiVersion: v1"',
    },
  ]);
  assert.equal(applyFirstFix(text, 'yaml/syntax'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n');
});

test('missing space after the colon in a sequence item', () => {
  const text = 'kind: Pod\nspec:\n  containers:\n    - name: a\n      ports:\n        - containerPort:8090\n';
  const [d, ...rest] = syntaxOnly(text);
  assert.equal(rest.length, 0);
  assert.equal(d.at, '6:11-6:29');
  assert.match(d.message, /^missing space after the colon in "containerPort:8090".*write "containerPort: 8090"$/);
});

test('a value with a colon (image tag, URL) is not a missing space', () => {
  const text =
    'kind: Pod\nspec:\n  containers:\n    - name: a\n      image: nginx:1.27\n      args:\n        - nginx:latest\n        - http://x:80/\n';
  assert.deepEqual(syntaxOnly(text), []);
});

test('a colon inside a block scalar is text', () => {
  const text = 'kind: ConfigMap\ndata:\n  script: |\n    name:value\n    port:80\n';
  assert.deepEqual(syntaxOnly(text), []);
});

test('tab used for indentation, with its fix', () => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n';
  assert.deepEqual(syntaxOnly(text), [
    {
      at: '4:1-4:2',
      severity: 'error',
      code: 'yaml/syntax',
      message: 'tab character used for indentation: YAML indents with spaces only — replace the tab with 2 spaces',
    },
  ]);
  assert.equal(applyFirstFix(text, 'yaml/syntax'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n');
});

test('the tab fix gives the indentation the structure needs: a list under its key, the next item, a sibling key', () => {
  const text =
    'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: web\n      ports:\n\t- containerPort: 80\n\t- containerPort: 81\n\t\tname: b\n      image: nginx\n';
  assert.deepEqual(
    syntaxOnly(text).map((d) => [d.at, d.message]),
    [
      ['7:1-7:2', 'tab character used for indentation: YAML indents with spaces only — replace the tab with 8 spaces'],
      ['8:1-8:2', 'tab character used for indentation: YAML indents with spaces only — replace the tab with 8 spaces'],
      ['9:1-9:3', 'tab character used for indentation: YAML indents with spaces only — replace the tab with 10 spaces'],
    ],
  );
  const once = applyFirstFix(text, 'yaml/syntax');
  assert.equal(once, text.replace('\t- containerPort: 80', '        - containerPort: 80'));
  assert.deepEqual(
    diagnose(applyFirstFix(applyFirstFix(once, 'yaml/syntax'), 'yaml/syntax')).filter((d) => d.severity === 'error'),
    [],
  );
});

test('a key indented one space too far inside a list item', () => {
  const text = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n       image: nginx\n';
  const diags = syntaxOnly(text);
  assert.equal(diags.length, 1);
  assert.equal(diags[0].at, '6:8-6:20');
  assert.equal(
    diags[0].message,
    '"image" is indented 7 spaces, which matches no level of the mapping above it: indent it 6 spaces to line up with "name" on the line above',
  );
  assert.equal(
    applyFirstFix(text, 'yaml/syntax'),
    'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n      image: nginx\n',
  );
});

test('a key indented between two levels of a mapping', () => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   labels:\n    app: x\n';
  const diags = syntaxOnly(text);
  assert.equal(diags.length, 1);
  assert.equal(diags[0].at, '5:4-5:11');
  assert.match(diags[0].message, /^"labels" is indented 3 spaces.*indent it 2 spaces/);
});

test('duplicate keys are reported on the second key, whose value kubectl keeps; the fix removes the first', () => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels:\n    app: x\n  name: b\n';
  assert.deepEqual(syntaxOnly(text), [
    {
      at: '7:3-7:7',
      severity: 'error',
      code: 'yaml/duplicate-key',
      message:
        'duplicate key "name" in this mapping: kubectl silently keeps only the last value (this one) and ignores the one 3 lines above — remove the one you do not mean, or merge them',
    },
  ]);
  assert.equal(applyFirstFix(text, 'yaml/duplicate-key'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    app: x\n  name: b\n');
});

test('a duplicate key in a later document says where the ignored key is from its own line, not from its document', () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  name: q\n';
  const flow = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, name: b}\n';
  assert.deepEqual(
    [...syntaxOnly(text), ...syntaxOnly(flow)].map((d) => `${d.at} ${d.message}`),
    [
      '10:3-10:7 duplicate key "name" in this mapping: kubectl silently keeps only the last value (this one) and ignores the one on the line above — remove the one you do not mean, or merge them',
      '3:21-3:25 duplicate key "name" in this mapping: kubectl silently keeps only the last value (this one) and ignores the earlier one on this line — remove the one you do not mean, or merge them',
    ],
  );
});

test('a duplicate key in a flow mapping: the preferred fix removes the earlier entry and its comma', () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: {app: x, tier: web, app: y}\n';
  assert.deepEqual(
    syntaxOnly(text).map((d) => [d.at, d.code]),
    [['5:31-5:34', 'yaml/duplicate-key']],
  );
  assert.deepEqual(fixTitles(text, 'yaml/duplicate-key'), [['Remove the first "app" (kubectl ignores it and keeps the last)', true]]);
  assert.equal(
    applyFirstFix(text, 'yaml/duplicate-key'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: {tier: web, app: y}\n',
  );
  // Adjacent entries, and one spread over lines.
  const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata: ';
  assert.equal(applyFirstFix(cm + '{a: "1", a: "2"}\n', 'yaml/duplicate-key'), cm + '{a: "2"}\n');
  assert.equal(applyFirstFix(cm + '{\n  a: "1",\n  b: "2",\n  a: "3"\n}\n', 'yaml/duplicate-key'), cm + '{\n  b: "2",\n  a: "3"\n}\n');
});

test('a duplicate of the key after a sequence dash: the fix moves the next key up onto the dash line', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      env:\n';
  assert.equal(
    applyFirstFix(pod + '        - name: A\n          value: "1"\n          name: B\n', 'yaml/duplicate-key'),
    pod + '        - value: "1"\n          name: B\n',
  );
});

test('an alias is reported where it is, naming its anchor: anchors do not cross "---"', () => {
  const text =
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata: &d {x: "1"}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\ndata: *d\n';
  assert.deepEqual(syntaxOnly(text), [
    {
      at: '11:7-11:9',
      severity: 'error',
      code: 'yaml/syntax',
      message:
        'alias *d refers to no anchor &d in this document: anchors do not cross "---", each document has its own — define &d in this document before its first use, or write the value here',
    },
  ]);
  assert.deepEqual(
    syntaxOnly('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  x: *v\n  y: &v "2"\n').map((d) => [d.at, d.message]),
    [
      [
        '6:6-6:8',
        'alias *v comes before its anchor &v: an alias can only refer to an anchor above it in the same document — move the anchored value up, or write the value here',
      ],
    ],
  );
});

test('.inf and .nan, which kubectl cannot convert to JSON, are errors with a fix that quotes them', () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    ratio: .inf\n';
  assert.deepEqual(diagnose(text), [
    {
      at: '6:12-6:16',
      severity: 'error',
      code: 'yaml/not-json',
      message:
        '.inf is the YAML float +Inf, which JSON cannot hold: kubectl refuses the file ("json: unsupported value") — quote it if you mean the text: ".inf"',
    },
  ]);
  assert.equal(applyFirstFix(text, 'yaml/not-json'), text.replace('.inf', '".inf"'));
});

test('errors land in the right document of a multi-document file', () => {
  const text = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n\tname: b\n';
  const diags = syntaxOnly(text);
  assert.deepEqual(
    diags.map((d) => d.at),
    ['9:1-9:2'],
  );
});

test('unclosed flow mapping gives a plain YAML syntax error', () => {
  const diags = syntaxOnly('apiVersion: v1\nkind: Pod\nmetadata: {name: x\n');
  assert.equal(diags.length >= 1, true);
  assert.match(diags[0].message, /^YAML syntax error: /);
  assert.equal(diags[0].at.startsWith('3:') || diags[0].at.startsWith('4:'), true);
});

test('non-Kubernetes YAML (docker-compose, workflows) gets no diagnostics', () => {
  assert.deepEqual(diagnose('services:\n  web:\n\timage: nginx\n'), []);
  assert.deepEqual(diagnose('name: CI\non:\n  push:\njobs:\n  build:\n    runs-on: ubuntu-latest\n'), []);
});

test('alias bombs are stopped with a diagnostic, not a crash', () => {
  let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 9; i++)
    text += `a${i}: &a${i} [${Array(10)
      .fill(`*a${i - 1}`)
      .join(', ')}]\n`;
  const diags = syntaxOnly(text);
  assert.equal(diags.length, 1);
  assert.match(diags[0].message, /aliases expand too far/);
});

test('binary junk and huge input do not throw', () => {
  const junk = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)).toString('latin1');
  assert.doesNotThrow(() => diagnose(junk, { requireKubernetes: true }));
  assert.doesNotThrow(() => diagnose('kind: Pod\n' + 'x'.repeat(1_000_000) + ': [\n'));
});

test('YAML 1.1 scalars are read as Kubernetes reads them', async () => {
  const { parseFile } = await import('../../server/src/yaml/parse');
  const [doc] = parseFile('a: yes\nb: 0400\nc: off\nd: 2024-01-01\ne: 1:20\nf: "0400"\n').documents;
  assert.deepEqual(doc.toJS().value, { a: true, b: 256, c: false, d: '2024-01-01', e: '1:20', f: '0400' });
});

test('missing space is recognised for any field the schemas know, not only common ones', () => {
  // A sequence item `- key:value` is valid YAML (a string), so only the field name gives it away.
  const text =
    'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: b\n      volumeMounts:\n        - mountPropagation:None\n';
  const diags = syntaxOnly(text);
  assert.equal(diags.length, 1);
  assert.match(diags[0].message, /^missing space after the colon in "mountPropagation:None"/);
});

test('a Helm template gets one note instead of a cascade of syntax errors', () => {
  const text =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-web\n  labels:\n    {{- include "chart.labels" . | nindent 4 }}\n';
  assert.deepEqual(diagnose(text), [
    {
      at: '4:1-4:32',
      severity: 'info',
      code: 'k8sense/template',
      message:
        'this file is a Go/Helm template ({{ … }}), not YAML yet: k8sense checks rendered manifests — run `helm template <chart> | k8sense check -`, or exclude templates/ with k8sense.exclude',
    },
  ]);
});

test('template text inside string values (Prometheus rules) is checked as YAML', () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: alerts\ndata:\n  rule: "{{ $labels.instance }} is down"\n';
  assert.deepEqual(diagnose(text), []);
});
