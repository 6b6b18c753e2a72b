import { rule } from '../../server/src/rules/quantity';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // ValidateResourceQuantityValue: the smallest unit and an exponent.
      name: 'boundary: ValidateResourceQuantityValue: the smallest unit and an exponent',
      boundary: true,
      code: `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: app:1, resources: {requests: {cpu: 1m, memory: 1e3}}}]\n`,
    },
    yaml`
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: app
            resources:
              requests: {cpu: 500m, memory: 1G}
              limits: {cpu: 1, memory: 1Gi, ephemeral-storage: 1e9}
        volumes:
          - name: scratch
            emptyDir: {sizeLimit: 0.5Gi}
    `,
    {
      name: 'custom resources are not read',
      code: yaml`
      apiVersion: example.com/v1
      kind: PersistentVolume
      spec:
        capacity: {storage: lots}
    `,
    },
  ],
  invalid: [
    {
      name: 'GB instead of G or Gi',
      code: yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        spec:
          resources:
            requests:
              storage: 1GB
      `,
      errors: [
        {
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 19,
          message: '"1GB" is not a valid quantity for storage: units have no "B" — did you mean "1G" (10^9 bytes) or "1Gi" (2^30 bytes)?',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        spec:
          resources:
            requests:
              storage: 1G
      `,
    },
    {
      name: 'a space, a unit alone, a negative value',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        spec:
          template:
            spec:
              containers:
                - name: db
                  resources:
                    limits: {memory: "1 Gi", cpu: -1}
          volumeClaimTemplates:
            - spec:
                resources:
                  requests: {storage: Gi}
      `,
      errors: [
        {
          line: 9,
          column: 30,
          endLine: 9,
          endColumn: 36,
          message: '"1 Gi" is not a valid quantity for memory: a quantity has no spaces — did you mean "1Gi"?',
        },
        { line: 9, column: 43, endLine: 9, endColumn: 45, message: 'cpu -1 is negative: a quantity must be 0 or more' },
        {
          line: 13,
          column: 31,
          endLine: 13,
          endColumn: 33,
          message: '"Gi" is not a valid quantity for storage: the unit needs a number in front, e.g. 1Gi',
        },
      ],
      output: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        spec:
          template:
            spec:
              containers:
                - name: db
                  resources:
                    limits: {memory: "1Gi", cpu: -1}
          volumeClaimTemplates:
            - spec:
                resources:
                  requests: {storage: Gi}
      `,
    },
  ],
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
ruleTester(rule, {
  noBoundary: 'zero is in the valid cases above',
  valid: [],
  invalid: [
    at(
      'validateBasicResource#1: a negative quantity',
      `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n      image: a:1\n      resources: {limits: {cpu: -1}}\n`,
      [['-1', /^cpu -1 is negative/]],
    ),
  ],
});
