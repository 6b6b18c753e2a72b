// Runs INSIDE VS Code (code-server's extension host), loaded through the smoke-test driver's
// `extensionTestsPath`. VS Code calls run(); when it settles the page's codeAutomationExit(0|1)
// is called. Results (one entry per case) go to $E2E_RESULTS for the harness to print.
//
// Environment (set by scripts/e2e/run.mjs on the code-server process):
//   E2E_RESULTS   file to write the JSON results to
//   E2E_FIXTURES  the fixtures workspace folder
//   E2E_SCRATCH   a scratch folder for generated documents
//   E2E_FEATURES  JSON {hover, completion, ...} announced by the server's initialize result
//   E2E_STRICT    "1": pending cases fail instead of being skipped
//   E2E_FORCE_FAIL "1": adds an impossible expectation (proves the suite can fail)
const vscode = require('vscode');
const fs = require('fs');
const path = require('path');
const cases = require('./cases');

const EXT_ID = 'k8sense.k8sense';
const fixtures = process.env.E2E_FIXTURES || path.resolve(__dirname, '../fixtures');
const scratch = process.env.E2E_SCRATCH || fs.mkdtempSync('/tmp/k8sense-e2e-');
const features = JSON.parse(process.env.E2E_FEATURES || '{}');
const strict = process.env.E2E_STRICT === '1';
const SEVERITY = ['error', 'warning', 'info', 'hint']; // vscode.DiagnosticSeverity order

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (s) => console.log('TESTLOG ' + s);

async function poll(fn, { timeout = 15000, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v || Date.now() > end) return v;
    await sleep(interval);
  }
}

function expectations() {
  return JSON.parse(fs.readFileSync(path.join(fixtures, 'expectations.json'), 'utf8'));
}

function simplify(d) {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    severity: SEVERITY[d.severity],
    source: d.source,
    code: typeof d.code === 'object' && d.code ? String(d.code.value) : d.code === undefined ? undefined : String(d.code),
    message: d.message,
  };
}

const fmt = (d) => `${d.line}:${d.column} ${d.severity} [${[d.source, d.code].filter(Boolean).join('/')}] ${d.message}`;

/** Polls until the document's diagnostics are non-empty and unchanged for `settle` ms. */
async function stableDiagnostics(uri, { timeout = 20000, settle = 600 } = {}) {
  const end = Date.now() + timeout;
  let last = '';
  let since = Date.now();
  for (;;) {
    const now = JSON.stringify(vscode.languages.getDiagnostics(uri).map(simplify));
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (now !== '[]' && Date.now() - since >= settle) {
      break;
    }
    if (Date.now() > end) break;
    await sleep(50);
  }
  return vscode.languages.getDiagnostics(uri).map(simplify);
}

/** For files expected to stay clean: watch for `quiet` ms that nothing shows up. */
async function quietDiagnostics(uri, quiet) {
  const end = Date.now() + quiet;
  while (Date.now() < end) {
    if (vscode.languages.getDiagnostics(uri).length) break;
    await sleep(50);
  }
  await sleep(100);
  return vscode.languages.getDiagnostics(uri).map(simplify);
}

async function open(file) {
  const uri = vscode.Uri.file(file);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return { uri, doc };
}

function positionOf(doc, [lineText, token]) {
  for (let i = 0; i < doc.lineCount; i++) {
    const t = doc.lineAt(i).text;
    if (t.includes(lineText)) {
      const c = t.indexOf(token, t.indexOf(lineText));
      if (c < 0) throw new Error(`token ${JSON.stringify(token)} not on line ${i + 1}`);
      return new vscode.Position(i, c + 1);
    }
  }
  throw new Error(`no line containing ${JSON.stringify(lineText)} in ${doc.uri.fsPath}`);
}

