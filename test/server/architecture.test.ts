import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../helpers/lspClient';

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) sources(full, out);
    else if (name.endsWith('.ts')) out.push(full);
  }
  return out;
}

test('the engine has no editor imports: only server.ts speaks LSP, nothing imports vscode', () => {
  const offenders: string[] = [];
  for (const file of sources(join(ROOT, 'server', 'src'))) {
    const rel = relative(join(ROOT, 'server', 'src'), file);
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const spec of imports) {
      if (spec === 'vscode') offenders.push(`${rel} imports vscode`);
      if (spec.startsWith('vscode-languageserver/') || spec === 'vscode-languageserver') {
        if (rel !== 'server.ts') offenders.push(`${rel} imports ${spec}`);
      }
    }
  }
  assert.deepEqual(offenders, []);
});

/** Folders of one feature each: they share code only through the layers below them. */
const FEATURES = ['completion', 'hover', 'rules', 'graph', 'navigation', 'fixes', 'format'];
/** Layers the features build on: they import no feature. */
const LAYERS = ['yaml', 'schema', 'model', 'k8s', 'validate', 'syntax', 'l10n', 'templates'];

/** Every relative import of server/src, as [importing file, imported file], both relative to server/src. */
function relativeImports(): [string, string][] {
  const src = join(ROOT, 'server', 'src');
  const out: [string, string][] = [];
  for (const file of sources(src)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s+['"](\.[^'"]*)['"]/g))
      out.push([relative(src, file), relative(src, join(dirname(file), m[1]))]);
  }
  return out;
}

const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : path.replace(/\.ts$/, ''));

test('feature folders (completion, hover, rules, graph, navigation, fixes, format) do not import each other', () => {
  const imports = relativeImports();
  assert.ok(imports.length > 300, `only ${imports.length} imports found: the scan is broken`);
  const offenders = imports
    .filter(([from, to]) => FEATURES.includes(folderOf(from)) && FEATURES.includes(folderOf(to)) && folderOf(from) !== folderOf(to))
    .map(([from, to]) => `${from} imports ${to}`);
  assert.deepEqual(offenders, []);
});

test('the layers (yaml, schema, model, k8s, validate, syntax, l10n, templates) import no feature folder', () => {
  const offenders = relativeImports()
    .filter(([from, to]) => LAYERS.includes(folderOf(from)) && FEATURES.includes(folderOf(to)))
    .map(([from, to]) => `${from} imports ${to}`);
  assert.deepEqual(offenders, []);
});
