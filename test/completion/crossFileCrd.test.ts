// A custom resource whose CustomResourceDefinition is in another file of the workspace: completion
// and hover find its schema by the same lookup validation uses, and say which file defines it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';
import { buildModel } from '../../server/src/model';
import { WIDGET_CRD } from '../helpers/widgetCrd';

const service = getLanguageService();

const WIDGET = 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n  size: 1\n  \n';

function workspace(text = WIDGET) {
  const file = service.parse(text);
  const model = buildModel([
    { uri: 'file:///ws/widget.yaml', file },
    { uri: 'file:///ws/crds/widget.yaml', file: service.parse(WIDGET_CRD) },
  ]);
  return { file, scope: { model, uri: 'file:///ws/widget.yaml' } };
}

const hoverText = (h: ReturnType<typeof service.hover>) => (h?.contents as { value: string } | undefined)?.value ?? '';

test("completion of a custom resource's keys and values: the schema of its CRD in another file", () => {
  const { file, scope } = workspace();
  assert.deepEqual(
    service.complete(file, { line: 5, character: 2 }, {}, scope).items.map((i) => i.label),
    ['color'],
    'size is there already',
  );
  assert.deepEqual(service.complete(file, { line: 5, character: 2 }).items, [], 'alone, the file has no schema for Widget');
  const color = workspace(WIDGET.replace('  \n', '  color: \n'));
  assert.deepEqual(
    service.complete(color.file, { line: 5, character: 9 }, {}, color.scope).items.map((i) => i.label),
    ['red', 'blue'],
  );
});

test("hover on a custom resource's field and kind names the CRD and its file", () => {
  const { file, scope } = workspace();
  const key = hoverText(service.hover(file, { line: 4, character: 3 }, {}, scope));
  assert.match(key, /How many parts the widget has\./);
  assert.match(key, /Defined by the CustomResourceDefinition `widgets\.example\.com` in crds\/widget\.yaml\./);
  const kind = hoverText(service.hover(file, { line: 1, character: 7 }, {}, scope));
  assert.match(kind, /A custom resource, defined by the CustomResourceDefinition `widgets\.example\.com` in crds\/widget\.yaml\./);
  const alone = hoverText(service.hover(service.parse(WIDGET + '---\n' + WIDGET_CRD), { line: 4, character: 3 }));
  assert.match(alone, /Defined by the CustomResourceDefinition `widgets\.example\.com` in this file\./);
});

test('completion of kind and apiVersion offers the CRDs of other files, with their file', () => {
  const { file, scope } = workspace('apiVersion: example.com/v1\nkind: Wid\n');
  const widget = service.complete(file, { line: 1, character: 9 }, {}, scope).items.find((i) => i.label === 'Widget');
  assert.equal(
    (widget?.documentation as { value: string }).value,
    '**Widget** (`apiVersion: example.com/v1`)\n\nA custom resource, defined by the CustomResourceDefinition `widgets.example.com` in crds/widget.yaml.',
  );
  const versions = workspace('apiVersion: \nkind: Widget\n');
  assert.deepEqual(
    service.complete(versions.file, { line: 0, character: 12 }, {}, versions.scope).items.map((i) => `${i.label} | ${i.detail}`),
    ['example.com/v1 | defined by the CustomResourceDefinition `widgets.example.com` in crds/widget.yaml'],
  );
});
