// Cross-checks the generated bundle against Kubernetes 1.36's own OpenAPI v2 spec in
// ../shared/k8s-openapi/swagger.json (a reference for this test only: the product never
// reads it). Skipped when ../shared is absent.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getSchemaStore, type JSONSchema, type SchemaStore } from '../../server/src/schema';
import { ensureBundle, REPO } from './helpers';

const SWAGGER = path.join(REPO, '..', 'shared', 'k8s-openapi', 'swagger.json');
const skip = fs.existsSync(SWAGGER) ? false : `no ${SWAGGER}`;

type Gvk = { group: string; version: string; kind: string };
type SwaggerDef = {
  properties?: Record<string, unknown>;
  required?: string[];
  type?: string;
  'x-kubernetes-group-version-kind'?: Gvk[];
};
type Swagger = {
  definitions: Record<string, SwaggerDef>;
  paths: Record<string, Record<string, { 'x-kubernetes-group-version-kind'?: Gvk }>>;
};

const FOCUS_KINDS = [
  'Pod',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'StorageClass',
  'Service',
  'ConfigMap',
  'Secret',
  'Namespace',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
  'Ingress',
  'IngressClass',
  'NetworkPolicy',
  'ServiceAccount',
  'Role',
  'RoleBinding',
  'ClusterRole',
  'ClusterRoleBinding',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'LimitRange',
  'ResourceQuota',
  'PriorityClass',
  'CustomResourceDefinition',
  'Endpoints',
  'EndpointSlice',
  'ReplicationController',
  'CSIDriver',
  'VolumeAttachment',
  'Lease',
  'RuntimeClass',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'PodTemplate',
];

const KEY_DEFINITIONS = [
  'io.k8s.api.core.v1.PodSpec',
  'io.k8s.api.core.v1.Container',
  'io.k8s.api.core.v1.EphemeralContainer',
  'io.k8s.api.core.v1.Volume',
  'io.k8s.api.core.v1.VolumeMount',
  'io.k8s.api.core.v1.ContainerPort',
  'io.k8s.api.core.v1.EnvVar',
  'io.k8s.api.core.v1.EnvVarSource',
  'io.k8s.api.core.v1.Probe',
  'io.k8s.api.core.v1.ResourceRequirements',
  'io.k8s.api.core.v1.SecurityContext',
  'io.k8s.api.core.v1.PodSecurityContext',
  'io.k8s.api.core.v1.Affinity',
  'io.k8s.api.core.v1.Toleration',
  'io.k8s.api.core.v1.PersistentVolumeSpec',
  'io.k8s.api.core.v1.PersistentVolumeClaimSpec',
  'io.k8s.api.core.v1.ServiceSpec',
  'io.k8s.api.core.v1.ServicePort',
  'io.k8s.api.core.v1.ConfigMap',
  'io.k8s.api.core.v1.Secret',
  'io.k8s.api.core.v1.NamespaceSpec',
  'io.k8s.api.storage.v1.StorageClass',
  'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
  'io.k8s.api.apps.v1.DeploymentSpec',
  'io.k8s.api.apps.v1.StatefulSetSpec',
  'io.k8s.api.apps.v1.DaemonSetSpec',
  'io.k8s.api.apps.v1.ReplicaSetSpec',
  'io.k8s.api.batch.v1.JobSpec',
  'io.k8s.api.batch.v1.CronJobSpec',
  'io.k8s.api.networking.v1.IngressSpec',
  'io.k8s.api.networking.v1.IngressRule',
  'io.k8s.api.networking.v1.HTTPIngressPath',
  'io.k8s.api.networking.v1.NetworkPolicySpec',
  'io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec',
  'io.k8s.api.policy.v1.PodDisruptionBudgetSpec',
  'io.k8s.api.rbac.v1.PolicyRule',
  'io.k8s.api.rbac.v1.RoleBinding',
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionSpec',
];

let swagger: Swagger;
let store: SchemaStore;
let ours: Record<string, JSONSchema>;

const names = (o: object | undefined) => Object.keys(o ?? {}).sort();
function diff(a: string[], b: string[]) {
  return { missing: a.filter((x) => !b.includes(x)), extra: b.filter((x) => !a.includes(x)) };
}

