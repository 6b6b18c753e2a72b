// The graph preview of an app over several files (test/e2e/fixtures/app/, the e2e's workspace app):
// namespace groups, file lines on the boxes of other files, and where a click on a box goes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/lspClient';
import { parseFile } from '../../server/src/yaml/parse';
import { buildModel } from '../../server/src/model';
import { buildGraph, type Graph } from '../../server/src/graph';
import { fileLabels, groupsOf } from '../../client/src/webview/groups';
import { layout, type Layout } from '../../client/src/webview/layout';

const APP = join(ROOT, 'test', 'e2e', 'fixtures', 'app');
const FILES = ['kiosk.yaml', 'settings.yaml', 'storage.yaml', 'report.yaml'];
const uri = (name: string) => pathToFileURL(join(APP, name)).href;
/** What the extension sends: each file's path as the Explorer shows it (workspace = test/e2e/fixtures). */
const PATHS = Object.fromEntries(FILES.map((f) => [uri(f), `app/${f}`]));
const model = buildModel(FILES.map((f) => ({ uri: uri(f), file: parseFile(readFileSync(join(APP, f), 'utf8')) })));
const kiosk = buildGraph(model, uri('kiosk.yaml'));

const title = (p: Layout['nodes'][number]) => `${p.title} ${p.node.name}`;

test('the nodes carry the range of their name and whether their kind is cluster-scoped', () => {
  const node = (kind: string, name: string) => kiosk.nodes.find((n) => n.kind === kind && n.name === name)!;
  // settings.yaml line 5: `  name: kiosk-settings`
  assert.deepEqual(node('ConfigMap', 'kiosk-settings').range, { start: { line: 4, character: 8 }, end: { line: 4, character: 22 } });
  assert.deepEqual(node('Deployment', 'kiosk').range, { start: { line: 5, character: 8 }, end: { line: 5, character: 13 } });
  assert.deepEqual(
    kiosk.nodes.filter((n) => n.clusterScoped).map((n) => `${n.kind} ${n.name}`),
    ['PersistentVolume kiosk-pv', 'StorageClass kiosk-ssd'],
  );
});

test('groups: the namespace store, the objects with no namespace, then the cluster-scoped ones', () => {
  assert.deepEqual(groupsOf(kiosk), [
    { key: 'ns:store', kind: 'namespace', namespace: 'store' },
    { key: 'none', kind: 'none' },
    { key: 'cluster', kind: 'cluster' },
  ]);
  // Groups come in the order of their first object (the server lists the active file's first); cluster-scoped last.
  const node = (id: string, extra: object) => ({ id, kind: 'ConfigMap', apiVersion: 'v1', name: id, line: 0, ...extra });
  const mixed: Graph = {
    nodes: [node('pv', { clusterScoped: true }), node('cm', {}), node('a', { namespace: 'b-ns' }), node('b', { namespace: 'a-ns' })],
    edges: [],
  };
  assert.deepEqual(
    groupsOf(mixed).map((g) => g.key),
    ['none', 'ns:b-ns', 'ns:a-ns', 'cluster'],
  );
});

test('file lines: every object of another file says which, by its workspace path; the active file’s objects say nothing', () => {
  assert.deepEqual(
    [...fileLabels(kiosk, uri('kiosk.yaml'), PATHS)],
    [
      ['ConfigMap//kiosk-settings', 'app/settings.yaml'],
      ['PersistentVolumeClaim/store/kiosk-data', 'app/storage.yaml'],
      ['PersistentVolume//kiosk-pv', 'app/storage.yaml'],
      ['StorageClass//kiosk-ssd', 'app/storage.yaml'],
    ],
  );
  // A file the extension gave no path for is named by its file name.
  assert.equal(fileLabels(kiosk, uri('kiosk.yaml'), {}).get('ConfigMap//kiosk-settings'), 'settings.yaml');
  // From the report's graph: a dashed ConfigMap (defined nowhere) has no file of its own.
  const report = buildGraph(model, uri('report.yaml'));
  assert.deepEqual(
    report.nodes.map(
      (n) => `${n.kind} ${n.name}${n.missing ? ' (missing)' : ''} → ${fileLabels(report, uri('kiosk.yaml'), PATHS).get(n.id) ?? '-'}`,
    ),
    ['CronJob kiosk-report → app/report.yaml', 'PodTemplate kiosk-report → app/report.yaml', 'ConfigMap kiosk-setings (missing) → -'],
  );
});

/** Which boxes stand inside which group frame (geometry), band by band in drawing order. */
function bands(l: Layout): string[] {
  return l.groups.map((g) => {
    const inside = l.nodes.filter((p) => p.x >= g.x && p.y >= g.y && p.x + p.width <= g.x + g.width && p.y + p.height <= g.y + g.height);
    return `${g.group.key}: ${inside.map(title).join(', ')}`;
  });
}

const MEMBERS = [
  'ns:store: Service kiosk, Deployment kiosk, Pod template kiosk, PersistentVolumeClaim kiosk-data',
  'none: ConfigMap kiosk-settings',
  'cluster: PersistentVolume kiosk-pv, StorageClass kiosk-ssd',
];

test('left to right: one band per group, one under the other, each box inside its own band only', () => {
  const files = fileLabels(kiosk, uri('kiosk.yaml'), PATHS);
  const l = layout(kiosk, 'right', { files });
  assert.deepEqual(bands(l), MEMBERS);
  for (let i = 1; i < l.groups.length; i++) assert.ok(l.groups[i].y >= l.groups[i - 1].y + l.groups[i - 1].height, 'bands do not overlap');
  assert.deepEqual(
    l.nodes.map((p) => `${title(p)}: ${p.group}${p.file ? ` · ${p.file}` : ''} · ${p.height}`),
    [
      'Service kiosk: ns:store · 54',
      'Deployment kiosk: ns:store · 54',
      'Pod template kiosk: ns:store · 54',
      // A box with a detail line and a file line is one line taller.
      'PersistentVolumeClaim kiosk-data: ns:store · app/storage.yaml · 69',
      'ConfigMap kiosk-settings: none · app/settings.yaml · 69',
      'PersistentVolume kiosk-pv: cluster · app/storage.yaml · 69',
      'StorageClass kiosk-ssd: cluster · app/storage.yaml · 69',
    ],
  );
  assert.ok(l.height >= Math.max(...l.groups.map((g) => g.y + g.height)) && l.width >= Math.max(...l.groups.map((g) => g.x + g.width)));
});

test('stacked: the groups stand side by side, each box inside its own group only', () => {
  const l = layout(kiosk, 'down', { files: fileLabels(kiosk, uri('kiosk.yaml'), PATHS) });
  assert.deepEqual(bands(l), MEMBERS);
  for (let i = 1; i < l.groups.length; i++) assert.ok(l.groups[i].x >= l.groups[i - 1].x + l.groups[i - 1].width, 'groups do not overlap');
  assert.ok(l.height >= Math.max(...l.groups.map((g) => g.y + g.height)) && l.width >= Math.max(...l.groups.map((g) => g.x + g.width)));
});

test('the kind line of a box is the one the view passes (translated)', () => {
  const l = layout(kiosk, 'right', { title: (n) => (n.templateOf ? '파드 템플릿' : n.kind) });
  assert.equal(l.nodes.find((p) => p.node.templateOf)?.title, '파드 템플릿');
});
