// Writes l10n/bundle.l10n.json: every English string passed to t('...') or t`...` in the server and
// the client, keyed by itself (the English defaults translators start from). A tagged template's key
// is its literal text with the interpolations numbered {0}, {1}, … (as server/src/l10n builds it).
// Usage: node l10n/extract.mjs [--check]
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dirs = ['server/src', 'client/src'];
const CALL = /\b(?:l10n\.)?t(?:\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|`)/g;

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (p === join(root, 'server/src/l10n')) return []; // the mechanism itself (its doc comment shows t`…`)
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const ESCAPES = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** The cooked text of one escape at src[i] === '\\'; returns [text, next index]. */
function escape(src, i) {
  const c = src[i + 1];
  if (c === 'u' && src[i + 2] === '{') {
    const end = src.indexOf('}', i);
    return [String.fromCodePoint(parseInt(src.slice(i + 3, end), 16)), end + 1];
  }
  if (c === 'u') return [String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16)), i + 6];
  if (c === 'x') return [String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16)), i + 4];
  if (c === '\n') return ['', i + 2];
  return [ESCAPES[c] ?? c, i + 2];
}

/** Skips a JS expression inside ${…} from i; returns the index after its closing brace. */
function skipExpression(src, i) {
  let depth = 1;
  while (i < src.length) {
    const c = src[i];
    if (c === '{') depth++;
    else if (c === '}') {
      if (--depth === 0) return i + 1;
    } else if (c === "'" || c === '"') {
      i++;
      while (i < src.length && src[i] !== c) i += src[i] === '\\' ? 2 : 1;
    } else if (c === '`') {
      i = readTemplate(src, i + 1).end;
      continue;
    }
    i++;
  }
  return i;
}

/** Reads a template literal whose body starts at i; returns its key and the index after it. */
function readTemplate(src, i) {
  let key = '';
  let n = 0;
  while (i < src.length && src[i] !== '`') {
    if (src[i] === '\\') {
      const [text, next] = escape(src, i);
      key += text;
      i = next;
    } else if (src[i] === '$' && src[i + 1] === '{') {
      i = skipExpression(src, i + 2);
      key += `{${n++}}`;
    } else key += src[i++];
  }
  return { key, end: i + 1 };
}

export function extract() {
  const strings = new Set();
  for (const dir of dirs) {
    for (const file of files(join(root, dir))) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(CALL)) {
        if (m[1] === undefined) strings.add(readTemplate(src, m.index + m[0].length).key);
        else strings.add(m[1].startsWith("'") ? m[1].slice(1, -1).replace(/\\'/g, "'").replace(/\\\\/g, '\\') : JSON.parse(m[1]));
      }
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
