import { bundledKind, getSchemaStore, splitApiVersion } from '../schema';
import type { Identity } from './types';

/** The API group of an apiVersion: `apps/v1` → `apps`, `v1` → `` (core). */
export function groupOf(apiVersion: string): string {
  return splitApiVersion(apiVersion).group;
}

/** Cluster-scoped kinds: the built-in ones from the schema bundle, and the bundled custom resources' (GatewayClass, ClusterIssuer). */
export function isClusterScoped(apiVersion: string, kind: string): boolean {
  const store = getSchemaStore();
  const info = store.lookup(apiVersion, kind) ?? (store.isBuiltinGroup(apiVersion) ? store.kindsNamed(kind)[0] : undefined);
  return (info ?? bundledKind(apiVersion, kind))?.namespaced === false;
}

/** Built-in kinds by API group, for references that name a built-in kind (a Knative `Service` is not a core Service). */
export function isBuiltinKind(identity: Pick<Identity, 'group' | 'kind'>, kind: string, groups: readonly string[]): boolean {
  return identity.kind === kind && groups.includes(identity.group);
}

/** `Deployment/shop/web`, `PersistentVolume//data`: a key for indexes and graph node ids. */
export function identityKey(id: Pick<Identity, 'kind' | 'namespace' | 'name'>): string {
  return `${id.kind}/${id.namespace ?? ''}/${id.name}`;
}

/**
 * Namespaces as `kubectl apply -n X` sees them: an object that names no namespace lands in whichever
 * the command gives, so it can meet an object of any explicit namespace; only two different
 * explicit namespaces are apart. Cluster-scoped targets are seen from everywhere.
 */
export function namespacesMeet(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}
