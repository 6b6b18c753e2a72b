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
  noBoundary: 'a claim is satisfiable by a volume of the file or not: there is no single limit to be just inside',
  valid: [
    pv +
      yaml`
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      spec:
        storageClassName: manual
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: 1024Mi}}
    `,
    {
      name: 'a claim of another class may be provisioned dynamically',
      code:
        pv +
        yaml`
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      spec:
        storageClassName: fast
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: 100Gi}}
    `,
    },
  ],
  invalid: [
    {
      code:
        pv +
        yaml`
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
      errors: [
        {
          line: 17,
          column: 16,
          endLine: 17,
          endColumn: 19,
          message:
            'this claim asks for 5Gi, more than the PersistentVolumes of storage class "manual" in this file can hold (small-pv: 1Gi), so it would stay Pending: ask for less, or add a larger volume',
        },
      ],
    },
    {
      code:
        pv +
        yaml`
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        spec:
          volumeName: small-pv
          accessModes: [ReadWriteMany]
          resources: {requests: {storage: 1Gi}}
      `,
      errors: [
        {
          line: 14,
          column: 3,
          endLine: 14,
          endColumn: 14,
          message:
            'the volume this claim names, "small-pv", does not offer the access modes ReadWriteMany at the requested size (small-pv: ReadWriteOnce), so the claim would stay Pending',
        },
      ],
    },
    {
      name: 'the one binder: a Block claim, or a claim whose selector matches no volume, binds to nothing, and the check says why',
      code:
        pv +
        yaml`
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: block}
        spec:
          storageClassName: manual
          volumeMode: Block
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: 1Gi}}
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: picky}
        spec:
          storageClassName: manual
          selector: {matchLabels: {tier: gold}}
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: 1Gi}}
      `,
      errors: [
        {
          line: 15,
          column: 3,
          endLine: 15,
          endColumn: 13,
          message:
            'no PersistentVolume of storage class "manual" in this file can take this claim: it wants volumeMode Block (they are small-pv: Filesystem), so the claim would stay Pending',
        },
        {
          line: 24,
          column: 3,
          endLine: 24,
          endColumn: 11,
          message:
            'no PersistentVolume of storage class "manual" in this file can take this claim: its selector matches none of their labels (small-pv), so the claim would stay Pending',
        },
      ],
    },
  ],
});
