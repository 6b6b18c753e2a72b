// The real-world corpus (../shared/corpus, see its SOURCES.md): every file is checked the way the CLI
// checks files named on its command line, with every CRD of the corpus registered first.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/languageService';
import { clearRegisteredCrds, registerCrds } from '../../server/src/validate/crd';
import type { ParsedFile } from '../../server/src/yaml/parse';

const ROOT = join(__dirname, '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const present = existsSync(join(CORPUS, 'index.tsv'));

interface Row {
  path: string;
  kinds: string[];
  expected: string;
  notes: string;
}

/**
 * Where the index is wrong by Kubernetes' own validation (its checker skips enums), or where a
 * finding is rightly a warning rather than an error. Each entry says why.
 */
const CORRECTIONS: Record<string, { expected: 'invalid' | 'warning'; why: string }> = {
  'real-world/kubernetes-examples/_archived__volumes__aws_ebs__aws-ebs-web.yaml': {
    expected: 'invalid',
    why: 'ports[0].protocol: tcp — the API server accepts only TCP, UDP or SCTP',
  },
  'real-world/kubernetes-examples/_archived__volumes__cinder__cinder-web.yaml': {
    expected: 'invalid',
    why: 'ports[0].protocol: tcp — the API server accepts only TCP, UDP or SCTP',
  },
  ...Object.fromEntries(
    [
      'cost-optimization__gke-shift-left-cost__api__testdata__manifests__test.yaml',
      'cost-optimization__gke-shift-left-cost__samples__k8s-cost-estimator-local__app-v1__deployment.yaml',
      'cost-optimization__gke-shift-left-cost__samples__k8s-cost-estimator-local__app-v2__deployment.yaml',
    ].map((f) => [
      `real-world/kubernetes-engine-samples/${f}`,
      {
        expected: 'invalid' as const,
        why: 'memory request 64Mi (67,108,864 bytes) exceeds the limit 64M (64,000,000 bytes): the API server rejects it',
      },
    ]),
  ),
  'kubeconform-invalid/duplicates-with-namespace-default.yaml': {
    expected: 'warning',
    why: 'one object names a namespace, the other does not: they clash only when kubectl targets that namespace',
  },
};

function readIndex(): Row[] {
  const [, ...lines] = readFileSync(join(CORPUS, 'index.tsv'), 'utf8').trimEnd().split('\n');
  return lines.map((line) => {
    const c = line.split('\t');
    return { path: c[0], kinds: c[5].split(','), expected: c[6], notes: c[7] ?? '' };
  });
}

/** 1-based lines of the top-level `apiVersion: <value>` of each document that uses `apiVersion`. */
function apiVersionLines(text: string, apiVersion: string): number[] {
  const escaped = apiVersion.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const re = new RegExp(`^\\s*(?:\\{\\s*)?["']?apiVersion["']?\\s*:\\s*["']?${escaped}["']?\\s*,?\\s*\\}?\\s*(?:#.*)?$`);
  return text
    .split('\n')
    .map((l, i) => (re.test(l.replace(/\r$/, '')) ? i + 1 : 0))
    .filter(Boolean);
}

const line = (d: Diagnostic) => d.range.start.line + 1;
const show = (d: Diagnostic) => `${line(d)}:${d.range.start.character + 1} ${d.code} ${d.message}`;

const service = getLanguageService();
let rows: Row[] = [];
let results = new Map<string, { text: string; diagnostics: Diagnostic[] }>();

function checkCorpus(): void {
  rows = readIndex();
  const parsed = new Map<string, ParsedFile>();
  for (const row of rows) parsed.set(row.path, service.parse(readFileSync(join(CORPUS, row.path), 'utf8')));
  registerCrds([...parsed.values()]);
  results = new Map();
  for (const row of rows) {
    const file = parsed.get(row.path)!;
    results.set(row.path, { text: file.text, diagnostics: service.validate(file, { requireKubernetes: true }) });
  }
}

after(() => clearRegisteredCrds());

test('corpus: valid files get no errors; removed APIs get exactly their removed-API error', { skip: !present && 'corpus absent' }, () => {
  checkCorpus();
  const failures: string[] = [];
  let checked = 0;
  for (const row of rows) {
    if (row.expected !== 'valid' || CORRECTIONS[row.path]) continue;
    checked++;
    const { text, diagnostics } = results.get(row.path)!;
    // removed-api:<apiVersion>/<Kind>(removed-in-X)|<apiVersion>/<Kind>(removed-in-Y)
    const removedNote = /(?:^|;)removed-api:([^;]+)/.exec(row.notes)?.[1] ?? '';
    const removed = [...removedNote.matchAll(/([^|(]+)\/([A-Za-z]+)\(removed-in-([\d.]+)\)/g)];
    const expectedLines = new Map<number, string>();
    for (const [, apiVersion, kind, version] of removed) {
      for (const l of apiVersionLines(text, apiVersion)) expectedLines.set(l, `${apiVersion} ${kind} was removed in Kubernetes ${version}`);
    }
    const errors = diagnostics.filter((d) => d.severity === 1);
    for (const d of errors) {
      const want = expectedLines.get(line(d));
      if (d.code === 'schema/removed-api' && want && (d.message as string).startsWith(want)) expectedLines.delete(line(d));
      else failures.push(`${row.path}: unexpected error ${show(d)}`);
    }
    for (const [l, want] of expectedLines) failures.push(`${row.path}:${l}: expected "${want}..."`);
  }
  assert.ok(checked > 650, `only ${checked} valid files checked`);
  assert.deepEqual(failures, []);
});

/** What the index's notes say each defect is, as the diagnostic that must report it. */
function expectedFindings(row: Row): { describe: string; matches: (d: Diagnostic) => boolean }[] {
  const out: { describe: string; matches: (d: Diagnostic) => boolean }[] = [];
  for (const [, key, l] of row.notes.matchAll(/dup-keys=([^@;]+)@L(\d+)/g)) {
    out.push({ describe: `duplicate key "${key}" on line ${l}`, matches: (d) => d.code === 'yaml/duplicate-key' && line(d) === Number(l) });
  }
  const schemaNote = /schema-k8s-1\.36=\d+-errors: ([^;]+)/.exec(row.notes)?.[1] ?? '';
  for (const part of schemaNote.split(' | ')) {
    const unknown = /unknown field "([^"]+)"/.exec(part);
    if (unknown)
      out.push({ describe: part, matches: (d) => d.code === 'schema/unknown-field' && (d.message as string).includes(`"${unknown[1]}"`) });
    else if (/expected (integer|object)/.test(part)) out.push({ describe: part, matches: (d) => d.code === 'schema/type' });
    else if (/not valid base64/.test(part))
      out.push({ describe: part, matches: (d) => d.code === 'schema/format' && /base64/.test(d.message as string) });
  }
  return out;
}

