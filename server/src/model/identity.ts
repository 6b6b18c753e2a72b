import { splitApiVersion } from '../schema';
// Which kinds are cluster-scoped is the schema store's answer (schema/scope.ts); the model re-exports it.
export { isClusterScoped } from '../schema';
import type { Identity } from './types';

/** The API group of an apiVersion: `apps/v1` → `apps`, `v1` → `` (core). */
export function groupOf(apiVersion: string): string {
  return splitApiVersion(apiVersion).group;
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
