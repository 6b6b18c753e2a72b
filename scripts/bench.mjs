// `npm run bench`: speed and memory on a 2,000-document manifest, each time also given as a ratio to
// the floor measured in the same run: the `yaml` package alone parsing the same text. Then the
// messy manifest, the 2,000-file workspace, and the hostile inputs, each beside its own floor.
// `npm run bench -- --only main,messy,workspace,hostile` runs a subset (BENCH_ONLY does the same);
// `--only burst` runs the hostile set's 200-edit burst rows alone.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateManifest } from './bench/generate.mjs';
import { hostileRows, burst, burstRows } from './bench/hostile.mjs';
import { messyRows } from './bench/messy.mjs';
import { workspaceRows } from './bench/workspace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const YAML = require('yaml');
const engine = require(join(root, 'dist', 'engine.js'));
const { getLanguageService } = engine;
const lsp = require('vscode-languageserver-protocol/node');

const onlyArg = process.argv.indexOf('--only');
const only = new Set(
  (onlyArg >= 0 ? process.argv[onlyArg + 1] : (process.env.BENCH_ONLY ?? 'main,messy,workspace,hostile')).split(',').map((x) => x.trim()),
);
const service = getLanguageService();
/** The `yaml` package alone parsing `texts` (median of `runs`, after a warm-up): the floor of every ratio. */
function floorOf(texts, runs = 3) {
  const all = Array.isArray(texts) ? texts : [texts];
  const once = () => {
    for (const t of all) YAML.parseAllDocuments(t, { version: '1.1', uniqueKeys: false });
  };
  once();
  return time(once, runs);
}
const ok = (pass) => (pass ? 'ok  ' : 'MISS');
const fmt = (ms) => (ms === undefined ? 'n/a' : `${ms.toFixed(1)} ms`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
function time(fn, runs) {
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}
/** A table: [measure, value, ÷ floor, target, ok/MISS, note]. */
function table(title, rows, widths = [52, 11, 9, 17, 4]) {
  console.log('');
  const pad = (cells) => cells.map((c, i) => String(c ?? '').padEnd(widths[i] ?? 0)).join('  ');
  console.log(pad([title, 'measured', '÷ floor', 'target', '']));
  for (const r of rows) console.log(pad(r.slice(0, 5)) + (r[5] ? `  ${r[5]}` : ''));
}

const dir = mkdtempSync(join(tmpdir(), 'k8sense-bench-'));

async function mainRows() {
  const DOCS = Number(process.env.BENCH_DOCS ?? 2000);
  const text = generateManifest(DOCS);
  const lineCount = text.split('\n').length;
  const file = join(dir, 'bench.yaml');
  writeFileSync(file, text);

  // The floor: the yaml package alone (with the YAML 1.1 scalars Kubernetes uses).
  time(() => YAML.parseAllDocuments(text, { version: '1.1' }), 2); // warm-up
  const parseOnly = time(() => YAML.parseAllDocuments(text, { version: '1.1' }), 5);

  service.validate(service.parse(text)); // warm-up: compiles the schemas used
  const fullValidation = time(() => service.validate(service.parse(text)), 5);

  // Where the engine's time goes: one more run, each part timed on its own (syntax includes toJS).
  function breakdown() {
    const spent = new Map();
    const add = (id, ms) => spent.set(id, (spent.get(id) ?? 0) + ms);
    const timed = (c) => ({
      ...c,
      check(...args) {
        const t = performance.now();
        try {
          return c.check(...args);
        } finally {
          add(c.id, performance.now() - t);
        }
      },
    });
    let t = performance.now();
    const file = engine.parseFile(text);
    add('parse', performance.now() - t);
    t = performance.now();
    for (const chunk of file.chunks) chunk.cache.set('syntax', engine.syntaxProblems(chunk));
    add('syntax', performance.now() - t);
    engine.validateFile(file, engine.withDefaults({}), {
      documentChecks: engine.DOCUMENT_CHECKS.map(timed),
      fileChecks: engine.FILE_CHECKS.map(timed),
    });
    return [...spent].sort((a, b) => b[1] - a[1]);
  }
  const parts = breakdown();

  // The language server, driven over stdio as an editor does.
  async function startServer() {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const conn = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
    const waiting = [];
    conn.onNotification(lsp.PublishDiagnosticsNotification.type, (p) => {
      const i = waiting.findIndex((w) => w.version === p.version);
      if (i >= 0) waiting.splice(i, 1)[0].resolve(p);
    });
    conn.listen();
    const init = await conn.sendRequest(lsp.InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    const startMs = performance.now() - t0;
    await conn.sendNotification(lsp.InitializedNotification.type, {});
    const diagnosticsFor = (version) => new Promise((resolve) => waiting.push({ version, resolve }));
    return { child, conn, init, startMs, diagnosticsFor };
  }

  function peakMemoryMiB(pid) {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  }

  const starts = [];
  for (let i = 0; i < 3; i++) {
    const s = await startServer();
    starts.push(s.startMs);
    s.conn.dispose();
    s.child.kill();
  }
  const server = await startServer();
  const uri = 'file://' + file;
  let t0 = performance.now();
  let pending = server.diagnosticsFor(1);
  await server.conn.sendNotification(lsp.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'yaml', version: 1, text },
  });
  const opened = await pending;
  const openMs = performance.now() - t0;

  // One-character edits spread over the file: type a letter into a label value, as a user would.
  const lines = text.split('\n');
  const labelLines = lines.map((l, i) => (/^\s+app: web-\d+$/.test(l) ? i : -1)).filter((i) => i >= 0);
  const edits = [];
  let version = 1;
  for (let k = 0; k < 30; k++) {
    const line = labelLines[Math.floor((k * labelLines.length) / 30)];
    const character = lines[line].length;
    pending = server.diagnosticsFor(++version);
    t0 = performance.now();
    await server.conn.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
    });
    await pending;
    edits.push(performance.now() - t0);
  }

  // Completion and hover in the middle of the file, when the server offers them.
  const caps = server.init.capabilities;
  const mid = labelLines[Math.floor(labelLines.length / 2)];
  async function latency(enabled, request, params) {
    if (!enabled) return undefined;
    const ts = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await server.conn.sendRequest(request, params);
      ts.push(performance.now() - t);
    }
    return median(ts);
  }
  const completionMs = await latency(!!caps.completionProvider, lsp.CompletionRequest.type, {
    textDocument: { uri },
    position: { line: mid, character: 4 },
  });
  const imageLine = lines.findIndex((l, i) => i > mid && /^\s+image: /.test(l));
  const hoverMs = await latency(!!caps.hoverProvider, lsp.HoverRequest.type, {
    textDocument: { uri },
    position: { line: imageLine, character: lines[imageLine].indexOf('image') + 2 },
  });
  const memoryMiB = peakMemoryMiB(server.child.pid);
  await server.conn.sendRequest(lsp.ShutdownRequest.type);
  server.conn.dispose();
  server.child.kill();

  // The CLI, one process on one core, as CI runs it.
  const cliRuns = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin', 'k8sense.js'), 'check', '--format', 'json', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    cliRuns.push(performance.now() - t);
    if (r.status === 2) throw new Error(r.stderr);
  }
  const cliMs = median(cliRuns);
  const docsPerSecond = DOCS / (cliMs / 1000);

  const ratio = (ms) => `${(ms / parseOnly).toFixed(2)}×`;
  const rows = [
    ['floor: yaml package parse only', fmt(parseOnly), '1.00×', '', ''],
    ['full validation (in process)', fmt(fullValidation), ratio(fullValidation), '≤ 2.5× parse', ok(fullValidation <= 2.5 * parseOnly)],
    ['server start (spawn → initialize)', fmt(median(starts)), ratio(median(starts)), '≤ 300 ms', ok(median(starts) <= 300)],
    ['open → first diagnostics', fmt(openMs), ratio(openMs), '≤ 1000 ms', ok(openMs <= 1000)],
    ['edit → diagnostics (median)', fmt(median(edits)), ratio(median(edits)), '≤ 50 ms', ok(median(edits) <= 50)],
    ['edit → diagnostics (p95)', fmt(p95(edits)), ratio(p95(edits)), '', ''],
    ['completion (median)', fmt(completionMs), completionMs === undefined ? '' : ratio(completionMs), '', ''],
    ['hover (median)', fmt(hoverMs), hoverMs === undefined ? '' : ratio(hoverMs), '', ''],
    ['CLI check, whole process', fmt(cliMs), ratio(cliMs), '≥ 10,000 docs/s', ok(docsPerSecond >= 10000)],
  ];
  console.log(
    `k8sense bench: ${DOCS} documents, ${lineCount} lines, ${(text.length / 1024).toFixed(0)} KiB; ${opened.diagnostics.length} diagnostics on open`,
  );
  console.log('');
  const widths = [36, 11, 8, 17, 4];
  const pad = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(pad(['measure', 'time', '÷ floor', 'target', '']));
  for (const r of rows) console.log(pad(r));
  console.log('');
  const engineDocsPerSecond = DOCS / (fullValidation / 1000);
  console.log(
    `CLI throughput: ${Math.round(docsPerSecond).toLocaleString('en-US')} documents/s for the whole process, ${Math.round(engineDocsPerSecond).toLocaleString('en-US')} documents/s in the engine alone; floor (parse only): ${Math.round(DOCS / (parseOnly / 1000)).toLocaleString('en-US')} documents/s (target ≥ 10,000) ${ok(docsPerSecond >= 10000)}`,
  );
  console.log(`server peak memory (VmHWM): ${memoryMiB.toFixed(0)} MiB (target ≤ 200 MiB) ${ok(memoryMiB <= 200)}`);
  const shown = parts.filter(([, ms]) => ms >= 10);
  const rest = parts.filter(([, ms]) => ms < 10).reduce((sum, [, ms]) => sum + ms, 0);
  console.log(
    `engine time by part (one run): ${shown.map(([id, ms]) => `${id} ${ms.toFixed(0)} ms`).join(', ')}; ${parts.length - shown.length} others ${rest.toFixed(0)} ms`,
  );
}

