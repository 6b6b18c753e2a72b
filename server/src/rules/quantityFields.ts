import type { Node } from 'yaml';
import { entries, get, getIn, isBuiltin, isWorkload, mapItems, podSpecs, containersOf, type ContainerRef } from './nodes';
import type { ManifestDocument } from '../yaml/parse';
import { t } from '../l10n';

/** A field whose value is a Kubernetes quantity. */
export interface QuantityField {
  /** Resource name: `cpu`, `memory`, `storage`, `sizeLimit`, ... */
  resource: string;
  /** Where it is, in words: `resources.requests of container "web"`. */
  where: string;
  node: Node;
}

function resourceMap(map: unknown, where: string, out: QuantityField[]): void {
  for (const { key, pair } of entries(map)) {
    if (pair.value) out.push({ resource: key, where, node: pair.value });
  }
}

function requirements(resources: unknown, where: string, out: QuantityField[]): void {
  resourceMap(get(resources, 'requests'), `${where} requests`, out);
  resourceMap(get(resources, 'limits'), `${where} limits`, out);
}

/** The quantity-valued fields of a document, for the built-in kinds that have them. */
export function quantityFields(doc: ManifestDocument): QuantityField[] {
  const out: QuantityField[] = [];
  const root = doc.root;
  for (const pod of podSpecs(doc)) {
    for (const c of containersOf(pod.spec)) requirements(get(c.map, 'resources'), 'resource', out);
    requirements(get(pod.spec, 'resources'), t('pod resource'), out);
    resourceMap(get(pod.spec, 'overhead'), t('pod overhead'), out);
    for (const { map } of mapItems(get(pod.spec, 'volumes'))) {
      const size = getIn(map, 'emptyDir', 'sizeLimit');
      if (size) out.push({ resource: 'sizeLimit', where: 'emptyDir', node: size });
      requirements(getIn(map, 'ephemeral', 'volumeClaimTemplate', 'spec', 'resources'), 'storage', out);
    }
  }
  if (isBuiltin(doc, 'PersistentVolume')) resourceMap(getIn(root, 'spec', 'capacity'), 'capacity', out);
  if (isBuiltin(doc, 'PersistentVolumeClaim')) requirements(getIn(root, 'spec', 'resources'), 'storage', out);
  if (isWorkload(doc, 'StatefulSet')) {
    for (const { map } of mapItems(getIn(root, 'spec', 'volumeClaimTemplates')))
      requirements(getIn(map, 'spec', 'resources'), 'storage', out);
  }
  if (isBuiltin(doc, 'ResourceQuota')) resourceMap(getIn(root, 'spec', 'hard'), 'quota', out);
  if (isBuiltin(doc, 'LimitRange')) {
    for (const { map } of mapItems(getIn(root, 'spec', 'limits'))) {
      for (const field of ['max', 'min', 'default', 'defaultRequest', 'maxLimitRequestRatio'])
        resourceMap(get(map, field), t`limit range ${field}`, out);
    }
  }
  return out;
}

/** The containers of a document with their requests and limits maps. */
export function containerResources(doc: ManifestDocument): { container: ContainerRef; requests: unknown; limits: unknown }[] {
  return podSpecs(doc).flatMap((pod) =>
    containersOf(pod.spec).map((container) => {
      const resources = get(container.map, 'resources');
      return { container, requests: get(resources, 'requests'), limits: get(resources, 'limits') };
    }),
  );
}