function compareDiagnostics(actual, expected) {
  const problems = [];
  const key = (d) => `${String(d.line).padStart(5)}|${d.message}`;
  const a = [...actual].sort((x, y) => key(x).localeCompare(key(y)));
  const e = [...expected].sort((x, y) => key(x).localeCompare(key(y)));
  for (const want of e) {
    const i = a.findIndex(
      (got) =>
        got.line === want.line &&
        (want.column === undefined || got.column === want.column) &&
        got.severity === want.severity &&
        (want.code === undefined || got.code === want.code) &&
        (want.source === undefined || got.source === want.source) &&
        (want.message !== undefined ? got.message === want.message : new RegExp(want.messageMatch).test(got.message)),
    );
    if (i >= 0) a.splice(i, 1);
    else problems.push(`missing: ${fmt({ column: '*', source: 'k8sense', ...want, message: want.message ?? `/${want.messageMatch}/` })}`);
  }
  for (const extra of a) problems.push(`unexpected: ${fmt(extra)}`);
  return problems;
}

const timing = { quietMs: 2000 };

async function startup(results) {
  const ext = vscode.extensions.getExtension(EXT_ID);
  if (!ext) throw new Error(`extension ${EXT_ID} is not installed`);
  const wasActive = ext.isActive;
  const t0 = Date.now();
  await ext.activate();
  const activateMs = Date.now() - t0;
  const { uri } = await open(path.join(fixtures, 'bad-pod.yaml'));
  const got = await poll(() => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'k8sense'), {
    timeout: 30000,
    interval: 20,
  });
  const firstDiagnosticsMs = Date.now() - t0;
  // a clean file is declared clean after a quiet window well above the observed latency
  timing.quietMs = Math.max(2000, Math.min(8000, 3 * firstDiagnosticsMs));
  results.push({
    name: 'extension activates and publishes diagnostics',
    status: got ? 'pass' : 'fail',
    detail: got
      ? `${EXT_ID} ${ext.packageJSON.version}${wasActive ? ' (was already active)' : ''}`
      : `no k8sense diagnostics on bad-pod.yaml within 30 s of activate()`,
    metrics: { activateMs, firstDiagnosticsMs, wasActive },
  });
}

