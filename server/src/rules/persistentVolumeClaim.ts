import { get, getIn, isBuiltin, itemsOf, keyNode } from './nodes';
import { checkAccessModes } from './accessModes';
import { missingByTypo } from './misspelled';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const rule: DocumentRule = {
  id: 'k8s/persistent-volume-claim',
  title: 'A PersistentVolumeClaim has access modes and a storage request',
  severity: 'error',
  scope: 'document',
  doc:
    'A PersistentVolumeClaim lists at least one access mode (`ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany`, `ReadWriteOncePod`) and requests a size in ' +
    '`resources.requests.storage` (ValidatePersistentVolumeClaimSpec: "at least 1 access mode is required", "spec.resources[storage]: Required value").',
  check(doc, report) {
    if (!isBuiltin(doc, 'PersistentVolumeClaim')) return;
    const specKey = keyNode(doc.root, 'spec');
    const spec = get(doc.root, 'spec');
    if (!specKey) return;
    const modes = get(spec, 'accessModes');
    if (!itemsOf(modes).length && !missingByTypo(spec, 'accessModes')) {
      report(
        keyNode(spec, 'accessModes') ?? specKey,
        t('this claim has no access modes: list at least one (usually ReadWriteOnce) under "accessModes"'),
      );
    }
    checkAccessModes(modes, report);
    if (!getIn(spec, 'resources', 'requests', 'storage') && !missingByTypo(spec, 'resources', 'requests', 'storage')) {
      const at = keyNode(get(spec, 'resources'), 'requests') ?? keyNode(spec, 'resources') ?? specKey;
      report(at, t('this claim does not say how much storage it needs: set resources.requests.storage, e.g. 1Gi'));
    }
  },
};
