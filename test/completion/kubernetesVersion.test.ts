import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemTag } from 'vscode-languageserver-types';
import { accept, completeAt, item, labels, sorted } from './cursor';

const at = (version: string) => ({ kubernetesVersion: version });
const deprecated = (i: { tags?: number[] }) => !!i.tags?.includes(CompletionItemTag.Deprecated);

test('apiVersion: the target release decides the order and the marks', () => {
  const latest = completeAt('apiVersion: |\nkind: CronJob\n');
  assert.deepEqual(sorted(latest), ['batch/v1', 'batch/v1beta1', 'batch/v2alpha1']);
  assert.match(item(latest, 'batch/v1').detail!, /^preferred for CronJob in Kubernetes 1\.\d\d$/);
  assert.equal(item(latest, 'batch/v1beta1').detail, 'removed in Kubernetes 1.25');
  assert.ok(deprecated(item(latest, 'batch/v1beta1')));

  // 1.24 still serves batch/v1beta1 CronJob: fine, but deprecated; batch/v1 comes first.
  const k124 = completeAt('apiVersion: |\nkind: CronJob\n', at('1.24'));
  assert.deepEqual(sorted(k124), ['batch/v1', 'batch/v1beta1', 'batch/v2alpha1']);
  assert.equal(item(k124, 'batch/v1').detail, 'preferred for CronJob in Kubernetes 1.24');
  assert.equal(item(k124, 'batch/v1beta1').detail, 'deprecated since Kubernetes 1.21, removed in 1.25');
  assert.equal((item(k124, 'batch/v1beta1').documentation as { value: string }).value, 'Use `batch/v1` instead.');
  assert.ok(deprecated(item(k124, 'batch/v1beta1')));
  assert.ok(!deprecated(item(k124, 'batch/v1')));

  // Before 1.21 batch/v1beta1 is the current version; its successor is listed after it.
  const k120 = completeAt('apiVersion: |\nkind: CronJob\n', at('1.20'));
  assert.deepEqual(sorted(k120), ['batch/v1beta1', 'batch/v1', 'batch/v2alpha1']);
  assert.equal(item(k120, 'batch/v1').detail, 'replaces batch/v1beta1 from Kubernetes 1.21');
  assert.ok(!deprecated(item(k120, 'batch/v1beta1')));
});

test('apiVersion without a kind: only what the target release serves', () => {
  assert.ok(!labels(completeAt('apiVersion: |\n')).includes('batch/v1beta1'));
  assert.ok(labels(completeAt('apiVersion: |\n', at('1.24'))).includes('batch/v1beta1'));
  assert.ok(!labels(completeAt('apiVersion: |\n', at('1.24'))).includes('extensions/v1beta1'));
});

test('kind: the apiVersion the target release serves is the one added', () => {
  assert.equal(accept('kind: Cron|', 'CronJob', at('1.24')), 'apiVersion: batch/v1\nkind: CronJob');
  assert.equal(accept('kind: Cron|', 'CronJob', at('1.20')), 'apiVersion: batch/v1beta1\nkind: CronJob');
  assert.equal(item(completeAt('kind: Cron|', at('1.20')), 'CronJob').detail, 'batch/v1beta1');
  // A served apiVersion is kept; one the release no longer serves is replaced.
  assert.equal(accept('apiVersion: batch/v1beta1\nkind: Cron|', 'CronJob', at('1.24')), 'apiVersion: batch/v1beta1\nkind: CronJob');
  assert.equal(accept('apiVersion: batch/v1beta1\nkind: Cron|', 'CronJob', at('1.25')), 'apiVersion: batch/v1\nkind: CronJob');
});

test('kind: kinds the target release no longer serves are left out; deprecated ones are marked and listed last', () => {
  assert.ok(!labels(completeAt('kind: PodSec|')).includes('PodSecurityPolicy'));
  const psp = item(completeAt('kind: PodSec|', at('1.24')), 'PodSecurityPolicy');
  assert.equal(psp.detail, 'policy/v1beta1 — deprecated since Kubernetes 1.21');
  assert.ok(deprecated(psp));
  assert.match(
    (psp.documentation as { value: string }).value,
    /PodSecurityPolicy was removed without a replacement API; use Pod Security Admission/,
  );
  const endpoints = item(completeAt('kind: Endpoi|'), 'Endpoints');
  assert.ok(deprecated(endpoints), 'Endpoints is deprecated since 1.33');
  assert.ok(!deprecated(item(completeAt('kind: Endpoi|', at('1.30')), 'Endpoints')));
  const order = sorted(completeAt('kind: |'));
  assert.ok(order.indexOf('Endpoints') > order.indexOf('ResourceQuota'), 'deprecated kinds after the others');
});

test('kind in a document written as one flow mapping: no line is inserted into it', () => {
  assert.equal(accept('{\n  kind: Cron|\n}\n', 'CronJob'), '{\n  kind: CronJob\n}\n');
});
