// ValidatePersistentVolumeSpec, ValidatePersistentVolumeClaimSpec, validateDataSource, validateDataSourceRef and
// validateVolumeNodeAffinity (pkg/apis/core/validation/validation.go).
import { rule } from '../../server/src/rules/storageFields';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const pv = (spec: string) => `apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv}\nspec:\n${spec}`;
const pvc = (spec: string) =>
  `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: c}\nspec:\n  accessModes: [ReadWriteOnce]\n${spec}`;

ruleTester(rule, {
  valid: [
    {
      name: 'boundary: the smallest storage, ReadWriteOncePod alone, a snapshot data source',
      boundary: true,
      code:
        pv(
          '  capacity: {storage: 1}\n  accessModes: [ReadWriteOncePod]\n  storageClassName: fast\n  csi: {driver: d, volumeHandle: h}\n  volumeAttributesClassName: gold\n',
        ) +
        '---\n' +
        pvc(
          '  resources: {requests: {storage: 1}}\n  dataSource: {apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: snap}\n  dataSourceRef: {apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: snap}\n',
        ),
    },
  ],
  invalid: [
    at(
      'ValidatePersistentVolumeSpec#6, ValidatePersistentVolumeSpec#8, ValidatePositiveQuantityValue#1: access modes and capacity',
      pv('  capacity: {storage: 0, cpu: 1}\n  accessModes: [ReadWriteOncePod, ReadOnlyMany]\n  hostPath: {path: /data}\n'),
      [
        ['storage: «0»', 'capacity.storage must be greater than zero, not 0'],
        ['cpu', 'a PersistentVolume\'s capacity has only "storage", not "cpu"'],
        ['accessModes', 'this PersistentVolume uses ReadWriteOncePod with other access modes: ReadWriteOncePod must be the only one'],
      ],
    ),
    at(
      'ValidatePersistentVolumeSpec#35, ValidatePersistentVolumeSpec#37, ValidatePersistentVolumeSpec#40, ValidatePersistentVolumeSpec#41, ValidatePersistentVolumeSpec#42, validateVolumeNodeAffinity#1',
      pv(
        '  capacity: {storage: 1Gi}\n  accessModes: [ReadWriteOnce]\n  hostPath: {path: /}\n  persistentVolumeReclaimPolicy: Recycle\n  storageClassName: Fast_SSD\n  volumeAttributesClassName: Gold\n  nodeAffinity: {}\n',
      ) +
        '---\n' +
        pv(
          '  capacity: {storage: 1Gi}\n  accessModes: [ReadWriteOnce]\n  csi: {driver: d, volumeHandle: h}\n  volumeAttributesClassName: ""\n',
        ),
      [
        ['Recycle', 'a hostPath PersistentVolume of "/" cannot use Recycle: recycling would delete the node\'s root filesystem'],
        ['Fast_SSD', /^storageClassName "Fast_SSD" is not a valid class name: /],
        ['Gold', /^volumeAttributesClassName "Gold" is not a valid class name: /],
        ['volumeAttributesClassName', 'volumeAttributesClassName needs a CSI volume: only CSI drivers can change volume attributes'],
        ['nodeAffinity', 'nodeAffinity needs "required" (nodeSelectorTerms of the nodes that can reach this volume)'],
        ['""', 'volumeAttributesClassName must not be empty: leave it out, or name a VolumeAttributesClass'],
      ],
    ),
    at(
      'ValidatePersistentVolumeClaimSpec#3, ValidatePersistentVolumeClaimSpec#5, ValidatePersistentVolumeClaimSpec#9: claim modes and class names',
      `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: c}\nspec:\n  accessModes: [ReadWriteOncePod, ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n  storageClassName: Fast_SSD\n  volumeAttributesClassName: Gold\n`,
      [
        ['accessModes', 'this claim uses ReadWriteOncePod with other access modes: ReadWriteOncePod must be the only one'],
        ['Fast_SSD', /^storageClassName "Fast_SSD" is not a valid class name: /],
        ['Gold', /^volumeAttributesClassName "Gold" is not a valid class name: /],
      ],
    ),
    at(
      'validateDataSource#1, validateDataSource#2, validateDataSource#3, validateDataSource#4, ValidatePersistentVolumeClaimSpec#8: dataSource',
      pvc(
        '  resources: {requests: {storage: 1Gi}}\n  dataSource: {kind: VolumeSnapshot, name: ""}\n  dataSourceRef: {apiGroup: Snapshot_Group, kind: ""}\n',
      ),
      [
        ['dataSource', 'dataSource and dataSourceRef name different objects: they must match (or keep only dataSourceRef)'],
        ['""', 'dataSource.name is required'],
        [
          'VolumeSnapshot',
          'dataSource.kind "VolumeSnapshot" needs an apiGroup (e.g. snapshot.storage.k8s.io for a VolumeSnapshot); without one it can only be PersistentVolumeClaim',
        ],
        ['{apiGroup: Snapshot_Group, kind: ""}', 'dataSourceRef.name is required'],
        ['kind: «""»}', 'dataSourceRef.kind is required'],
        ['Snapshot_Group', /^dataSourceRef\.apiGroup "Snapshot_Group" is not a valid API group: /],
      ],
    ),
    at(
      'validateDataSourceRef#1, validateDataSourceRef#2, validateDataSourceRef#3, validateDataSourceRef#4, validateDataSourceRef#5, ValidatePersistentVolumeClaimSpec#7: dataSourceRef',
      pvc(
        '  resources: {requests: {storage: 0}}\n  dataSource: {kind: PersistentVolumeClaim, name: a}\n  dataSourceRef: {kind: Snapshot, name: "", apiGroup: "", namespace: Other}\n',
      ) +
        '---\n' +
        pvc('  resources: {requests: {storage: 1Gi}}\n  dataSourceRef: {apiGroup: x.io, name: s}\n'),
      [
        ['storage: «0»', 'resources.requests.storage must be greater than zero, not 0'],
        ['\n  «dataSource»:', 'dataSource cannot be set when dataSourceRef names another namespace: keep only dataSourceRef'],
        ['name: «""»', 'dataSourceRef.name is required'],
        [
          'Snapshot',
          'dataSourceRef.kind "Snapshot" needs an apiGroup (e.g. snapshot.storage.k8s.io for a VolumeSnapshot); without one it can only be PersistentVolumeClaim',
        ],
        ['Other', 'dataSourceRef.namespace "Other" is not a valid namespace name (lowercase letters, digits and "-")'],
        ['{apiGroup: x.io, name: s}', 'dataSourceRef.kind is required'],
      ],
    ),
  ],
});
