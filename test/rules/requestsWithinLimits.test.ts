import { rule } from '../../server/src/rules/requestsWithinLimits';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // ValidateResourceRequirements: a request equal to its limit.
      name: 'boundary: ValidateResourceRequirements: a request equal to its limit',
      boundary: true,
      code: `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: app:1, resources: {requests: {cpu: 500m, memory: 1Gi}, limits: {cpu: "0.5", memory: 1024Mi}}}]\n`,
    },
    yaml`
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: app
            resources:
              requests: {cpu: 1000m, memory: 1Gi}
              limits: {cpu: 1, memory: 1024Mi}
          - name: only-limits
            resources:
              limits: {cpu: 100m}
    `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            spec:
              containers:
                - name: api
                  resources:
                    requests:
                      cpu: 1500m
                      memory: 2G
                    limits:
                      cpu: 1
                      memory: 2Gi
                - name: worker
                  resources:
                    requests: {memory: 1.5Gi}
                    limits: {memory: 1G}
      `,
      errors: [
        {
          line: 10,
          column: 20,
          endLine: 10,
          endColumn: 25,
          message:
            'container "api" requests more cpu than its limit: 1500m (1.5 CPU (1500 millicores)) > 1 (1 CPU (1000 millicores)) — lower the request or raise the limit',
        },
        {
          line: 17,
          column: 32,
          endLine: 17,
          endColumn: 37,
          message:
            'container "worker" requests more memory than its limit: 1.5Gi (1.5 GiB (1,610,612,736 bytes)) > 1G (953.67 MiB (1,000,000,000 bytes)) — lower the request or raise the limit',
        },
      ],
    },
  ],
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
ruleTester(rule, {
  noBoundary: 'a request equal to its limit is in the valid cases above',
  valid: [],
  invalid: [
    at(
      'validateResourceRequirements#3: a request above its limit',
      `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n      image: a:1\n      resources: {requests: {memory: 2Gi}, limits: {memory: 1Gi}}\n`,
      [['2Gi', /requests more memory than its limit/]],
    ),
  ],
});
