// Model facts that navigation needs: a PV's claimRef as a reference, a pod template's labels with their places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/yaml/parse';
import { buildModel, type Location } from '../../server/src/model';

const at = (l: Location) =>
  `${l.uri.replace('file:///ws/', '')}:${l.range.start.line + 1}:${l.range.start.character + 1}-${l.range.end.line + 1}:${l.range.end.character + 1}`;
const build = (files: Record<string, string>) =>
  buildModel(Object.entries(files).map(([n, text]) => ({ uri: `file:///ws/${n}`, file: parseFile(text) })));

test("a PersistentVolume's claimRef refers to the claim, in the namespace it names", () => {
  const model = build({
    'pv.yaml':
      'apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: uploads-pv\nspec:\n  claimRef:\n    name: uploads\n    namespace: shop\n',
    'pvc.yaml':
      'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: uploads\n  namespace: shop\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: uploads\n  namespace: other\n',
  });
  const [ref] = model.referencesIn('file:///ws/pv.yaml').filter((r) => r.type === 'claim');
  assert.equal(at(ref.location), 'pv.yaml:7:11-7:18');
  const resolution = model.resolve(ref);
  assert.equal(resolution.status, 'resolved');
  assert.deepEqual(
    resolution.targets.map((t) => at(t.location)),
    ['pvc.yaml:4:9-4:16'],
  );
  const claim = model.find('PersistentVolumeClaim', 'uploads', 'shop')[0];
  assert.deepEqual(
    model.referencesTo(claim).map((r) => at(r.location)),
    ['pv.yaml:7:11-7:18'],
  );
});

test("a pod template's labels are kept with the places of their keys and values", () => {
  const model = build({
    'd.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels:\n        app: web\n        "tier": \'front\'\n    spec:\n      containers: [{ name: web, image: nginx }]\n',
  });
  const [pod] = model.pods();
  const base = pod.object.base;
  const text = model.objectsIn('file:///ws/d.yaml')[0];
  assert.equal(text.identity.name, 'web');
  assert.deepEqual(
    pod.pod.labelEntries.map((e) => [e.key, e.value, e.keySpan.start + base, e.valueSpan.end - e.valueSpan.start]),
    [
      ['app', 'web', 113, 3],
      ['tier', 'front', 130, 7],
    ],
  );
});