async function runCase(c) {
  if (c.requires && !features[c.requires]) {
    const reason = `pending: the server does not announce ${c.requires}Provider yet`;
    return strict ? { status: 'fail', detail: reason } : { status: 'skip', detail: reason };
  }
  if (c.kind === 'diagnostics') {
    const want = expectations()[c.file];
    if (!want) throw new Error(`no entry for ${c.file} in expectations.json`);
    const expected = want.diagnostics.slice();
    if (process.env.E2E_FORCE_FAIL === '1' && expected.length) {
      expected.push({ line: 1, severity: 'error', message: 'E2E_FORCE_FAIL: this diagnostic does not exist' });
    }
    const { uri } = await open(path.join(fixtures, c.file));
    const actual = expected.length ? await stableDiagnostics(uri) : await quietDiagnostics(uri, timing.quietMs);
    const problems = compareDiagnostics(actual, expected);
    return problems.length
      ? { status: 'fail', detail: problems.join('; ') }
      : { status: 'pass', detail: `${actual.length} diagnostic(s) as expected`, diagnostics: actual };
  }
  if (c.kind === 'hover') {
    const { uri, doc } = await open(path.join(fixtures, c.file));
    const pos = positionOf(doc, c.at);
    const hovers = await poll(
      async () => {
        const h = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, pos);
        return h && h.length ? h : null;
      },
      { timeout: 5000, interval: 200 },
    );
    const text = (hovers || []).flatMap((h) => h.contents.map((m) => (typeof m === 'string' ? m : m.value))).join('\n');
    const ok = c.expect.test(text);
    return {
      status: ok ? 'pass' : 'fail',
      detail: `${ok ? '' : `expected ${c.expect} in `}hover at ${pos.line + 1}:${pos.character + 1}: ${JSON.stringify(text.slice(0, 160))}`,
    };
  }
  if (c.kind === 'codeAction') {
    const file = path.join(scratch, `fix-${c.line}-${c.file}`);
    fs.copyFileSync(path.join(fixtures, c.file), file);
    const { uri, doc } = await open(file);
    await stableDiagnostics(uri);
    const diag = vscode.languages.getDiagnostics(uri).find((d) => d.range.start.line === c.line - 1 && d.source === 'k8sense');
    if (!diag) throw new Error(`no k8sense diagnostic on line ${c.line} to fix`);
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diag.range)) || [];
    const titles = actions.map((a) => a.title);
    const action = actions.find((a) => c.title.test(a.title));
    if (!action) throw new Error(`no action matching ${c.title} among ${JSON.stringify(titles)}`);
    if (action.edit) await vscode.workspace.applyEdit(action.edit);
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments || []));
    const text = doc.lineAt(c.line - 1).text;
    const gone = await poll(() => !vscode.languages.getDiagnostics(uri).some((d) => d.message === diag.message), {
      timeout: 10000,
      interval: 50,
    });
    const errors = c.expectNoErrors
      ? (await poll(
          () => {
            const left = vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
            return left.length ? null : [];
          },
          { timeout: 5000, interval: 100 },
        )) || vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error)
      : [];
    await doc.save();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const problems = [];
    if (text !== c.expectLine) problems.push(`line ${c.line} is ${JSON.stringify(text)}, expected ${JSON.stringify(c.expectLine)}`);
    if (!gone) problems.push(`diagnostic still reported after the fix: ${diag.message}`);
    if (errors.length) problems.push(`errors left after the fix: ${errors.map((d) => fmt(simplify(d))).join('; ')}`);
    return problems.length
      ? { status: 'fail', detail: problems.join('; ') }
      : {
          status: 'pass',
          detail: `"${action.title}"${action.isPreferred ? ' (preferred)' : ''} → ${JSON.stringify(text)}; diagnostic gone`,
        };
  }
  if (c.kind === 'fixAll') {
    const file = path.join(scratch, `fixall-${c.file}`);
    fs.copyFileSync(path.join(fixtures, c.file), file);
    const { uri, doc } = await open(file);
    const before = await stableDiagnostics(uri);
    await vscode.commands.executeCommand('k8sense.fixAll');
    // Fix-all runs its rounds on the server; the editor then re-validates the fixed text.
    const left = await poll(() => (vscode.languages.getDiagnostics(uri).length === 0 && doc.isDirty ? [] : null), {
      timeout: 10000,
      interval: 100,
    });
    const remaining = vscode.languages.getDiagnostics(uri).map(simplify);
    await doc.save();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    return left
      ? { status: 'pass', detail: `${before.length} diagnostic(s) before, none after Fix All` }
      : { status: 'fail', detail: `still reported after Fix All: ${remaining.map(fmt).join('; ') || '(the file was not changed)'}` };
  }
  if (c.kind === 'completion') {
    const offset = c.content.indexOf('|');
    const file = path.join(scratch, `completion-${c.name.replace(/[^a-z0-9]+/gi, '-')}.yaml`);
    fs.writeFileSync(file, c.content.slice(0, offset) + c.content.slice(offset + 1));
    const { uri, doc } = await open(file);
    const pos = doc.positionAt(offset);
    const labelsOf = (list) => (list ? list.items : []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    let labels = [];
    await poll(
      async () => {
        labels = labelsOf(await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, pos));
        return c.expectLabels.every((l) => labels.includes(l));
      },
      { timeout: 5000, interval: 200 },
    );
    const missing = c.expectLabels.filter((l) => !labels.includes(l));
    return {
      status: missing.length ? 'fail' : 'pass',
      detail: `${missing.length ? `missing ${JSON.stringify(missing)}; ` : ''}${labels.length} items at ${pos.line + 1}:${pos.character + 1}: ${labels.slice(0, 12).join(', ')}`,
    };
  }
  if (c.kind === 'graph') {
    const { doc } = await open(path.join(fixtures, c.file));
    const column = vscode.window.activeTextEditor && vscode.window.activeTextEditor.viewColumn;
    await vscode.commands.executeCommand('k8sense.showGraph');
    const graphTabs = () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs.map((tab) => ({ tab, group: g })))
        .filter(({ tab }) => tab.input instanceof vscode.TabInputWebview && /k8sense\.graph$/.test(tab.input.viewType));
    const found = await poll(() => graphTabs().find(({ tab }) => tab.label === c.expectTitle), { timeout: 10000, interval: 100 });
    const problems = [];
    if (!found)
      problems.push(
        `no webview tab titled ${JSON.stringify(c.expectTitle)}; webview tabs: ${JSON.stringify(graphTabs().map(({ tab }) => tab.label))}`,
      );
    else if (found.group.viewColumn === column) problems.push(`the graph opened in the editor's own column ${column}, not beside it`);
    const active = vscode.window.activeTextEditor;
    if (!active || active.document !== doc) problems.push('the YAML editor lost the focus');
    // Running the command again reuses the panel.
    await vscode.commands.executeCommand('k8sense.showGraph');
    await sleep(300);
    if (graphTabs().length !== 1) problems.push(`${graphTabs().length} graph tabs after a second run, expected 1`);
    for (const { tab } of graphTabs()) await vscode.window.tabGroups.close(tab);
    return problems.length
      ? { status: 'fail', detail: problems.join('; ') }
      : { status: 'pass', detail: `webview "${found.tab.label}" in column ${found.group.viewColumn}, beside column ${column}` };
  }
  if (['definition', 'references', 'rename', 'outline', 'codeLens', 'format'].includes(c.kind)) return navigationCase(c);
  throw new Error(`unknown case kind ${c.kind}`);
}

