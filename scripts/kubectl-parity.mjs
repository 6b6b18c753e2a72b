#!/usr/bin/env node
// Regenerates test/yaml/fixtures/kubectl-parity.json from the kubectl on this machine: how kubectl
// reads each YAML scalar, untyped (YAML → JSON, `kubectl annotate --local`) and typed (decoded into the
// Go types, `kubectl set image --local`), and how it reads whole documents (merge keys, anchors, duplicate
// keys, lone CR line breaks). The test reads only the table: run this when kubectl is upgraded.
//   node scripts/kubectl-parity.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OUT = new URL('../test/yaml/fixtures/kubectl-parity.json', import.meta.url);

/** Scalars as written in a file, grouped by what they test. */
const SCALARS = {
  'YAML 1.1 booleans': [
    'yes',
    'no',
    'Yes',
    'NO',
    'on',
    'off',
    'On',
    'OFF',
    'y',
    'n',
    'Y',
    'N',
    'true',
    'True',
    'TRUE',
    'false',
    'False',
    'yES',
    'tRUE',
  ],
  integers: [
    '0755',
    '0o755',
    '0O755',
    '0x1F',
    '0X1f',
    '0b101',
    '0B11',
    '08',
    '0',
    '-0',
    '+12',
    '-12',
    '012345',
    '1_000',
    '0x_1F',
    '0b1_0',
    '1__0',
    '_1',
    '12345678901234567890',
  ],
  floats: [
    '1e3',
    '1E3',
    '1.5',
    '.5',
    '1.',
    '+.5',
    '-1.5e-3',
    '1.0e+3',
    '6.8523015e+5',
    '685_230.15',
    '1_0.5',
    '.e3',
    '.',
    '1e',
    'e3',
    '0.1.2',
    '1.2e3.4',
  ],
  'inf and nan': ['.inf', '.Inf', '.INF', '-.inf', '+.inf', '.nan', '.NaN', '.NAN', '.iNf', 'inf', 'nan'],
  nulls: ['~', 'null', 'Null', 'NULL', 'nUll', ''],
  timestamps: ['2001-12-14', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', '2001-12-14T21:59:43Z'],
  sexagesimal: ['1:20', '190:20:30', '190:20:30.15', '-1:20', '1:2:3:4'],
  'quoted and other text': ['"yes"', "'0755'", '"~"', "''", '-', '=', '<<', 'x:y', '80:80', '0x', '0o', '0b2', '0o8', '1e3x'],
};

/** Where the scalar goes in a Pod, and the Go type kubectl decodes it into. */
const TYPED = {
  string: { path: ['spec', 'containers', 0, 'workingDir'], place: (v) => pod(`    workingDir: ${v}\n`) },
  int: { path: ['spec', 'containers', 0, 'ports', 0, 'containerPort'], place: (v) => pod(`    ports:\n    - containerPort: ${v}\n`) },
  bool: { path: ['spec', 'containers', 0, 'stdin'], place: (v) => pod(`    stdin: ${v}\n`) },
  'int-or-string': {
    path: ['spec', 'containers', 0, 'livenessProbe', 'httpGet', 'port'],
    place: (v) => pod(`    livenessProbe:\n      httpGet:\n        port: ${v}\n`),
  },
  quantity: {
    path: ['spec', 'containers', 0, 'resources', 'limits', 'cpu'],
    place: (v) => pod(`    resources:\n      limits:\n        cpu: ${v}\n`),
  },
  'map value': {
    path: ['metadata', 'annotations', 'a'],
    place: (v) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    a: ${v}\nspec:\n  containers:\n  - name: c\n    image: i\n`,
  },
};

function pod(containerLines) {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: i\n${containerLines}`;
}

const untypedDoc = (v) => `apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: u\nv: ${v}\n`;
const foo = (name, body) => `apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: ${name}\n${body}`;

/** Whole documents: structure rather than scalars. */
const DOCUMENTS = {
  'merge key': foo('m', 'base: &b {p: 1, q: 2}\nv:\n  <<: *b\n  q: 3\n'),
  'merge key with a YAML 1.1 boolean key': foo('m', 'base: &b {x: 1, y: 2}\nv:\n  <<: *b\n'),
  'merge key, list of maps': foo('m', 'a: &a {x: 1}\nb: &b {x: 2, z: 2}\nv:\n  <<: [*a, *b]\n'),
  'merge key of a non-map': foo('m', 'a: &a 1\nv:\n  <<: *a\n'),
  'alias in the same document': foo('m', 'a: &a {x: 1}\nv: *a\n'),
  'alias before its anchor': foo('m', 'v: *a\na: &a 1\n'),
  'alias to an anchor of another document': foo('m1', 'a: &a 1\n') + '---\n' + foo('m2', 'v: *a\n'),
  'an anchor redefined': foo('m', 'a: &a 1\nb: &a 2\nv: *a\n'),
  'duplicate key': foo('m', 'v: 1\nv: 2\n'),
  'duplicate key in a nested map': foo('m', 'v:\n  x: 1\n  x: 2\n'),
  'duplicate top-level mapping key': foo('m', 'metadata:\n  labels: {a: b}\n'),
  'duplicate key, equal values': foo('m', 'v: 1\nv: 1\n'),
  'lone CR line breaks': 'apiVersion: example.com/v1\rkind: Foo\rmetadata:\r  name: cr\rv: 1\rw: 2\r',
  'lone CR right after a comment': 'apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: cr\nv: 1 # a comment\rw: 2\n',
  'lone CR after a full-line comment': 'apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: cr\n# a comment\rv: 1\n',
  'CRLF line breaks': 'apiVersion: example.com/v1\r\nkind: Foo\r\nmetadata:\r\n  name: crlf\r\nv: 1\r\n',
  'empty value': foo('m', 'v:\nw: 1\n'),
  'empty document between': '---\n' + foo('m', 'v: 1\n') + '---\n---\n',
  'a key that is a YAML 1.1 boolean': foo('m', 'v:\n  on: 1\n  yes: 2\n'),
  'a key that is a number': foo('m', 'v:\n  1: a\n  0x10: b\n'),
};

const dir = mkdtempSync(join(tmpdir(), 'k8sense-parity-'));
let n = 0;

function kubectl(command, extra, text) {
  const file = join(dir, `f${n++}.yaml`);
  writeFileSync(file, text);
  try {
    const out = execFileSync('kubectl', [...command, '--local', '-f', file, '-o', 'json', ...extra], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { out };
  } catch (err) {
    return { error: String(err.stderr).trim().split('\n')[0].replaceAll(file, 'FILE') };
  }
}

/** kubectl prints one JSON object per document, concatenated. */
function jsonStream(text) {
  const values = [];
  let depth = 0,
    start = -1,
    inString = false,
    escape = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escape) escape = false;
      else if (c === '\\') escape = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) values.push(JSON.parse(text.slice(start, i + 1)));
  }
  return values;
}

