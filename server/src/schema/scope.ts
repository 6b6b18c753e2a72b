import { getSchemaStore } from './store';
import { bundledKind } from './customResources';

/**
 * Whether objects of apiVersion/kind live outside namespaces: the built-in kinds' scope from the
 * schema bundle (a built-in kind under an apiVersion that does not serve it keeps its kind's
 * scope), and the bundled custom resources' (GatewayClass, ClusterIssuer). Anything else is
 * namespaced, as a custom resource without a known CRD most often is.
 */
export function isClusterScoped(apiVersion: string, kind: string): boolean {
  const store = getSchemaStore();
  const info = store.lookup(apiVersion, kind) ?? (store.isBuiltinGroup(apiVersion) ? store.kindsNamed(kind)[0] : undefined);
  return (info ?? bundledKind(apiVersion, kind))?.namespaced === false;
}
