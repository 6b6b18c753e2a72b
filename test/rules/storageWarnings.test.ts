// warningsForPersistentVolumeSpecAndMeta (pkg/api/persistentvolume/util.go), GetWarningsForPersistentVolumeClaim and
// GetWarningsForPersistentVolumeClaimSpec (pkg/api/persistentvolumeclaim/util.go), GetNodeLabelDeprecatedMessage (pkg/api/node).
import { rule } from '../../server/src/rules/storageWarnings';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const pvc = (storage: string, meta = '') =>
  `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: c\n${meta}spec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests: {storage: ${storage}}\n`;
const pv = (key: string) =>
  `apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv}\nspec:\n  capacity: {storage: 1Gi}\n  accessModes: [ReadWriteOnce]\n  local: {path: /mnt}\n  nodeAffinity:\n    required:\n      nodeSelectorTerms:\n        - matchExpressions: [{key: ${key}, operator: In, values: [a]}]\n`;

ruleTester(rule, {
  valid: [
    {
      // GetWarningsForPersistentVolumeClaimSpec: 1 byte is the smallest whole amount; 0.5Ki is 512 bytes.
      name: 'boundary: a request of 1 byte, and of 0.5Ki (512 bytes); a volume on topology.kubernetes.io/zone',
      boundary: true,
      code: pvc('"1"') + '---\n' + pvc('0.5Ki') + '---\n' + pv('topology.kubernetes.io/zone'),
    },
  ],
  invalid: [
    at(
      'GetWarningsForPersistentVolumeClaim: the beta storage-class annotation',
      pvc('1Gi', '  annotations:\n    volume.beta.kubernetes.io/storage-class: fast\n'),
      [
        [
          'volume.beta.kubernetes.io/storage-class',
          'annotation volume.beta.kubernetes.io/storage-class is deprecated since v1.8: set spec.storageClassName instead',
        ],
      ],
    ),
    at('GetWarningsForPersistentVolumeClaimSpec: a fractional number of bytes', pvc('"1.5"') + '---\n' + pvc('0.1Ki'), [
      ['"1.5"', 'resources.requests.storage 1.5 is not a whole number of bytes: use a whole amount such as 1Gi'],
      ['0.1Ki', 'resources.requests.storage 0.1Ki is not a whole number of bytes: use a whole amount such as 1Gi'],
    ]),
    at(
      'warningsForPersistentVolumeSpecAndMeta: a deprecated node label in node affinity',
      pv('failure-domain.beta.kubernetes.io/zone'),
      [
        [
          'failure-domain.beta.kubernetes.io/zone',
          'nodeAffinity uses the node label "failure-domain.beta.kubernetes.io/zone", deprecated since v1.14: use "topology.kubernetes.io/zone"',
        ],
      ],
      pv('topology.kubernetes.io/zone'),
    ),
  ],
});