function at(obj, path) {
  let v = obj;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || !(k in v)) return { absent: true };
    v = v[k];
  }
  return { value: v };
}

function withoutZz(obj) {
  const copy = structuredClone(obj);
  delete copy.metadata.annotations.zz;
  if (!Object.keys(copy.metadata.annotations).length) delete copy.metadata.annotations;
  return copy;
}

const version = JSON.parse(execFileSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' })).clientVersion.gitVersion;
const scalars = [];
for (const [group, list] of Object.entries(SCALARS)) {
  for (const text of list) {
    const u = kubectl(['annotate'], ['zz=1'], untypedDoc(text));
    const row = { group, yaml: text, untyped: u.error ? { error: u.error } : at(jsonStream(u.out)[0], ['v']), typed: {} };
    for (const [type, { path, place }] of Object.entries(TYPED)) {
      const t = kubectl(['set', 'image'], ['*=x'], place(text));
      row.typed[type] = t.error ? { error: t.error } : at(jsonStream(t.out)[0], path);
    }
    scalars.push(row);
  }
}
const documents = Object.entries(DOCUMENTS).map(([name, text]) => {
  const u = kubectl(['annotate'], ['zz=1'], text);
  return { name, yaml: text, untyped: u.error ? { error: u.error } : { value: jsonStream(u.out).map(withoutZz) } };
});
rmSync(dir, { recursive: true, force: true });

const templates = {
  untyped: { text: untypedDoc('{{v}}'), path: ['v'] },
  ...Object.fromEntries(Object.entries(TYPED).map(([type, { path, place }]) => [type, { text: place('{{v}}'), path }])),
};
writeFileSync(
  OUT,
  JSON.stringify({ generatedBy: 'scripts/kubectl-parity.mjs', kubectl: version, templates, scalars, documents }, null, 1) + '\n',
);
console.log(
  `kubectl ${version}: ${scalars.length} scalars × ${Object.keys(TYPED).length + 1} readings, ${documents.length} documents → ${OUT.pathname}`,
);
