// Bench rows for hostile, huge and fast-changing input (issue 13): each reproducer timed in the
// engine, the 20 MB file's peak memory in the CLI, and a burst of 200 edits sent to the server.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateManifest } from './generate.mjs';
import { rng, mutate } from '../fuzz/mutate.mjs';

/** The reproducer: a ConfigMap, then `n` lines of "}" indented 2–18 spaces. */
export function strayClosers(n) {
  let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n';
  for (let i = 0; i < n; i++) text += ' '.repeat(2 + ((i * 7) % 17)) + '}\n';
  return text;
}

/** `data: {k0: v, …}` with `n` keys and one duplicate planted in the middle (still reported). */
export function flowMap(n) {
  const entries = Array.from({ length: n }, (_, i) => `k${i}: v`);
  entries.splice(n >> 1, 0, 'k7: dup');
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata: {${entries.join(', ')}}\n`;
}

/** Issue 13 item 3's shape: the CRD with tabs for indentation on 20 lines spread over it (each explained with a fix). */
export function tabbedCrd(crd) {
  const lines = crd.split('\n');
  const candidates = lines.map((l, i) => (/^ {6,}type: /.test(l) ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k < 20 && candidates.length; k++) {
    const i = candidates[Math.floor((k * candidates.length) / 20)];
    lines[i] = lines[i].replace(/^ +/, (lead) => '\t'.repeat(Math.ceil(lead.length / 2)));
  }
  return lines.join('\n');
}

function engineTime(service, text) {
  const t0 = performance.now();
  const diagnostics = service.validate(service.parse(text), { requireKubernetes: true });
  return { ms: performance.now() - t0, diagnostics };
}

/** Peak RSS (MiB, VmHWM sampled while it runs) and wall time of `k8sense check` on a file; ms undefined on timeout. */
export function cliPeak(root, file, timeoutMs) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(root, 'bin', 'k8sense.js'), 'check', '--format', 'json', file], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const sample = () => {
      try {
        peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0));
      } catch {
        // exited between samples
      }
    };
    const timer = setInterval(sample, 100);
    const killer = setTimeout(() => child.kill(), timeoutMs);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      clearTimeout(killer);
      resolve({ ms: signal ? undefined : performance.now() - t0, mib: peak / 1024, status: code, stderr });
    });
  });
}

/** 200 one-character edits sent back to back, then a hover: what the user waits for after typing. */
export async function burst(root, lsp, text, dir) {
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
  let publishes = 0;
  const waiting = [];
  conn.onNotification(lsp.PublishDiagnosticsNotification.type, (p) => {
    publishes++;
    for (const w of waiting.splice(0)) {
      if (p.version === undefined || p.version >= w.version) w.resolve(performance.now());
      else waiting.push(w);
    }
  });
  conn.listen();
  await conn.sendRequest(lsp.InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  await conn.sendNotification(lsp.InitializedNotification.type, {});
  const uri = 'file://' + join(dir, 'burst.yaml');
  const opened = new Promise((resolve) => waiting.push({ version: 1, resolve }));
  await conn.sendNotification(lsp.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  await opened;
  publishes = 0;
  const lines = text.split('\n');
  const labelLines = lines.map((l, i) => (/^\s+app: web-\d+$/.test(l) ? i : -1)).filter((i) => i >= 0);
  const EDITS = 200;
  const line = labelLines[labelLines.length >> 1];
  const final = new Promise((resolve) => waiting.push({ version: EDITS + 1, resolve }));
  for (let k = 0; k < EDITS; k++) {
    const character = lines[line].length + k;
    void conn.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: k + 2 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
    });
  }
  const lastSent = performance.now();
  const hoverLine = lines.findIndex((l, i) => i > line && /^\s+image: /.test(l));
  const hovered = conn
    .sendRequest(lsp.HoverRequest.type, {
      textDocument: { uri },
      position: { line: hoverLine, character: lines[hoverLine].indexOf('image') + 2 },
    })
    .then(() => performance.now());
  const [diagnosedAt, hoveredAt] = await Promise.all([final, hovered]);
  // Late publishes of older versions still count: wait for the queue to drain.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const result = { finalMs: diagnosedAt - lastSent, hoverMs: hoveredAt - lastSent, publishes, lines: lines.length };
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await conn.sendRequest(lsp.ShutdownRequest.type);
  await conn.sendNotification(lsp.ExitNotification.type);
  const timer = setTimeout(() => child.kill(), 2000);
  await exited;
  clearTimeout(timer);
  conn.dispose();
  return result;
}

/** The rows: [measure, value, target, met]. */
export async function hostileRows({ root, service, lsp, dir, floorOf = () => undefined }) {
  const rows = [];
  const closersText = strayClosers(16_000);
  const closers = engineTime(service, closersText);
  rows.push([
    '16,000 stray closers (parse + check)',
    closers.ms,
    '≤ 2 s',
    closers.ms <= 2000,
    `${closers.diagnostics.length} diagnostics`,
    undefined,
    floorOf(closersText),
  ]);
  const mapText = flowMap(100_000);
  const map = engineTime(service, mapText);
  const dup = map.diagnostics.filter((d) => d.code === 'yaml/duplicate-key').length;
  rows.push([
    '100,000-key flow map (parse + check)',
    map.ms,
    '≤ 3 s',
    map.ms <= 3000 && dup === 1,
    `planted duplicate reported: ${dup === 1 ? 'yes' : 'NO'}`,
    undefined,
    floorOf(mapText),
  ]);

  const crdPath = join(
    root,
    '..',
    'shared',
    'corpus',
    'real-world',
    'kube-prometheus',
    'manifests__setup__0alertmanagerConfigCustomResourceDefinition.yaml',
  );
  if (existsSync(crdPath)) {
    const crd = readFileSync(crdPath, 'utf8');
    let worst = engineTime(service, crd).ms;
    for (let i = 0; i < 8; i++) worst = Math.max(worst, engineTime(service, mutate(crd, rng(1000 + i), [crd]).text).ms);
    const tabbed = engineTime(service, tabbedCrd(crd));
    worst = Math.max(worst, tabbed.ms);
    rows.push([
      `large CRD (${(crd.length / 1024).toFixed(0)} KB), 8 mutants and one with 20 tabbed lines, worst`,
      worst,
      '≤ 3 s',
      worst <= 3000,
      `tabbed: ${tabbed.ms.toFixed(0)} ms, ${tabbed.diagnostics.length} diagnostics`,
      undefined,
      floorOf(crd),
    ]);
  } else rows.push(['large CRD', undefined, '≤ 3 s', undefined, '../shared/corpus absent: skipped']);

  // The 20 MB file: the bench manifest, repeated to size.
  const base = generateManifest(2000);
  const big = base.repeat(Math.ceil((20 * 1024 * 1024) / base.length));
  const bigFile = join(dir, 'big.yaml');
  writeFileSync(bigFile, big);
  const cli = await cliPeak(root, bigFile, 120_000);
  rows.push([
    `20 MB file, CLI peak memory (${(big.length / 1048576).toFixed(0)} MB)`,
    cli.mib,
    '≤ 400 MiB',
    cli.mib <= 400,
    cli.ms === undefined ? 'did not finish in 120 s' : `${(cli.ms / 1000).toFixed(1)} s`,
    'MiB',
  ]);

  rows.push(...burstRows(await burst(root, lsp, generateManifest(500), dir)));
  return rows;
}

/** The burst's rows: [measure, value, target, met, note, unit]. */
export function burstRows(b) {
  return [
    [`burst of 200 edits (${b.lines} lines): final diagnostics`, b.finalMs, '≤ 150 ms', b.finalMs <= 150, 'after the last edit'],
    ['burst of 200 edits: hover right after', b.hoverMs, '≤ 50 ms', b.hoverMs <= 50, ''],
    ['burst of 200 edits: publishes', b.publishes, '≤ 40', b.publishes <= 40, '', 'count'],
  ];
}