const rel = (uri) => path.relative(fixtures, uri.fsPath);
const where = (uri, p) => `${rel(uri)}:${p.line + 1}:${p.character + 1}`;

/** Navigation: through the editor's own commands and providers, as the keys F12, Shift+F12, F2 run them. */
async function navigationCase(c) {
  if (c.kind === 'format') {
    const file = path.join(scratch, `format-${path.basename(c.file)}`);
    fs.copyFileSync(path.join(fixtures, c.file), file);
    const { doc } = await open(file);
    // The editor's tab size decides the indentation (VS Code would detect 4 from this file).
    vscode.window.activeTextEditor.options = { tabSize: 2, insertSpaces: true };
    await vscode.commands.executeCommand('editor.action.formatDocument');
    const done = await poll(() => doc.getText() === c.expectText, { timeout: 10000, interval: 100 });
    const text = doc.getText();
    await doc.save();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    return done
      ? { status: 'pass', detail: `reformatted: ${JSON.stringify(text.split('\n').slice(1, 4).join(' / '))} …` }
      : { status: 'fail', detail: `after Format Document: ${JSON.stringify(text)}` };
  }
  const { uri, doc } = await open(path.join(fixtures, c.file));
  if (c.kind === 'outline') {
    const tree = (symbols, depth = 0) => (symbols || []).flatMap((s) => [`${'  '.repeat(depth)}${s.name}`, ...tree(s.children, depth + 1)]);
    let got = [];
    await poll(
      async () => {
        got = tree(await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri));
        return JSON.stringify(got) === JSON.stringify(c.expect);
      },
      { timeout: 10000, interval: 200 },
    );
    return JSON.stringify(got) === JSON.stringify(c.expect)
      ? { status: 'pass', detail: got.join(' | ') }
      : { status: 'fail', detail: `outline ${JSON.stringify(got)}, expected ${JSON.stringify(c.expect)}` };
  }
  if (c.kind === 'codeLens') {
    let titles = [];
    await poll(
      async () => {
        const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri, 100)) || [];
        titles = lenses.map((l) => l.command && l.command.title).filter(Boolean);
        return JSON.stringify(titles) === JSON.stringify(c.expect);
      },
      { timeout: 10000, interval: 200 },
    );
    return JSON.stringify(titles) === JSON.stringify(c.expect)
      ? { status: 'pass', detail: titles.join(' | ') }
      : { status: 'fail', detail: `lenses ${JSON.stringify(titles)}, expected ${JSON.stringify(c.expect)}` };
  }
  const pos = positionOf(doc, c.at);
  if (c.kind === 'definition') {
    const editor = vscode.window.activeTextEditor;
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const want = path.join(fixtures, c.expectFile);
    const landed = await poll(() => vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.fsPath === want, {
      timeout: 10000,
      interval: 100,
    });
    const active = vscode.window.activeTextEditor;
    const at = active ? where(active.document.uri, active.selection.start) : '(no editor)';
    const expected = `${c.expectFile}:${c.expectAt[0]}:${c.expectAt[1]}`;
    return landed && at === expected
      ? { status: 'pass', detail: `F12 at ${where(uri, pos)} → ${at}` }
      : { status: 'fail', detail: `F12 at ${where(uri, pos)} went to ${at}, expected ${expected}` };
  }
  if (c.kind === 'references') {
    let got = [];
    await poll(
      async () => {
        const locations = (await vscode.commands.executeCommand('vscode.executeReferenceProvider', uri, pos)) || [];
        got = locations.map((l) => where(l.uri, l.range.start)).sort();
        return JSON.stringify(got) === JSON.stringify(c.expect);
      },
      { timeout: 10000, interval: 200 },
    );
    return JSON.stringify(got) === JSON.stringify(c.expect)
      ? { status: 'pass', detail: got.join(', ') }
      : { status: 'fail', detail: `references ${JSON.stringify(got)}, expected ${JSON.stringify(c.expect)}` };
  }
  if (c.kind === 'rename') {
    const original = new Map();
    for (const [file] of c.expectLines) original.set(file, fs.readFileSync(path.join(fixtures, file), 'utf8'));
    const oldName = doc.getText(doc.getWordRangeAtPosition(pos, /[-.\w]+/));
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', uri, pos, c.newName);
    if (!edit) throw new Error('no rename edit');
    await vscode.workspace.applyEdit(edit);
    const problems = [];
    for (const [file, line, text] of c.expectLines) {
      const d = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(fixtures, file)));
      if (d.lineAt(line - 1).text !== text)
        problems.push(`${file}:${line} is ${JSON.stringify(d.lineAt(line - 1).text)}, expected ${JSON.stringify(text)}`);
    }
    const files = edit.entries().map(([u, edits]) => `${rel(u)} (${edits.length})`);
    // Back to the fixture: rename again to the old name, then revert (the texts are the originals again).
    const back = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', uri, pos, oldName);
    if (back) await vscode.workspace.applyEdit(back);
    for (const [file, text] of original) {
      const d = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(fixtures, file)));
      if (d.getText() !== text) problems.push(`${file} differs after renaming back`);
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    return problems.length
      ? { status: 'fail', detail: problems.join('; ') }
      : { status: 'pass', detail: `"${oldName}" → "${c.newName}" in ${files.join(', ')}; renamed back` };
  }
  throw new Error(`unknown navigation case ${c.kind}`);
}

exports.run = async function run() {
  const results = [];
  const write = () => process.env.E2E_RESULTS && fs.writeFileSync(process.env.E2E_RESULTS, JSON.stringify(results, null, 2));
  try {
    await startup(results);
  } catch (e) {
    results.push({ name: 'extension activates and publishes diagnostics', status: 'fail', detail: String((e && e.stack) || e) });
  }
  for (const c of cases) {
    const t0 = Date.now();
    let r;
    try {
      r = await runCase(c);
    } catch (e) {
      r = { status: 'fail', detail: String((e && e.message) || e) };
    }
    results.push({ name: c.name, kind: c.kind, ms: Date.now() - t0, ...r });
    log(`${r.status.toUpperCase()} ${c.name}: ${r.detail}`);
    write();
  }
  write();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const failed = results.filter((r) => r.status === 'fail');
  if (failed.length) throw new Error(`${failed.length} in-editor check(s) failed`);
};
