// The node helpers read the tree as Kubernetes reads the YAML: aliases resolved, `<<` merges applied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/yaml/parse';
import { entries, get, getIn, itemsOf, linkAliases, mapItems, scalarValue, stringValue, walkMaps } from '../../server/src/rules/nodes';
import { hasMisspelledKey, isMisspelling, missingByTypo } from '../../server/src/rules/misspelled';

function rootOf(text: string) {
  const doc = parseFile(text).documents[0];
  linkAliases(doc);
  return doc.root;
}

test('own keys win over merged ones; the first merged map that has a key wins', () => {
  const root = rootOf('a: &a {p: 1, q: 1}\nb: &b {p: 2, q: 2, r: 2}\nc:\n  <<: [*a, *b]\n  q: 3\n');
  const c = get(root, 'c');
  assert.deepEqual(
    ['p', 'q', 'r'].map((k) => scalarValue(get(c, k))),
    [1, 3, 2],
  );
  assert.deepEqual(
    entries(c).map((e) => e.key),
    ['q', 'p', 'r'],
  );
  // The value toJS gives agrees.
  const doc = parseFile('a: &a {p: 1, q: 1}\nb: &b {p: 2, q: 2, r: 2}\nc:\n  <<: [*a, *b]\n  q: 3\n').documents[0];
  assert.deepEqual((doc.toJS().value as Record<string, unknown>).c, { p: 1, q: 3, r: 2 });
});

test('aliases resolve wherever a node is read: values, sequence items, paths', () => {
  const root = rootOf('base: &c {name: web, image: nginx:1.27}\nlist:\n  - *c\n  - {<<: *c, name: b}\nref: *c\n');
  assert.deepEqual(
    mapItems(get(root, 'list')).map(({ map }) => stringValue(get(map, 'image'))),
    ['nginx:1.27', 'nginx:1.27'],
  );
  assert.equal(stringValue(getIn(root, 'ref', 'name')), 'web');
  assert.equal(itemsOf(get(root, 'list')).length, 2);
});

test('an alias names the closest anchor before it', () => {
  const root = rootOf('a: &x 1\nb: *x\nc: &x 2\nd: *x\n');
  assert.deepEqual([scalarValue(get(root, 'b')), scalarValue(get(root, 'd'))], [1, 2]);
});

test('a merge key is not a field, and a quoted "<<" is an ordinary key', () => {
  const root = rootOf('m: &m {a: 1}\nt:\n  <<: *m\n  "<<": 2\n');
  assert.deepEqual(
    entries(get(root, 't')).map((e) => e.key),
    ['<<', 'a'],
  );
});

test('walkMaps visits a mapping shared through aliases once', () => {
  const root = rootOf('a: &a {k: v}\nb: [*a, *a, *a]\nc: {<<: *a}\n');
  let count = 0;
  walkMaps(root, (map) => {
    if (get(map, 'k')) count++;
  });
  assert.equal(count, 2); // `a` itself, and `c` (which has k through its merge)
});

test('a key within two edits of a missing field is that field, misspelled', () => {
  assert.ok(isMisspelling('accessMkode', 'accessModes'));
  assert.ok(isMisspelling('accessmodes', 'accessModes'));
  assert.ok(isMisspelling('imgae', 'image'));
  assert.ok(!isMisspelling('image', 'image'));
  assert.ok(!isMisspelling('name', 'image'));
  assert.ok(!isMisspelling('ref', 'key'), 'three-letter names allow one edit');
  assert.ok(isMisspelling('keys', 'key'));
  const root = rootOf('spec:\n  resources:\n    request:\n      storage: 1Gi\n  accesModes: [ReadWriteOnce]\n');
  assert.ok(missingByTypo(get(root, 'spec'), 'resources', 'requests', 'storage'));
  assert.ok(hasMisspelledKey(get(root, 'spec'), 'accessModes'));
  assert.ok(!missingByTypo(get(root, 'spec'), 'selector'));
  assert.ok(!missingByTypo(get(root, 'spec'), 'resources', 'limits'), '"request" is not "limits"');
});
