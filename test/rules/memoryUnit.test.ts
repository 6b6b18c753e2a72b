import { rule } from '../../server/src/rules/memoryUnit';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
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
