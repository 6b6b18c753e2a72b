// The CLI on inputs that are not plain files, or that try to reach the terminal: each problem is
// said once, the other inputs are still checked, and the exit status says the check was incomplete.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/lspClient';

const BIN = join(ROOT, 'bin', 'k8sense.js');
let dir: string;

function k8sense(args: string[], input?: string) {
  // A hang (reading a FIFO) fails the test instead of blocking the suite.
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const BAD = 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n';
const TAB = 'tab character used for indentation: YAML indents with spaces only — replace the tab with 2 spaces';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'k8sense-cli-hostile-'));
  writeFileSync(join(dir, 'bad.yaml'), BAD);
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'empty', 'README.md'), '# no YAML here\n');
  mkdirSync(join(dir, 'withpipe'));
  writeFileSync(join(dir, 'withpipe', 'bad.yaml'), BAD);
  assert.equal(spawnSync('mkfifo', [join(dir, 'x.yaml')]).status, 0);
  assert.equal(spawnSync('mkfifo', [join(dir, 'withpipe', 'pipe.yaml')]).status, 0);
  symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('a FIFO named x.yaml is skipped with a message, not read forever; the other file is checked; exit 2', () => {
  const r = k8sense(['check', 'x.yaml', 'bad.yaml']);
  assert.equal(r.signal, null);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'k8sense: skipped x.yaml: a named pipe (FIFO)\n');
  assert.equal(r.stdout, `bad.yaml:4:1: error [yaml/syntax] ${TAB}\n1 error, 0 warnings in 1 file (1 document)\n`);
});

test('a FIFO found in a directory is skipped with a message too', () => {
  const r = k8sense(['check', 'withpipe']);
  assert.equal(r.signal, null);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, `k8sense: skipped ${join('withpipe', 'pipe.yaml')}: a named pipe (FIFO)\n`);
  assert.match(r.stdout, /^withpipe\/bad\.yaml:4:1: error/);
});

test('a symlink loop is named as one, a missing file does not stop the others', () => {
  const r = k8sense(['check', 'loop.yaml', 'nope.yaml', 'bad.yaml']);
  assert.equal(r.code, 2);
  assert.equal(
    r.stderr,
    'k8sense: loop.yaml: too many levels of symbolic links (a symlink loop?)\nk8sense: nope.yaml: no such file or directory\n',
  );
  assert.match(r.stdout, /^bad\.yaml:4:1: error .*\n1 error, 0 warnings in 1 file \(1 document\)\n$/);
});

test('"- -" reads standard input once', () => {
  const r = k8sense(['check', '-', '-'], BAD);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, 'k8sense: -: standard input is named more than once: it is read and checked once\n');
  assert.equal(r.stdout, `-:4:1: error [yaml/syntax] ${TAB}\n1 error, 0 warnings in 1 file (1 document)\n`);
});

test('a folder without YAML says so and exits 2', () => {
  const r = k8sense(['check', 'empty']);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'k8sense: empty: no *.yaml or *.yml files in this directory\n');
  assert.equal(r.stdout, '');
});

test('control characters in a quoted value are escaped in text output, as JSON escapes them', () => {
  const text = 'apiVersion: v1\nkind: "Pod\\e]0;PWNED\\a\\e[2J"\nmetadata:\n  name: x\n';
  const r = k8sense(['check', '-'], text);
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  assert.match(r.stdout, /Pod\\x1b\]0;PWNED\\x07\\x1b\[2J/);
  const json = JSON.parse(k8sense(['check', '--format', 'json', '-'], text).stdout);
  assert.match(json.files[0].diagnostics[0].message, /Pod\u001b\]0;PWNED\u0007\u001b\[2J/);
});
