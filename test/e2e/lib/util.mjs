// Small helpers shared by the E2E scenarios: bounded waits, process groups, logging.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms).unref());

/** Rejects after `ms` with a clear message; the timer never keeps node alive. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, rej) => {
    timer = setTimeout(() => rej(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Polls `fn` (sync or async) until it returns a truthy value; throws after `timeout` ms. */
export async function waitFor(fn, { timeout = 10000, interval = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let lastErr;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastErr ? ` (last error: ${lastErr.message})` : ''}`);
    }
    await sleep(interval);
  }
}

/** Processes started in their own process group, so the whole tree can be killed. */
const groups = new Set();

export function spawnGroup(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { ...opts, detached: true });
  groups.add(child);
  child.on('exit', () => groups.delete(child));
  return child;
}

export function killGroup(child, signal = 'SIGTERM') {
  if (!child || child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

/** SIGTERM the group, wait up to `ms` for the leader to exit, then SIGKILL the group. */
export async function stopGroup(child, ms = 5000) {
  if (!child || child.pid === undefined) return;
  const exited = child.exitCode !== null || child.signalCode !== null;
  killGroup(child, 'SIGTERM');
  if (!exited) {
    await withTimeout(new Promise((r) => child.once('exit', r)), ms, 'process exit').catch(() => {});
  }
  killGroup(child, 'SIGKILL'); // stragglers in the group (code-server's file watcher, ...)
}

export function killAllGroups() {
  for (const c of groups) killGroup(c, 'SIGKILL');
}

/** Runs a command to completion (own process group), capturing output; bounded by `timeout`. */
export function run(cmd, args, { timeout = 120000, env, cwd, logFile, input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawnGroup(cmd, args, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const onData = (d) => {
      out += d;
      if (logFile) fs.appendFileSync(logFile, d);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      reject(new Error(`timed out after ${timeout} ms: ${cmd} ${args.join(' ')}\n${tail(out)}`));
    }, timeout);
    timer.unref();
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      killGroup(child, 'SIGKILL');
      resolve({ code, signal, out });
    });
  });
}

export function tail(text, n = 30) {
  return String(text).split('\n').slice(-n).join('\n');
}

export async function httpOk(url) {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return r.ok;
  } catch {
    return false;
  }
}

/** Free TCP port on 127.0.0.1. */
export async function freePort() {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export const ms = (t0) => Date.now() - t0;
