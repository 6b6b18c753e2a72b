// Minimal LSP client over stdio: asks the k8sense server for its capabilities
// (initialize → initialized → shutdown → exit). Used to decide which pending
// scenarios (hover, completion, ...) are active.
import { spawnGroup, stopGroup, withTimeout } from './util.mjs';

export async function probeServer({ cmd, args, cwd, rootUri, timeout = 15000 }) {
  const child = spawnGroup(cmd, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let buf = Buffer.alloc(0);
  let stderr = '';
  const waiters = new Map();
  let nextId = 1;
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const sep = buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const m = /Content-Length:\s*(\d+)/i.exec(buf.subarray(0, sep).toString());
      if (!m) throw new Error('bad LSP header: ' + buf.subarray(0, sep).toString());
      const len = Number(m[1]);
      if (buf.length < sep + 4 + len) return;
      const msg = JSON.parse(buf.subarray(sep + 4, sep + 4 + len).toString('utf8'));
      buf = buf.subarray(sep + 4 + len);
      if (msg.id !== undefined && waiters.has(msg.id) && msg.method === undefined) {
        waiters.get(msg.id)(msg);
        waiters.delete(msg.id);
      } else if (msg.id !== undefined && msg.method) {
        send({ jsonrpc: '2.0', id: msg.id, result: null }); // e.g. client/registerCapability
      }
    }
  });
  const send = (msg) => {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const request = (method, params) => {
    const id = nextId++;
    const p = new Promise((resolve) => waiters.set(id, resolve));
    send({ jsonrpc: '2.0', id, method, params });
    return withTimeout(p, timeout, `LSP ${method} response`).then((r) => {
      if (r.error) throw new Error(`LSP ${method} error: ${JSON.stringify(r.error)}`);
      return r.result;
    });
  };
  const exited = new Promise((r) => child.once('exit', (code) => r(code)));
  try {
    const init = await Promise.race([
      request('initialize', {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'fixtures' }],
        capabilities: {
          textDocument: {
            hover: { contentFormat: ['markdown', 'plaintext'] },
            completion: { completionItem: { snippetSupport: false } },
            publishDiagnostics: {},
          },
        },
      }),
      exited.then((code) => {
        throw new Error(`server exited (code ${code}) before answering initialize: ${stderr.slice(-500)}`);
      }),
    ]);
    send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    await request('shutdown', null).catch(() => {});
    send({ jsonrpc: '2.0', method: 'exit' });
    await withTimeout(exited, 3000, 'server exit after shutdown/exit').catch(() => {});
    return { capabilities: init.capabilities || {}, serverInfo: init.serverInfo };
  } finally {
    await stopGroup(child, 1000);
  }
}

/** Which optional features the server announces (drives the pending scenarios). */
export function featuresOf(capabilities) {
  return {
    hover: !!capabilities.hoverProvider,
    completion: !!capabilities.completionProvider,
    codeAction: !!capabilities.codeActionProvider,
  };
}
