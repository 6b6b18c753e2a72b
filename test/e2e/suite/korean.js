// Runs INSIDE code-server started with `--locale ko` (scripts/e2e/run.mjs, test/e2e/korean.mjs): the display
// language is Korean, so VS Code loads package.nls.ko.json and l10n/bundle.l10n.ko.json for k8sense.
// VS Code's own UI stays English: the e2e's language pack for ko has no translations of its own.
// Results go to $E2E_RESULTS like the main suite's.
const vscode = require('vscode');
const fs = require('fs');
const path = require('path');

const EXT_ID = 'k8sense.k8sense';
const fixtures = process.env.E2E_FIXTURES;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function poll(fn, { timeout = 15000, interval = 100 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v || Date.now() > end) return v;
    await sleep(interval);
  }
}

async function open(file) {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc);
  return doc;
}

const checks = [
  {
    name: 'Korean: vscode.env.language is ko',
    run: async () => {
      if (vscode.env.language !== 'ko') throw new Error(`vscode.env.language is ${JSON.stringify(vscode.env.language)}`);
      return 'ko';
    },
  },
  {
    name: "Korean: k8sense's command titles and generated k8sense.rules descriptions come from package.nls.ko.json",
    run: async () => {
      const pkg = vscode.extensions.getExtension(EXT_ID).packageJSON;
      // a localized command title is { value, original } in the extension's manifest
      const raw = pkg.contributes.commands.find((c) => c.command === 'k8sense.showGraph').title;
      const title = typeof raw === 'object' && raw ? raw.value : raw;
      if (title !== '오브젝트 그래프 보기') throw new Error(`showGraph title: ${JSON.stringify(title)}`);
      const rule = pkg.contributes.configuration.properties['k8sense.rules'].properties['k8s/image-tag'].description;
      if (rule !== '이미지에 버전을 적습니다. 기본값: warning.') throw new Error(`k8s/image-tag description: ${JSON.stringify(rule)}`);
      return `${JSON.stringify(title)}; k8s/image-tag: ${JSON.stringify(rule)}`;
    },
  },
  {
    name: 'Korean: the diagnostics of bad-pod.yaml are the Korean bundle text',
    run: async () => {
      const want = JSON.parse(fs.readFileSync(path.join(fixtures, 'expectations.json'), 'utf8'))['bad-pod.yaml'].diagnostics;
      await vscode.extensions.getExtension(EXT_ID).activate();
      const doc = await open(path.join(fixtures, 'bad-pod.yaml'));
      const got = await poll(
        () => {
          const msgs = vscode.languages.getDiagnostics(doc.uri).map((d) => `${d.range.start.line + 1}: ${d.message}`);
          return msgs.length === want.length ? msgs : null;
        },
        { timeout: 30000 },
      );
      const expected = want.map((d) => `${d.line}: ${d.messageKo}`);
      if (JSON.stringify([...(got || [])].sort()) !== JSON.stringify([...expected].sort()))
        throw new Error(
          `got ${JSON.stringify(got ?? vscode.languages.getDiagnostics(doc.uri).map((d) => d.message))}, expected ${JSON.stringify(expected)}`,
        );
      return `${got.length} diagnostics in Korean, e.g. ${JSON.stringify(got[0])}`;
    },
  },
  {
    name: "Korean: the hover of a CronJob schedule is cronstrue's Korean",
    run: async () => {
      const doc = await open(path.join(fixtures, 'cronjob.yaml'));
      const line = doc
        .getText()
        .split('\n')
        .findIndex((l) => l.includes('schedule:'));
      const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf('*/15') + 1);
      const text = await poll(async () => {
        const h = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos);
        const s = (h || []).flatMap((x) => x.contents.map((m) => (typeof m === 'string' ? m : m.value))).join('\n');
        return s.includes('**') ? s : null;
      });
      const head = '`*/15 * * * *`: **15분마다**\n\n다음 실행 시각(UTC):\n';
      if (!text || !text.startsWith(head)) throw new Error(`hover: ${JSON.stringify(text)}`);
      if (!text.includes('시각은 kube-controller-manager의 시간대 기준입니다'))
        throw new Error(`no Korean time-zone note: ${JSON.stringify(text)}`);
      return JSON.stringify(text.split('\n').slice(0, 4).join(' ⏎ '));
    },
  },
];

exports.run = async function run() {
  const results = [];
  for (const c of checks) {
    const t0 = Date.now();
    try {
      results.push({ name: c.name, status: 'pass', detail: await c.run(), ms: Date.now() - t0 });
    } catch (e) {
      results.push({ name: c.name, status: 'fail', detail: String((e && e.message) || e), ms: Date.now() - t0 });
    }
    fs.writeFileSync(process.env.E2E_RESULTS, JSON.stringify(results, null, 2));
  }
  if (results.some((r) => r.status === 'fail')) throw new Error('Korean in-editor check(s) failed');
};
