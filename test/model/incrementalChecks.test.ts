import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile, type ParsedFile } from '../../server/src/yaml/parse';
import { Model, modelWork } from '../../server/src/model/model';
import { validateFile } from '../../server/src/validation';
import { withDefaults } from '../../server/src/settings';
import { memoWork } from '../../server/src/rules/memo';
import { claimSpec } from '../../server/src/k8s/binding';
import { generateMessyManifest } from '../../scripts/bench/generate.mjs';

const settings = withDefaults({});
const URI = 'file:///ws/app.yaml';
const OTHER = 'file:///ws/config.yaml';

const show = (file: ParsedFile, model: Model, uri: string) =>
  validateFile(file, settings, { model, uri }).map(
    (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}${d.data ? ' +fix' : ''}`,
  );

/** What a fresh model over the same texts reports: the memoized answers must equal it. */
function fresh(texts: [string, string][], uri: string): string[] {
  const model = new Model('the workspace');
  const files = texts.map(([u, text]) => [u, parseFile(text)] as const);
  for (const [u, f] of files) model.setFile(u, f);
  return show(files.find(([u]) => u === uri)![1], model, uri);
}

function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
}

test('an edit re-checks the references of the edited document and those resolving against what changed, not every reference', () => {
  const model = new Model('the workspace');
  let text = generateMessyManifest(200);
  let file = parseFile(text);
  const config = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-0\ndata:\n  a: b\n';
  const configFile = parseFile(config);
  model.setFile(OTHER, configFile);
  model.setFile(URI, file);
  const first = show(file, model, URI);
  assert.deepEqual(
    first,
    fresh(
      [
        [OTHER, config],
        [URI, text],
      ],
      URI,
    ),
  );
  assert.ok(first.length > 60, `a messy file: ${first.length} problems`);

  // Typing in a Deployment's image (no name, label or port changes): only that document's own references.
  const before = { ...memoWork };
  text = edit(text, 'image: registry.example.com/api:2.4.0', 'image: registry.example.com/api:2.4.01');
  file = parseFile(text, file);
  model.setFile(URI, file);
  const typed = show(file, model, URI);
  const recomputed = memoWork.computed - before.computed;
  assert.ok(recomputed <= 3, `recomputed ${recomputed} answers (the Deployment has 1 reference)`);
  assert.ok(memoWork.replayed - before.replayed > 300, 'the other answers are replayed');
  assert.deepEqual(
    typed,
    fresh(
      [
        [OTHER, config],
        [URI, text],
      ],
      URI,
    ),
  );

  // Renaming a claim: the claim references (and the binder's answers) recompute, the ConfigMap and Service ones do not.
  const mid = { ...memoWork };
  text = edit(text, 'name: claim-3\n', 'name: claim-3b\n');
  file = parseFile(text, file);
  model.setFile(URI, file);
  const renamedClaim = show(file, model, URI);
  const again = memoWork.computed - mid.computed;
  assert.deepEqual(
    renamedClaim,
    fresh(
      [
        [OTHER, config],
        [URI, text],
      ],
      URI,
    ),
  );
  const claimRefs = model.referencesIn(URI).filter((r) => r.fact.targetKind === 'PersistentVolumeClaim').length;
  const claims = model.objectsIn(URI).filter((o) => o.identity.kind === 'PersistentVolumeClaim').length;
  assert.ok(again <= claimRefs + 2, `recomputed ${again}, claim references ${claimRefs}, claims ${claims}`);

  // The ConfigMap's file changes: the file reading it gets its answer again (and only the ConfigMap references recompute).
  const late = { ...memoWork };
  const renamed = config.replace('settings-0', 'settings-00');
  model.setFile(OTHER, parseFile(renamed));
  const after = show(file, model, URI);
  const configRefs = model.referencesIn(URI).filter((r) => r.fact.targetKind === 'ConfigMap').length;
  assert.ok(memoWork.computed - late.computed <= configRefs, `recomputed ${memoWork.computed - late.computed} of ${configRefs}`);
  assert.deepEqual(
    after,
    fresh(
      [
        [OTHER, renamed],
        [URI, text],
      ],
      URI,
    ),
  );
  assert.ok(
    after.some((d) => d.includes('no ConfigMap named "settings-0" in the workspace') && d.includes('did you mean "settings-00"')),
    after.filter((d) => d.includes('settings-0"')).join('\n'),
  );
});

test("changing a pod's label re-checks the Services selecting that label, and the unmatched ones (their did-you-mean lists every pod's value)", () => {
  const model = new Model('the workspace');
  let text = generateMessyManifest(200);
  let file = parseFile(text);
  model.setFile(URI, file);
  show(file, model, URI);
  const services = model.referencesIn(URI).filter((r) => r.type === 'selector' && r.from.identity.kind === 'Service');
  const before = memoWork.computed;
  text = edit(text, '    app: web-10\nspec:', '    app: web-10x\nspec:');
  file = parseFile(text, file);
  model.setFile(URI, file);
  const now = show(file, model, URI);
  const recomputed = memoWork.computed - before;
  assert.deepEqual(now, fresh([[URI, text]], URI));
  const unmatched = now.filter((d) => d.includes('k8s/service-selector-matches')).length;
  assert.ok(recomputed < services.length, `recomputed ${recomputed} of ${services.length} Service selectors`);
  assert.ok(recomputed <= unmatched + 12, `recomputed ${recomputed}, unmatched ${unmatched}`);
});

test('the binder compares a claim with the volumes of its storage class only (linear in claims, not claims × volumes)', () => {
  const docs: string[] = [];
  const N = 300;
  for (let i = 0; i < N; i++) {
    docs.push(
      `apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: pv-${i}\nspec:\n  storageClassName: class-${i}\n  capacity:\n    storage: 1Gi\n  accessModes: [ReadWriteOnce]\n  hostPath:\n    path: /d/${i}\n`,
      `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: claim-${i}\nspec:\n  storageClassName: class-${i}\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: ${i % 2 ? '1Gi' : '2Gi'}\n`,
    );
  }
  const model = new Model('the workspace');
  const file = parseFile(docs.join('---\n'));
  model.setFile(URI, file);
  const before = modelWork.volumesCompared;
  const problems = show(file, model, URI).filter((d) => d.includes('k8s/pvc-unsatisfiable'));
  assert.equal(problems.length, N / 2, 'every 2Gi claim is too large for its 1Gi volume');
  assert.ok(problems[0].includes('this claim asks for 2Gi, more than the PersistentVolumes of storage class "class-0"'), problems[0]);
  const compared = modelWork.volumesCompared - before;
  assert.ok(compared <= 2 * N, `${compared} volume comparisons for ${N} claims and ${N} volumes`);
  const pv7 = model.objectsIn(URI).find((o) => o.identity.name === 'pv-7')!;
  assert.deepEqual(
    model.volumesFor(claimSpec('c', undefined, { storageClassName: 'class-7' })).map((v) => v.object),
    [pv7],
  );
  assert.deepEqual(
    model.volumesFor(claimSpec('c', undefined, { volumeName: 'pv-7' })).map((v) => v.object),
    [pv7],
  );
});
