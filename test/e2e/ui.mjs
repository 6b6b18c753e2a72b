// Drives code-server's UI like a person, with Chromium through playwright-core:
// open bad-pod.yaml with Ctrl+P, wait for error squiggles, read the Problems panel,
// hover a squiggle, take screenshots. Also runs the in-editor suite (smoke-test driver payload).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { withTimeout } from './lib/util.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchBrowser() {
  // the harness handles signals itself (kills everything, prints the summary)
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30000,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/**
 * In-editor suite: opens the workbench with the smoke-test driver payload; VS Code loads
 * test/e2e/suite/index.js in the extension host and calls codeAutomationExit(code) when it settles.
 */
export async function runExtensionTests({ browser, origin, workspace, extensionDir, testsIndex, timeout, logFile }) {
  const host = new URL(origin).host;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${host}${extensionDir}`],
    ['extensionTestsPath', `vscode-remote://${host}${testsIndex}`],
  ]);
  const url = `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`;
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 850 } });
  const page = await ctx.newPage();
  const lines = [];
  page.on('console', (m) => {
    const t = m.text();
    lines.push(`[${m.type()}] ${t}`);
  });
  let exitCode = null;
  const done = new Promise((resolve) => {
    page.exposeFunction('codeAutomationExit', (code) => {
      exitCode = code;
      resolve();
    });
    page.on('close', resolve);
  });
  try {
    await page.goto(url, { timeout: 30000 });
    await withTimeout(done, timeout, 'in-editor tests (codeAutomationExit)');
    return { exitCode, console: lines };
  } finally {
    fs.writeFileSync(logFile, lines.join('\n'));
    await ctx.close().catch(() => {});
  }
}

/**
 * UI scenario. `check(name, fn)` records one result line per step.
 * @param {{ diagnostics: {line:number, severity:string, message:string}[] }} expectedBad
 */
