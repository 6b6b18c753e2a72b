import { rule } from '../../server/src/rules/volumeSource';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    {
      // ValidateVolumes: exactly one source.
      name: 'boundary: ValidateVolumes: exactly one source',
      boundary: true,
      code: `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: app:1}]\n  volumes: [{name: v, emptyDir: {}}]\n`,
    },
    yaml`
      apiVersion: v1
      kind: Pod
      spec:
        volumes:
          - name: cache
            emptyDir: {}
          - name: defaulted-to-emptydir
    `,
  ],
  invalid: [
    {
      name: 'a missing "- name:" merges two volumes',
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          volumes:
            - name: config
              configMap:
                name: app-config
              secret:
                secretName: app-secret
      `,
      errors: [
        {
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 13,
          message:
            'volume "config" already has the source "configMap": a volume has exactly one source, so "secret" needs its own volume entry (with its own "- name:")',
        },
      ],
    },
  ],
});

// validateVolumeSource (pkg/apis/core/validation/validation.go): one "may not specify more than 1 volume type" per
// source, each proven by a volume that has that source after an emptyDir.
const SECOND_SOURCE: [string, string][] = [
  ['validateVolumeSource#2', 'hostPath'],
  ['validateVolumeSource#3', 'gitRepo'],
  ['validateVolumeSource#4', 'gcePersistentDisk'],
  ['validateVolumeSource#5', 'awsElasticBlockStore'],
  ['validateVolumeSource#6', 'secret'],
  ['validateVolumeSource#7', 'nfs'],
  ['validateVolumeSource#8', 'iscsi'],
  ['validateVolumeSource#10', 'glusterfs'],
  ['validateVolumeSource#11', 'flocker'],
  ['validateVolumeSource#12', 'persistentVolumeClaim'],
  ['validateVolumeSource#13', 'rbd'],
  ['validateVolumeSource#14', 'cinder'],
  ['validateVolumeSource#15', 'cephfs'],
  ['validateVolumeSource#16', 'quobyte'],
  ['validateVolumeSource#17', 'downwardAPI'],
  ['validateVolumeSource#18', 'fc'],
  ['validateVolumeSource#19', 'flexVolume'],
  ['validateVolumeSource#20', 'configMap'],
  ['validateVolumeSource#21', 'azureFile'],
  ['validateVolumeSource#22', 'vsphereVolume'],
  ['validateVolumeSource#23', 'photonPersistentDisk'],
  ['validateVolumeSource#24', 'portworxVolume'],
  ['validateVolumeSource#25', 'azureDisk'],
  ['validateVolumeSource#26', 'storageos'],
  ['validateVolumeSource#27', 'projected'],
  ['validateVolumeSource#28', 'scaleIO'],
  ['validateVolumeSource#29', 'csi'],
  ['validateVolumeSource#30', 'ephemeral'],
  ['validateVolumeSource#32', 'image'],
];
ruleTester(rule, {
  noBoundary: 'a count of sources: the valid cases above hold the one-source volume',
  valid: [],
  invalid: SECOND_SOURCE.map(([id, source]) => ({
    name: `${id}: emptyDir and ${source}`,
    code: `apiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: a, image: a:1}]\n  volumes:\n    - name: v\n      emptyDir: {}\n      ${source}: {}\n`,
    errors: [
      {
        line: 8,
        column: 7,
        endLine: 8,
        endColumn: 7 + source.length,
        message: `volume "v" already has the source "emptyDir": a volume has exactly one source, so "${source}" needs its own volume entry (with its own "- name:")`,
      },
    ],
  })),
});
