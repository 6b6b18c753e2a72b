import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { CUSTOM_FORMATS, SCHEMA_KEYWORDS, type JSONSchema } from '../../server/src/schema';
import { BUNDLE, ensureBundle } from './helpers';

type Bundle = {
  kubernetesVersion: string;
  source: string;
  definitions: Record<string, JSONSchema>;
  kinds: Record<string, string>;
  namespaced: Record<string, boolean>;
  deprecations: { apiVersion: string; kind: string }[];
};
let bundle: Bundle;

before(async () => {
  await ensureBundle();
  bundle = JSON.parse(fs.readFileSync(BUNDLE, 'utf8'));
});

const def = (name: string): JSONSchema => {
  const d = bundle.definitions[name];
  assert.ok(d, `definition ${name} missing`);
  return d;
};

describe('schemas/generate.mjs output', () => {
  it('has the documented top-level shape', () => {
    assert.match(bundle.kubernetesVersion, /^1\.\d+$/);
    assert.match(bundle.source, /^kubernetes-models@\d+\.\d+\.\d+$/);
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    assert.equal(bundle.source, `kubernetes-models@${pkg.devDependencies['kubernetes-models']}`);
    assert.ok(Object.keys(bundle.definitions).length > 800);
    assert.equal(bundle.kinds['v1/Pod'], 'io.k8s.api.core.v1.Pod');
    assert.equal(bundle.kinds['apps/v1/Deployment'], 'io.k8s.api.apps.v1.Deployment');
    assert.equal(bundle.kinds['batch/v1/CronJob'], 'io.k8s.api.batch.v1.CronJob');
    assert.equal(bundle.kinds['networking.k8s.io/v1/Ingress'], 'io.k8s.api.networking.v1.Ingress');
    assert.equal(bundle.kinds['v1/List'], 'io.k8s.api.core.v1.List');
    assert.equal(bundle.kinds['v1/PodList'], 'io.k8s.api.core.v1.PodList');
    for (const [key, name] of Object.entries(bundle.kinds)) assert.ok(bundle.definitions[name], `${key} -> ${name} has no definition`);
  });

  it('writes only local refs that resolve', () => {
    const missing = new Set<string>();
    JSON.stringify(bundle.definitions, (k, v) => {
      if (k === '$ref' && typeof v === 'string') {
        assert.match(v, /^#\/definitions\//);
        if (!bundle.definitions[v.slice('#/definitions/'.length)]) missing.add(v);
      }
      return v;
    });
    assert.deepEqual([...missing], []);
  });

  it('closes objects with properties (additionalProperties: false)', () => {
    assert.equal(def('io.k8s.api.core.v1.PodSpec').additionalProperties, false);
    assert.equal(def('io.k8s.api.core.v1.Container').additionalProperties, false);
    assert.equal(def('io.k8s.api.apps.v1.Deployment').additionalProperties, false);
    assert.equal(def('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta').additionalProperties, false);
  });

  it('keeps maps open: labels, annotations, ConfigMap data, Secret data', () => {
    const meta = def('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta').properties!;
    for (const m of [meta.labels, meta.annotations, def('io.k8s.api.core.v1.ConfigMap').properties!.data]) {
      assert.deepEqual(m.additionalProperties, { type: 'string' });
    }
    assert.deepEqual(def('io.k8s.api.core.v1.Secret').properties!.data.additionalProperties, { type: 'string', format: 'byte' });
    // preserve-unknown-fields payloads stay open
    const raw = def('io.k8s.apimachinery.pkg.runtime.RawExtension');
    assert.equal(raw['x-kubernetes-preserve-unknown-fields'], true);
    assert.notEqual(raw.additionalProperties, false);
  });

  it('keeps required, enums, descriptions and formats', () => {
    const port = def('io.k8s.api.core.v1.ContainerPort');
    assert.deepEqual(port.required, ['containerPort']);
    assert.equal(port.properties!.containerPort.type, 'integer');
    assert.equal(port.properties!.containerPort.format, 'int32');
    assert.deepEqual(port.properties!.protocol.enum, ['SCTP', 'TCP', 'UDP', null]);
    assert.match(port.properties!.containerPort.description!, /valid port number/);
    assert.deepEqual(def('io.k8s.api.core.v1.PodSpec').required, ['containers']);
    assert.deepEqual(def('io.k8s.api.core.v1.ServiceSpec').properties!.type.enum, [
      'ClusterIP',
      'ExternalName',
      'LoadBalancer',
      'NodePort',
      null,
    ]);
    assert.equal(def('io.k8s.api.core.v1.PodSpec').properties!.terminationGracePeriodSeconds.format, 'int64');
    const meta = def('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta').properties!;
    assert.equal(meta.creationTimestamp.format, 'date-time');
    assert.deepEqual(meta.creationTimestamp.type, ['string', 'null']);
  });

  it('marks int-or-string and quantity', () => {
    const tp = def('io.k8s.api.core.v1.ServicePort').properties!.targetPort;
    assert.equal(tp['x-kubernetes-int-or-string'], true);
    assert.equal(tp.format, 'int-or-string');
    assert.deepEqual(tp.type, ['integer', 'string', 'null']);
    const limits = def('io.k8s.api.core.v1.ResourceRequirements').properties!.limits.additionalProperties as JSONSchema;
    assert.equal(limits.format, 'quantity');
    assert.deepEqual(limits.type, ['string', 'number']);
  });

  it('gives top-level kinds single-valued apiVersion/kind enums, not required', () => {
    const dep = def('io.k8s.api.apps.v1.Deployment');
    assert.deepEqual(dep.properties!.apiVersion.enum, ['apps/v1']);
    assert.deepEqual(dep.properties!.kind.enum, ['Deployment']);
    assert.ok(!(dep.required ?? []).includes('apiVersion'));
    assert.deepEqual(dep['x-kubernetes-group-version-kind'], [{ group: 'apps', version: 'v1', kind: 'Deployment' }]);
  });

  it('applies constraints.json', () => {
    const port = def('io.k8s.api.core.v1.ContainerPort').properties!.containerPort;
    assert.equal(port.minimum, 1);
    assert.equal(port.maximum, 65535);
    assert.equal(def('io.k8s.api.core.v1.SecretVolumeSource').properties!.defaultMode.maximum, 511);
    assert.equal(def('io.k8s.api.apps.v1.DeploymentSpec').properties!.replicas.minimum, 0);
    assert.deepEqual(def('io.k8s.api.core.v1.Toleration').properties!.effect.enum, [
      'NoExecute',
      'NoSchedule',
      'PreferNoSchedule',
      '',
      null,
    ]);
  });

  it('synthesizes removed apiVersions the package lacks from schemaFrom', () => {
    const name = bundle.kinds['batch/v2alpha1/CronJob'];
    assert.equal(name, 'io.k8s.api.batch.v2alpha1.CronJob');
    assert.deepEqual(def(name).properties!.apiVersion.enum, ['batch/v2alpha1']);
  });

  it('regenerates into another file', async () => {
    const gen = await import('../../schemas/generate.mjs');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'k8sense-schemas-')), 'k.json');
    const res = await gen.generate({ out, quiet: true });
    assert.ok(fs.existsSync(out));
    assert.equal(gen.isStale(out), false);
    assert.equal(Object.keys(res.kinds).length, Object.keys(bundle.kinds).length);
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });

  it("maps the package's CamelCase names to OpenAPI names", async () => {
    const { camelToDefinitionName } = await import('../../schemas/generate.mjs');
    assert.equal(camelToDefinitionName('IoK8sApiCoreV1PodSpec'), 'io.k8s.api.core.v1.PodSpec');
    assert.equal(camelToDefinitionName('IoK8sApiFlowcontrolV1beta3FlowSchema'), 'io.k8s.api.flowcontrol.v1beta3.FlowSchema');
    assert.equal(
      camelToDefinitionName('IoK8sApiextensionsApiserverPkgApisApiextensionsV1JSONSchemaProps'),
      'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps',
    );
    assert.equal(camelToDefinitionName('IoK8sApimachineryPkgApisMetaV1ObjectMeta'), 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta');
    assert.throws(() => camelToDefinitionName('IoFooBarBaz'));
  });
});

