// A language server driven over stdio as an editor does, for the bench rows.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Peak RSS of a process so far (VmHWM), in MiB. */
export function peakMemoryMiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return NaN;
  }
}

/**
 * Spawn `dist/server.js --stdio`, initialize it (with `rootUri` when given). `publishes` lists every
 * publishDiagnostics with the time it arrived; `waitFor(pred)` resolves at the first one (from now on)
 * that `pred` accepts.
 */
export async function startServer(root, lsp, { rootUri = null } = {}) {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
      join(root, 'dist', 'server.js'),
      '--stdio',
    ],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const conn = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
  const publishes = [];
  const waiting = [];
  conn.onNotification(lsp.PublishDiagnosticsNotification.type, (p) => {
    const at = performance.now();
    publishes.push({ ...p, at });
    for (const w of waiting.splice(0)) {
      if (w.pred(p)) w.resolve(at);
      else waiting.push(w);
    }
  });
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  conn.listen();
  const init = await conn.sendRequest(lsp.InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'bench' }] : null,
    capabilities: { window: { workDoneProgress: true } },
  });
  const waitFor = (pred) => new Promise((resolve) => waiting.push({ pred, resolve }));
  const stop = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await conn.sendRequest(lsp.ShutdownRequest.type).catch(() => undefined);
    await conn.sendNotification(lsp.ExitNotification.type).catch(() => undefined);
    const timer = setTimeout(() => child.kill(), 2000);
    await exited;
    clearTimeout(timer);
    conn.dispose();
  };
  return { child, conn, init, publishes, waitFor, stop };
}

/**
 * Open `text` as `uri`, then type one letter at the end of `count` label values spread over the
 * file, each edit waiting for its diagnostics: the latencies (ms) and the diagnostics on open.
 */
export async function editLatencies(server, lsp, uri, text, count = 30) {
  const diagnosticsFor = (version) => server.waitFor((p) => p.uri === uri && p.version === version);
  let pending = diagnosticsFor(1);
  await server.conn.sendNotification(lsp.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'yaml', version: 1, text },
  });
  await pending;
  const opened = server.publishes.filter((p) => p.uri === uri && p.version === 1).at(-1);
  const lines = text.split('\n');
  const labelLines = lines.map((l, i) => (/^\s+app: web-\d+$/.test(l) ? i : -1)).filter((i) => i >= 0);
  const latencies = [];
  for (let k = 0; k < count; k++) {
    const line = labelLines[Math.floor((k * labelLines.length) / count)];
    const character = lines[line].length;
    pending = diagnosticsFor(k + 2);
    const t0 = performance.now();
    await server.conn.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: k + 2 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
    });
    latencies.push((await pending) - t0);
  }
  return { latencies, opened };
}
