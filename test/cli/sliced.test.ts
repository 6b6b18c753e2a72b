// `k8sense check` on a multi-MB file reads it a slice of documents at a time (issue 13 item 11):
// what it reports must be exactly what the check of the whole file reports, at the same lines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../server/src/cli/main';
import { SLICE_ABOVE, SLICE_LENGTH, sliceWork } from '../../server/src/cli/sliced';
import { WIDGET_CRD } from '../helpers/widgetCrd';

let dir: string;
let path: string;
let text: string;

/**
 * One block of objects that refer to each other within the block and to blocks far away (so to
 * other slices): a Pod using a ConfigMap and a claim of another block, a Service selecting a Pod
 * of the previous block, a claim that no volume can hold, a name one letter off (did-you-mean to
 * another slice) and, every 40th block, a second ConfigMap of a name used before (a duplicate).
 */
function block(i: number, blocks: number): string {
  const far = (i + blocks / 2) % blocks;
  const docs = [
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${i}\ndata:\n  mode: fast\n`,
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-${i}\n  labels:\n    app: web-${i}\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - name: http\n          containerPort: 8080\n      envFrom:\n        - configMapRef:\n            name: settings-${far}\n${i % 100 === 0 ? `        - configMapRef:\n            name: setings-${far}\n` : ''}  volumes:\n    - name: data\n      persistentVolumeClaim:\n        claimName: claim-${far}\n`,
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: web-${i}\nspec:\n  selector:\n    app: web-${(i + blocks - 1) % blocks}\n  ports:\n    - port: 80\n      targetPort: http\n`,
    `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: claim-${i}\nspec:\n  storageClassName: manual-${i}\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: ${i % 7 === 0 ? '50Gi' : '1Gi'}\n`,
    `apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: volume-${i}\nspec:\n  storageClassName: manual-${i}\n  capacity:\n    storage: 5Gi\n  accessModes: [ReadWriteOnce]\n  hostPath:\n    path: /data/${i}\n`,
    `apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: widget-${i}\nspec:\n  size: ${i % 5 === 0 ? 'many' : i}\n  color: ${i % 3 === 0 ? 'green' : 'red'}\n`,
  ];
  if (i % 40 === 39) docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${i - 30}\ndata:\n  mode: slow\n`);
  return docs.join('---\n');
}

const BLOCKS = 2000;

/** The file: the CRD of the Widgets first (every later slice validates its Widgets with it), a syntax error in the middle. */
function manifest(blocks: number): string {
  const parts = [WIDGET_CRD];
  for (let i = 0; i < blocks; i++) {
    if (i === blocks >> 1) parts.push('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken\ndata:\n  a: [1, 2\n');
    parts.push(block(i, blocks));
  }
  return parts.join('---\n');
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'k8sense-sliced-'));
  text = manifest(BLOCKS);
  path = join(dir, 'big.yaml');
  writeFileSync(path, text);
});

after(() => rmSync(dir, { recursive: true, force: true }));

async function check(format: string, sliceOptions: { sliceAbove?: number; sliceLength?: number }, file = path) {
  let out = '';
  const code = await run(
    ['check', '--format', format, file],
    { out: (s) => (out += s + '\n'), err: (s) => (out += `ERR ${s}\n`) },
    sliceOptions,
  );
  return { code, out };
}

test('a multi-MB file checked in slices reports exactly what the check of the whole file reports', async () => {
  assert.ok(text.length > SLICE_ABOVE, `the file (${text.length} characters) is above the slicing size`);
  const whole = await check('json', { sliceAbove: Infinity });
  sliceWork.slices = 0;
  sliceWork.largestSlice = 0;
  const sliced = await check('json', {});
  // Pass 1 (facts) and pass 2 (checks) each read the file in slices of about SLICE_LENGTH.
  const perPass = Math.ceil(text.length / SLICE_LENGTH);
  assert.ok(sliceWork.slices >= 2 * perPass - 2 && sliceWork.slices <= 2 * perPass + 2, `${sliceWork.slices} slices`);
  assert.equal(sliced.code, whole.code);
  assert.equal(sliced.out, whole.out);

  // And what it reports is the whole file's, at the file's lines (not a slice's).
  const report = JSON.parse(sliced.out) as {
    summary: { documents: number };
    files: { diagnostics: { line: number; column: number; code: string; message: string }[] }[];
  };
  const diagnostics = report.files[0].diagnostics;
  // 1-based lines of every occurrence of a text.
  // 1-based lines of every line that is exactly this text.
  const linesOf = (line: string) => text.split('\n').flatMap((l, i) => (l === line ? [i + 1] : []));
  const count = (code: string) => diagnostics.filter((d) => d.code === code).length;
  assert.equal(report.summary.documents, 1 + BLOCKS * 6 + 50 + 1);
  // The last block's Widget, validated with the CRD on line 1, slices earlier: its color is not in the enum.
  const [lastWidget] = linesOf('  name: widget-1998');
  assert.deepEqual(
    diagnostics.filter((d) => d.line > lastWidget && d.line <= lastWidget + 3).map((d) => `${d.line}:${d.column} ${d.code}`),
    [`${lastWidget + 3}:10 schema/enum`],
  );
  // A duplicate is reported at the second object's name and names the line where the first starts, slices away.
  const [first, second] = linesOf('  name: settings-1969');
  const dup = diagnostics.filter((d) => d.code === 'k8s/duplicate-object' && d.message.includes('"settings-1969"'));
  assert.deepEqual(
    dup.map((d) => `${d.line}:${d.column}`),
    [`${second}:9`],
  );
  assert.match(dup[0].message, new RegExp(`the first starts on line ${first - 3}\\)`));
  // At most one slice's trees are alive at a time: no slice held more than its share of the documents.
  const documents = report.summary.documents;
  const perSlice = Math.ceil((documents * SLICE_LENGTH) / text.length);
  assert.ok(sliceWork.largestSlice <= perSlice * 1.2, `largest slice: ${sliceWork.largestSlice} documents (about ${perSlice} expected)`);
  // The near miss `setings-N` points to the ConfigMap of the far block, half the file away.
  assert.equal(count('k8s/reference'), BLOCKS / 100);
  assert.equal(count('yaml/syntax') > 0, true);
  assert.equal(count('k8s/pvc-unsatisfiable'), Math.ceil(BLOCKS / 7));
});

test('the text format is the same sliced and whole (small slices of a smaller file)', async () => {
  const small = join(dir, 'small.yaml');
  writeFileSync(small, manifest(200));
  const whole = await check('text', { sliceAbove: Infinity }, small);
  const sliced = await check('text', { sliceAbove: 0, sliceLength: 16 * 1024 }, small);
  assert.equal(sliced.out, whole.out);
  assert.match(sliced.out.split('\n').at(-2)!, /^\d+ errors, \d+ warnings in 1 file \(1207 documents\)$/);
});
