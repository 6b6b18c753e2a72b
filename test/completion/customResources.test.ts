// Custom resources whose CustomResourceDefinition is in the same file: completion and hover use
// the CRD's openAPIV3Schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accept, completeAt, item, labels, newText, sorted, hoverText } from './cursor';

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crontabs.stable.example.com
spec:
  group: stable.example.com
  names: {kind: CronTab, plural: crontabs}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          description: A CronTab runs a command on a schedule.
          properties:
            spec:
              type: object
              required: [cronSpec]
              properties:
                cronSpec:
                  type: string
                  description: The schedule, in cron format.
                image: {type: string}
                replicas: {type: integer, default: 1, description: How many pods run each time.}
                policy: {type: string, enum: [Allow, Forbid]}
                ports:
                  type: array
                  items:
                    type: object
                    properties:
                      port: {type: integer}
                      name: {type: string}
            status:
              type: object
              properties:
                lastRun: {type: string}
---
`;
const CR = `${CRD}apiVersion: stable.example.com/v1\nkind: CronTab\nmetadata:\n  name: every-minute\n`;

test('keys of a custom resource come from its CRD, required first, status left out', () => {
  const items = completeAt(`${CR}spec:\n  |\n`);
  assert.deepEqual(sorted(items), ['cronSpec', 'image', 'policy', 'ports', 'replicas']);
  assert.equal(item(items, 'cronSpec').detail, 'string (required)');
  assert.equal(newText(item(items, 'ports')), 'ports:\n    - $1');
  assert.deepEqual(sorted(completeAt(`${CR}|\n`)), ['spec']);
});

test('metadata of a custom resource is ObjectMeta; enums and list items follow the CRD', () => {
  assert.ok(labels(completeAt(`${CR}  |\n`)).includes('labels'));
  assert.deepEqual(sorted(completeAt(`${CR}spec:\n  policy: |\n`)), ['Allow', 'Forbid']);
  assert.deepEqual(sorted(completeAt(`${CR}spec:\n  ports:\n    - port: 80\n      |\n`)), ['name']);
  assert.deepEqual(sorted(completeAt(`${CR}spec: {cronSpec: "* * * * *", ports: [{|}]}\n`)), ['name', 'port']);
});

test("kind offers the file's custom kinds with their apiVersion; apiVersion offers the CRD's versions", () => {
  const kinds = completeAt(`${CRD}kind: Cron|\n`);
  assert.equal(item(kinds, 'CronTab').detail, 'stable.example.com/v1');
  assert.equal(accept(`${CRD}kind: CronT|\n`, 'CronTab'), `${CRD}apiVersion: stable.example.com/v1\nkind: CronTab\n`);
  assert.equal(accept(`${CRD}apiVersion: v1\nkind: CronT|\n`, 'CronTab'), `${CRD}apiVersion: stable.example.com/v1\nkind: CronTab\n`);
  const versions = completeAt(`${CRD}apiVersion: |\nkind: CronTab\n`);
  assert.deepEqual(sorted(versions), ['stable.example.com/v1']);
  assert.equal(
    item(versions, 'stable.example.com/v1').detail,
    'defined by the CustomResourceDefinition `crontabs.stable.example.com` in this file',
  );
});

test("hover on a custom resource's field: its path, type, description, default and the CRD it comes from", () => {
  assert.equal(
    hoverText(`${CR}spec:\n  cron|Spec: "*/5 * * * *"\n`),
    '**CronTab.spec.cronSpec** `string` — required\n\nThe schedule, in cron format.\n\nDefined by the CustomResourceDefinition `crontabs.stable.example.com` in this file. · `kubectl explain crontab.spec.cronSpec`',
  );
  assert.match(
    hoverText(`${CR}spec:\n  repl|icas: 2\n`),
    /^\*\*CronTab\.spec\.replicas\*\* `integer` — optional\n\nHow many pods run each time\.\n\nDefault: `1`/,
  );
  assert.equal(
    hoverText(`${CRD}apiVersion: stable.example.com/v1\nkind: Cron|Tab\n`),
    '**CronTab**\n\nA custom resource, defined by the CustomResourceDefinition `crontabs.stable.example.com` in this file.\n\nA CronTab runs a command on a schedule.',
  );
});

test('without its CRD in the file a custom resource gets no field completion', () => {
  assert.deepEqual(completeAt('apiVersion: stable.example.com/v1\nkind: CronTab\nspec:\n  |\n'), []);
});
