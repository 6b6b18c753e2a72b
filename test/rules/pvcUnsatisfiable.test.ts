import { rule } from '../../server/src/rules/pvcUnsatisfiable';
import { ruleTester, yaml } from './ruleTester';

const pv = yaml`
  apiVersion: v1
  kind: PersistentVolume
  metadata: {name: small-pv}
  spec:
    storageClassName: manual
    capacity: {storage: 1Gi}
    accessModes: [ReadWriteOnce]
    hostPath: {path: /mnt/small}
`;

ruleTester(rule, {
  valid: [
    pv + yaml`
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      spec:
        storageClassName: manual
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: 1024Mi}}
    `,
    { name: 'a claim of another class may be provisioned dynamically', code: pv + yaml`
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      spec:
        storageClassName: fast
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: 100Gi}}
    ` },
  ],
  invalid: [
    {
      code: pv + yaml`
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        spec:
          storageClassName: manual
          accessModes: [ReadWriteOnce]
          resources:
            requests:
              storage: 5Gi
      `,
      errors: [{ line: 17, column: 16, endLine: 17, endColumn: 19, message: 'this claim asks for 5Gi, more than the PersistentVolumes of storage class "manual" in this file can hold (small-pv: 1Gi), so it would stay Pending: ask for less, or add a larger volume' }],
    },
    {
      code: pv + yaml`
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        spec:
          volumeName: small-pv
          accessModes: [ReadWriteMany]
          resources: {requests: {storage: 1Gi}}
      `,
      errors: [{ line: 14, column: 3, endLine: 14, endColumn: 14, message: 'the volume this claim names, "small-pv", does not offer the access modes ReadWriteMany at the requested size (small-pv: ReadWriteOnce), so the claim would stay Pending' }],
    },
  ],
});
