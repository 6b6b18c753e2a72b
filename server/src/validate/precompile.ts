/**
 * Build time only (scripts/build/validators.mjs): ajv's standalone code for the kinds most
 * manifests hold, so that the CLI and the editor's first validation do not spend a few hundred
 * milliseconds compiling a Pod's or a Deployment's schema. Other kinds and CRDs compile at run time.
 */
import Ajv, { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { createSchemaStore, loadSchemaBundle, type JSONSchema, type SchemaStore } from '../schema';
import { AJV_OPTIONS, DEFINITIONS_ID, definitionSchema, definitionsFingerprint } from './compile';

/** apiVersion/kind of the precompiled validators: workloads, their config, networking, RBAC, storage. */
export const PRECOMPILED_KINDS = [
  'v1/Pod',
  'v1/Service',
  'v1/ConfigMap',
  'v1/Secret',
  'v1/PersistentVolume',
  'v1/PersistentVolumeClaim',
  'v1/Namespace',
  'v1/ServiceAccount',
  'v1/ReplicationController',
  'v1/LimitRange',
  'v1/ResourceQuota',
  'v1/Endpoints',
  'v1/List',
  'apps/v1/Deployment',
  'apps/v1/StatefulSet',
  'apps/v1/DaemonSet',
  'apps/v1/ReplicaSet',
  'batch/v1/Job',
  'batch/v1/CronJob',
  'networking.k8s.io/v1/Ingress',
  'networking.k8s.io/v1/IngressClass',
  'networking.k8s.io/v1/NetworkPolicy',
  'rbac.authorization.k8s.io/v1/Role',
  'rbac.authorization.k8s.io/v1/RoleBinding',
  'rbac.authorization.k8s.io/v1/ClusterRole',
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding',
  'autoscaling/v2/HorizontalPodAutoscaler',
  'policy/v1/PodDisruptionBudget',
  'storage.k8s.io/v1/StorageClass',
  'scheduling.k8s.io/v1/PriorityClass',
  'apiextensions.k8s.io/v1/CustomResourceDefinition',
];

/**
 * The definitions without their `description` keywords: no message reads them from an error's
 * parentSchema, and they would be half of the generated file (copies of the schemas that errors
 * point to are part of the code).
 */
export function withoutDescriptions(schema: JSONSchema): JSONSchema {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' && typeof value === 'string') continue;
    if (key === 'properties' || key === 'definitions') {
      out[key] = Object.fromEntries(Object.entries(value as Record<string, JSONSchema>).map(([k, v]) => [k, withoutDescriptions(v)]));
    } else if (key === 'items' || key === 'additionalProperties' || key === 'if' || key === 'then' || key === 'else' || key === 'not') {
      out[key] = value && typeof value === 'object' && !Array.isArray(value) ? withoutDescriptions(value as JSONSchema) : value;
    } else if (key === 'anyOf' || key === 'allOf' || key === 'oneOf') {
      out[key] = (value as JSONSchema[]).map(withoutDescriptions);
    } else out[key] = value;
  }
  return out as JSONSchema;
}

/**
 * CommonJS source that exports each validator under its definition name and `fingerprint` (of
 * the store's definitions, which the validators are only used with). `formatsModule` is what the code requires for FORMATS.
 */
export function precompiledSource(store: SchemaStore, formatsModule: string): { source: string; kinds: number } {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, formats: _`require(${formatsModule}).FORMATS` } });
  const definitions = store.definitions();
  ajv.addSchema(withoutDescriptions({ definitions }), DEFINITIONS_ID);
  const refs: Record<string, string> = {};
  for (const key of PRECOMPILED_KINDS) {
    const slash = key.lastIndexOf('/');
    const info = store.lookup(key.slice(0, slash), key.slice(slash + 1));
    if (!info) throw new Error(`precompile: ${key} is not in the schema bundle`);
    // The same schema as at run time, registered under its definition name: a key without ":" or
    // "/" leaves the `k8s#/definitions/...` ref resolving as it does from a schema without an id.
    ajv.addSchema(definitionSchema(info.definition), info.definition);
    refs[info.definition] = info.definition;
  }
  const validators = standaloneCode(ajv, refs);
  const source = `${validators}\nexports.fingerprint = ${JSON.stringify(definitionsFingerprint(definitions))};\n`;
  return { source, kinds: Object.keys(refs).length };
}

/** The source for the schema bundle in `bundleFile` (what the build calls). */
export function precompileBundle(bundleFile: string, formatsModule: string): { source: string; kinds: number } {
  return precompiledSource(createSchemaStore(loadSchemaBundle(bundleFile)), formatsModule);
}
