// The graph webview's own text (header, legend, group titles, tooltips, empty states) comes from the
// extension, translated through vscode.l10n with l10n/bundle.l10n.<language>.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/lspClient';
import { ENGLISH, format, graphStrings, type Translate } from '../../client/src/webview/strings';

const bundle = (name: string) => JSON.parse(readFileSync(join(ROOT, 'l10n', name), 'utf8')) as Record<string, string>;
const en = bundle('bundle.l10n.json');
const ko = bundle('bundle.l10n.ko.json');
const HANGUL = /[\uac00-\ud7a3]/;

/** vscode.l10n.t's contract: the bundle's text for the key (else the key), `{N}` filled with the arguments. */
const lookup =
  (messages: Record<string, string>): Translate =>
  (message, ...args) =>
    format(messages[message] ?? message, ...args);

function keys(): string[] {
  const seen: string[] = [];
  graphStrings((message) => (seen.push(message), message));
  return seen;
}

test('every string of the graph webview is extracted into the l10n bundle and has its Korean entry', () => {
  const all = keys();
  assert.ok(all.length >= 30, `${all.length} strings`);
  assert.deepEqual(
    all.filter((k) => !(k in en)),
    [],
    'run node l10n/extract.mjs',
  );
  assert.deepEqual(
    all.filter((k) => !HANGUL.test(ko[k] ?? '')),
    [],
    'add their Korean to l10n/bundle.l10n.ko.json',
  );
});

test('in Korean the webview shows Korean, with the numbers the page fills in', () => {
  const s = graphStrings(lookup(ko));
  const values = [...Object.values(s).filter((v): v is string => typeof v === 'string'), ...Object.values(s.edges)];
  assert.deepEqual(
    values.filter((v) => !HANGUL.test(v)),
    [],
  );
  assert.equal(format(s.objects, 6), '오브젝트 6개');
  assert.equal(format(s.links, 6), '링크 6개');
  assert.equal(format(s.namespace, 'store'), '네임스페이스 store');
  assert.equal(
    format(s.otherFileTip, 'ConfigMap kiosk-settings', 'app/settings.yaml', 5),
    'ConfigMap kiosk-settings, app/settings.yaml 5번째 줄. 클릭하면 그곳을 엽니다.',
  );
  assert.equal(s.edges.selects, '선택');
});

test('in English (no bundle, or no strings from the extension) the text is the code’s own', () => {
  assert.deepEqual(graphStrings(lookup({})), ENGLISH);
  assert.equal(format(ENGLISH.objects, 8), '8 objects');
  assert.equal(format(ENGLISH.otherFileTip, 'ConfigMap a', 'app/a.yaml', 3), 'ConfigMap a, in app/a.yaml line 3. Click to open it there.');
  assert.equal(ENGLISH.edges.template, 'creates pods');
  // A placeholder with no value stays: the page fills it in later.
  assert.equal(format('{0} of {1}', 'x'), 'x of {1}');
});
