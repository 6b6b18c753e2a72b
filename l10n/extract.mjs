// Writes l10n/bundle.l10n.json: every English string passed to t('...') in the server's completion,
// hover and template code, keyed by itself (the English defaults translators start from).
// Usage: node l10n/extract.mjs [--check]
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dirs = ['server/src/completion', 'server/src/hover', 'server/src/templates', 'server/src/k8s'];
const CALL = /\bt\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g;

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

export function extract() {
  const strings = new Set();
  for (const dir of dirs) {
    for (const file of files(join(root, dir))) {
      for (const m of readFileSync(file, 'utf8').matchAll(CALL)) strings.add(m[1].startsWith("'") ? m[1].slice(1, -1).replace(/\\'/g, "'").replace(/\\\\/g, '\\') : JSON.parse(m[1]));
    }
  }
  return Object.fromEntries([...strings].sort().map((s) => [s, s]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bundle = JSON.stringify(extract(), null, 2) + '\n';
  const path = join(root, 'l10n', 'bundle.l10n.json');
  if (process.argv.includes('--check')) {
    if (readFileSync(path, 'utf8') !== bundle) {
      console.error('l10n/bundle.l10n.json is out of date: run node l10n/extract.mjs');
      process.exit(1);
    }
  } else writeFileSync(path, bundle);
}
