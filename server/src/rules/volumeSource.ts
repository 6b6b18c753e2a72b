import { entries, get, mapItems, podSpecs, stringValue } from './nodes';
import type { DocumentRule } from './types';
import { t } from '../l10n';

/** The fields of VolumeSource: a volume uses exactly one. */
export const POD_VOLUME_SOURCES = [
  'hostPath',
  'emptyDir',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'persistentVolumeClaim',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'downwardAPI',
  'fc',
  'azureFile',
  'configMap',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'projected',
  'portworxVolume',
  'scaleIO',
  'storageos',
  'csi',
  'ephemeral',
  'image',
];

export const rule: DocumentRule = {
  id: 'k8s/volume-source',
  title: 'Each pod volume has one source',
  severity: 'error',
  scope: 'document',
  doc:
    'A pod volume names exactly one source: `emptyDir`, `configMap`, `secret`, `persistentVolumeClaim`, `hostPath`, `projected`, `csi`, ... ' +
    'Two sources in one volume are rejected (ValidateVolumes: "may not specify more than 1 volume type"); this often means the next volume\'s `- name:` line is missing. ' +
    'A volume with no source at all is accepted: Kubernetes turns it into an `emptyDir`.',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      for (const { map } of mapItems(get(pod.spec, 'volumes'))) {
        const sources = entries(map).filter((e) => POD_VOLUME_SOURCES.includes(e.key));
        if (sources.length < 2) continue;
        const name = stringValue(get(map, 'name'));
        const first = sources[0].key;
        for (const extra of sources.slice(1)) {
          report(
            extra.pair.key,
            t`${name ? `volume "${name}"` : t('this volume')} already has the source "${first}": a volume has exactly one source, so "${extra.key}" needs its own volume entry (with its own "- name:")`,
          );
        }
      }
    }
  },
};
