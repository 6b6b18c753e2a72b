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

/** The string literals of a TypeScript source (template literals by their text parts), comments skipped. */
function literals(src: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '/') i = src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i);
    else if (c === '/' && src[i + 1] === '*') i = src.indexOf('*/', i + 2) + 1;
    else if (c === "'" || c === '"' || c === '`') {
      let text = '';
      for (i++; i < src.length && src[i] !== c; i++) {
        if (src[i] === '\\') text += src[++i];
        else if (c === '`' && src[i] === '$' && src[i + 1] === '{') {
          out.push(text);
          text = '';
          for (let depth = 0; i < src.length; i++) {
            if (src[i] === '{') depth++;
            else if (src[i] === '}' && --depth === 0) break;
          }
        } else text += src[i];
      }
      out.push(text);
    }
  }
  return out;
}

test('the webview script writes no English of its own: its words all come from graphStrings', () => {
  const prose = /\b[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}\b/;
  for (const file of ['graph.ts', 'text.ts', 'groups.ts', 'layout.ts']) {
    const src = readFileSync(join(ROOT, 'client', 'src', 'webview', file), 'utf8');
    assert.deepEqual(
      literals(src).filter((s) => prose.test(s)),
      [],
      `${file}: put user-facing text in client/src/webview/strings.ts`,
    );
  }
  // The check finds prose where there is some.
  assert.deepEqual(literals("const a = 'not in this file'; // a comment here too\nb(`x ${y} is not here`);"), [
    'not in this file',
    'x ',
    ' is not here',
  ]);
});
