import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  compareApiVersionPriority,
  compareKubernetesVersions,
  createSchemaStore,
  getSchemaStore,
  loadSchemaBundle,
  setSchemaBundlePath,
  type SchemaStore,
} from '../../server/src/schema';
import { BUNDLE, ensureBundle } from './helpers';

let store: SchemaStore;
before(async () => {
  await ensureBundle();
  store = getSchemaStore();
});

describe('schema store: kinds', () => {
  it('is a lazy singleton reporting the covered Kubernetes version', () => {
    assert.equal(getSchemaStore(), store);
    assert.equal(store.kubernetesVersion, '1.36');
    assert.match(store.source, /^kubernetes-models@/);
  });

  it('looks up Pod, Deployment, CronJob, Ingress', () => {
    assert.deepEqual(store.lookup('v1', 'Pod'), {
      apiVersion: 'v1',
      kind: 'Pod',
      group: '',
      version: 'v1',
      definition: 'io.k8s.api.core.v1.Pod',
      namespaced: true,
    });
    const dep = store.lookup('apps/v1', 'Deployment')!;
    assert.equal(dep.group, 'apps');
    assert.equal(dep.version, 'v1');
    assert.equal(dep.definition, 'io.k8s.api.apps.v1.Deployment');
    assert.equal(store.lookup('batch/v1', 'CronJob')?.definition, 'io.k8s.api.batch.v1.CronJob');
    assert.equal(store.lookup('networking.k8s.io/v1', 'Ingress')?.definition, 'io.k8s.api.networking.v1.Ingress');
    assert.equal(store.lookup('apps/v1', 'Pod'), undefined);
    assert.equal(store.lookup('example.com/v1', 'Widget'), undefined);
  });

  it('knows scope', () => {
    assert.equal(store.lookup('v1', 'Namespace')?.namespaced, false);
    assert.equal(store.lookup('v1', 'PersistentVolume')?.namespaced, false);
    assert.equal(store.lookup('storage.k8s.io/v1', 'StorageClass')?.namespaced, false);
    assert.equal(store.lookup('rbac.authorization.k8s.io/v1', 'ClusterRole')?.namespaced, false);
    assert.equal(store.lookup('v1', 'PersistentVolumeClaim')?.namespaced, true);
    assert.equal(store.lookup('rbac.authorization.k8s.io/v1', 'Role')?.namespaced, true);
  });

  it('lists every apiVersion of a kind, preferred first', () => {
    const ingress = store.kindsNamed('Ingress').map((k) => k.apiVersion);
    assert.deepEqual(ingress, ['networking.k8s.io/v1', 'extensions/v1beta1', 'networking.k8s.io/v1beta1']);
    assert.equal(store.lookup('extensions/v1beta1', 'Ingress')?.removedIn, '1.22');
    const hpa = store.kindsNamed('HorizontalPodAutoscaler').map((k) => k.apiVersion);
    assert.deepEqual(hpa.slice(0, 2), ['autoscaling/v2', 'autoscaling/v1']);
    assert.deepEqual(store.kindsNamed('NoSuchKind'), []);
    assert.ok(store.kinds().length > 200);
    assert.ok(store.kinds().some((k) => k.apiVersion === 'v1' && k.kind === 'List'));
  });

  it('tells built-in groups from CRD groups', () => {
    for (const v of [
      'v1',
      'apps/v1',
      'networking.k8s.io/v1',
      'networking.k8s.io/v1beta1',
      'batch/v1beta1',
      'policy/v1beta1',
      'storagemigration.k8s.io/v1beta1',
    ])
      assert.equal(store.isBuiltinGroup(v), true, v);
    for (const v of ['cert-manager.io/v1', 'monitoring.coreos.com/v1', 'gateway.networking.k8s.io/v1', 'snapshot.storage.k8s.io/v1', ''])
      assert.equal(store.isBuiltinGroup(v), false, v);
  });
});

