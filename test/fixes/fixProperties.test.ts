// Properties every fix must have, over the examples, a sample of the corpus (../shared/corpus, skipped
// when absent) and seeded mutations of the examples: applying any offered fix never makes the file fail
// to parse and removes the diagnostic it was offered for; a fix on a file that parsed adds no error
// elsewhere; fix-all never adds a YAML error and reaches a fixed point (so --fix twice equals once).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/languageService';
import type { DiagnosticData } from '../../server/src/problem';
import { fixAll } from '../../server/src/fixes/fixAll';
import { withDefaults } from '../../server/src/settings';
import { ROOT } from '../helpers/lspClient';

const service = getLanguageService();
const settings = withDefaults({ requireKubernetes: true });

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yamlFiles(full, out);
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

/** A small deterministic PRNG (mulberry32), so a failing mutation can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The classic mistakes, each made on one random line that can take it. */
const MUTATIONS: [string, (line: string) => string | undefined][] = [
  ['missing space', (l) => (/^\s*(?:- )?[A-Za-z]+: \S/.test(l) ? l.replace(/: /, ':') : undefined)],
  ['tab indent', (l) => (/^ {2,}\S/.test(l) ? l.replace(/^ +/, '\t') : undefined)],
  [
    'typo in a key',
    (l) => {
      const m = /^(\s*(?:- )?)([a-z][A-Za-z]{4,}):/.exec(l);
      return m ? m[1] + m[2].slice(0, 2) + m[2][3] + m[2][2] + m[2].slice(4) + l.slice(m[0].length - 1) : undefined;
    },
  ],
  ['one space too far', (l) => (/^ {2,}[A-Za-z]+:/.test(l) ? ' ' + l : undefined)],
  ['duplicated line', (l) => (/^ {2,}[A-Za-z]+: \S/.test(l) ? `${l}\n${l}` : undefined)],
  ['a YAML 1.1 boolean', (l) => (/^\s*(?:- )?(?:name|value|app): \S/.test(l) ? l.replace(/: .*/, ': yes') : undefined)],
];

function mutate(text: string, seed: number): { name: string; text: string } | undefined {
  const next = random(seed);
  const [name, mutation] = MUTATIONS[Math.floor(next() * MUTATIONS.length)];
  const lines = text.split('\n');
  for (let tries = 0; tries < 20; tries++) {
    const i = Math.floor(next() * lines.length);
    const changed = mutation(lines[i]);
    if (changed !== undefined) return { name, text: [...lines.slice(0, i), changed, ...lines.slice(i + 1)].join('\n') };
  }
  return undefined;
}

const yamlErrors = (text: string) =>
  service.parse(text).documents.reduce((n, d) => n + d.doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY').length, 0);
const key = (d: Diagnostic) => `${d.code} ${d.message}`;
/** The document (between `---` lines) a diagnostic is in: a fix may reveal errors in its own document only. */
const chunkOf = (file: ReturnType<typeof service.parse>, d: Diagnostic) => {
  const at = file.lines.offsetAt(d.range.start);
  return file.chunks.filter((c) => c.offset <= at).length - 1;
};
const errorsOf = (file: ReturnType<typeof service.parse>, ds: Diagnostic[], except: number) =>
  ds.filter((d) => d.severity === 1 && chunkOf(file, d) !== except).map((d) => `${chunkOf(file, d)} ${key(d)}`);

function applyFix(text: string, file: ReturnType<typeof service.parse>, edits: { range: Diagnostic['range']; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => file.lines.offsetAt(b.range.start) - file.lines.offsetAt(a.range.start))) {
    out = out.slice(0, file.lines.offsetAt(e.range.start)) + e.newText + out.slice(file.lines.offsetAt(e.range.end));
  }
  return out;
}

/** Every property for one text; returns what was checked, for the test's own sanity check. */
function checkText(name: string, text: string): number {
  const file = service.parse(text);
  const diagnostics = service.validate(file, settings);
  const before = yamlErrors(text);
  let fixes = 0;
  for (const d of diagnostics) {
    for (const fix of (d.data as DiagnosticData | undefined)?.fixes ?? []) {
      fixes++;
      const fixed = applyFix(text, file, fix.edits);
      const what = `${name}: fix "${fix.title}" for ${key(d)}`;
      // A file that parsed still parses; one that did not may show what its error hid, but fix-all below never adds one.
      if (before === 0) assert.equal(yamlErrors(fixed), 0, `${what} makes the file fail to parse`);
      const fixedFile = service.parse(fixed);
      const after = service.validate(fixedFile, settings);
      const count = (list: string[], k: string) => list.filter((x) => x === k).length;
      assert.ok(count(after.map(key), key(d)) < count(diagnostics.map(key), key(d)), `${what} leaves the diagnostic`);
      if (before === 0 && fixedFile.chunks.length === file.chunks.length) {
        // Each error in the other documents was there before.
        const own = chunkOf(file, d);
        const left = errorsOf(file, diagnostics, own);
        for (const e of errorsOf(fixedFile, after, own)) {
          const i = left.indexOf(e);
          assert.ok(i !== -1, `${what} adds an error: ${e}`);
          left.splice(i, 1);
        }
      }
    }
  }
  const once = fixAll(text, settings);
  assert.ok(yamlErrors(once.text) <= before, `${name}: fix-all adds a YAML error`);
  const twice = fixAll(once.text, settings);
  assert.equal(twice.text, once.text, `${name}: fix-all reaches a fixed point`);
  return fixes;
}

const examples = yamlFiles(join(ROOT, 'examples'));

test('every offered fix and fix-all, on the examples', () => {
  let fixes = 0;
  for (const f of examples) fixes += checkText(relative(ROOT, f), readFileSync(f, 'utf8'));
  assert.ok(fixes > 0, 'the mistakes examples offer fixes');
});

test('every offered fix and fix-all, on seeded mutations of the examples', () => {
  let fixes = 0;
  let mutated = 0;
  for (const [i, f] of examples.entries()) {
    const original = readFileSync(f, 'utf8');
    // A mutation of a file that is already broken can hide its error, which a fix then brings back.
    if (yamlErrors(original) > 0) continue;
    for (let seed = 1; seed <= 12; seed++) {
      const m = mutate(original, i * 100 + seed);
      if (!m) continue;
      mutated++;
      fixes += checkText(`${relative(ROOT, f)} with ${m.name} (seed ${i * 100 + seed})`, m.text);
    }
  }
  assert.ok(mutated >= 50 && fixes >= 50, `${mutated} mutations, ${fixes} fixes`);
});

const CORPUS = join(ROOT, '..', 'shared', 'corpus');
test('every offered fix and fix-all, on a sample of the corpus', { skip: existsSync(CORPUS) ? false : 'no ../shared/corpus' }, () => {
  // Every 8th file: the whole corpus with every fix applied one by one takes minutes.
  const files = yamlFiles(CORPUS).filter((_, i) => i % 8 === 0);
  for (const f of files) checkText(relative(CORPUS, f), readFileSync(f, 'utf8'));
});