if (only.has('main')) await mainRows();

if (only.has('messy')) {
  const m = await messyRows({ root, lsp, service, dir, floorOf, median, p95 });
  table(`messy manifest: ${m.docs} documents, ${m.problems} problems on open`, m.rows);
}

if (only.has('workspace')) {
  const wsDir = mkdtempSync(join(tmpdir(), 'k8sense-bench-ws-'));
  try {
    const w = await workspaceRows({ root, lsp, dir: wsDir });
    const floor = floorOf(w.texts);
    table(`workspace: ${w.files} files (400 apps × 5), nothing opened`, [
      ['floor: yaml package parse of every file', fmt(floor), '1.00×', '', ''],
      [
        'initialized → every file validated',
        fmt(w.scanMs),
        `${(w.scanMs / floor).toFixed(2)}×`,
        '≤ 4× parse',
        ok(w.scanMs <= 4 * floor),
        `${w.stats.validations} validations, ${w.problemsAtStart} problems`,
      ],
      [
        'rename a ConfigMap → its Deployment re-published',
        fmt(w.renameMs),
        `${(w.renameMs / floor).toFixed(2)}×`,
        '≤ 100 ms',
        ok(w.renameMs <= 100),
        `${w.after.validations - w.stats.validations} files re-checked`,
      ],
      ['server peak memory (VmHWM)', `${w.mib.toFixed(0)} MiB`, '', '≤ 300 MiB', ok(w.mib <= 300)],
    ]);
  } finally {
    rmSync(wsDir, { recursive: true, force: true });
  }
}

