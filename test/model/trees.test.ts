// The model keeps facts, not syntax trees (issue 13 item 11): a file's trees can be let go once
// its facts are in, but for its CustomResourceDefinitions, whose schemas validate other files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Model } from '../../server/src/model';
import { parseFile } from '../../server/src/yaml/parse';
import { findCrd } from '../../server/src/validate/crd';
import { WIDGET_CRD } from '../helpers/widgetCrd';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const CONFIG = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n';
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx\n';

test('once its parse is let go, only the CRD document of a file is still alive', async () => {
  const model = new Model();
  const text = [CONFIG, WIDGET_CRD, POD].join('---\n');
  const refs = (() => {
    const file = parseFile(text);
    model.setFile('file:///a.yaml', file);
    return file.documents.map((d) => new WeakRef(d));
  })();
  // A WeakRef keeps its target until the end of the job that made it.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  assert.deepEqual(
    refs.map((r) => r.deref()?.kind ?? 'collected'),
    ['collected', 'CustomResourceDefinition', 'collected'],
  );
  // The facts stay: names with their places, and the CRD for the Widgets of another file.
  const line = (l: string) => text.split('\n').indexOf(l);
  assert.deepEqual(
    model.objects().map((o) => `${o.identity.kind}/${o.identity.name} ${o.location.range.start.line}`),
    [
      `ConfigMap/settings ${line('  name: settings')}`,
      `CustomResourceDefinition/widgets.example.com ${line('metadata: {name: widgets.example.com}')}`,
      `Pod/web ${line('  name: web')}`,
    ],
  );
  const other = parseFile('apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n');
  model.setFile('file:///b.yaml', other);
  const found = findCrd(other, 'example.com/v1', 'Widget', { model, uri: 'file:///b.yaml' });
  assert.equal(found?.uri, 'file:///a.yaml');
  assert.equal(found?.doc, refs[1].deref());
});

test('a slice of a file finds the CRDs of its other slices through the model, as "this file"', () => {
  const model = new Model();
  const whole = parseFile([WIDGET_CRD, CONFIG, POD].join('---\n'));
  model.setFile('file:///a.yaml', whole);
  const slice = {
    ...whole,
    documents: whole.documents.slice(2),
    chunks: whole.chunks.slice(2),
    slice: { firstDocument: 2, carry: new Map() },
  };
  const found = findCrd(slice, 'example.com/v1', 'Widget', { model, uri: 'file:///a.yaml' });
  assert.equal(found?.doc, whole.documents[0]);
  assert.equal(found?.uri, 'file:///a.yaml');
  // The same file read whole finds it among its own documents.
  assert.equal(findCrd(whole, 'example.com/v1', 'Widget', { model, uri: 'file:///a.yaml' })?.doc, whole.documents[0]);
});
