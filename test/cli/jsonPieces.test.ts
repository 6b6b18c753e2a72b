// The JSON report is written in pieces (a 20 MB input's one big string was the CLI's peak memory):
// the pieces together must be exactly the single JSON document, and no piece may hold them all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../server/src/cli/main';
import { JSON_PIECE, jsonPieces } from '../../server/src/cli/report';

// 2,500 Pods without containers: one error each, so the report has three pieces of diagnostics.
const N = 2500;
const text = Array.from({ length: N }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: "p${i}"\nspec: {}\n`).join('---\n');

test('the JSON report written in pieces is the one JSON document, and no piece holds every diagnostic', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'k8sense-json-'));
  try {
    const file = join(dir, 'pods.yaml');
    const clean = join(dir, 'clean.yaml');
    writeFileSync(file, text);
    writeFileSync(clean, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n');
    let whole = '';
    const wholeCode = await run(['check', '--format', 'json', file, clean], { out: (s) => (whole += s + '\n'), err: () => {} });
    const pieces: string[] = [];
    const piecesCode = await run(['check', '--format', 'json', file, clean], {
      out: () => assert.fail('a JSON report goes to write() when the output can take pieces'),
      write: (s) => pieces.push(s),
      err: () => {},
    });
    assert.equal(piecesCode, wholeCode);
    assert.equal(pieces.join(''), whole);
    const report = JSON.parse(whole) as { files: { path: string; diagnostics: { line: number }[] }[]; summary: { errors: number } };
    assert.deepEqual(
      report.files.map((f) => [f.path, f.diagnostics.length]),
      [
        [file, N],
        [clean, 0],
      ],
    );
    assert.equal(report.summary.errors, N);
    const most = Math.max(...pieces.map((p) => (p.match(/"line":/g) ?? []).length));
    assert.equal(most, JSON_PIECE);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('jsonPieces of no file and of a file without problems are the JSON.stringify text', () => {
  const summary = (files: number) => ({ files, documents: 0, errors: 0, warnings: 0 });
  assert.equal([...jsonPieces([])].join(''), JSON.stringify({ files: [], summary: summary(0) }));
  assert.equal(
    [...jsonPieces([{ path: 'a "quoted".yaml', diagnostics: [], documents: 0 }])].join(''),
    JSON.stringify({ files: [{ path: 'a "quoted".yaml', diagnostics: [] }], summary: summary(1) }),
  );
});
