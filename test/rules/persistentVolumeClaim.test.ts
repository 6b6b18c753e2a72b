import { rule } from '../../server/src/rules/persistentVolumeClaim';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // ValidatePersistentVolumeClaimSpec: one access mode and a storage request.
      name: 'boundary: ValidatePersistentVolumeClaimSpec: one access mode and a storage request',
      boundary: true,
      code: `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: c}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n`,
    },
    yaml`
      apiVersion: v1
      kind: PersistentVolumeClaim
      spec:
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: 1Gi}}
    `,
    {
      name: 'misspelt keys on the way to the storage request: the schema check names the typo',
      code: yaml`
      apiVersion: v1
      kind: PersistentVolumeClaim
      spec:
        accesModes: [ReadWriteOnce]
        resources:
          request:
            storage: 1Gi
    `,
    },
    {
      name: 'a misspelt storage key',
      code: yaml`
      apiVersion: v1
      kind: PersistentVolumeClaim
      spec:
        accessModes: [ReadWriteOnce]
        resources: {requests: {storge: 1Gi}}
    `,
    },
  ],
  invalid: [
    {
      name: "a misspelt accessModes key is the schema check's to report; limits are not requests",
      code: yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: data
        spec:
          accessMkode:
            - ReadWriteOnce
          resources:
            limits:
              storage: 1Gi
      `,
      errors: [
        {
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 12,
          message: 'this claim does not say how much storage it needs: set resources.requests.storage, e.g. 1Gi',
        },
      ],
    },
    {
      name: 'no access modes at all',
      code: yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        spec:
          resources: {requests: {storage: 1Gi}}
      `,
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 5,
          message: 'this claim has no access modes: list at least one (usually ReadWriteOnce) under "accessModes"',
        },
      ],
    },
    {
      code: yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        spec:
          accessModes: [rwx]
          resources: {requests: {storage: 1Gi}}
      `,
      errors: [
        {
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 20,
          message:
            'access mode "rwx" is not supported: use ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod — did you mean "ReadWriteMany"?',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        spec:
          accessModes: [ReadWriteMany]
          resources: {requests: {storage: 1Gi}}
      `,
    },
  ],
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
ruleTester(rule, {
  noBoundary: 'presence checks have no numeric limit',
  valid: [],
  invalid: [
    at(
      'ValidatePersistentVolumeClaimSpec#1 and ValidatePersistentVolumeClaimSpec#4: no access modes, no storage request',
      `apiVersion: v1\nkind: PersistentVolumeClaim\nspec:\n  storageClassName: x\n`,
      [
        ['spec', /^this claim has no access modes/],
        ['spec', /^this claim does not say how much storage it needs/],
      ],
    ),
    at(
      'ValidatePersistentVolumeClaimSpec#2: an unknown access mode',
      `apiVersion: v1\nkind: PersistentVolumeClaim\nspec:\n  accessModes: [ReadWriteEvery]\n  resources: {requests: {storage: 1Gi}}\n`,
      [['ReadWriteEvery', /^access mode "ReadWriteEvery" is not supported/]],
      `apiVersion: v1\nkind: PersistentVolumeClaim\nspec:\n  accessModes: [ReadWriteMany]\n  resources: {requests: {storage: 1Gi}}\n`,
    ),
  ],
});
