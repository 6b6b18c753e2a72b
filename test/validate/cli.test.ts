// Schema validation through the CLI (dist/, built by `npm test`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'k8sense.js');
let dir: string;

function k8sense(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  assert.ok(existsSync(join(ROOT, 'dist', 'cli.js')), 'run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'k8sense-validate-'));
  writeFileSync(
    join(dir, 'crd.yaml'),
    'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n  scope: Namespaced\n' +
      '  names: {kind: Widget, plural: widgets}\n  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema:\n        openAPIV3Schema:\n' +
      '          type: object\n          properties:\n            spec:\n              type: object\n              properties:\n                replicas: {type: integer}\n',
  );
  writeFileSync(join(dir, 'widget.yaml'), 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  replica: 3\n');
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('k8sense check examples/mistakes/pvc-typo.yaml prints the did-you-mean message', () => {
  const r = k8sense(['check', 'examples/mistakes/pvc-typo.yaml']);
  assert.equal(r.code, 1);
  // (API rules may add their own findings, e.g. that the claim has no access modes.)
  assert.ok(
    r.stdout
      .split('\n')
      .includes(
        'examples/mistakes/pvc-typo.yaml:7:3: error [schema/unknown-field] unknown field "accessMkode" in PersistentVolumeClaim.spec — did you mean "accessModes"?',
      ),
    r.stdout,
  );
});

test('--kube-version: a batch/v1beta1 CronJob is fine for 1.24 and an error from 1.25 on', () => {
  const file = 'examples/mistakes/old-cronjob.yaml';
  const old = k8sense(['check', '--kube-version', '1.24', file]);
  assert.equal(old.code, 0);
  assert.match(
    old.stdout,
    /^examples\/mistakes\/old-cronjob\.yaml:2:13: warning \[schema\/deprecated-api\] batch\/v1beta1 CronJob is deprecated since Kubernetes 1\.21/,
  );
  for (const version of ['1.25', '1.30']) {
    const r = k8sense(['check', '--kube-version', version, file]);
    assert.equal(r.code, 1, version);
    assert.match(
      r.stdout,
      /^examples\/mistakes\/old-cronjob\.yaml:2:13: error \[schema\/removed-api\] batch\/v1beta1 CronJob was removed in Kubernetes 1\.25: use batch\/v1\n/,
    );
  }
});

test('a CRD given in one file validates the custom resources of another', () => {
  const both = k8sense(['check', 'crd.yaml', 'widget.yaml'], dir);
  assert.equal(both.code, 1);
  assert.match(
    both.stdout,
    /^widget\.yaml:6:3: error \[schema\/unknown-field\] unknown field "replica" in Widget\.spec — did you mean "replicas"\?$/m,
  );
  const alone = k8sense(['check', 'widget.yaml'], dir);
  assert.equal(alone.code, 0);
  assert.match(
    alone.stdout,
    /^widget\.yaml:1:13: info \[schema\/no-schema\] no schema for example\.com\/v1 Widget \(a custom resource\): only YAML syntax is checked$/m,
  );
});