describe('cross-check against the Kubernetes 1.36 OpenAPI', { skip }, () => {
  before(async () => {
    await ensureBundle();
    swagger = JSON.parse(fs.readFileSync(SWAGGER, 'utf8'));
    store = getSchemaStore();
    ours = store.definitions();
  });

  it('has every GA/served apiVersion of the focus kinds', () => {
    const missing: string[] = [];
    for (const [name, d] of Object.entries(swagger.definitions)) {
      for (const g of d['x-kubernetes-group-version-kind'] ?? []) {
        if (!FOCUS_KINDS.includes(g.kind)) continue;
        if (/alpha/.test(g.version)) continue;
        const apiVersion = g.group ? `${g.group}/${g.version}` : g.version;
        const info = store.lookup(apiVersion, g.kind);
        if (!info) missing.push(`${apiVersion}/${g.kind}`);
        else assert.equal(info.definition, name, `${apiVersion}/${g.kind}`);
      }
    }
    assert.deepEqual(missing, [], `focus kinds missing from the bundle: ${missing.join(', ')}`);
  });

  it('has the same property names and required fields in key definitions', () => {
    const problems: string[] = [];
    for (const name of KEY_DEFINITIONS) {
      const theirs = swagger.definitions[name];
      assert.ok(theirs, `${name} not in swagger (renamed upstream?)`);
      const mine = ours[name];
      if (!mine) {
        problems.push(`${name}: missing`);
        continue;
      }
      const p = diff(names(theirs.properties), names(mine.properties));
      if (p.missing.length || p.extra.length) problems.push(`${name}: properties ${JSON.stringify(p)}`);
      const strip = (r: string[] | undefined) => (r ?? []).filter((x) => x !== 'apiVersion' && x !== 'kind').sort();
      const r = diff(strip(theirs.required), strip(mine.required));
      if (r.missing.length || r.extra.length) problems.push(`${name}: required ${JSON.stringify(r)}`);
    }
    assert.deepEqual(problems, []);
  });

  it('matches property names of every definition both sides have (listing differences)', () => {
    const problems: string[] = [];
    let compared = 0;
    for (const [name, theirs] of Object.entries(swagger.definitions)) {
      const mine = ours[name];
      if (!mine) continue;
      compared++;
      const p = diff(names(theirs.properties), names(mine.properties));
      if (p.missing.length || p.extra.length) problems.push(`${name}: ${JSON.stringify(p)}`);
    }
    assert.ok(compared > 550, `compared only ${compared}`);
    assert.deepEqual(problems, []);
  });

  it('lists the 1.36 definitions the bundle lacks: alpha/beta APIs only', (t) => {
    const lacking = Object.keys(swagger.definitions).filter((n) => !ours[n]);
    const notPreRelease = lacking.filter((n) => !/\.v\d+(alpha|beta)\d+\./.test(n));
    t.diagnostic(
      `definitions in 1.36 not in the bundle: ${lacking.length} (${[...new Set(lacking.map((n) => n.replace(/\.[^.]+$/, '')))].join(', ')})`,
    );
    // meta.v1.Status/WatchEvent-like helpers are fine to lack; API types are not
    assert.deepEqual(
      notPreRelease.filter((n) => !n.startsWith('io.k8s.apimachinery.')),
      [],
    );
  });

  it('agrees with the OpenAPI paths on which kinds are namespaced', () => {
    const scope = new Map<string, boolean>();
    for (const [p, ops] of Object.entries(swagger.paths)) {
      for (const op of Object.values(ops)) {
        const g = op && typeof op === 'object' ? op['x-kubernetes-group-version-kind'] : undefined;
        if (!g) continue;
        const key = `${g.group ? `${g.group}/${g.version}` : g.version}/${g.kind}`;
        scope.set(key, (scope.get(key) ?? false) || p.includes('{namespace}'));
      }
    }
    const wrong: string[] = [];
    for (const k of store.kinds()) {
      const key = `${k.apiVersion}/${k.kind}`;
      if (!scope.has(key)) continue;
      if (k.namespaced !== scope.get(key)) wrong.push(`${key}: ours ${k.namespaced}, OpenAPI ${scope.get(key)}`);
    }
    assert.ok(scope.size > 50);
    assert.deepEqual(wrong, []);
  });

  it("keeps the OpenAPI's integer formats", () => {
    const wrong: string[] = [];
    for (const name of KEY_DEFINITIONS) {
      const theirs = swagger.definitions[name]?.properties as Record<string, { type?: string; format?: string }> | undefined;
      for (const [prop, s] of Object.entries(theirs ?? {})) {
        if (s.type !== 'integer') continue;
        const mine = ours[name]?.properties?.[prop];
        const types = mine ? (Array.isArray(mine.type) ? mine.type : [mine.type]) : [];
        if (!types.includes('integer') || mine?.format !== s.format)
          wrong.push(`${name}.${prop}: ${JSON.stringify(mine?.type)} ${mine?.format} vs ${s.format}`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});
