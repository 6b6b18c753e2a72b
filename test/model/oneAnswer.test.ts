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
import { modelWork } from '../../server/src/model/model';
import { hover } from '../../server/src/hover';
import { apiGroup } from '../../server/src/yaml/nodes';
import { groupOf } from '../../server/src/model';
import { splitApiVersion } from '../../server/src/schema';
import { WIDGET_CRD } from '../helpers/widgetCrd';
import { getSchemaStore } from '../../server/src/schema';
import { resolveIdentity } from '../../server/src/validate/identity';
import { documentSchema, schemaAt } from '../../server/src/validate/documentSchema';

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

test('the deleted copies stay deleted: one binder, one selector evaluator, one closest(), one cron reader, one CRD reading and lookup, one pod-reference walker, one pod-spec table, containersOf, apiVersion group, schema of a document, one set of tree readers', () => {
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
  // One table of where pod specs sit, one containersOf, one reading of an apiVersion's group, one
  // selector evaluator (completion's own is gone), one CRD lookup for validation, completion and hover.
  assert.deepEqual(where(/function podSpecs\b/), ['yaml/nodes.ts']);
  assert.deepEqual(where(/'jobTemplate', 'spec', 'template'|function podTemplateOf\b|function podSpecOf\b/), []);
  assert.deepEqual(where(/function containersOf\b/), ['yaml/nodes.ts']);
  assert.deepEqual(where(/apiVersion\.(?:lastI|i)ndexOf\('\/'\)/), ['schema/versions.ts']);
  assert.deepEqual(where(/function selectorMatches\b/), ['model/model.ts']);
  assert.deepEqual(where(/\.crdsFor\(/), ['model/model.ts', 'validate/crd.ts']);
  // One decision of which schema applies (documentSchema): validation words it, completion and hover
  // walk it; the old second answer (schemaFor) and the decision's inputs read elsewhere stay gone.
  assert.deepEqual(where(/function (documentSchema|schemaAt|builtinSchema|customSchema|docIdentity)\b/), ['validate/documentSchema.ts']);
  assert.deepEqual(where(/\bschemaFor\b|\bbuiltinSchema\(/), ['validate/documentSchema.ts']);
  assert.deepEqual(where(/\.schemaFrom\b/), ['validate/documentSchema.ts']);
  assert.deepEqual(where(/\.deprecation\(/), ['validate/documentSchema.ts']);
  assert.deepEqual(where(/closest\(group\b/), ['validate/documentSchema.ts']);
  assert.deepEqual(where(/\bfindCrd\(/), ['validate/crd.ts', 'validate/documentSchema.ts']);
  // One set of tree readers (yaml/nodes: aliases, `<<` merges, a duplicated key's last value); the
  // outline's own copy is gone. migrate/moveKey keep a first-spelled-key lookup of their own: they
  // edit the text as written, not the object Kubernetes reads.
  assert.deepEqual(where(/function (asMap|asSeq|mapIn|mapItems|valueOf|stringAt|scalarString)\b/), ['yaml/nodes.ts']);
  assert.deepEqual(where(/function pairOf\b/), ['validate/migrate.ts', 'validate/moveKey.ts', 'yaml/nodes.ts']);
  // crdCheck takes documentSchema's decision (with the file and scope) instead of running resolveIdentity again.
  assert.deepEqual(where(/\bresolveIdentity\(/), ['validate/identity.ts', 'validate/schemaCheck.ts']);
  // One answer to "is this kind cluster-scoped" (schema/scope.ts): the model and the duplicate check ask it.
  assert.deepEqual(where(/\.namespaced\b/), ['schema/customResources.ts', 'schema/scope.ts', 'schema/store.ts']);
  // One reading of the target release and of the apiVersions it serves (schema/served.ts).
  assert.deepEqual(where(/function (targetRelease|targetVersion|versionsAt|preferredAt|servedAt)\b/), ['schema/served.ts']);
  assert.deepEqual(where(/kubernetesVersion \|\||kubernetesVersion\?\.trim\(\) \|\|/), ['schema/served.ts']);
  // The preferred apiVersion of a kind is schema/served's (preferredVersion / preferredAt), for the target release;
  // scope.ts takes any version of a kind only for its scope, which all versions share.
  assert.deepEqual(where(/kindsNamed\([^)]*\)\[0\]|function served\b/), ['schema/scope.ts']);
  // One edit between two texts (fix-all's and a migration's), one DNS-label check, one "where a line's content starts".
  assert.deepEqual(where(/function changedRegion\b/), ['problem.ts']);
  assert.deepEqual(where(/function dns1123Label\b/), ['k8s/names.ts']);
  assert.deepEqual(where(/function contentColumn\b/), ['syntax/indentation.ts']);
  // One answer to "which model does a file outside a workspace read": fileScope's, kept per parse.
  assert.deepEqual(where(/new Model\('this file'\)|untitled\.yaml'/), ['model/fileScope.ts']);
  // Position lookups live with the parser: the chunk, document and key or value under an offset.
  assert.deepEqual(where(/function (chunkAt|documentAt|nodeAt|scalarAt)\b/), ['yaml/position.ts']);
});

test('pod specs: the outline shows containers exactly where the model sees a pod (one table of where pod specs sit)', () => {
  const cases: [string, string, boolean][] = [
    ['v1', 'Pod', true],
    ['apps/v1', 'Deployment', true],
    ['batch/v1', 'CronJob', true],
    ['v1', 'PodTemplate', true],
    ['argoproj.io/v1alpha1', 'Rollout', false],
    ['example.com/v1', 'Deployment', false],
  ];
  for (const [apiVersion, kind, pod] of cases) {
    const spec = 'containers: [{name: app, image: "nginx:1.27"}]';
    const body =
      kind === 'Pod'
        ? `spec: {${spec}}`
        : kind === 'PodTemplate'
          ? `template: {spec: {${spec}}}`
          : kind === 'CronJob'
            ? `spec: {schedule: "@daily", jobTemplate: {spec: {template: {spec: {${spec}}}}}}`
            : `spec: {selector: {matchLabels: {app: a}}, template: {metadata: {labels: {app: a}}, spec: {${spec}}}}`;
    const file = service.parse(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: x}\n${body}\n`);
    const model = buildModel([{ uri: 'file:///x.yaml', file }]);
    const outlined = (service.outline(file)[0].children ?? []).map((c) => `${c.name} ${c.detail ?? ''}`.trim());
    assert.deepEqual(outlined, pod ? ['app container · nginx:1.27'] : [], `${apiVersion} ${kind}: outline`);
    assert.equal(model.pods().length, pod ? 1 : 0, `${apiVersion} ${kind}: model`);
  }
});

test("an apiVersion's group: one reading for rules, the model and the schema", () => {
  for (const [apiVersion, group] of [
    ['v1', ''],
    ['apps/v1', 'apps'],
    ['networking.k8s.io/v1', 'networking.k8s.io'],
    ['example.com/v1alpha1', 'example.com'],
  ] as const) {
    assert.equal(apiGroup(apiVersion), group, apiVersion);
    assert.equal(groupOf(apiVersion), group, apiVersion);
    assert.equal(splitApiVersion(apiVersion).group, group, apiVersion);
  }
});

test('the CRD of a custom resource in another file: validation, completion and hover find the same one', () => {
  const widget = service.parse('apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n  size: big\n  \n');
  const model = buildModel([
    { uri: 'file:///ws/widget.yaml', file: widget },
    { uri: 'file:///ws/crd.yaml', file: service.parse(WIDGET_CRD) },
  ]);
  const scope = { model, uri: 'file:///ws/widget.yaml' };
  assert.deepEqual(
    service
      .validate(widget, {}, scope)
      .filter((d) => d.code === 'schema/type')
      .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`),
    ['5:9 Widget.spec.size must be an integer, but it is the string "big"'],
  );
  assert.deepEqual(
    service.complete(widget, { line: 5, character: 2 }, {}, scope).items.map((i) => i.label),
    ['color'],
  );
  assert.match(
    (service.hover(widget, { line: 4, character: 3 }, {}, scope)?.contents as { value: string }).value,
    /Defined by the CustomResourceDefinition `widgets\.example\.com` in crd\.yaml\./,
  );
});

test('the schema of a document: validation and completion/hover read the same built-in definition (old apiVersions their own)', () => {
  const store = getSchemaStore();
  for (const [apiVersion, kind, definition] of [
    ['apps/v1', 'Deployment', 'io.k8s.api.apps.v1.Deployment'],
    ['extensions/v1beta1', 'Deployment', 'io.k8s.api.extensions.v1beta1.Deployment'],
    ['apps/v1beta2', 'StatefulSet', 'io.k8s.api.apps.v1beta2.StatefulSet'],
    ['v1', 'ConfigMap', 'io.k8s.api.core.v1.ConfigMap'],
  ] as const) {
    const doc = service.parse(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: x}\n`).documents[0];
    const identity = resolveIdentity(doc.doc, doc.root, '1.15');
    assert.equal(identity.type === 'builtin' ? identity.definition : identity.type, definition, `${apiVersion} ${kind}: validation`);
    assert.equal(
      schemaAt(store, { apiVersion, kind }, [], { doc })?.schema.definitionName,
      definition,
      `${apiVersion} ${kind}: completion`,
    );
  }
});

test('which schema applies: one decision, and validation, completion and hover agree on it (wrong, removed apiVersion, unknown kind, CRD elsewhere, bundled)', () => {
  const run = (apiVersion: string, kind: string) => {
    const file = service.parse(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: w}\nspec:\n  replicas: 1\n  \n`);
    const model = buildModel([
      { uri: 'file:///ws/w.yaml', file },
      { uri: 'file:///ws/crd.yaml', file: service.parse(WIDGET_CRD) },
    ]);
    const scope = { model, uri: 'file:///ws/w.yaml' };
    const decided = documentSchema({ apiVersion, kind }, { targetVersion: '1.33', file, scope });
    const hovered = (line: number, character: number) =>
      (service.hover(file, { line, character }, {}, scope)?.contents as { value: string } | undefined)?.value.split('\n')[0];
    return {
      decision: `${decided.source?.type ?? decided.none} → ${decided.source?.type === 'builtin' ? decided.source.info.apiVersion : (decided.fallback?.apiVersion ?? '-')}`,
      problems: service
        .validate(file, {}, scope)
        .filter((d) => String(d.code).startsWith('schema/'))
        .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`),
      completion: service.complete(file, { line: 5, character: 2 }, {}, scope).items.map((i) => i.label),
      hover: [hovered(3, 1), hovered(4, 3)],
    };
  };
  const deployment = run('apps/v1', 'Deployment');
  assert.deepEqual(deployment.decision, 'builtin → apps/v1');
  assert.deepEqual(deployment.completion.slice(0, 5), [
    'minReadySeconds',
    'paused',
    'progressDeadlineSeconds',
    'revisionHistoryLimit',
    'selector',
  ]);
  assert.deepEqual(deployment.hover, [
    '**Deployment.spec** `DeploymentSpec` — optional',
    '**Deployment.spec.replicas** `integer` — optional',
  ]);

  // A wrong apiVersion: validation says so and checks nothing more; completion and hover read the preferred one.
  const wrong = run('v1', 'Deployment');
  assert.equal(wrong.decision, 'not-served → apps/v1');
  assert.deepEqual(wrong.problems, ['1:13 schema/api-version Deployment is not served by apiVersion "v1": use apps/v1']);
  assert.deepEqual(wrong.completion, deployment.completion);
  assert.deepEqual(wrong.hover, deployment.hover);

  // A removed apiVersion: completion and hover read its own schema (rollbackTo), not its successor's.
  const removed = run('extensions/v1beta1', 'Deployment');
  assert.equal(removed.decision, 'removed → extensions/v1beta1');
  assert.deepEqual(removed.problems, [
    '1:13 schema/removed-api extensions/v1beta1 Deployment was removed in Kubernetes 1.16: use apps/v1 (apps/v1 requires spec.selector, and it must match spec.template.metadata.labels)',
  ]);
  assert.deepEqual(removed.completion.slice(0, 6), [
    'minReadySeconds',
    'paused',
    'progressDeadlineSeconds',
    'revisionHistoryLimit',
    'rollbackTo',
    'selector',
  ]);
  assert.deepEqual(removed.hover, deployment.hover);

  // An unknown kind: no schema anywhere.
  const unknown = run('v1', 'Deploymnet');
  assert.equal(unknown.decision, 'unknown-kind → -');
  assert.deepEqual(unknown.problems, ['2:7 schema/unknown-kind unknown kind "Deploymnet" — did you mean "Deployment" (apps/v1)?']);
  assert.deepEqual(unknown.completion, []);
  assert.deepEqual(unknown.hover, [undefined, undefined]);

  // A custom resource whose CRD is in another file.
  const widget = run('example.com/v1', 'Widget');
  assert.equal(widget.decision, 'crd → -');
  assert.deepEqual(widget.problems, [
    '5:3 schema/unknown-field unknown field "replicas" in Widget.spec: Kubernetes rejects it; allowed fields: size, color',
  ]);
  assert.deepEqual(widget.completion, ['size', 'color']);
  assert.deepEqual(widget.hover, ['**Widget.spec** `Object` — optional', undefined]);

  // A bundled operator CRD (cert-manager).
  const certificate = run('cert-manager.io/v1', 'Certificate');
  assert.equal(certificate.decision, 'bundled → -');
  assert.deepEqual(certificate.problems, [
    '4:1 schema/required missing required field "issuerRef" in Certificate.spec: add "issuerRef:" (a mapping (key: value lines)) under Certificate.spec',
    '4:1 schema/required missing required field "secretName" in Certificate.spec: add "secretName:" (a string) under Certificate.spec',
    '5:3 schema/unknown-field unknown field "replicas" in Certificate.spec: Kubernetes rejects it',
  ]);
  assert.deepEqual(certificate.completion.slice(0, 4), ['additionalOutputFormats', 'commonName', 'dnsNames', 'duration']);
  assert.deepEqual(certificate.hover, ['**Certificate.spec** `CertificateSpec` — optional', undefined]);
});

test('custom resources: crdCheck reads the one decision — a mistyped built-in group, no CRD, a bundled family', () => {
  const problems = (apiVersion: string, kind: string) =>
    service
      .validate(service.parse(`apiVersion: "${apiVersion}"\nkind: ${kind}\nmetadata: {name: w}\nspec: {size: 1}\n`))
      .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`);
  assert.deepEqual(problems('app/v1', 'Deployment'), [
    '1:13 schema/api-version unknown apiVersion "app/v1" for Deployment — did you mean "apps/v1"?',
  ]);
  assert.deepEqual(problems('example.com/v1', 'Widget'), [
    '1:13 schema/no-schema no schema for example.com/v1 Widget (a custom resource): only YAML syntax is checked',
  ]);
  assert.deepEqual(problems(' example.com/v1 ', 'Widget'), [
    '1:13 schema/no-schema no schema for example.com/v1 Widget (a custom resource): only YAML syntax is checked',
  ]);
  assert.deepEqual(problems('gateway.networking.k8s.io/v1', 'Gateway'), [
    '4:1 schema/required missing required field "gatewayClassName" in Gateway.spec: add "gatewayClassName:" (a string) under Gateway.spec',
    '4:1 schema/required missing required field "listeners" in Gateway.spec: add "listeners:" (a list) under Gateway.spec',
    '4:8 schema/unknown-field unknown field "size" in Gateway.spec: Kubernetes rejects it; allowed fields: addresses, allowedListeners, defaultScope, gatewayClassName, infrastructure, listeners, tls',
  ]);
});

test('cluster-scoped kinds: the model and the duplicate check agree (bundled ClusterIssuer and GatewayClass too)', () => {
  for (const [apiVersion, kind, cluster] of [
    ['v1', 'Namespace', true],
    ['rbac.authorization.k8s.io/v1', 'ClusterRole', true],
    ['cert-manager.io/v1', 'ClusterIssuer', true],
    ['gateway.networking.k8s.io/v1', 'GatewayClass', true],
    ['v1', 'ConfigMap', false],
    ['cert-manager.io/v1', 'Issuer', false],
    ['example.com/v1', 'Widget', false],
  ] as const) {
    const doc = (namespace: string) => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: x, namespace: ${namespace}}\n`;
    const file = service.parse(`${doc('a')}---\n${doc('b')}`);
    const model = buildModel([{ uri: 'file:///x.yaml', file }]);
    assert.deepEqual(
      model.objects().map((o) => o.identity.namespace ?? '(cluster)'),
      cluster ? ['(cluster)', '(cluster)'] : ['a', 'b'],
      `${kind}: model`,
    );
    // Two cluster-scoped objects of one name are one object whatever namespace they write; two namespaces keep two apart.
    assert.deepEqual(
      service
        .validate(file)
        .filter((d) => d.code === 'k8s/duplicate-object')
        .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`),
      cluster
        ? [
            `7:18 a second ${kind} named "x" (the first starts on line 1): kubectl apply would not create two objects — this one overwrites the first; rename one of them`,
          ]
        : [],
      `${kind}: duplicates`,
    );
  }
});

test('the preferred apiVersion of a kind: validation, completion and hover name the same one for the target release', () => {
  const messages = (text: string, settings: object) =>
    service
      .validate(service.parse(text), settings)
      .filter((d) => String(d.code).startsWith('schema/'))
      .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
  const hovered = (text: string, line: number, character: number, settings: object) =>
    (service.hover(service.parse(text), { line, character }, settings)?.contents as { value: string }).value
      .split('\n\n')
      .filter((l) => !l.startsWith('['));
  for (const [kubernetesVersion, cronJob] of [
    [undefined, 'batch/v1'],
    ['1.20', 'batch/v1beta1'], // batch/v1 CronJob came with 1.21
  ] as const) {
    const settings = kubernetesVersion ? { kubernetesVersion } : {};
    const completed = service
      .complete(service.parse('kind: \n'), { line: 0, character: 6 }, settings)
      .items.find((i) => i.label === 'CronJob');
    assert.deepEqual(
      completed?.additionalTextEdits?.map((e) => e.newText),
      [`apiVersion: ${cronJob}\n`],
      `${kubernetesVersion}: completion`,
    );
    assert.deepEqual(messages('kind: CronJob\nmetadata: {name: c}\n', settings), [
      `1:1 this CronJob has no apiVersion: add "apiVersion: ${cronJob}"`,
    ]);
    assert.deepEqual(messages('apiVersion: v1\nkind: CronJob\nmetadata: {name: c}\n', settings), [
      `1:13 CronJob is not served by apiVersion "v1": use ${cronJob}`,
    ]);
    assert.deepEqual(messages('apiVersion: v1\nkind: CronJb\nmetadata: {name: c}\n', settings), [
      `2:7 unknown kind "CronJb" — did you mean "CronJob" (${cronJob})?`,
    ]);
    assert.deepEqual(hovered('apiVersion: v1\nkind: CronJob\n', 1, 7, settings), [
      `**CronJob** — \`apiVersion: ${cronJob}\``,
      'Creates a Job on a repeating schedule written in cron syntax (minute hour day-of-month month day-of-week). Use it for backups, reports and other periodic tasks.',
      `\`v1\` does not serve CronJob; use \`${cronJob}\`.`,
    ]);
  }
  // The apiVersion's hover follows the target release's deprecation, as the schema/removed-api check does.
  assert.deepEqual(hovered('apiVersion: batch/v1beta1\nkind: CronJob\n', 0, 14, {}), [
    '**batch/v1beta1**: version `v1beta1` of `batch`.',
    'CronJob was removed from `batch/v1beta1` in Kubernetes 1.25; use `batch/v1`.',
  ]);
  assert.deepEqual(hovered('apiVersion: batch/v1beta1\nkind: CronJob\n', 0, 14, { kubernetesVersion: '1.22' }), [
    '**batch/v1beta1**: version `v1beta1` of `batch`.',
    'CronJob in `batch/v1beta1` is deprecated since Kubernetes 1.21.',
  ]);
  assert.deepEqual(hovered('apiVersion: batch/v1beta1\nkind: CronJob\n', 0, 14, { kubernetesVersion: '1.20' }), [
    '**batch/v1beta1**: version `v1beta1` of `batch`.',
  ]);
  assert.deepEqual(hovered('apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\n', 0, 14, {}), [
    '**policy/v1beta1**: version `v1beta1` of `policy`.',
    'PodSecurityPolicy was removed from `policy/v1beta1` in Kubernetes 1.25; there is no replacement API.',
  ]);
  // A built-in kind's name in a custom group is a custom resource to validation, and so to the hover.
  assert.deepEqual(messages('apiVersion: example.com/v1\nkind: Deployment\nmetadata: {name: d}\n', {}), [
    '1:13 no schema for example.com/v1 Deployment (a custom resource): only YAML syntax is checked',
  ]);
  assert.deepEqual(hovered('apiVersion: example.com/v1\nkind: Deployment\n', 1, 7, {}), [
    '**Deployment**',
    'Deployment of `example.com/v1` is a custom resource, not the built-in Deployment; it needs a CustomResourceDefinition installed in the cluster.',
  ]);
});

test('an apiVersion one letter off a built-in group (app/v1): validation, completion and hover all take it for apps/v1, even beside a CRD of group "app"', () => {
  // schemaCheck is a per-document check (cached without the scope), so the typo decision cannot wait
  // for the workspace's CRDs; completion and hover follow the same decision rather than a second one.
  const crd = WIDGET_CRD.replace(/example\.com/g, 'app')
    .replace(/Widget/g, 'Deployment')
    .replace(/widgets/g, 'deployments');
  const file = service.parse('apiVersion: app/v1\nkind: Deployment\nmetadata: {name: w}\nspec:\n  replicas: 1\n  \n');
  for (const others of [[], [{ uri: 'file:///ws/crd.yaml', file: service.parse(crd) }]]) {
    const model = buildModel([{ uri: 'file:///ws/w.yaml', file }, ...others]);
    const scope = { model, uri: 'file:///ws/w.yaml' };
    assert.deepEqual(
      service.validate(file, {}, scope).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`),
      ['1:13 schema/api-version unknown apiVersion "app/v1" for Deployment — did you mean "apps/v1"?'],
    );
    assert.deepEqual(
      service
        .complete(file, { line: 5, character: 2 }, {}, scope)
        .items.map((i) => i.label)
        .slice(0, 3),
      ['minReadySeconds', 'paused', 'progressDeadlineSeconds'],
    );
    assert.equal(
      (service.hover(file, { line: 4, character: 3 }, {}, scope)?.contents as { value: string }).value.split('\n')[0],
      '**Deployment.spec.replicas** `integer` — optional',
    );
    assert.match(
      (service.hover(file, { line: 1, character: 8 }, {}, scope)?.contents as { value: string }).value,
      /^\*\*Deployment\*\* — `apiVersion: apps\/v1`[\s\S]*`app\/v1` does not serve Deployment; use `apps\/v1`\./,
    );
  }
});

test('a file outside a workspace has one model per parse: validation, hover and the graph index its objects once', () => {
  const file = service.parse(
    'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {app: web}}\nspec: {containers: [{name: c, image: "nginx:1.27"}]}\n',
  );
  const before = modelWork.objectsIndexed;
  assert.deepEqual(service.validate(file), []);
  assert.equal(modelWork.objectsIndexed - before, 2, 'validation indexes the two objects');
  assert.match(
    (service.hover(file, { line: 4, character: 15 }, {})?.contents as { value: string }).value,
    /This selector matches:\n- Pod\/p$/,
  );
  assert.deepEqual(
    service.graph(file).nodes.map((n) => `${n.kind} ${n.name}`),
    ['Service web', 'Pod p'],
  );
  assert.equal(modelWork.objectsIndexed - before, 2, 'hover and the graph read the same model');
});
