import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/lspClient';

const BIN = join(ROOT, 'bin', 'k8sense.js');
let dir: string;

function k8sense(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GOOD = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n';
const BAD = 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'k8sense-cli-'));
  mkdirSync(join(dir, 'manifests', 'nested'), { recursive: true });
  mkdirSync(join(dir, 'manifests', 'node_modules'), { recursive: true });
  writeFileSync(join(dir, 'manifests', 'good.yaml'), GOOD);
  writeFileSync(join(dir, 'manifests', 'nested', 'bad.yml'), BAD);
  writeFileSync(join(dir, 'manifests', 'nested', 'notes.txt'), BAD);
  writeFileSync(join(dir, 'manifests', 'node_modules', 'ignored.yaml'), BAD);
  writeFileSync(join(dir, 'manifests', 'docker-compose.yml'), 'services:\n  web:\n\timage: nginx\n');
  writeFileSync(join(dir, 'latin1.yaml'), Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xe9, 0x0a]));
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('text format: one line per diagnostic, then a summary; exit 1 on errors', () => {
  const r = k8sense(['check', 'manifests/nested/bad.yml']);
  assert.equal(r.code, 1);
  assert.equal(
    r.stdout,
    'manifests/nested/bad.yml:4:1: error [yaml/syntax] tab character used for indentation: YAML indents with spaces only — replace the tab with 2 spaces\n' +
      '1 error, 0 warnings in 1 file (1 document)\n',
  );
});

test('exit 0 on a clean file', () => {
  const r = k8sense(['check', 'manifests/good.yaml']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '0 errors, 0 warnings in 1 file (1 document)\n');
});

test('a directory is searched for *.yaml and *.yml, skipping node_modules and non-Kubernetes YAML', () => {
  const r = k8sense(['check', '--format', 'json', 'manifests']);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(
    out.files.map((f: { path: string }) => f.path),
    [join('manifests', 'docker-compose.yml'), join('manifests', 'good.yaml'), join('manifests', 'nested', 'bad.yml')],
  );
  assert.deepEqual(out.files[0].diagnostics, [], 'docker-compose found by the walk is left alone');
  assert.deepEqual(out.summary, { files: 3, documents: 2, errors: 1, warnings: 0 });
});

test('the JSON format is exactly the documented contract', () => {
  const r = k8sense(['check', '--format', 'json', 'manifests/nested/bad.yml']);
  assert.deepEqual(JSON.parse(r.stdout), {
    files: [
      {
        path: 'manifests/nested/bad.yml',
        diagnostics: [
          {
            line: 4,
            column: 1,
            endLine: 4,
            endColumn: 2,
            severity: 'error',
            code: 'yaml/syntax',
            message: 'tab character used for indentation: YAML indents with spaces only — replace the tab with 2 spaces',
          },
        ],
      },
    ],
    summary: { files: 1, documents: 1, errors: 1, warnings: 0 },
  });
});

test('SARIF 2.1.0 output', () => {
  const r = k8sense(['check', '--format', 'sarif', 'manifests/nested/bad.yml']);
  assert.equal(r.code, 1);
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  const run = sarif.runs[0];
  assert.equal(run.tool.driver.name, 'k8sense');
  assert.deepEqual(
    run.tool.driver.rules.map((x: { id: string }) => x.id),
    ['yaml/syntax'],
  );
  assert.deepEqual(run.results[0].locations[0].physicalLocation, {
    artifactLocation: { uri: 'manifests/nested/bad.yml' },
    region: { startLine: 4, startColumn: 1, endLine: 4, endColumn: 2 },
  });
  assert.equal(run.results[0].level, 'error');
});

test('standard input with -', () => {
  const r = k8sense(['check', '-'], 'apiVersion:v1\nkind: Pod\n');
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^-:1:1: error \[yaml\/syntax\] missing space after the colon in "apiVersion:v1"/);
});

test('a missing file is a usage/I-O error with exit 2', () => {
  const r = k8sense(['check', 'nope.yaml']);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'k8sense: nope.yaml: no such file or directory\n');
});

test('a file that is not UTF-8 is an I/O error with exit 2', () => {
  const r = k8sense(['check', 'latin1.yaml']);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'k8sense: latin1.yaml: not UTF-8 text (Kubernetes manifests must be UTF-8)\n');
});

test('usage errors exit 2', () => {
  assert.equal(k8sense([]).code, 2);
  assert.equal(k8sense(['check']).code, 2);
  assert.equal(k8sense(['check', '--format', 'xml', 'manifests']).code, 2);
  assert.equal(k8sense(['check', '--kube-version', 'latest', 'manifests']).code, 2);
  assert.equal(k8sense(['frobnicate']).code, 2);
});

test('--rule changes a severity', () => {
  const r = k8sense(['check', '--rule', 'yaml/syntax=warning', 'manifests/nested/bad.yml']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /:4:1: warning \[yaml\/syntax\]/);
});