export async function runUi({ browser, origin, workspace, shotsDir, expectedBad, features, check, logFile }) {
  fs.mkdirSync(shotsDir, { recursive: true });
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 850 } });
  const page = await ctx.newPage();
  page.setDefaultTimeout(20000);
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e}`));
  const shot = async (name) => {
    const file = path.join(shotsDir, name);
    await page.screenshot({ path: file });
    return path.relative(process.cwd(), file);
  };
  const errors = expectedBad.diagnostics.filter((d) => d.severity === 'error');
  try {
    await check('ui: workbench loads the fixtures folder', async () => {
      await page.goto(`${origin}/?folder=${encodeURIComponent(workspace)}`, { timeout: 30000 });
      await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
      const rows = await page.locator('.explorer-folders-view .monaco-list-row').allInnerTexts();
      if (!rows.some((r) => r.includes('bad-pod.yaml'))) throw new Error(`explorer rows: ${JSON.stringify(rows)}`);
      return `${rows.length} files in the explorer`;
    });

    await check('ui: Ctrl+P opens bad-pod.yaml and error squiggles appear', async () => {
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type('bad-pod.yaml');
      await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("bad-pod.yaml")');
      await page.keyboard.press('Enter');
      const t0 = Date.now();
      await page.waitForSelector('.monaco-editor .view-lines:has-text("kind: Pod")');
      await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 30000 });
      const squiggles = await page.locator('.monaco-editor .squiggly-error').count();
      const file = await shot('editor-squiggles.png');
      return `${squiggles} error squiggle(s) ${Date.now() - t0} ms after Enter; ${file}`;
    });

    await check('ui: Problems panel (Ctrl+Shift+M) lists the expected problems', async () => {
      await page.keyboard.press('Control+Shift+M');
      await page.waitForSelector('.markers-panel .monaco-list-row');
      const want = expectedBad.diagnostics;
      let rows;
      // rows render lazily: poll until every expected message is listed (bounded)
      const end = Date.now() + 15000;
      for (;;) {
        rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
        const text = rows.join('\n');
        if (want.every((d) => text.includes(d.message)) || Date.now() > end) break;
        await page.waitForTimeout(200);
      }
      const text = rows.join('\n');
      const missing = want.filter((d) => !text.includes(d.message));
      const file = await shot('problems-panel.png');
      if (missing.length)
        throw new Error(`missing in Problems panel: ${missing.map((d) => d.message).join(' | ')}; rows: ${JSON.stringify(rows)}`);
      // each marker row ends with "[Ln X, Col Y]": check the lines too
      for (const d of want) {
        const row = rows.find((r) => r.includes(d.message));
        if (!new RegExp(`Ln ${d.line}\\b`).test(row))
          throw new Error(`row for "${d.message}" is not at Ln ${d.line}: ${JSON.stringify(row)}`);
      }
      return `${rows.length} row(s) (file header + ${want.length} problem(s)); ${file}`;
    });

    await check('ui: hovering a squiggle shows the problem in .monaco-hover', async () => {
      if (!errors.length) throw new Error('no error expected in bad-pod.yaml to hover');
      await page.keyboard.press('Control+Shift+M'); // toggle the panel away: more room for the hover
      const target = errors[0];
      const squiggle = await lineSquiggle(page, target.line);
      const box = await squiggle.boundingBox();
      if (!box) throw new Error('squiggle has no bounding box');
      await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
      const hover = page.locator(`.monaco-hover:visible:has-text(${JSON.stringify(target.message.slice(0, 40))})`);
      try {
        await hover.first().waitFor({ timeout: 6000 });
      } catch {
        // mouse hover can race with layout: move off and back once
        await page.mouse.move(5, 5);
        await page.mouse.move(box.x + Math.min(box.width / 2, 20) + 2, box.y + box.height / 2);
        await hover.first().waitFor({ timeout: 8000 });
      }
      const text = await hover.first().innerText();
      const file = await shot('hover-problem.png');
      return `line ${target.line}: ${JSON.stringify(text.split('\n')[0].slice(0, 120))}; ${file}`;
    });

    if (features.hover) {
      await check('ui: hover on a field of good.yaml shows documentation', async () => {
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+P');
        await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
        await page.keyboard.type('good.yaml');
        await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("good.yaml")');
        await page.keyboard.press('Enter');
        await page.waitForSelector('.monaco-editor .view-lines:has-text("PersistentVolume")');
        // Code lenses push the lines down when they arrive: hover once they are there.
        await page
          .locator('.codelens-decoration')
          .first()
          .waitFor({ timeout: 10000 })
          .catch(() => undefined);
        await page.waitForTimeout(300);
        const token = page.locator('.monaco-editor .view-line span', { hasText: /^\s*containers$/ }).first();
        await token.scrollIntoViewIfNeeded();
        await token.hover();
        const hover = page.locator('.monaco-hover:visible');
        await hover.first().waitFor({ timeout: 8000 });
        // The hover says "Loading..." until the server's answer is in.
        await page
          .waitForFunction(() => !/^\s*Loading/.test(document.querySelector('.monaco-hover')?.textContent ?? ''), null, { timeout: 8000 })
          .catch(() => undefined);
        const text = await hover.first().innerText();
        if (!/container/i.test(text)) throw new Error(`hover text: ${JSON.stringify(text.slice(0, 200))}`);
        const file = await shot('hover-field.png');
        return `${JSON.stringify(text.split('\n')[0].slice(0, 100))}; ${file}`;
      });
    } else {
      check.skip('ui: hover on a field of good.yaml shows documentation', 'pending: the server does not announce hoverProvider yet');
    }

    if (features.completion) {
      await check('ui: Ctrl+Space at restartPolicy in good.yaml suggests its values', async () => {
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        await openQuick(page, 'good.yaml', 'PersistentVolume');
        // select the value of `restartPolicy: Always` and delete it (never saved: reverted below)
        await gotoLine(page, lineOf(workspace, 'good.yaml', 'restartPolicy: Always'));
        await page.keyboard.press('End');
        await page.keyboard.press('Control+Shift+ArrowLeft');
        await page.keyboard.press('Delete');
        await page.keyboard.press('Control+Space');
        const rows = page.locator('.suggest-widget.visible .monaco-list-row');
        await rows.first().waitFor({ timeout: 10000 });
        const labels = (await rows.allInnerTexts()).map((t) => t.split('\n')[0].trim());
        const file = await shot('completion.png');
        await page.keyboard.press('Escape');
        await revert(page);
        const missing = ['Always', 'OnFailure', 'Never'].filter((l) => !labels.some((x) => x.startsWith(l)));
        if (missing.length) throw new Error(`missing ${JSON.stringify(missing)} in ${JSON.stringify(labels)}`);
        return `${labels.length} suggestion(s): ${labels.join(', ')}; ${file}`;
      });
    } else {
      check.skip(
        'ui: Ctrl+Space at restartPolicy in good.yaml suggests its values',
        'pending: the server does not announce completionProvider yet',
      );
    }

    await check('ui: the object graph opens from the command palette, follows edits, and a click reveals the object', async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await openQuick(page, 'shop.yaml', 'kind: Ingress');
      // More room for the graph beside the editor: hide the side bar (restored below).
      await page.keyboard.press('Control+B');
      await page.keyboard.press('Control+Shift+P');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type('k8sense: Show Object Graph');
      await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("Show Object Graph")');
      await page.keyboard.press('Enter');
      const t0 = Date.now();
      const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      const node = (label) => view.locator(`main .node[aria-label=${JSON.stringify(label)}]`);
      await node('PersistentVolume uploads-pv').waitFor({ timeout: 20000 });
      const shownMs = Date.now() - t0;
      const expected = [
        'Ingress shop',
        'Service shop',
        'Deployment shop',
        'Pod template shop',
        'ConfigMap shop-settings',
        'PersistentVolumeClaim shop-uploads',
        'PersistentVolume uploads-pv',
        'StorageClass local',
        'Secret shop-db',
      ];
      const labels = await view.locator('main .node').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      const absent = expected.filter((l) => !labels.includes(l));
      if (absent.length || labels.length !== expected.length)
        throw new Error(`graph nodes ${JSON.stringify(labels)}, expected ${JSON.stringify(expected)}`);
      // The Secret lives in shop-secret.yaml: the graph is the app's, so nothing is dashed (defined nowhere).
      const dashed = await view.locator('main .node.missing').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      if (dashed.length) throw new Error(`dashed (defined nowhere): ${JSON.stringify(dashed)}`);
      const header = (await view.locator('header').innerText()).replace(/\s+/g, ' ');
      if (!header.includes('8 objects · 8 links') || header.includes('not in this file'))
        throw new Error(`header: ${JSON.stringify(header)}`);
      const edges = await view.locator('main path.edge').count();
      if (edges !== 8) throw new Error(`${edges} edges drawn, expected 8`);
      await page.mouse.move(5, 5);
      await page.waitForTimeout(300);
      const file = await shot('graph.png');

      // A click on a box puts the cursor on that object's name in the editor.
      const selection = page.locator('[id="status.editor.selection"]');
      const cursorLine = async () => Number(/Ln (\d+)/.exec(await selection.innerText())?.[1]);
      const target = lineOf(workspace, 'shop.yaml', 'name: uploads-pv');
      await node('PersistentVolume uploads-pv').click();
      for (const end = Date.now() + 10000; (await cursorLine()) !== target && Date.now() < end;) await page.waitForTimeout(100);
      if ((await cursorLine()) !== target) throw new Error(`cursor on line ${await cursorLine()} after the click, expected ${target}`);

      // Live as you type: misspell the claim, the graph shows a dashed claim; revert, it is back.
      await gotoLine(page, lineOf(workspace, 'shop.yaml', 'claimName: shop-uploads'));
      await page.keyboard.press('End');
      const t1 = Date.now();
      await page.keyboard.type('x');
      await view.locator('main .node.missing[aria-label="PersistentVolumeClaim shop-uploadsx"]').waitFor({ timeout: 10000 });
      const liveMs = Date.now() - t1;
      await revert(page);
      await node('PersistentVolumeClaim shop-uploadsx').waitFor({ state: 'detached', timeout: 10000 });

      // Emptied, the file has no objects: the empty state (then reverted).
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await view.locator('.empty h2:has-text("No Kubernetes objects in this file")').waitFor({ timeout: 10000 });
      await revert(page);
      await node('Ingress shop').waitFor({ timeout: 10000 });

      // The graph follows the active YAML editor.
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
      // A click on the good.yaml tab, still open from an earlier step.
      await page.locator('.tabs-container .tab', { hasText: 'good.yaml' }).first().click();
      await page.waitForSelector('.tab.active:has-text("good.yaml")');
      await node('Pod app').waitFor({ timeout: 10000 });
      const followed = (await view.locator('header .file').innerText()).trim();
      if (followed !== 'good.yaml') throw new Error(`after switching editors the graph shows ${JSON.stringify(followed)}`);
      await page.keyboard.press('Control+B');
      return `${labels.length} nodes (none dashed, the Secret from shop-secret.yaml), ${edges} edges, drawn ${shownMs} ms after the command; click → Ln ${target}; an edit redrawn in ${liveMs} ms; empty state when emptied; follows the editor to good.yaml; ${file}`;
    });

    await check('ui: after a window reload the graph is back (WebviewPanelSerializer) and draws the restored editor', async () => {
      const t0 = Date.now();
      await page.reload({ timeout: 30000 });
      await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
      // VS Code restores the editors and the graph's tab; the graph draws whichever YAML editor is active then.
      const tab = page.locator('.tabs-container .tab', { hasText: 'Graph: ' }).first();
      await tab.waitFor({ timeout: 30000 });
      const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await view.locator('main .node').first().waitFor({ timeout: 30000 });
      const title = (await tab.innerText()).trim();
      const shown = (await view.locator('header .file').innerText()).trim();
      if (title !== `Graph: ${shown}`) throw new Error(`tab ${JSON.stringify(title)} but the graph shows ${JSON.stringify(shown)}`);
      const active = (await page.locator('.editor-group-container').first().locator('.tab.active').innerText()).replace(/\s+/g, '');
      if (active !== shown) throw new Error(`the active editor is ${JSON.stringify(active)}, the graph shows ${JSON.stringify(shown)}`);
      const nodes = await view.locator('main .node').count();
      return `${JSON.stringify(title)} restored, ${nodes} objects drawn ${Date.now() - t0} ms after the reload`;
    });

    await workspaceGraphUi(page, { workspace, check, shot });

    await navigationUi(page, { workspace, check, shot });
  } finally {
    await page.screenshot({ path: path.join(path.dirname(logFile), 'last-ui-state.png') }).catch(() => {});
    fs.writeFileSync(logFile, consoleLines.join('\n'));
    await ctx.close().catch(() => {});
  }
}

async function openQuick(page, name, textOnScreen) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(name);
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text(${JSON.stringify(name)})`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.monaco-editor .view-lines:has-text(${JSON.stringify(textOnScreen)})`);
}

async function gotoLine(page, line) {
  // Go to Line needs a focused text editor: after a click in the graph the webview may keep the focus
  // (under load its focus can arrive after the extension focused the editor), so focus the active group.
  const focused = await page.waitForSelector('.monaco-editor.focused', { timeout: 3000 }).catch(() => null);
  if (!focused) {
    await page.keyboard.press('Control+1');
    await page.waitForSelector('.monaco-editor.focused', { timeout: 10000 });
  }
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
}

function lineOf(workspace, fixture, text) {
  const file = path.join(workspace, fixture);
  const i = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`${JSON.stringify(text)} not in ${fixture}`);
  return i + 1;
}

/** File: Revert File, then check the editor is not dirty (fixtures are never modified). */
async function revert(page) {
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('File: Revert File');
  await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("Revert File")');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.tab.active:not(.dirty)', { timeout: 10000 });
}

/** The error squiggle on a 1-based editor line (matched by vertical position with the line's view-line). */
async function lineSquiggle(page, line) {
  // make sure the line is rendered: go to it with Ctrl+G
  await page
    .locator('.monaco-editor .view-lines')
    .first()
    .click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  const lineNumbers = page.locator('.monaco-editor .margin-view-overlays .line-numbers');
  const count = await lineNumbers.count();
  let top;
  for (let i = 0; i < count; i++) {
    const ln = lineNumbers.nth(i);
    if ((await ln.innerText()).trim() === String(line)) {
      top = (await ln.boundingBox()).y;
      break;
    }
  }
  if (top === undefined) throw new Error(`line ${line} is not rendered`);
  const squiggles = page.locator('.monaco-editor .squiggly-error');
  const n = await squiggles.count();
  for (let i = 0; i < n; i++) {
    const b = await squiggles.nth(i).boundingBox();
    if (b && Math.abs(b.y - top) < 6) return squiggles.nth(i);
  }
  throw new Error(`no error squiggle on line ${line} (${n} squiggle(s) elsewhere)`);
}

/** Runs a command from the palette by its title. */
async function command(page, title) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text(${JSON.stringify(title.replace(/^[^:]*: /, ''))})`);
  await page.keyboard.press('Enter');
}

