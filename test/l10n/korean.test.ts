import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/lspClient';
import { getLanguageService } from '../../server/src/languageService';
import { Model } from '../../server/src/model';
import { inKorean, untranslated } from './korean';

const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();

test('every translatable string has a Korean entry with the same placeholders', () => {
  const en = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
  const ko = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
  const missing = Object.keys(en).filter((k) => typeof ko[k] !== 'string' || !ko[k].trim());
  assert.deepEqual(missing, [], 'add these to l10n/bundle.l10n.ko.json (keys are the English text, see l10n/README.md)');
  const wrong = Object.keys(en).filter((k) => placeholders(k).join() !== placeholders(ko[k]).join());
  assert.deepEqual(wrong, [], 'the Korean text must keep every {N} placeholder of the English key');
  assert.deepEqual(
    Object.keys(ko).filter((k) => !(k in en)),
    [],
    'entries for strings the code no longer has',
  );
});

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (n === 'node_modules') return [];
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

test('every diagnostic and fix title on the examples and test fixtures is in Korean', () => {
  const service = getLanguageService();
  const files = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test'))];
  const model = new Model();
  const parsed = files.map((f) => {
    const uri = pathToFileURL(f).href;
    const file = service.parse(readFileSync(f, 'utf8'));
    model.setFile(uri, file);
    return { f, uri, file };
  });
  let count = 0;
  const left = inKorean(() =>
    parsed.flatMap(({ f, uri, file }) => {
      const diagnostics = service.validate(file, { requireKubernetes: true }, { model, uri });
      count += diagnostics.length;
      return untranslated(diagnostics).map((s) => `${relative(ROOT, f)}: ${s}`);
    }),
  );
  assert.ok(count > 20, `only ${count} diagnostics: the corpus should exercise most checks`);
  assert.deepEqual(left, []);
});
