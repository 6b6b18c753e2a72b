// The bundled custom-resource schemas (Gateway API, cert-manager, Prometheus operator, Argo CD) as a
// user sees them: valid samples pass, typos get did-you-mean, completion and hover know the fields,
// a CRD of the user's wins, and the k8sense.customResources setting turns a family off.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose } from '../helpers/engine';
import { completeAt, hoverText, labels } from '../completion/cursor';
import { crdFamilies } from '../../server/src/schema';
import { Model } from '../../server/src/model';
import { validateFile } from '../../server/src/validation';
import { withDefaults } from '../../server/src/settings';
import { parseFile } from '../../server/src/yaml/parse';

const SAMPLES = path.join(__dirname, 'crd-samples');
const schemaOnly = (text: string, settings = {}) =>
  diagnose(text, { requireKubernetes: true, ...settings }).filter((d) => d.code.startsWith('schema/'));

describe('bundled families', () => {
  test('the build bundles Gateway API, cert-manager, the Prometheus operator and Argo CD, pinned', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const families = crdFamilies();
    assert.deepEqual(families.map((f) => f.id).sort(), ['argo-cd', 'cert-manager', 'gateway-api', 'prometheus-operator']);
    for (const f of families) {
      const [, name, version] = /^(.+)@(\d[^@]*)$/.exec(f.source)!;
      assert.equal(pkg.devDependencies[name], version, `${name} pinned exactly`);
    }
  });

  for (const family of ['gateway-api', 'cert-manager', 'prometheus-operator', 'argo-cd']) {
    test(`${family}: a valid sample of each kind passes`, () => {
      const text = fs.readFileSync(path.join(SAMPLES, `${family}.yaml`), 'utf8');
      const docs = text.split(/^---$/m).length;
      assert.ok(docs >= 3, 'several kinds');
      assert.deepEqual(schemaOnly(text), []);
    });
  }
});

describe('typos get did-you-mean', () => {
  test('Gateway API: a misspelt field and a misspelt enum value in an HTTPRoute', () => {
    const text = [
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: HTTPRoute',
      'metadata:',
      '  name: web',
      'spec:',
      '  parentRefs:',
      '    - name: main-gateway',
      '  rules:',
      '    - filters:',
      '        - type: RequestHeaderModifer',
      '      backendRefs:',
      '        - name: web',
      '          prot: 80',
      '',
    ].join('\n');
    assert.deepEqual(schemaOnly(text), [
      {
        at: '10:17-10:37',
        severity: 'error',
        code: 'schema/enum',
        message:
          '"RequestHeaderModifer" is not a valid value for HTTPRoute.spec.rules[0].filters[0].type: allowed values are RequestHeaderModifier, ResponseHeaderModifier, RequestMirror, RequestRedirect, URLRewrite, ExtensionRef, CORS — did you mean "RequestHeaderModifier"?',
      },
      {
        at: '13:11-13:15',
        severity: 'error',
        code: 'schema/unknown-field',
        message: 'unknown field "prot" in HTTPRoute.spec.rules[0].backendRefs[0] — did you mean "port"?',
      },
    ]);
  });

  test('cert-manager: a misspelt field of a Certificate', () => {
    const text =
      'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: web\nspec:\n  secretName: web-tls\n  dnsNames: [example.com]\n  issuerRef:\n    name: letsencrypt\n  renewBefor: 360h\n';
    assert.deepEqual(schemaOnly(text), [
      {
        at: '10:3-10:13',
        severity: 'error',
        code: 'schema/unknown-field',
        message: 'unknown field "renewBefor" in Certificate.spec — did you mean "renewBefore"?',
      },
    ]);
  });

  test('Prometheus operator: a misspelt endpoint field of a ServiceMonitor', () => {
    const text =
      'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  endpoints:\n    - port: http\n      intervl: 30s\n';
    assert.deepEqual(schemaOnly(text), [
      {
        at: '10:7-10:14',
        severity: 'error',
        code: 'schema/unknown-field',
        message: 'unknown field "intervl" in ServiceMonitor.spec.endpoints[0] — did you mean "interval"?',
      },
    ]);
  });

  test('Argo CD: a misspelt syncPolicy field of an Application', () => {
    const text =
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: app\nspec:\n  project: default\n  destination:\n    server: https://kubernetes.default.svc\n  syncPolicy:\n    automated:\n      selfHeel: true\n';
    assert.deepEqual(schemaOnly(text), [
      {
        at: '11:7-11:15',
        severity: 'error',
        code: 'schema/unknown-field',
        message: 'unknown field "selfHeel" in Application.spec.syncPolicy.automated — did you mean "selfHeal"?',
      },
    ]);
  });
});

const ISSUER_TYPO = 'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata:\n  name: ca\nspec:\n  caa:\n    secretName: ca\n';

