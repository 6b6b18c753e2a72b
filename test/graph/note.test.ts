// A large workspace stays readable: the graph keeps the part of the file's connected component
// nearest the file (MAX_NODES boxes) and the header says how much is shown — in English and Korean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/lspClient';
import { parseFile } from '../../server/src/yaml/parse';
import { buildModel } from '../../server/src/model';
import { buildGraph, MAX_NODES } from '../../server/src/graph/build';
import { configureL10n } from '../../server/src/l10n';
import { ENGLISH, format, graphStrings } from '../../client/src/webview/strings';
import { headerLines } from '../../client/src/webview/text';

const ko = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
const KO = graphStrings((message, ...args) => format(ko[message] ?? message, ...args));

const SETTINGS = 'file:///big/settings.yaml';
const PODS = 'file:///big/pods.yaml';
const settings = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n  namespace: big\ndata:\n  mode: on\n';
/** `count` Pods in one file, each reading the ConfigMap `shared`: one component of count + 1 objects. */
const pods = (count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-${i}\n  namespace: big\nspec:\n  containers:\n    - name: app\n      image: app:1\n      envFrom:\n        - configMapRef:\n            name: shared\n`,
  ).join('---\n');
const modelOf = (count: number) =>
  buildModel([
    { uri: SETTINGS, file: parseFile(settings) },
    { uri: PODS, file: parseFile(pods(count)) },
  ]);

test('a component of 251 objects is cut to the 200 nearest the file, and the header says so', () => {
  assert.equal(MAX_NODES, 200);
  const graph = buildGraph(modelOf(250), SETTINGS);
  assert.equal(graph.note, 'showing 200 of the 251 objects connected to this file');
  assert.equal(graph.nodes.length, 200);
  // Nearest first: the file's own ConfigMap, then the pods that read it, in reading order.
  assert.deepEqual(
    graph.nodes.slice(0, 3).map((n) => n.id),
    ['ConfigMap/big/shared', 'Pod/big/pod-0', 'Pod/big/pod-1'],
  );
  assert.equal(graph.nodes.at(-1)!.id, 'Pod/big/pod-198');
  assert.deepEqual(headerLines(graph, ENGLISH), {
    counts: '200 objects · 199 links',
    note: 'showing 200 of the 251 objects connected to this file',
  });
});

test('the file’s own objects are never cut: 250 ConfigMaps alone get no note', () => {
  const maps = Array.from({ length: 250 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: map-${i}\n`).join('---\n');
  const graph = buildGraph(buildModel([{ uri: SETTINGS, file: parseFile(maps) }]), SETTINGS);
  assert.equal(graph.nodes.length, 250);
  assert.equal(graph.note, undefined);
  assert.deepEqual(headerLines(graph, ENGLISH), { counts: '250 objects · 0 links' });
});

test('without a file (the whole input) every object is kept; only what is cut is noted', () => {
  // Every object is a starting point; the dashed ConfigMap they all read is the one left out.
  const graph = buildGraph(buildModel([{ uri: PODS, file: parseFile(pods(250)) }]), undefined);
  assert.equal(graph.note, 'showing 250 of 251 objects');
  assert.deepEqual(headerLines(graph, ENGLISH), { counts: '250 objects · 0 links', note: 'showing 250 of 251 objects' });
  assert.equal(buildGraph(modelOf(250), undefined).note, undefined);
});

test('in Korean the header and the server’s note are both Korean', () => {
  assert.equal(configureL10n(join(ROOT, 'l10n', 'bundle.l10n.ko.json')), true);
  try {
    const graph = buildGraph(modelOf(250), SETTINGS);
    assert.deepEqual(headerLines(graph, KO), {
      counts: '오브젝트 200개 · 링크 199개',
      note: '이 파일과 연결된 오브젝트 251개 중 200개 표시',
    });
    const whole = buildGraph(buildModel([{ uri: PODS, file: parseFile(pods(250)) }]), undefined);
    assert.deepEqual(headerLines(whole, KO), { counts: '오브젝트 250개 · 링크 0개', note: '오브젝트 251개 중 250개 표시' });
  } finally {
    configureL10n(join(ROOT, 'l10n', 'bundle.l10n.json'));
  }
});

test('a component of exactly 200 objects is shown whole, with no note', () => {
  const graph = buildGraph(modelOf(199), SETTINGS);
  assert.equal(graph.nodes.length, 200);
  assert.equal(graph.note, undefined);
  assert.deepEqual(headerLines(graph, ENGLISH), { counts: '200 objects · 199 links' });
});