describe('schema store: schemaAt', () => {
  it("resolves a Pod's containerPort", () => {
    const s = store.schemaAt('v1', 'Pod', ['spec', 'containers', 0, 'ports', 0, 'containerPort'])!;
    assert.ok(s);
    assert.equal(s.type, 'integer');
    assert.equal(s.format, 'int32');
    assert.equal(s.schema.minimum, 1);
    assert.match(s.description!, /port/);
    assert.equal(s.nullable, false);
  });

  it('resolves refs and reports the definition, required and properties', () => {
    const c = store.schemaAt('v1', 'Pod', ['spec', 'containers', 0])!;
    assert.equal(c.definitionName, 'io.k8s.api.core.v1.Container');
    assert.deepEqual(c.required, ['name']);
    assert.ok(c.properties!.image);
    const ports = store.schemaAt('v1', 'Pod', ['spec', 'containers', 0, 'ports'])!;
    assert.equal(ports.type, 'array');
    assert.equal(store.resolve(ports.items!).definitionName, 'io.k8s.api.core.v1.ContainerPort');
    const affinity = store.schemaAt('apps/v1', 'Deployment', ['spec', 'template', 'spec', 'affinity'])!;
    assert.equal(affinity.definitionName, 'io.k8s.api.core.v1.Affinity');
    assert.equal(affinity.nullable, true);
    assert.equal(affinity.description, "If specified, the pod's scheduling constraints");
  });

  it('marks int-or-string, quantity, enums', () => {
    const tp = store.schemaAt('v1', 'Service', ['spec', 'ports', 0, 'targetPort'])!;
    assert.equal(tp.intOrString, true);
    assert.deepEqual(tp.type, ['integer', 'string']);
    const cpu = store.schemaAt('v1', 'Pod', ['spec', 'containers', 0, 'resources', 'limits', 'cpu'])!;
    assert.equal(cpu.quantity, true);
    const type = store.schemaAt('v1', 'Service', ['spec', 'type'])!;
    assert.deepEqual(type.enum, ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']);
    assert.equal(type.nullable, true);
    const av = store.schemaAt('batch/v1', 'CronJob', ['apiVersion'])!;
    assert.deepEqual(av.enum, ['batch/v1']);
  });

  it('walks maps and free-form fields, stops at unknown fields', () => {
    const label = store.schemaAt('v1', 'ConfigMap', ['metadata', 'labels', 'app.kubernetes.io/name'])!;
    assert.equal(label.type, 'string');
    assert.equal(store.schemaAt('v1', 'Pod', ['spec', 'containers', '0', 'image'])?.type, 'string');
    assert.equal(store.schemaAt('v1', 'Pod', ['spec', 'nope']), undefined);
    assert.equal(store.schemaAt('v1', 'Pod', ['spec', 'containers', 'x']), undefined);
    assert.equal(store.schemaAt('v1', 'Nope', []), undefined);
    const crd = store.schemaAt('apiextensions.k8s.io/v1', 'CustomResourceDefinition', [
      'spec',
      'versions',
      0,
      'schema',
      'openAPIV3Schema',
      'properties',
      'spec',
      'default',
      'anything',
    ]);
    assert.ok(crd?.preserveUnknownFields);
    const root = store.schemaAt('v1', 'Pod', [])!;
    assert.equal(root.definitionName, 'io.k8s.api.core.v1.Pod');
  });
});

describe('schema store: deprecations', () => {
  it('batch/v1beta1 CronJob: fine or deprecated in 1.24, removed in 1.25 with replacement batch/v1', () => {
    const d124 = store.deprecation('batch/v1beta1', 'CronJob', '1.24');
    assert.ok(d124 === undefined || d124.status === 'deprecated');
    assert.equal(d124?.status, 'deprecated');
    assert.equal(store.deprecation('batch/v1beta1', 'CronJob', '1.20'), undefined);
    const d125 = store.deprecation('batch/v1beta1', 'CronJob', '1.25')!;
    assert.equal(d125.status, 'removed');
    assert.equal(d125.removedIn, '1.25');
    assert.equal(d125.replacement, 'batch/v1');
    assert.equal(store.deprecation('batch/v1beta1', 'CronJob', '1.36')?.status, 'removed');
    // still validates under an old target
    assert.ok(store.lookup('batch/v1beta1', 'CronJob'));
    assert.ok(store.schemaAt('batch/v1beta1', 'CronJob', ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'image']));
  });

  it('knows the well-known removals', () => {
    const at = (av: string, kind: string, v: string) => store.deprecation(av, kind, v)?.status;
    assert.equal(at('extensions/v1beta1', 'Ingress', '1.21'), 'deprecated');
    assert.equal(at('extensions/v1beta1', 'Ingress', '1.22'), 'removed');
    assert.equal(store.deprecation('networking.k8s.io/v1beta1', 'Ingress', '1.30')?.replacement, 'networking.k8s.io/v1');
    assert.equal(at('extensions/v1beta1', 'Deployment', '1.16'), 'removed');
    assert.equal(at('apps/v1beta2', 'StatefulSet', '1.15'), 'deprecated');
    assert.equal(at('policy/v1beta1', 'PodSecurityPolicy', '1.25'), 'removed');
    assert.equal(store.deprecation('policy/v1beta1', 'PodSecurityPolicy', '1.25')?.replacement, undefined);
    assert.equal(at('autoscaling/v2beta2', 'HorizontalPodAutoscaler', '1.25'), 'deprecated');
    assert.equal(at('autoscaling/v2beta2', 'HorizontalPodAutoscaler', '1.26'), 'removed');
    assert.equal(at('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', '1.32'), 'removed');
    assert.equal(at('storage.k8s.io/v1beta1', 'CSIStorageCapacity', '1.27'), 'removed');
    assert.equal(at('v1', 'Endpoints', '1.36'), 'deprecated');
    assert.equal(at('admissionregistration.k8s.io/v1alpha1', 'InitializerConfiguration', '1.13'), undefined);
    assert.equal(at('admissionregistration.k8s.io/v1alpha1', 'InitializerConfiguration', '1.14'), 'removed');
    assert.equal(at('apps/v1', 'Deployment', '1.36'), undefined);
    assert.equal(at('batch/v1', 'CronJob', '1.9'), undefined);
  });

  it('every deprecation names a replacement that exists in the bundle', () => {
    for (const d of store.deprecations()) {
      if (d.replacement) assert.ok(store.isBuiltinGroup(d.replacement), `${d.apiVersion} ${d.kind} -> ${d.replacement}`);
      if (d.removedIn) assert.ok(compareKubernetesVersions(d.deprecatedIn, d.removedIn) <= 0, `${d.apiVersion} ${d.kind}`);
      if (d.replacement && d.replacement !== 'discovery.k8s.io/v1')
        assert.ok(store.lookup(d.replacement, d.kind), `${d.replacement} ${d.kind} missing`);
    }
  });
});

