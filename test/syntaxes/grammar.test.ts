import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/lspClient';

const TMGRAMMAR_TEST = join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
// The base grammars the injection needs (test-only devDependency): YAML, and the shell it embeds.
const BASE = ['yaml.json', 'shellscript.json'].flatMap((g) => ['-g', join(ROOT, 'node_modules', 'tm-grammars', 'grammars', g)]);

test('the grammar file is generated from syntaxes/build-grammar.mjs', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'syntaxes', 'build-grammar.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('package.json injects the grammar into YAML and embeds shell', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const g = pkg.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === 'kubernetes.injection');
  assert.deepEqual(g.injectTo, ['source.yaml']);
  assert.equal(g.embeddedLanguages['meta.embedded.block.shell'], 'shellscript');
  assert.equal(JSON.parse(readFileSync(join(ROOT, g.path), 'utf8')).scopeName, 'kubernetes.injection');
});

test('scopes pinned by the grammar test fixtures (vscode-tmgrammar-test)', () => {
  // The injection comes from package.json's contributes.grammars (injectTo), as in VS Code.
  const r = spawnSync(
    process.execPath,
    [TMGRAMMAR_TEST, '--config', join(ROOT, 'package.json'), '-c', ...BASE, 'test/syntaxes/fixtures/*.yaml'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /kubernetes\.yaml run successfu/);
});
