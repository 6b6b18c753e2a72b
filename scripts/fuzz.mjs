// `npm run fuzz`: seeded mutation fuzzing of the engine (dist/engine.js, built by `npm run build`).
// Mutants of ../shared/corpus (when present) and examples/ go through every call of the
// languageService facade (scripts/fuzz/calls.mjs). A mutant fails on an exception, a range outside
// the document (LSP line model) or inverted, a call over its time budget, or a fix or formatting
// whose application breaks parsing; the seed, the mutations and the shrunk input are printed.
//
//   node scripts/fuzz.mjs                          CI seed set: 2,000 mutants of inputs under 64 KB
//   node scripts/fuzz.mjs --mutants 20000 --all    the long run (every input, large CRDs included)
//   node scripts/fuzz.mjs --seed 7 --mutant 1234   one mutant again, to reproduce a failure
//   node scripts/fuzz.mjs --all --only CustomResourceDefinition   only inputs whose path contains this
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { rng, mutate } from './fuzz/mutate.mjs';
import { CALLS } from './fuzz/calls.mjs';
import { Lines } from './fuzz/checks.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { getLanguageService, buildModel } = require(join(root, 'dist', 'engine.js'));

const { values: opts } = parseArgs({
  options: {
    mutants: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    mutant: { type: 'string' },
    all: { type: 'boolean', default: false },
    'budget-ms': { type: 'string', default: '1000' },
    'max-failures': { type: 'string', default: '3' },
    only: { type: 'string' },
  },
});
const SEED = Number(opts.seed);
const MUTANTS = Number(opts.mutants);
const BUDGET_MS = Number(opts['budget-ms']);
/** The budget is per 64 KB of input: 1 s for a manifest under 64 KB, proportionally more above. */
const BUDGET_UNIT = 64 * 1024;
const MAX_BYTES = opts.all ? Infinity : BUDGET_UNIT;

function yamlFiles(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yamlFiles(full, out);
    else if (/\.ya?ml$/i.test(name)) out.push(full);
  }
  return out;
}

const corpus = join(root, '..', 'shared', 'corpus');
if (!existsSync(corpus)) console.log('fuzz: ../shared/corpus not found: mutating examples/ only');
const sources = [...yamlFiles(corpus), ...yamlFiles(join(root, 'examples'))]
  .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }))
  .filter((s) => s.text.length <= MAX_BYTES && (!opts.only || s.path.includes(opts.only)));
const donors = sources.map((s) => s.text);
const service = getLanguageService();
const URI = 'file:///fuzz.yaml';

/** Positions for hover and completion: at and around each mutation site, and a few anywhere. */
function positionsFor(lines, sites, r) {
  const out = [];
  const at = (offset) => {
    let line = 0;
    while (line + 1 < lines.count && lines.starts[line + 1] <= offset) line++;
    return { line, character: Math.min(offset - lines.starts[line], lines.length(line)) };
  };
  for (const s of sites) out.push(at(s), at(Math.max(0, s - 3)), at(s + 2));
  for (let i = 0; i < 3; i++) {
    const line = r.int(lines.count);
    out.push({ line, character: r.int(lines.length(line) + 2) });
  }
  return out;
}

/** Time spent per call over the run, for the summary. */
const spent = new Map();