test('corpus: invalid files get at least one error, and each defect the index names', { skip: !present && 'corpus absent' }, () => {
  if (!results.size) checkCorpus();
  const failures: string[] = [];
  let checked = 0;
  for (const row of rows) {
    const correction = CORRECTIONS[row.path];
    const expected: string = correction?.expected ?? row.expected;
    if (expected === 'valid') continue;
    checked++;
    const { diagnostics } = results.get(row.path)!;
    const errors = diagnostics.filter((d) => d.severity === 1);
    if (expected === 'warning') {
      if (errors.length || !diagnostics.some((d) => d.severity === 2))
        failures.push(`${row.path}: expected a warning only, got ${diagnostics.map(show).join(' / ') || 'nothing'}`);
      continue;
    }
    if (!errors.length) failures.push(`${row.path}: expected an error (${correction?.why ?? row.notes})`);
    for (const f of expectedFindings(row)) {
      if (!errors.some(f.matches)) failures.push(`${row.path}: expected an error for: ${f.describe}; got ${errors.map(show).join(' / ')}`);
    }
  }
  assert.ok(checked >= 30, `only ${checked} invalid files checked`);
  assert.deepEqual(failures, []);
});

test(
  'corpus: files with removed APIs validate cleanly for the Kubernetes release before the removal',
  { skip: !present && 'corpus absent' },
  () => {
    if (!rows.length) rows = readIndex();
    const failures: string[] = [];
    let checked = 0;
    for (const row of rows) {
      const removedIn = [...row.notes.matchAll(/removed-in-1\.(\d+)/g)].map((m) => Number(m[1]));
      if (!removedIn.length) continue;
      const version = `1.${Math.min(...removedIn) - 1}`;
      const file = service.parse(readFileSync(join(CORPUS, row.path), 'utf8'));
      const errors = service
        .validate(file, { requireKubernetes: true, kubernetesVersion: version })
        .filter((d) => d.severity === 1 && String(d.code).startsWith('schema/'));
      checked++;
      if (row.expected === 'valid' && errors.length) failures.push(`${row.path} @${version}: ${errors.map(show).join(' / ')}`);
      if (row.expected === 'invalid' && !errors.length) failures.push(`${row.path} @${version}: expected a schema error (${row.notes})`);
    }
    assert.ok(checked >= 30, `only ${checked} files with removed APIs`);
    assert.deepEqual(failures, []);
  },
);
