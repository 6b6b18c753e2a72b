import { rule } from '../../server/src/rules/persistentVolume';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // ValidatePersistentVolumeSpec: one access mode, one source, a capacity.
      name: 'boundary: ValidatePersistentVolumeSpec: one access mode, one source, a capacity',
      boundary: true,
      code: `apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv}\nspec:\n  capacity: {storage: 1Gi}\n  accessModes: [ReadWriteOncePod]\n  nfs: {server: nfs.local, path: /exports}\n`,
    },
    {
      name: "misspelt keys are the schema check's to report, not missing fields",
      code: yaml`
      apiVersion: v1
      kind: PersistentVolume
      spec:
        capcity: {storage: 1Gi}
        acessModes: [ReadWriteOnce]
        hostpath: {path: /data}
    `,
    },
    {
      name: 'a local volume with a misspelt nodeAffinity',
      code: yaml`
      apiVersion: v1
      kind: PersistentVolume
      spec:
        capacity: {storage: 1Gi}
        accessModes: [ReadWriteOnce]
        local: {path: /mnt/disk}
        nodeAfinity: {}
    `,
    },
    yaml`
      apiVersion: v1
      kind: PersistentVolume
      spec:
        capacity: {storage: 10Gi}
        accessModes: [ReadWriteOnce]
        local: {path: /mnt/disks/ssd1}
        nodeAffinity:
          required:
            nodeSelectorTerms:
              - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [node-1]}]
    `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: PersistentVolume
        spec:
          accessModes: [ReadWriteOne]
          local: {path: /mnt/disks/ssd1}
          nfs: {server: nfs.local, path: /}
      `,
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 5,
          message: 'this PersistentVolume has no size: set capacity.storage, e.g. "capacity: {storage: 10Gi}"',
        },
        {
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 29,
          message:
            'access mode "ReadWriteOne" is not supported: use ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod — did you mean "ReadWriteOnce"?',
        },
        {
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 6,
          message: 'this PersistentVolume already has the source "local": a PersistentVolume has exactly one source',
        },
        { line: 5, column: 3, endLine: 5, endColumn: 8, message: /^a local PersistentVolume needs "nodeAffinity"/ },
      ],
      output: yaml`
        apiVersion: v1
        kind: PersistentVolume
        spec:
          accessModes: [ReadWriteOnce]
          local: {path: /mnt/disks/ssd1}
          nfs: {server: nfs.local, path: /}
      `,
    },
    {
      code: yaml`
        apiVersion: v1
        kind: PersistentVolume
        spec:
          capacity: {storage: 1Gi}
          accessModes: []
      `,
      errors: [
        { line: 5, column: 3, endLine: 5, endColumn: 14, message: /^this PersistentVolume has no access modes/ },
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 5,
          message:
            'this PersistentVolume has no volume source: say where the storage is, with a source such as hostPath, nfs, csi or local',
        },
      ],
    },
  ],
});

// ValidatePersistentVolumeSpec (pkg/apis/core/validation/validation.go): one "may not specify more than 1 volume
// type" per source, each proven by a PersistentVolume that has that source after another one.
const SECOND_SOURCE: [string, string][] = [
  ['ValidatePersistentVolumeSpec#12', 'hostPath'],
  ['ValidatePersistentVolumeSpec#13', 'gcePersistentDisk'],
  ['ValidatePersistentVolumeSpec#14', 'awsElasticBlockStore'],
  ['ValidatePersistentVolumeSpec#15', 'glusterfs'],
  ['ValidatePersistentVolumeSpec#16', 'flocker'],
  ['ValidatePersistentVolumeSpec#17', 'nfs'],
  ['ValidatePersistentVolumeSpec#18', 'rbd'],
  ['ValidatePersistentVolumeSpec#19', 'quobyte'],
  ['ValidatePersistentVolumeSpec#20', 'cephfs'],
  ['ValidatePersistentVolumeSpec#21', 'iscsi'],
  ['ValidatePersistentVolumeSpec#22', 'cinder'],
  ['ValidatePersistentVolumeSpec#23', 'fc'],
  ['ValidatePersistentVolumeSpec#24', 'azureFile'],
  ['ValidatePersistentVolumeSpec#25', 'vsphereVolume'],
  ['ValidatePersistentVolumeSpec#26', 'photonPersistentDisk'],
  ['ValidatePersistentVolumeSpec#27', 'portworxVolume'],
  ['ValidatePersistentVolumeSpec#28', 'azureDisk'],
  ['ValidatePersistentVolumeSpec#29', 'scaleIO'],
  ['ValidatePersistentVolumeSpec#30', 'local'],
  ['ValidatePersistentVolumeSpec#32', 'storageos'],
  ['ValidatePersistentVolumeSpec#33', 'csi'],
];
ruleTester(rule, {
  noBoundary: 'a count of sources: the valid cases above hold the one-source volume',
  valid: [],
  invalid: SECOND_SOURCE.map(([id, source]) => {
    const first = source === 'hostPath' ? 'nfs' : 'hostPath';
    return {
      name: `${id}: ${first} and ${source}`,
      code: `apiVersion: v1\nkind: PersistentVolume\nspec:\n  capacity: {storage: 1Gi}\n  accessModes: [ReadWriteOnce]\n  ${first}: {}\n  ${source}: {}\n  nodeAffinity: {required: {nodeSelectorTerms: [{matchExpressions: [{key: k, operator: Exists}]}]}}\n`,
      errors: [
        {
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 3 + source.length,
          message: `this PersistentVolume already has the source "${first}": a PersistentVolume has exactly one source`,
        },
      ],
    };
  }),
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
ruleTester(rule, {
  noBoundary: 'presence checks have no numeric limit',
  valid: [],
  invalid: [
    at(
      'ValidatePersistentVolumeSpec#4, ValidatePersistentVolumeSpec#7, ValidatePersistentVolumeSpec#34: no access modes, no capacity, no source',
      `apiVersion: v1\nkind: PersistentVolume\nspec:\n  storageClassName: x\n`,
      [
        ['spec', /^this PersistentVolume has no size/],
        ['spec', /^this PersistentVolume has no access modes/],
        ['spec', /^this PersistentVolume has no volume source/],
      ],
    ),
    at(
      'ValidatePersistentVolumeSpec#5 and ValidatePersistentVolumeSpec#31: an unknown access mode, a local volume without node affinity',
      `apiVersion: v1\nkind: PersistentVolume\nspec:\n  capacity: {storage: 1Gi}\n  accessModes: [ReadWriteEvery]\n  local: {path: /mnt}\n`,
      [
        ['ReadWriteEvery', /^access mode "ReadWriteEvery" is not supported/],
        ['local', /^a local PersistentVolume needs "nodeAffinity"/],
      ],
      `apiVersion: v1\nkind: PersistentVolume\nspec:\n  capacity: {storage: 1Gi}\n  accessModes: [ReadWriteMany]\n  local: {path: /mnt}\n`,
    ),
  ],
});