/**
 * The workspace scope (fixtures/app/: an app over four files, report.yaml never opened): its
 * cross-file problem in the Problems panel, and the graph of kiosk.yaml drawing the objects of the
 * other files in their namespace groups with their files; a click on one opens its file there.
 */
async function workspaceGraphUi(page, { workspace, check, shot }) {
  await check('ui: the Problems panel lists the cross-file problem of app/report.yaml, a file never opened', async () => {
    const opened = await page.locator('.tabs-container .tab').allInnerTexts();
    if (opened.some((t) => t.includes('report.yaml'))) throw new Error(`report.yaml is open: ${JSON.stringify(opened)}`);
    await page.keyboard.press('Escape');
    // Ctrl+Shift+M toggles the Problems view: press again if it was already there (and got hidden).
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel', { state: 'visible', timeout: 3000 }).catch(async () => {
      await page.keyboard.press('Control+Shift+M');
      await page.waitForSelector('.markers-panel', { state: 'visible' });
    });
    // Only this problem's rows: the workspace has many files with problems, and the list renders lazily.
    // The visible filter box: other panes (Output, Debug Console) have hidden ones of their own.
    const filter = page.locator('.panel .viewpane-filter input:visible').first();
    await filter.waitFor({ timeout: 5000 }).catch(() => {});
    const filtered = (await filter.count()) > 0;
    if (filtered) await filter.fill('kiosk-setings');
    const wanted = (r) => r.includes('no ConfigMap named "kiosk-setings"') && r.includes('did you mean "kiosk-settings"');
    let rows = [];
    for (const end = Date.now() + 20000; Date.now() < end; await page.waitForTimeout(200)) {
      // The panel may still be settling when the text is typed, and then drops it: type it again.
      if (filtered && (await filter.inputValue().catch(() => '')) !== 'kiosk-setings') await filter.fill('kiosk-setings');
      rows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
      if (rows.some(wanted)) break;
    }
    const row = rows.find(wanted);
    const file = rows.find((r) => r.startsWith('report.yaml'));
    const at = lineOf(workspace, 'app/report.yaml', 'name: kiosk-setings');
    const picture = await shot('problems-workspace.png');
    if (filtered) await filter.fill('');
    await page.keyboard.press('Control+J'); // the panel away again
    if (!row || !file) throw new Error(`rows: ${JSON.stringify(rows)}`);
    if (!new RegExp(`Ln ${at}\\b`).test(row)) throw new Error(`not at Ln ${at}: ${JSON.stringify(row)}`);
    return `${JSON.stringify(file)} › ${JSON.stringify(row)}; ${picture}`;
  });

  let sideBarHidden = false;
  await check(
    'ui: the graph of app/kiosk.yaml groups the app by namespace and labels the objects of other files; a click opens one',
    async () => {
      await command(page, 'View: Close All Editors');
      await page.waitForTimeout(500);
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type('app/kiosk.yaml');
      await page.waitForSelector('.quick-input-list .monaco-list-row.focused:has-text("kiosk.yaml")', { timeout: 10000 });
      await page.keyboard.press('Enter');
      await page.waitForSelector('.monaco-editor .view-lines:has-text("name: kiosk")');
      // More room for the graph beside the editor: hide the side bar (restored at the end, pass or fail).
      await page.keyboard.press('Control+B');
      sideBarHidden = true;
      await command(page, 'k8sense: Show Object Graph');
      const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      const node = (label) => view.locator(`main .node[aria-label=${JSON.stringify(label)}]`);
      await node('StorageClass kiosk-ssd').waitFor({ timeout: 20000 });
      // Each box: its group (namespace) and, for another file's object, that file.
      const boxes = await view
        .locator('main .node')
        .evaluateAll((els) =>
          els.map(
            (e) => `${e.getAttribute('aria-label')} [${e.getAttribute('data-group')}] ${e.querySelector('.file')?.textContent ?? '-'}`,
          ),
        );
      const expected = [
        'Deployment kiosk [namespace store] -',
        'Pod template kiosk [namespace store] -',
        'Service kiosk [namespace store] -',
        'PersistentVolumeClaim kiosk-data [namespace store] app/storage.yaml',
        'ConfigMap kiosk-settings [(no namespace)] app/settings.yaml',
        'PersistentVolume kiosk-pv [cluster-scoped] app/storage.yaml',
        'StorageClass kiosk-ssd [cluster-scoped] app/storage.yaml',
      ];
      if (JSON.stringify([...boxes].sort()) !== JSON.stringify([...expected].sort()))
        throw new Error(`boxes ${JSON.stringify(boxes)}, expected ${JSON.stringify(expected)}`);
      // SVG text has no innerText: read textContent.
      const groups = await view.locator('main .group .group-title').evaluateAll((els) => els.map((e) => e.textContent));
      if (JSON.stringify(groups) !== JSON.stringify(['namespace store', '(no namespace)', 'cluster-scoped']))
        throw new Error(`group titles ${JSON.stringify(groups)}`);
      const header = (await view.locator('header').innerText()).replace(/\s+/g, ' ');
      if (!header.includes('kiosk.yaml') || !header.includes('6 objects · 6 links')) throw new Error(`header: ${JSON.stringify(header)}`);
      const dashed = await view.locator('main .node.missing').count();
      if (dashed) throw new Error(`${dashed} dashed box(es): every object of the app is defined in the workspace`);
      await page.mouse.move(5, 5);
      await page.waitForTimeout(300);
      const picture = await shot('graph-workspace.png');

      // A click on the ConfigMap of settings.yaml opens that file with the ConfigMap's name selected.
      await node('ConfigMap kiosk-settings').click();
      const tab = page.locator('.editor-group-container .tab.active').first();
      await page.waitForFunction(
        () => [...document.querySelectorAll('.tab.active')].some((t) => t.getAttribute('aria-label')?.startsWith('settings.yaml')),
        null,
        { timeout: 10000 },
      );
      const line = lineOf(workspace, 'app/settings.yaml', 'name: kiosk-settings');
      const selection = page.locator('[id="status.editor.selection"]');
      let at = '';
      for (const end = Date.now() + 10000; Date.now() < end; await page.waitForTimeout(100)) {
        at = (await selection.innerText()).trim();
        if (at.startsWith(`Ln ${line},`)) break;
      }
      // The name is selected: the cursor at its end, "kiosk-settings" (14 characters) selected.
      if (at !== `Ln ${line}, Col 23 (14 selected)`)
        throw new Error(`cursor at ${JSON.stringify(at)}, expected Ln ${line}, Col 23 (14 selected)`);
      const active = (await tab.innerText()).replace(/\s+/g, '');
      // The graph follows the newly active file: the kiosk's own objects now carry their file.
      await view.locator('header .file:text-is("settings.yaml")').waitFor({ timeout: 10000 });
      const fileOf = () => view.locator('main .node[aria-label="Deployment kiosk"]').evaluate((e) => e.querySelector('.file')?.textContent);
      let label;
      for (const end = Date.now() + 10000; Date.now() < end; await page.waitForTimeout(100)) {
        label = await fileOf().catch(() => undefined);
        if (label === 'app/kiosk.yaml') break;
      }
      if (label !== 'app/kiosk.yaml')
        throw new Error(`in the graph of settings.yaml, the Deployment's file line is ${JSON.stringify(label)}`);
      return `${boxes.length} boxes in ${groups.length} groups (${groups.join(', ')}), ${header.trim()}; click → ${active} ${at}, the graph follows; ${picture}`;
    },
  );
  if (sideBarHidden) await page.keyboard.press('Control+B');
}

