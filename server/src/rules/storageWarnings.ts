import { parseQuantity } from '../k8s/quantity';
import { get, getIn, isBuiltin, mapIn, mapItems, pairOf, replaceScalar, scalarString, stringValue } from './nodes';
import type { DocumentRule } from './types';
import { t } from '../l10n';
import { DEPRECATED_NODE_LABELS } from '../k8s/nodeLabels';

// The warnings the API server returns when a PersistentVolume or a PersistentVolumeClaim is created
// (warningsForPersistentVolumeSpecAndMeta, pkg/api/persistentvolume/util.go; GetWarningsForPersistentVolumeClaim,
// pkg/api/persistentvolumeclaim/util.go). The Recycle reclaim policy is k8s/pv-recycle's.

const BETA_CLASS = 'volume.beta.kubernetes.io/storage-class';

export const rule: DocumentRule = {
  id: 'k8s/storage-warnings',
  title: 'What the API server warns about when a volume or a claim is created',
  severity: 'warning',
  scope: 'document',
  doc:
    'The warnings `kubectl apply` prints for a PersistentVolume or PersistentVolumeClaim the API server accepts: the ' +
    '`volume.beta.kubernetes.io/storage-class` annotation (deprecated since 1.8: use `storageClassName`), deprecated node labels in a ' +
    "volume's node affinity (`failure-domain.beta.kubernetes.io/zone` → `topology.kubernetes.io/zone`, with a fix), and a claim's storage " +
    'request or limit that is not a whole number of bytes (warningsForPersistentVolumeSpecAndMeta, GetWarningsForPersistentVolumeClaim).',
  check(doc, report) {
    const pv = isBuiltin(doc, 'PersistentVolume');
    const pvc = isBuiltin(doc, 'PersistentVolumeClaim');
    if (!pv && !pvc) return;
    const annotation = pairOf(mapIn(doc.root, 'metadata', 'annotations'), BETA_CLASS);
    if (annotation) report(annotation.key, t`annotation ${BETA_CLASS} is deprecated since v1.8: set spec.storageClassName instead`);
    const spec = mapIn(doc.root, 'spec');
    if (pv)
      for (const { map: term } of mapItems(getIn(spec, 'nodeAffinity', 'required', 'nodeSelectorTerms')))
        for (const { map } of mapItems(get(term, 'matchExpressions'))) {
          const key = get(map, 'key');
          const use = DEPRECATED_NODE_LABELS[stringValue(key) ?? ''];
          if (key && use)
            report(key, t`nodeAffinity uses the node label "${stringValue(key)}", deprecated since v1.14: use "${use}"`, {
              fixes: [{ title: t`Change to ${use}`, edits: [replaceScalar(key, use)], preferred: true }],
            });
        }
    if (pvc)
      for (const part of ['requests', 'limits']) {
        const node = getIn(spec, 'resources', part, 'storage');
        const q = parseQuantity(scalarString(node) ?? '');
        // The m suffix is k8s/memory-unit's finding; this is the rest (1.5, 0.5Ki).
        if (q && !Number.isInteger(q.value) && !/m$/.test(q.text))
          report(node, t`resources.${part}.storage ${q.text} is not a whole number of bytes: use a whole amount such as 1Gi`);
      }
  },
};
