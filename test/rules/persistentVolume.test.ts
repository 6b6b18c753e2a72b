import { rule } from '../../server/src/rules/persistentVolume';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
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
        { line: 3, column: 1, endLine: 3, endColumn: 5, message: 'This PersistentVolume has no size: set capacity.storage, e.g. "capacity: {storage: 10Gi}".' },
        { line: 4, column: 17, endLine: 4, endColumn: 29, message: 'Access mode "ReadWriteOne" is not supported: use ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod. Did you mean "ReadWriteOnce"?' },
        { line: 6, column: 3, endLine: 6, endColumn: 6, message: 'This PersistentVolume already has the source "local": a PersistentVolume has exactly one source.' },
        { line: 5, column: 3, endLine: 5, endColumn: 8, message: /^A local PersistentVolume needs "nodeAffinity"/ },
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
        { line: 5, column: 3, endLine: 5, endColumn: 14, message: /^This PersistentVolume has no access modes/ },
        { line: 3, column: 1, endLine: 3, endColumn: 5, message: 'This PersistentVolume has no volume source: say where the storage is, with one of hostPath, nfs, csi, local, ...' },
      ],
    },
  ],
});