/**
 * Navigation with the keys (fixtures/nav/): F12, Shift+F12, a code lens's peek, the Outline view. (Rename is
 * checked by the in-editor suite, which renames back and reverts: a renamed fixture must never reach the disk.)
 */
async function navigationUi(page, { workspace, check, shot }) {
  const peek = page.locator('.peekview-widget:visible');
  /** Cursor inside the value at the end of a line: Ctrl+G to it, End, two characters left. */
  const onValue = async (fixture, text) => {
    await gotoLine(page, lineOf(workspace, fixture, text));
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
  };
  const activeTab = async () => (await page.locator('.editor-group-container .tab.active').first().innerText()).replace(/\s+/g, '');
  const selectionIs = (re) =>
    page.waitForFunction(
      (source) => new RegExp(source).test(document.getElementById('status.editor.selection')?.textContent ?? ''),
      re.source,
      { timeout: 10000 },
    );
  /** Quick Open a nav fixture and wait until it is the active editor, showing its own text. */
  const openNav = async (name, text) => {
    await page.keyboard.press('Escape');
    // Quick Open, Enter only once the focused row is the file (the list fills in while one types).
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(`nav/${name}`);
    await page.waitForSelector(`.quick-input-list .monaco-list-row.focused:has-text(${JSON.stringify(name)})`, { timeout: 10000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.monaco-editor .view-lines:has-text(${JSON.stringify(text)})`);
    await page.waitForFunction((n) => document.querySelector('.tab.active')?.getAttribute('aria-label')?.startsWith(n) ?? false, name, {
      timeout: 10000,
    });
    await page.waitForTimeout(300);
  };
  // The graph of the earlier checks takes half the window: close every editor first.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('View: Close All Editors');
  await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("Close All Editors")');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);

  await check("ui: F12 on a claimName opens the claim's file at its name", async () => {
    await openNav('app.yaml', 'kind: Deployment');
    await onValue('nav/app.yaml', 'claimName: notes-data');
    await page.keyboard.press('F12');
    await page.waitForFunction(
      () => document.querySelector('.tab.active')?.getAttribute('aria-label')?.startsWith('storage.yaml') ?? false,
      null,
      { timeout: 10000 },
    );
    await selectionIs(/Ln 4, Col 9/).catch(() => undefined);
    const selection = (await page.locator('[id="status.editor.selection"]').innerText()).trim();
    if (!/Ln 4, Col 9/.test(selection)) throw new Error(`cursor at ${JSON.stringify(selection)}, expected Ln 4, Col 9 (the claim's name)`);
    return `${await activeTab()} at ${selection}`;
  });

  await check('ui: Shift+F12 lists the references in a peek', async () => {
    await openNav('config.yaml', 'kind: ConfigMap');
    await onValue('nav/config.yaml', 'name: notes-settings');
    await page.keyboard.press('Shift+F12');
    await peek.waitFor({ timeout: 10000 }).catch(async (e) => {
      await shot('debug-shift-f12.png');
      throw e;
    });
    const title = (await page.locator('.peekview-widget:visible .peekview-title').innerText()).replace(/\s+/g, ' ').trim();
    if (!/References \(3\)|3 references/.test(title)) throw new Error(`peek title ${JSON.stringify(title)}, expected 3 references`);
    const file = await shot('references-peek.png');
    await page.keyboard.press('Escape');
    return `${JSON.stringify(title)}; ${file}`;
  });

  await check('ui: a code lens is shown over the ConfigMap and opens a peek of its users', async () => {
    await openNav('config.yaml', 'kind: ConfigMap');
    await gotoLine(page, 1);
    const lens = page.locator('.codelens-decoration a', { hasText: 'used by Deployment notes' }).first();
    await lens.waitFor({ timeout: 15000 }).catch(async (e) => {
      await shot('debug-lens.png');
      throw e;
    });
    const lensShot = await shot('code-lens.png');
    await lens.click();
    await peek.waitFor({ timeout: 10000 });
    const rows = await page.locator('.peekview-widget:visible .monaco-list-row').allInnerTexts();
    if (!rows.some((r) => r.includes('notes-settings'))) throw new Error(`peek rows ${JSON.stringify(rows)}`);
    const peekShot = await shot('lens-peek.png');
    await page.keyboard.press('Escape');
    return `lens "used by Deployment notes" → peek (${rows.length} rows); ${lensShot}, ${peekShot}`;
  });

  await check('ui: the Outline view lists the objects of the file', async () => {
    await page.keyboard.press('Control+Shift+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type('Explorer: Focus on Outline View');
    await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("Focus on Outline View")');
    await page.keyboard.press('Enter');
    const outline = page.locator('.outline-pane');
    await outline.locator('.monaco-list-row', { hasText: 'ConfigMap notes-settings' }).waitFor({ timeout: 15000 });
    const rows = (await outline.locator('.monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    if (!rows.some((r) => r.startsWith('Service notes'))) throw new Error(`outline rows ${JSON.stringify(rows)}`);
    const file = await shot('outline.png');
    await page
      .locator('.monaco-editor .view-lines')
      .first()
      .click({ position: { x: 5, y: 5 } });
    return `${rows.join(' | ')}; ${file}`;
  });
}
