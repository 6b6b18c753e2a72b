// A workspace of several apps split over files, in several namespaces: the CLI resolves references
// across all the files it is given and reports cross-file problems in its usual contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/lspClient';

const BIN = join(ROOT, 'bin', 'k8sense.js');
const FIXTURES = join(ROOT, 'test', 'cli', 'fixtures');

function k8sense(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: FIXTURES, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the whole workspace: near misses with the target file, another namespace, a missing key and port, a Secret that exists nowhere', () => {
  const r = k8sense('check', 'workspace');
  assert.equal(r.stderr, '');
  assert.equal(
    r.stdout,
    [
      'workspace/blog/deployment.yaml:23:23: warning [k8s/reference] ConfigMap "shop-config" is in namespace "shop" (../shop/config.yaml), but this Deployment is in namespace "blog": a ConfigMap is only visible to objects of its own namespace',
      'workspace/blog/deployment.yaml:25:23: info [k8s/reference] no Secret named "blog-smtp" in the files checked (the Secrets there: "blog-db"): the pod will not start until it exists, unless it is created elsewhere',
      'workspace/blog/deployment.yaml:31:24: warning [k8s/reference] Secret "blog-db" has no key "pasword" (it has "password" and "user") — did you mean "password"?',
      'workspace/blog/deployment.yaml:41:24: warning [k8s/reference] no PersistentVolumeClaim named "blog-contnet" in the files checked — did you mean "blog-content" (data.yaml)?',
      'workspace/blog/service.yaml:8:10: warning [k8s/service-selector-matches] this Service selects app: blgo, but no pod in the files checked has that label (the pods have app: "blog"), so the Service would have no endpoints — did you mean "blog" (deployment.yaml)?',
      'workspace/blog/service.yaml:29:27: warning [k8s/reference] Service "blog" has no port 8080 (it has "80")',
      '0 errors, 5 warnings in 8 files (13 documents)',
      '',
    ].join('\n'),
  );
  assert.equal(r.code, 0);
});

test('a clean app split over files gets no warning, with or without the cluster-wide storage beside it', () => {
  assert.equal(k8sense('check', 'workspace/shop', 'workspace/cluster').stdout, '0 errors, 0 warnings in 5 files (8 documents)\n');
  assert.equal(k8sense('check', 'workspace/shop').stdout, '0 errors, 0 warnings in 4 files (6 documents)\n');
});

test('cross-file problems in the JSON contract', () => {
  const r = k8sense('check', '--format', 'json', 'workspace/blog');
  const report = JSON.parse(r.stdout) as {
    files: {
      path: string;
      diagnostics: { line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[];
    }[];
  };
  const deployment = report.files.find((f) => f.path === 'workspace/blog/deployment.yaml')!;
  assert.deepEqual(
    deployment.diagnostics.find((d) => d.line === 41),
    {
      line: 41,
      column: 24,
      endLine: 41,
      endColumn: 36,
      severity: 'warning',
      code: 'k8s/reference',
      message: 'no PersistentVolumeClaim named "blog-contnet" in the files checked — did you mean "blog-content" (data.yaml)?',
    },
  );
  // Without the shop app, its ConfigMap exists nowhere: at most an info.
  assert.equal(deployment.diagnostics.find((d) => d.line === 23)?.severity, 'info');
});

test('cross-file problems in the SARIF contract: the same places, levels and messages as the text output', () => {
  const r = k8sense('check', '--format', 'sarif', 'workspace');
  assert.equal(r.code, 0);
  const run = (
    JSON.parse(r.stdout) as {
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: {
          ruleId: string;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string };
              region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
            };
          }[];
        }[];
      }[];
    }
  ).runs[0];
  assert.deepEqual(
    run.tool.driver.rules.map((x) => x.id),
    ['k8s/reference', 'k8s/service-selector-matches'],
  );
  assert.deepEqual(
    run.results.map((x) => {
      const { artifactLocation, region } = x.locations[0].physicalLocation;
      return `${artifactLocation.uri}:${region.startLine}:${region.startColumn}-${region.endLine}:${region.endColumn} ${x.level} [${x.ruleId}] ${x.message.text}`;
    }),
    [
      'workspace/blog/deployment.yaml:23:23-23:34 warning [k8s/reference] ConfigMap "shop-config" is in namespace "shop" (../shop/config.yaml), but this Deployment is in namespace "blog": a ConfigMap is only visible to objects of its own namespace',
      'workspace/blog/deployment.yaml:25:23-25:32 note [k8s/reference] no Secret named "blog-smtp" in the files checked (the Secrets there: "blog-db"): the pod will not start until it exists, unless it is created elsewhere',
      'workspace/blog/deployment.yaml:31:24-31:31 warning [k8s/reference] Secret "blog-db" has no key "pasword" (it has "password" and "user") — did you mean "password"?',
      'workspace/blog/deployment.yaml:41:24-41:36 warning [k8s/reference] no PersistentVolumeClaim named "blog-contnet" in the files checked — did you mean "blog-content" (data.yaml)?',
      'workspace/blog/service.yaml:8:10-8:14 warning [k8s/service-selector-matches] this Service selects app: blgo, but no pod in the files checked has that label (the pods have app: "blog"), so the Service would have no endpoints — did you mean "blog" (deployment.yaml)?',
      'workspace/blog/service.yaml:29:27-29:31 warning [k8s/reference] Service "blog" has no port 8080 (it has "80")',
    ],
  );
});