/** Run every call on `text`; the first failure as { method, kind, message }, or undefined. */
async function exercise(text, sites, r, heavy = true) {
  const budget = BUDGET_MS * Math.max(1, text.length / BUDGET_UNIT);
  const lines = new Lines(text);
  let model;
  const ctx = { text, lines, uri: URI, positions: positionsFor(lines, sites, r), file: undefined, diagnostics: undefined };
  // The workspace model navigation asks, built on first use (part of the first navigation call's time).
  ctx.model = () => (model ??= buildModel([{ uri: URI, file: ctx.file }]));
  const timed = async (method, fn) => {
    for (let attempt = 0; ; attempt++) {
      const t0 = performance.now();
      const answer = await fn();
      const ms = performance.now() - t0;
      spent.set(method, (spent.get(method) ?? 0) + ms);
      // A run over budget is timed again (once): the shared machine's noise is not a finding.
      if (ms <= budget) return { answer };
      if (attempt === 1) return { answer, over: ms };
    }
  };
  try {
    const parsed = await timed('parse', () => service.parse(text));
    if (parsed.over)
      return { method: 'parse', kind: 'budget', message: `parse took ${parsed.over.toFixed(0)} ms (budget ${budget.toFixed(0)} ms)` };
    ctx.file = parsed.answer;
  } catch (err) {
    return { method: 'parse', kind: 'exception', message: String(err?.stack ?? err) };
  }
  for (const call of CALLS) {
    if (typeof service[call.method] !== 'function' || (call.heavy && !heavy)) continue;
    let result;
    try {
      result = await timed(call.method, () => call.run(service, ctx));
    } catch (err) {
      return { method: call.method, kind: 'exception', message: String(err?.stack ?? err) };
    }
    if (result.over)
      return {
        method: call.method,
        kind: 'budget',
        message: `${call.method} took ${result.over.toFixed(0)} ms (budget ${budget.toFixed(0)} ms)`,
      };
    let problems;
    try {
      problems = call.check(result.answer, ctx, service);
    } catch (err) {
      return { method: call.method, kind: 'exception', message: `while checking the answer: ${String(err?.stack ?? err)}` };
    }
    if (problems.length) return { method: call.method, kind: 'answer', message: problems[0] };
  }
  return undefined;
}

const sameFailure = (a, b) =>
  !!a &&
  a.method === b.method &&
  a.kind === b.kind &&
  (a.kind === 'budget' || a.message.split('\n')[0].replace(/\d+/g, '#') === b.message.split('\n')[0].replace(/\d+/g, '#'));

/** Delete lines, then characters, while the same failure remains (time-boxed). */
async function shrink(text, failure, seed) {
  const deadline = performance.now() + (failure.kind === 'budget' ? 60_000 : 30_000);
  const still = async (t) => sameFailure(await exercise(t, [0], rng(seed)), failure);
  let best = text;
  for (const unit of ['line', 'char']) {
    let parts = unit === 'line' ? best.split(/(?<=\n)/) : [...best];
    if (unit === 'char' && parts.length > 4000) break;
    for (let size = Math.max(1, parts.length >> 1); size >= 1; size >>= 1) {
      for (let i = 0; i + size <= parts.length;) {
        if (performance.now() > deadline) return best;
        const candidate = [...parts.slice(0, i), ...parts.slice(i + size)];
        if (await still(candidate.join(''))) {
          parts = candidate;
          best = candidate.join('');
        } else i += size;
      }
    }
  }
  return best;
}

const mutantSeed = (i) => (Math.imul(SEED, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca77)) >>> 0;

const first = opts.mutant !== undefined ? Number(opts.mutant) : 0;
const last = opts.mutant !== undefined ? first + 1 : MUTANTS;
const failures = [];
const t0 = performance.now();
for (let i = first; i < last && failures.length < Number(opts['max-failures']); i++) {
  const r = rng(mutantSeed(i));
  const source = r.pick(sources);
  const { text, steps, sites } = mutate(source.text, r, donors);
  const failure = await exercise(text, sites, r, opts.all || i % 4 === 0);
  if (!failure) continue;
  const shrunk = await shrink(text, failure, mutantSeed(i));
  failures.push(failure);
  console.log(
    `\nFAIL mutant ${i} (seed ${SEED}; again: node scripts/fuzz.mjs --seed ${SEED} --mutant ${i}${opts.all ? ' --all' : ''}${opts.only ? ` --only ${opts.only}` : ''})`,
  );
  console.log(`  source: ${source.path}; mutations: ${steps.join(', ')}`);
  console.log(`  ${failure.method} (${failure.kind}): ${failure.message.split('\n').slice(0, 6).join('\n    ')}`);
  console.log(`  shrunk input (${shrunk.length} characters): ${JSON.stringify(shrunk)}`);
}
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
const methods = CALLS.filter((c) => typeof service[c.method] === 'function').map((c) => c.method);
console.log(
  `\nfuzz: ${last - first} mutants (seed ${SEED}) of ${sources.length} inputs${opts.all ? '' : ' under 64 KB'}, calls: parse, ${methods.join(', ')}; ${seconds} s; ${failures.length ? `${failures.length} FAILED` : 'no failures'}`,
);
console.log(
  `time by call: ${[...spent]
    .sort((a, b) => b[1] - a[1])
    .map(([m, ms]) => `${m} ${(ms / 1000).toFixed(1)} s`)
    .join(', ')}`,
);
process.exit(failures.length ? 1 : 0);