if (only.has('burst') && !only.has('hostile')) {
  // The burst rows alone (the edit-latency lane), without the slow hostile inputs.
  const burstDir = mkdtempSync(join(tmpdir(), 'k8sense-bench-burst-'));
  try {
    const b = await burst(root, lsp, generateManifest(500), burstDir);
    table(
      'burst of 200 edits',
      burstRows(b).map(([name, value, target, met, note, unit]) => [
        name,
        unit === 'count' ? String(value) : fmt(value),
        '',
        target,
        ok(met),
        note,
      ]),
    );
  } finally {
    rmSync(burstDir, { recursive: true, force: true });
  }
}

if (only.has('hostile')) {
  // Hostile, huge and fast-changing input (issue 13): each reproducer beside its target.
  const hostileDir = mkdtempSync(join(tmpdir(), 'k8sense-bench-hostile-'));
  try {
    const hostile = await hostileRows({ root, service, lsp, dir: hostileDir, floorOf });
    table(
      'hostile input',
      hostile.map(([name, value, target, met, note, unit, floor]) => [
        name,
        value === undefined || Number.isNaN(value)
          ? 'n/a'
          : unit === 'MiB'
            ? `${value.toFixed(0)} MiB`
            : unit === 'count'
              ? String(value)
              : fmt(value),
        floor && unit !== 'MiB' && unit !== 'count' && value !== undefined ? `${(value / floor).toFixed(1)}×` : '',
        target,
        met === undefined ? '' : ok(met),
        [note, floor ? `floor ${fmt(floor)}` : ''].filter(Boolean).join('; '),
      ]),
    );
  } finally {
    rmSync(hostileDir, { recursive: true, force: true });
  }
}
rmSync(dir, { recursive: true, force: true });
