import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/lspClient';

// What `npm run package` puts in the .vsix is decided by .vscodeignore: the bundles, the schemas, the
// grammar and the l10n bundle — no sources, tests, scripts or source maps.
test('.vscodeignore ships only what the installed extension runs', () => {
  const rules = readFileSync(join(ROOT, '.vscodeignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  assert.equal(rules[0], '**', 'everything is excluded first');
  const included = rules.filter((r) => r.startsWith('!')).map((r) => r.slice(1));
  for (const needed of [
    'package.json',
    'README.md',
    'LICENSE',
    'dist/client.js',
    'dist/server.js',
    'dist/graph.js',
    'dist/schemas/**',
    'syntaxes/*.json',
    'l10n/*.json',
    'package.nls.json',
    'package.nls.ko.json',
  ]) {
    assert.ok(included.includes(needed), `${needed} is packaged`);
  }
  assert.ok(!included.some((r) => /\.map$|^test|^server\/src|^node_modules|^scripts/.test(r)), 'no sources, maps or tests');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  for (const grammar of pkg.contributes.grammars ?? []) assert.match(grammar.path, /^\.\/syntaxes\//);
});
