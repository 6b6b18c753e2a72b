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

test('check --fix keeps a UTF-8 byte order mark the file began with (and adds none to a file without)', () => {
  const text =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  restartPolicy: Allways\n  containers:\n    - name: c\n      image: nginx:1.27\n';
  const fixed = text.replace('Allways', 'Always');
  writeFileSync(join(dir, 'bom.yaml'), '\uFEFF' + text);
  writeFileSync(join(dir, 'plain.yaml'), text);
  const r = k8sense(['check', '--fix', 'bom.yaml', 'plain.yaml']);
  assert.equal(r.stderr, 'bom.yaml: applied 1 fix\nplain.yaml: applied 1 fix\n');
  assert.deepEqual(readFileSync(join(dir, 'bom.yaml')), Buffer.from('\uFEFF' + fixed, 'utf8'));
  assert.deepEqual(readFileSync(join(dir, 'plain.yaml')), Buffer.from(fixed, 'utf8'));
});

// Shrunk from `node scripts/fuzz.mjs --seed 4`: fix-all made a clean file invalid YAML (0 → 1 errors).
test('fix all never renames a key to one the mapping already has (a duplicate key is a YAML error)', () => {
  // Round 1 adds the missing apiVersion; "aVersion" then must not become a second "apiVersion".
  const settings = withDefaults({ requireKubernetes: true });
  assert.deepEqual(fixAll('kind: StorageClass\naVersion: rage.k8s.io/v', settings), {
    text: 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\naVersion: rage.k8s.io/v',
    applied: 1,
    rounds: 1,
  });
  assert.deepEqual(fixAll('iVersion:\nkind: ServiceAccount\n: i{{h', settings), {
    text: 'apiVersion: v1\niVersion:\nkind: ServiceAccount\n: i{{h',
    applied: 1,
    rounds: 1,
  });
  const unknown = diagnose('apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\niVersion: x\n').find(
    (d) => d.code === 'schema/unknown-field',
  );
  assert.equal(unknown?.message.includes('did you mean'), false, unknown?.message);
});

// Shrunk from `node scripts/fuzz.mjs --seed 4 --budget-ms 150` (mutant 1484): guessed indentations chased
// each other for all ten rounds (42 fixes applied, the file never settled).
test('fix all undoes a round of syntax fixes that leaves no fewer syntax problems, and stops there', () => {
  const text =
    '                  - uid\n                by the system. Read-only. More info: http://kubernetes.io/docs/user-guide/identifiers#uids"\n              type: string\n          type: object\n        spec:\n                algorithmName:\n                  minLength:  type: object\n                    - Pipe\n                  type: string\n              required:\n                - trainingInputMode\n              type: object\n          g:\n              ype: object\n          ookConfig:\n                              type: string\n                          type: object\n                        type: array\n                    type: object\n                              localPat             type: string\n              s:\n                    properties:\n                                   type: string\n                      v: string\n                          s3DataType:\n  storedVersions: []\n';
  assert.deepEqual(fixAll(text, withDefaults({ requireKubernetes: true })), { text, applied: 0, rounds: 1 });
});
