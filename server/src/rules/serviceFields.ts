import { get, getIn, isBuiltin, isPlaceholder, stringValue } from './nodes';
import type { ManifestDocument } from '../yaml/parse';

/**
 * A core/v1 Service's spec and its effective type (ClusterIP when unset). `typeKnown` is false when
 * the type is a placeholder (`${SERVICE_TYPE}`): rules that depend on the type then stay silent.
 */
export function serviceSpec(doc: ManifestDocument) {
  if (!isBuiltin(doc, 'Service')) return undefined;
  const spec = get(doc.root, 'spec');
  if (!spec) return undefined;
  const type = stringValue(get(spec, 'type')) ?? 'ClusterIP';
  return { spec, type, typeKnown: !isPlaceholder(type), headless: stringValue(getIn(doc.root, 'spec', 'clusterIP')) === 'None' };
}