describe('versions', () => {
  it('compares Kubernetes versions numerically', () => {
    assert.ok(compareKubernetesVersions('1.9', '1.24') < 0);
    assert.ok(compareKubernetesVersions('1.24', '1.9') > 0);
    assert.equal(compareKubernetesVersions('1.25', 'v1.25'), 0);
    assert.equal(compareKubernetesVersions('1.25.0', '1.25'), 0);
    assert.ok(compareKubernetesVersions('1.25.3', '1.25') > 0);
    assert.ok(compareKubernetesVersions('garbage', '1.0') < 0);
  });
  it('orders API versions by Kubernetes priority', () => {
    const sorted = ['v1beta1', 'v1', 'v2beta2', 'v1alpha1', 'v2', 'v1beta2', 'foo'].sort(compareApiVersionPriority);
    assert.deepEqual(sorted, ['v2', 'v1', 'v2beta2', 'v1beta2', 'v1beta1', 'v1alpha1', 'foo']);
  });
});

describe('bundle loading', () => {
  it('finds the bundle from source and honours setSchemaBundlePath', () => {
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'k8sense-store-')), 'kubernetes.json');
    const bundle = loadSchemaBundle(BUNDLE);
    bundle.kubernetesVersion = '1.99';
    fs.writeFileSync(copy, JSON.stringify(bundle));
    try {
      setSchemaBundlePath(copy);
      assert.equal(getSchemaStore().kubernetesVersion, '1.99');
      setSchemaBundlePath(path.join(path.dirname(copy), 'missing.json'));
      // falls back to the other candidates (the repo's generated bundle)
      assert.equal(getSchemaStore().kubernetesVersion, '1.36');
      assert.throws(() => loadSchemaBundle(path.join(path.dirname(copy), 'missing.json')), /not found/);
    } finally {
      setSchemaBundlePath(BUNDLE);
      fs.rmSync(path.dirname(copy), { recursive: true, force: true });
    }
  });

  it('finds schemas/kubernetes.json beside the bundled file (dist layout)', async () => {
    const { build } = await import('esbuild');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k8sense-dist-'));
    try {
      await build({
        entryPoints: [path.join(__dirname, '..', '..', 'server', 'src', 'schema', 'index.ts')],
        outfile: path.join(dir, 'server.js'),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        logLevel: 'silent',
      });
      const bundle = loadSchemaBundle(BUNDLE);
      bundle.kubernetesVersion = '1.77';
      fs.mkdirSync(path.join(dir, 'schemas'));
      fs.writeFileSync(path.join(dir, 'schemas', 'kubernetes.json'), JSON.stringify(bundle));
      const { execFileSync } = await import('node:child_process');
      const out = execFileSync(
        process.execPath,
        ['-e', `console.log(require(${JSON.stringify(path.join(dir, 'server.js'))}).getSchemaStore().kubernetesVersion)`],
        {
          env: { ...process.env, K8SENSE_SCHEMA_BUNDLE: '' },
          encoding: 'utf8',
        },
      );
      assert.equal(out.trim(), '1.77');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('creates a store from an in-memory bundle', () => {
    const s = createSchemaStore({
      kubernetesVersion: '1.30',
      source: 'test',
      definitions: { 'a.v1.Thing': { type: 'object', properties: { n: { type: 'integer' } }, additionalProperties: false } },
      kinds: { 'example.com/v1/Thing': 'a.v1.Thing' },
    });
    assert.equal(s.schemaAt('example.com/v1', 'Thing', ['n'])?.type, 'integer');
    assert.equal(s.isBuiltinGroup('example.com/v1'), true);
    assert.equal(s.deprecation('example.com/v1', 'Thing', '1.30'), undefined);
  });
});
