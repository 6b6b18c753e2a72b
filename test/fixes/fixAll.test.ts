import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeActionRequest } from 'vscode-languageserver-protocol/node';
import { fixAll } from '../../server/src/fixes/fixAll';
import { withDefaults } from '../../server/src/settings';
import { diagnose } from '../helpers/engine';
import { LspClient, ROOT } from '../helpers/lspClient';

const FIVE = readFileSync(join(ROOT, 'test', 'e2e', 'fixtures', 'five-mistakes.yaml'), 'utf8');
const FIXED = FIVE.replace('Allways', 'Always')
  .replace('image:nginx', 'image: nginx')
  .replace('imagePullPolcy', 'imagePullPolicy')
  .replace('value: yes', 'value: "yes"')
  .replace('\t- containerPort', '        - containerPort')
  .replace('           cpu', '          cpu');

test('fix all: the five classic mistakes are all fixed, and the result has no problem left', () => {
  // The syntax errors hide the schema's until they are fixed: fix-all goes round until none is left.
  assert.equal(diagnose(FIVE).filter((d) => d.severity === 'error').length, 3);
  const result = fixAll(FIVE, withDefaults({}));
  assert.equal(result.text, FIXED);
  assert.deepEqual(diagnose(result.text), []);
});

test('fix all reaches a fixed point: fixing the fixed text changes nothing', () => {
  const once = fixAll(FIVE, withDefaults({})).text;
  assert.deepEqual(fixAll(once, withDefaults({})), { text: once, applied: 0, rounds: 0 });
});

test('fix all applies only preferred fixes: a fix that is merely offered is left to the user', () => {
  // memory 1GB offers Change to 1G and 1Gi, neither preferred.
  const text =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      resources:\n        limits:\n          memory: 1GB\n';
  assert.equal(fixAll(text, withDefaults({})).text, text);
});

test('LSP: source.fixAll.k8sense returns one action whose edit fixes the file', async () => {
  const client = new LspClient();
  try {
    const init = await client.initialize();
    assert.deepEqual((init.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, [
      'quickfix',
      'source.fixAll.k8sense',
    ]);
    const uri = 'file:///work/five.yaml';
    await client.open(uri, FIVE);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    for (const only of [['source.fixAll.k8sense'], ['source.fixAll'], ['source']]) {
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range,
        context: { diagnostics: [], only },
      });
      assert.equal(actions?.length, 1, `only ${only}`);
      const [action] = actions as {
        title: string;
        kind: string;
        edit: { changes: Record<string, { range: typeof range; newText: string }[]> };
      }[];
      assert.equal(action.kind, 'source.fixAll.k8sense');
      assert.equal(action.title, 'Fix all k8sense problems');
      const [edit] = action.edit.changes[uri];
      const lines = FIVE.split('\n');
      const offset = (p: typeof range.start) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
      assert.equal(FIVE.slice(0, offset(edit.range.start)) + edit.newText + FIVE.slice(offset(edit.range.end)), FIXED);
    }
    const quick = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics: [], only: ['quickfix'] },
    });
    assert.deepEqual(quick, []);
  } finally {
    await client.close();
  }
});

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'k8sense-fix-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function k8sense(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'k8sense.js'), ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('check --fix rewrites the file with every preferred fix, then reports what is left; twice equals once', () => {
  // A memory unit with two possible meanings (no preferred fix) is what is left.
  const left = FIVE.replace('memory: 128Mi', 'memory: 1GB');
  writeFileSync(join(dir, 'pod.yaml'), left);
  const r = k8sense(['check', '--fix', 'pod.yaml']);
  assert.equal(r.stderr, 'pod.yaml: applied 6 fixes\n');
  assert.equal(r.code, 1);
  assert.equal(
    r.stdout,
    'pod.yaml:21:19: error [k8s/quantity] "1GB" is not a valid quantity for memory: units have no "B" — did you mean "1G" (10^9 bytes) or "1Gi" (2^30 bytes)?\n1 error, 0 warnings in 1 file (1 document)\n',
  );
  const once = readFileSync(join(dir, 'pod.yaml'), 'utf8');
  assert.equal(once, FIXED.replace('memory: 128Mi', 'memory: 1GB'));
  const again = k8sense(['check', '--fix', 'pod.yaml']);
  assert.equal(again.stderr, '');
  assert.equal(readFileSync(join(dir, 'pod.yaml'), 'utf8'), once);
});

test('check --fix-dry-run prints the diff and writes nothing', () => {
  const text =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  restartPolicy: Allways\n  containers:\n    - name: c\n      image: nginx:1.27\n';
  writeFileSync(join(dir, 'dry.yaml'), text);
  const r = k8sense(['check', '--fix-dry-run', 'dry.yaml']);
  assert.equal(
    r.stdout,
    '--- dry.yaml\n+++ dry.yaml (fixed)\n@@ -3,7 +3,7 @@\n metadata:\n   name: p\n spec:\n-  restartPolicy: Allways\n+  restartPolicy: Always\n   containers:\n     - name: c\n       image: nginx:1.27\n' +
      '0 errors, 0 warnings in 1 file (1 document)\n',
  );
  assert.equal(r.code, 0);
  assert.equal(readFileSync(join(dir, 'dry.yaml'), 'utf8'), text);
});

test('check --fix refuses standard input', () => {
  const r = k8sense(['check', '--fix', '-']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--fix rewrites files: it cannot fix standard input/);
});
