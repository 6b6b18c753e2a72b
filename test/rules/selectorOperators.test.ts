import { rule } from '../../server/src/rules/selectorOperators';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'misspelt operator and values keys', code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        selector:
          matchExpressions:
            - {key: tier, operater: In, values: [web]}
            - {key: tier, operator: In, value: [web]}
    ` },
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        selector:
          matchExpressions:
            - {key: tier, operator: In, values: [web]}
            - {key: canary, operator: DoesNotExist}
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                    - matchExpressions:
                        - {key: cpu-count, operator: Gt, values: ["4"]}
    `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          selector:
            matchExpressions:
              - key: tier
                operator: in
                values: [web]
              - key: env
                operator: Exists
                values: [prod]
              - key: app
                operator: NotIn
              - key: gpu
                operator: Gt
                values: ["1"]
      `,
      errors: [
        { line: 7, column: 19, endLine: 7, endColumn: 21, message: 'operator "in" is not supported here: use one of In, NotIn, Exists, DoesNotExist — did you mean "In"?' },
        { line: 11, column: 9, endLine: 11, endColumn: 15, message: 'operator Exists tests only whether the key is present: remove "values"' },
        { line: 13, column: 19, endLine: 13, endColumn: 24, message: 'operator NotIn needs at least one value under "values" (the label values to exclude)' },
        { line: 15, column: 19, endLine: 15, endColumn: 21, message: 'operator "Gt" is not supported here (Gt exists only in node affinity terms): use one of In, NotIn, Exists, DoesNotExist' },
      ],
      output: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          selector:
            matchExpressions:
              - key: tier
                operator: In
                values: [web]
              - key: env
                operator: Exists
                values: [prod]
              - key: app
                operator: NotIn
              - key: gpu
                operator: Gt
                values: ["1"]
      `,
    },
  ],
});
