import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/lspClient';

test('l10n/bundle.l10n.json lists every translatable string of completion and hover', async () => {
  const { extract } = (await import(pathToFileURL(join(ROOT, 'l10n', 'extract.mjs')).href)) as { extract: () => Record<string, string> };
  const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
  assert.deepEqual(Object.keys(bundle), Object.keys(extract()), 'run `node l10n/extract.mjs`');
  assert.ok(Object.keys(bundle).length > 50);
});

test('a translated bundle replaces hover text', async () => {
  const { configureL10n } = await import('../../server/src/l10n');
  const { hoverText } = await import('../completion/cursor');
  const dir = mkdtempSync(join(tmpdir(), 'k8sense-l10n-'));
  const file = join(dir, 'bundle.l10n.de.json');
  writeFileSync(file, JSON.stringify({ required: 'erforderlich', optional: 'optional' }));
  try {
    assert.equal(configureL10n(file), true);
    assert.match(hoverText('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - na|me: web\n'), /`string` — erforderlich/);
  } finally {
    configureL10n(join(ROOT, 'l10n', 'bundle.l10n.json'));
  }
});
