// Questions that used to have two answers in the engine, each asked through the one implementation
// that remains, and a check that the deleted copies stay deleted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/lspClient';
import { getLanguageService } from '../../server/src/languageService';
import { labelSelectorMatches } from '../../server/src/k8s/selectors';
import { describeSchedule } from '../../server/src/k8s/cron';
import { closest } from '../../server/src/validate/suggest';
import { closest as rulesClosest } from '../../server/src/rules/text';
import { buildModel, selectorMatches } from '../../server/src/model';
import { hover } from '../../server/src/hover';

const service = getLanguageService();
const codes = (text: string) => service.validate(service.parse(text)).map((d) => `${d.code}: ${d.message}`);

test('the binder: a Block claim, or one whose selector matches no volume, binds to nothing — the graph draws no binding and the check says why', () => {
  const text = `apiVersion: v1
kind: PersistentVolume
metadata: {name: pv}
spec: {storageClassName: manual, capacity: {storage: 5Gi}, accessModes: [ReadWriteOnce], hostPath: {path: /mnt}}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: block}
spec: {storageClassName: manual, volumeMode: Block, accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;
  const graph = service.graph(service.parse(text));
  assert.deepEqual(
    graph.edges.filter((e) => e.kind === 'binds'),
    [],
  );
  assert.ok(
    codes(text).some((c) =>
      c.startsWith(
        'k8s/pvc-unsatisfiable: no PersistentVolume of storage class "manual" in this file can take this claim: it wants volumeMode Block',
      ),
    ),
  );
  const model = buildModel([{ uri: 'file:///a.yaml', file: service.parse(text) }]);
  assert.equal(model.bindingOf(model.find('PersistentVolumeClaim', 'block')[0]), undefined);
});

test('matchExpressions with an unknown operator match nothing, everywhere; the workload rule leaves it to k8s/selector-operators', () => {
  const selector = { matchLabels: {}, matchExpressions: [{ key: 'app', operator: 'Equals', values: ['web'] }] };
  assert.equal(labelSelectorMatches(selector, { app: 'web' }), false);
  assert.equal(selectorMatches({ form: 'label', selector, emptySelectsAll: false, entries: [] }, { app: 'web' }), false);
  const found = codes(`apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector:
    matchExpressions: [{key: app, operator: Equals, values: [web]}]
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: "nginx:1.27"}]}
`).filter((c) => c.startsWith('k8s/'));
  assert.ok(
    found.some((c) => c.startsWith('k8s/selector-operators')),
    found.join('\n'),
  );
  assert.ok(!found.some((c) => c.startsWith('k8s/workload-selector')), found.join('\n'));
});

test('did-you-mean: one closest() for schema and rules — restartPolicy: Alawsy keeps its suggestion', () => {
  assert.equal(rulesClosest, closest);
  for (const [word, candidates, expected] of [
    ['Alawsy', ['Always', 'OnFailure', 'Never'], 'Always'],
    ['accesMdoes', ['accessModes'], 'accessModes'],
    ['api', ['api-server'], 'api-server'],
    ['xyz', ['Always'], undefined],
  ] as const)
    assert.equal(closest(word, [...candidates]), expected, word);
  const found = codes(
    'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  restartPolicy: Alawsy\n  containers: [{name: c, image: "busybox:1.36"}]\n',
  );
  assert.ok(
    found.some((c) => c.includes('did you mean "Always"')),
    found.join('\n'),
  );
});

test('cron macros: @Daily is rejected by the rule and explained as invalid by the hover, @daily works in both', () => {
  const cron = (schedule: string) =>
    `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  schedule: "${schedule}"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers: [{name: c, image: "busybox:1.36"}]\n`;
  assert.ok(codes(cron('@Daily')).some((c) => c.startsWith('k8s/cron-schedule: schedule "@Daily" is not valid')));
  assert.ok(!codes(cron('@daily')).some((c) => c.startsWith('k8s/cron-schedule')));
  assert.ok('error' in describeSchedule('@Daily'));
  assert.ok(!('error' in describeSchedule('@daily')));
  const h = hover(service.parse(cron('@Daily')), { line: 4, character: 14 }, {});
  assert.match((h?.contents as { value: string }).value, /`@Daily` is not a valid schedule/);
});

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) sources(full, out);
    else if (name.endsWith('.ts')) out.push(full);
  }
  return out;
}

test('the deleted copies stay deleted: one binder, one selector evaluator, one closest(), one cron reader, one CRD reading, one pod-reference walker', () => {
  const src = join(ROOT, 'server', 'src');
  const where = (pattern: RegExp) =>
    sources(src)
      .filter((f) => pattern.test(readFileSync(f, 'utf8')))
      .map((f) => relative(src, f))
      .sort();
  assert.deepEqual(where(/function (bindingVolume|volumeSatisfies)\b/), ['k8s/binding.ts']);
  assert.deepEqual(where(/case 'DoesNotExist':/), ['k8s/selectors.ts']);
  assert.deepEqual(where(/function (closest|editDistance)\b/), ['validate/suggest.ts']);
  assert.deepEqual(where(/'@midnight'/), ['k8s/cron.ts']);
  assert.deepEqual(where(/\.openAPIV3Schema\b|\?\.openAPIV3Schema/), ['validate/crd.ts']);
  // The graph reads references from the model, not from pod specs of its own.
  assert.deepEqual(
    where(/configMapKeyRef|claimName/).filter((f) => f.startsWith('graph/')),
    [],
  );
  assert.deepEqual(where(/function podReferences\b/), []);
});
