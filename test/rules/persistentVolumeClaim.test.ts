import { rule } from '../../server/src/rules/persistentVolumeClaim';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    yaml`
      apiVersion: v1
      kind: PersistentVolumeClaim
      spec:
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: 1Gi}}
    `,
  ],
  invalid: [
    {
      name: 'a misspelt accessModes key leaves the claim without access modes',
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
        { line: 5, column: 1, endLine: 5, endColumn: 5, message: 'This claim has no access modes: list at least one (usually ReadWriteOnce) under "accessModes".' },
        { line: 8, column: 3, endLine: 8, endColumn: 12, message: 'This claim does not say how much storage it needs: set resources.requests.storage, e.g. 1Gi.' },
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
      errors: [{ line: 4, column: 17, endLine: 4, endColumn: 20, message: 'Access mode "rwx" is not supported: use ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod. Did you mean "ReadWriteMany"?' }],
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