test('status, written by the controllers, is an open object (pruned from the bundle to keep it small)', () => {
  const text =
    'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: web\nspec:\n  secretName: web-tls\n  issuerRef:\n    name: ca\nstatus:\n  conditions: [{type: Ready, status: "True"}]\n  anyField: 1\n';
  assert.deepEqual(schemaOnly(text), []);
});

describe('setting and overrides', () => {
  test('k8sense.customResources turns a family off: only YAML syntax is checked, and the info says why', () => {
    assert.deepEqual(schemaOnly(ISSUER_TYPO, { customResources: { 'cert-manager': false } }), [
      {
        at: '1:13-1:31',
        severity: 'info',
        code: 'schema/no-schema',
        message:
          'no schema for cert-manager.io/v1 Issuer (a custom resource) (the bundled cert-manager (with trust-manager, approver-policy, aws-privateca-issuer) schemas are turned off in k8sense.customResources): only YAML syntax is checked',
      },
    ]);
    // the other families stay on
    assert.equal(schemaOnly(ISSUER_TYPO, { customResources: { 'gateway-api': false } })[0].code, 'schema/unknown-field');
  });

  test('a CustomResourceDefinition in the file wins over the bundled schema of the same group/version/kind', () => {
    const crd = [
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata:',
      '  name: issuers.cert-manager.io',
      'spec:',
      '  group: cert-manager.io',
      '  scope: Namespaced',
      '  names: {kind: Issuer, plural: issuers}',
      '  versions:',
      '    - name: v1',
      '      served: true',
      '      storage: true',
      '      schema:',
      '        openAPIV3Schema:',
      '          type: object',
      '          properties:',
      '            spec:',
      '              type: object',
      '              properties:',
      '                caa: {type: object, x-kubernetes-preserve-unknown-fields: true}',
      '---',
      '',
    ].join('\n');
    assert.deepEqual(schemaOnly(crd + ISSUER_TYPO), []);

    // in another file of the workspace too; without it, the bundled schema names the typo
    const model = new Model('the workspace');
    model.setFile('file:///ws/crds.yaml', parseFile(crd));
    const issuer = parseFile(ISSUER_TYPO);
    const codes = (m: Model) => validateFile(issuer, withDefaults({}), { model: m, uri: 'file:///ws/issuer.yaml' }).map((d) => d.code);
    assert.deepEqual(codes(model), []);
    model.removeFile('file:///ws/crds.yaml');
    assert.deepEqual(codes(model), ['schema/unknown-field']);
  });
});

describe('completion and hover', () => {
  test('completion offers the fields of an HTTPRoute rule and the bundled kinds', () => {
    const keys = labels(
      completeAt('apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: web\nspec:\n  rules:\n    - |\n'),
    );
    for (const k of ['backendRefs', 'filters', 'matches', 'timeouts']) assert.ok(keys.includes(k), `${k} in ${keys.join(', ')}`);
    const kinds = completeAt('apiVersion: cert-manager.io/v1\nkind: |\n');
    const cert = kinds.find((i) => i.label === 'Certificate');
    assert.equal(cert?.detail, 'cert-manager.io/v1');
    assert.ok(
      !labels(completeAt('apiVersion: cert-manager.io/v1\nkind: |\n', { customResources: { 'cert-manager': false } })).includes(
        'Certificate',
      ),
    );
  });

  test('completion offers enum values the package validators know', () => {
    const values = labels(
      completeAt('apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nspec:\n  rules:\n    - filters:\n        - type: |\n'),
    );
    assert.ok(values.includes('RequestRedirect'), values.join(', '));
  });

  test('hover shows the description and where the schema comes from', () => {
    const text = hoverText('apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nspec:\n  endpoints:\n    - inter|val: 30s\n');
    assert.match(text, /^\*\*ServiceMonitor\.spec\.endpoints\.interval\*\* `string` — optional/);
    assert.match(text, /interval at which Prometheus scrapes/i);
    assert.match(text, /Schema bundled with k8sense: Prometheus operator \(@kubernetes-models\/prometheus-operator@6\.0\.0\)\./);
    assert.match(
      hoverText('apiVersion: cert-manager.io/v1\nkind: Certi|ficate\n'),
      /A custom resource of cert-manager .*@kubernetes-models\/cert-manager@6\.0\.0/,
    );
  });
});

test('apiVersion completion for a bundled kind offers its versions, the preferred (GA) one first', () => {
  const items = completeAt('apiVersion: |\nkind: HTTPRoute\n');
  assert.deepEqual(labels(items).slice(0, 2), ['gateway.networking.k8s.io/v1', 'gateway.networking.k8s.io/v1beta1']);
  assert.equal(items[0].detail, 'HTTPRoute');
});
