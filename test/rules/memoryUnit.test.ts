import { rule } from '../../server/src/rules/memoryUnit';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    {
      // a byte size in Mi and a plain number of bytes (only the m suffix is suspicious).
      name: 'boundary: a byte size in Mi and a plain number of bytes (only the m suffix is suspicious)',
      boundary: true,
      code: `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: app:1, resources: {requests: {memory: 128Mi}, limits: {memory: "134217728"}}}]\n`,
    },
    yaml`
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: app
            resources:
              requests: {cpu: 250m, memory: 128Mi}
    `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          containers:
            - name: app
              resources:
                limits:
                  memory: 512m
      `,
      errors: [
        {
          line: 8,
          column: 19,
          endLine: 8,
          endColumn: 23,
          message:
            '"512m" of memory means 512 thousandths of a byte ("m" is milli) — did you mean "512Mi" (mebibytes) or "512M" (megabytes)?',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          containers:
            - name: app
              resources:
                limits:
                  memory: 512Mi
      `,
    },
  ],
});
