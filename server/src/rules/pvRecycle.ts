import { getIn, isBuiltin, stringValue } from './nodes';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const rule: DocumentRule = {
  id: 'k8s/pv-recycle',
  title: 'The Recycle reclaim policy is deprecated',
  severity: 'warning',
  scope: 'document',
  doc:
    '`persistentVolumeReclaimPolicy: Recycle` (scrub the volume with `rm -rf` and offer it again) is deprecated and only ever worked for NFS and hostPath. ' +
    'Use dynamic provisioning (a StorageClass) with `Delete`, or `Retain` and clean up by hand.',
  check(doc, report) {
    if (!isBuiltin(doc, 'PersistentVolume')) return;
    const node = getIn(doc.root, 'spec', 'persistentVolumeReclaimPolicy');
    if (stringValue(node) === 'Recycle') {
      report(
        node,
        t(
          'the Recycle reclaim policy is deprecated: use dynamic provisioning (a StorageClass, whose volumes are deleted with their claim), or Retain and clean up by hand',
        ),
      );
    }
  },
};
