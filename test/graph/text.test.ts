// The words of the graph view, exactly as a user reads them: header counts, frame titles, kind lines,
// tooltips — in English and in Korean — and what a click on a box asks the extension to do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/lspClient';
import { parseFile } from '../../server/src/yaml/parse';
import { buildModel } from '../../server/src/model';
import { buildGraph, type GraphNode } from '../../server/src/graph';
import { groupsOf } from '../../client/src/webview/groups';
import { ENGLISH, format, graphStrings } from '../../client/src/webview/strings';
import { clickMessage, countsOf, groupTitle, kindLine, tooltipOf } from '../../client/src/webview/text';

const APP = join(ROOT, 'test', 'e2e', 'fixtures', 'app');
const FILES = ['kiosk.yaml', 'settings.yaml', 'storage.yaml', 'report.yaml'];
const uri = (name: string) => pathToFileURL(join(APP, name)).href;
const model = buildModel(FILES.map((f) => ({ uri: uri(f), file: parseFile(readFileSync(join(APP, f), 'utf8')) })));
const kiosk = buildGraph(model, uri('kiosk.yaml'));
const report = buildGraph(model, uri('report.yaml'));
const ko = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
const KO = graphStrings((message, ...args) => format(ko[message] ?? message, ...args));
const find = (kind: string, name: string) => kiosk.nodes.find((n) => n.kind === kind && n.name === name)!;

test('header counts: objects (templates not counted), links, and the dashed ones', () => {
  assert.equal(countsOf(kiosk, ENGLISH), '6 objects · 6 links');
  assert.equal(countsOf(report, ENGLISH), '1 object · 2 links · 1 defined nowhere');
  assert.equal(countsOf({ nodes: [find('ConfigMap', 'kiosk-settings')], edges: [] }, ENGLISH), '1 object · 0 links');
  assert.equal(countsOf(kiosk, KO), '오브젝트 6개 · 링크 6개');
  assert.equal(countsOf(report, KO), '오브젝트 1개 · 링크 2개 · 1개는 어디에도 정의되지 않음');
});

test('frame titles: the namespace, "(no namespace)", "cluster-scoped"', () => {
  assert.deepEqual(
    groupsOf(kiosk).map((g) => groupTitle(g, ENGLISH)),
    ['namespace store', '(no namespace)', 'cluster-scoped'],
  );
  assert.deepEqual(
    groupsOf(kiosk).map((g) => groupTitle(g, KO)),
    ['네임스페이스 store', '(네임스페이스 없음)', '클러스터 범위'],
  );
});

test('kind lines: a pod template and a claim template say so; kinds stay as written', () => {
  const template = kiosk.nodes.find((n) => n.templateOf)!;
  const claimTemplate: GraphNode = { ...find('PersistentVolumeClaim', 'kiosk-data'), templateOf: 'StatefulSet/store/db' };
  assert.deepEqual(
    [kindLine(template, ENGLISH), kindLine(claimTemplate, ENGLISH), kindLine(find('Deployment', 'kiosk'), ENGLISH)],
    ['Pod template', 'PersistentVolumeClaim template', 'Deployment'],
  );
  assert.deepEqual([kindLine(template, KO), kindLine(claimTemplate, KO)], ['파드 템플릿', 'PersistentVolumeClaim 템플릿']);
});

test('tooltips say where the object is and what a click does, with its detail', () => {
  const deployment = find('Deployment', 'kiosk');
  assert.equal(tooltipOf(deployment, 'Deployment kiosk', undefined, ENGLISH), 'Deployment kiosk, line 6. Click to go there.\n2 replicas');
  const settings = find('ConfigMap', 'kiosk-settings');
  assert.equal(
    tooltipOf(settings, 'ConfigMap kiosk-settings', 'app/settings.yaml', ENGLISH),
    'ConfigMap kiosk-settings, in app/settings.yaml line 5. Click to open it there.\n2 keys',
  );
  const dashed = report.nodes.find((n) => n.missing)!;
  assert.equal(
    tooltipOf(dashed, 'ConfigMap kiosk-setings', undefined, ENGLISH),
    'ConfigMap kiosk-setings is defined nowhere: referred to on line 20. Click to go there.',
  );
  assert.equal(
    tooltipOf(dashed, 'ConfigMap kiosk-setings', 'app/report.yaml', ENGLISH),
    'ConfigMap kiosk-setings is defined nowhere: referred to in app/report.yaml line 20. Click to open it there.',
  );
  assert.equal(
    tooltipOf(settings, 'ConfigMap kiosk-settings', 'app/settings.yaml', KO),
    'ConfigMap kiosk-settings, app/settings.yaml 5번째 줄. 클릭하면 그곳을 엽니다.\n2 keys',
  );
});

test('a click on a box of the active file reveals its line; on a box of another file it opens that file at the name', () => {
  assert.deepEqual(clickMessage(find('Deployment', 'kiosk'), uri('kiosk.yaml')), { type: 'reveal', line: 5 });
  assert.deepEqual(clickMessage(find('ConfigMap', 'kiosk-settings'), uri('kiosk.yaml')), {
    type: 'open',
    uri: uri('settings.yaml'),
    range: { start: { line: 4, character: 8 }, end: { line: 4, character: 22 } },
  });
  // A dashed object seen from another file: to where it is referred to.
  const dashed = report.nodes.find((n) => n.missing)!;
  assert.deepEqual(clickMessage(dashed, uri('kiosk.yaml')), {
    type: 'open',
    uri: uri('report.yaml'),
    range: { start: { line: 19, character: 26 }, end: { line: 19, character: 39 } },
  });
  // A node without a range (an older server) opens at the start of its line.
  const { range: _range, ...bare } = find('ConfigMap', 'kiosk-settings');
  assert.deepEqual(clickMessage(bare, uri('kiosk.yaml')), {
    type: 'open',
    uri: uri('settings.yaml'),
    range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
  });
});
