import { entries, get, getIn, isBuiltin, itemsOf, keyNode } from './nodes';
import { checkAccessModes } from './accessModes';
import { hasMisspelledKey, missingByTypo } from './misspelled';
import type { DocumentRule } from './types';
import { t } from '../l10n';

/** The fields of PersistentVolumeSource: a PersistentVolume uses exactly one. */
const PV_SOURCES = [
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'hostPath',
  'glusterfs',
  'nfs',
  'rbd',
  'iscsi',
  'cinder',
  'cephfs',
  'fc',
  'flocker',
  'flexVolume',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'local',
  'storageos',
  'csi',
];

export const rule: DocumentRule = {
  id: 'k8s/persistent-volume',
  title: 'A PersistentVolume has capacity, access modes and one source',
  severity: 'error',
  scope: 'document',
  doc:
    'A PersistentVolume needs `capacity.storage` (its size) and at least one of the access modes `ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany`, `ReadWriteOncePod`; ' +
    'it names exactly one volume source (`hostPath`, `nfs`, `csi`, `local`, ...); and a `local` volume needs `nodeAffinity`, ' +
    'because it lives on one node (ValidatePersistentVolumeSpec).',
  check(doc, report) {
    if (!isBuiltin(doc, 'PersistentVolume')) return;
    const specKey = keyNode(doc.root, 'spec');
    const spec = get(doc.root, 'spec');
    if (!specKey) return;
    if (!getIn(spec, 'capacity', 'storage') && !missingByTypo(spec, 'capacity', 'storage')) {
      report(
        keyNode(spec, 'capacity') ?? specKey,
        t('this PersistentVolume has no size: set capacity.storage, e.g. "capacity: {storage: 10Gi}"'),
      );
    }
    const modes = get(spec, 'accessModes');
    if (!itemsOf(modes).length && !missingByTypo(spec, 'accessModes')) {
      report(
        keyNode(spec, 'accessModes') ?? specKey,
        t(
          'this PersistentVolume has no access modes: list at least one of ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod under "accessModes"',
        ),
      );
    }
    checkAccessModes(modes, report);
    const sources = entries(spec).filter((e) => PV_SOURCES.includes(e.key));
    if (!sources.length && !hasMisspelledKey(spec, ...PV_SOURCES)) {
      report(
        specKey,
        t('this PersistentVolume has no volume source: say where the storage is, with a source such as hostPath, nfs, csi or local'),
      );
    }
    for (const extra of sources.slice(1)) {
      report(
        extra.pair.key,
        t`this PersistentVolume already has the source "${sources[0].key}": a PersistentVolume has exactly one source`,
      );
    }
    const local = sources.find((s) => s.key === 'local');
    if (local && !get(spec, 'nodeAffinity') && !missingByTypo(spec, 'nodeAffinity')) {
      report(
        local.pair.key,
        t(
          'a local PersistentVolume needs "nodeAffinity": it exists on one node, and Kubernetes must know which (required.nodeSelectorTerms on kubernetes.io/hostname)',
        ),
      );
    }
  },
};