describe('the bundle under ajv', () => {
  let validatePod: (data: unknown) => boolean;
  let errors: () => { instancePath: string; keyword: string }[];
  before(() => {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    for (const k of SCHEMA_KEYWORDS) ajv.addKeyword(k);
    for (const [name, fn] of Object.entries(CUSTOM_FORMATS)) ajv.addFormat(name, fn);
    ajv.addSchema({ $id: 'k8s', definitions: bundle.definitions });
    const v = ajv.getSchema('k8s#/definitions/io.k8s.api.core.v1.Pod')!;
    validatePod = (d) => v(d) as boolean;
    errors = () => ((v.errors ?? []) as { instancePath: string; keyword: string }[]).filter((e) => e.keyword !== 'if');
  });
  const pod = () => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', creationTimestamp: null, labels: { app: 'web' }, annotations: null },
    spec: {
      affinity: null,
      containers: [
        {
          name: 'web',
          image: 'nginx:1.27',
          ports: [{ containerPort: 80, protocol: 'TCP' }],
          resources: { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: 0.25 } },
          livenessProbe: { httpGet: { port: 'http', path: '/' } },
        },
      ],
      volumes: [{ name: 'cfg', configMap: { name: 'cfg', defaultMode: 420 } }],
    },
  });

  it('accepts a valid Pod, nulls in optional fields included', () => {
    assert.equal(validatePod(pod()), true, JSON.stringify(errors()));
  });

  it('rejects unknown fields, bad ports, bad quantities, bad enums, missing required', () => {
    const p = pod() as any;
    p.spec.foo = 1;
    p.spec.containers[0].ports[0].containerPort = 70000;
    p.spec.containers[0].ports[0].protocol = 'HTTP';
    p.spec.containers[0].resources.limits.cpu = 'lots';
    p.spec.volumes[0].configMap.defaultMode = 1000;
    delete p.spec.containers[0].name;
    assert.equal(validatePod(p), false);
    const got = errors()
      .map((e) => `${e.instancePath}:${e.keyword}`)
      .sort();
    assert.deepEqual(
      got,
      [
        '/spec:additionalProperties',
        '/spec/containers/0:required',
        '/spec/containers/0/ports/0/containerPort:maximum',
        '/spec/containers/0/ports/0/protocol:enum',
        '/spec/containers/0/resources/limits/cpu:format',
        '/spec/volumes/0/configMap/defaultMode:maximum',
      ].sort(),
    );
  });

  it('rejects null where a field is required', () => {
    const p = pod() as any;
    p.spec.containers[0].ports[0].containerPort = null;
    assert.equal(validatePod(p), false);
    assert.deepEqual(
      errors().map((e) => e.instancePath),
      ['/spec/containers/0/ports/0/containerPort'],
    );
  });
});
