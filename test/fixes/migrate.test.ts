// Migrations of removed apiVersions: the exact text, a document that validates cleanly against the
// target version, every field the target has kept, and a dropped field named in the fix's title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';
import type { DiagnosticData } from '../../server/src/problem';
import { applyFixes } from '../rules/ruleTester';
import { diagnose } from '../helpers/engine';

const service = getLanguageService();

function migrate(text: string) {
  const diagnostics = service.validate(service.parse(text)).filter((d) => d.code === 'schema/removed-api');
  assert.equal(diagnostics.length, 1);
  const [fix] = (diagnostics[0].data as DiagnosticData).fixes!;
  const output = applyFixes(text, diagnostics)!;
  const after = service.parse(output).documents.map((d) => d.toJS().value);
  return {
    title: fix.title,
    preferred: fix.preferred,
    output,
    errors: diagnose(output).filter((d) => d.severity === 'error'),
    value: after[0] as any,
  };
}

const INGRESS_SPEC = `spec:
  backend:
    serviceName: default
    servicePort: 80
  tls:
    - hosts: [example.com]
      secretName: tls
  rules:
    - host: example.com
      http:
        paths:
          - path: /
            backend:
              serviceName: web # the shop
              servicePort: http
          - path: /api
            pathType: Prefix
            backend: {serviceName: api, servicePort: 8080}
`;

for (const from of ['extensions/v1beta1', 'networking.k8s.io/v1beta1']) {
  test(`${from} Ingress → networking.k8s.io/v1: backends rewritten, pathType added, defaultBackend`, () => {
    const r = migrate(`apiVersion: ${from}\nkind: Ingress\nmetadata:\n  name: web\n${INGRESS_SPEC}`);
    assert.equal(r.title, 'Migrate to networking.k8s.io/v1');
    assert.equal(r.preferred, true);
    assert.equal(
      r.output,
      `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  defaultBackend:
    service:
      name: default
      port:
        number: 80
  tls:
    - hosts: [example.com]
      secretName: tls
  rules:
    - host: example.com
      http:
        paths:
          - path: /
            backend:
              service: # the shop
                name: web
                port:
                  name: http
            pathType: ImplementationSpecific
          - path: /api
            pathType: Prefix
            backend: {service: {name: api, port: {number: 8080}}}
`,
    );
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.value.spec.tls, [{ hosts: ['example.com'], secretName: 'tls' }]);
  });
}

const WORKLOAD = (apiVersion: string, kind: string, extra = '') => `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: web
spec:
  replicas: 2
${extra}  template:
    metadata:
      labels:
        app: web
        tier: "yes"
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

for (const [apiVersion, kind] of [
  ['extensions/v1beta1', 'Deployment'],
  ['apps/v1beta1', 'Deployment'],
  ['apps/v1beta2', 'Deployment'],
  ['extensions/v1beta1', 'ReplicaSet'],
  ['apps/v1beta2', 'ReplicaSet'],
]) {
  test(`${apiVersion} ${kind} → apps/v1: the selector required by apps/v1, from the template's labels`, () => {
    const r = migrate(WORKLOAD(apiVersion, kind));
    assert.equal(r.title, 'Migrate to apps/v1');
    assert.equal(r.preferred, true);
    assert.equal(r.output, WORKLOAD('apps/v1', kind, '  selector:\n    matchLabels:\n      app: web\n      tier: "yes"\n'));
    assert.deepEqual(r.errors, []);
  });
}

for (const [apiVersion, kind] of [
  ['extensions/v1beta1', 'DaemonSet'],
  ['apps/v1beta2', 'DaemonSet'],
  ['apps/v1beta1', 'StatefulSet'],
  ['apps/v1beta2', 'StatefulSet'],
]) {
  test(`${apiVersion} ${kind} → apps/v1 validates cleanly and keeps its template`, () => {
    const text = WORKLOAD(apiVersion, kind).replace('  replicas: 2\n', kind === 'StatefulSet' ? '  serviceName: web\n' : '');
    const r = migrate(text);
    assert.equal(r.title, 'Migrate to apps/v1');
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.value.spec.selector, { matchLabels: { app: 'web', tier: 'yes' } });
    assert.deepEqual(
      r.value.spec.template,
      service.parse(text).documents[0].toJS().value && (service.parse(text).documents[0].toJS().value as any).spec.template,
    );
  });
}

test('a field apps/v1 dropped (rollbackTo) is removed and named in the title; such a fix is not preferred', () => {
  const r = migrate(WORKLOAD('extensions/v1beta1', 'Deployment', '  rollbackTo:\n    revision: 1\n'));
  assert.equal(r.title, 'Migrate to apps/v1 (drops spec.rollbackTo, which apps/v1 does not have)');
  assert.equal(r.preferred, undefined);
  assert.equal(r.output, WORKLOAD('apps/v1', 'Deployment', '  selector:\n    matchLabels:\n      app: web\n      tier: "yes"\n'));
  assert.deepEqual(r.errors, []);
});

test('batch/v1beta1 CronJob → batch/v1, everything kept', () => {
  const text =
    'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: c\n              image: busybox:1.36\n';
  const r = migrate(text);
  assert.equal(r.title, 'Migrate to batch/v1');
  assert.equal(r.output, text.replace('batch/v1beta1', 'batch/v1'));
  assert.deepEqual(r.errors, []);
});
