import { rule } from '../../server/src/rules/concurrencyPolicy';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    yaml`
      apiVersion: batch/v1
      kind: CronJob
      spec:
        concurrencyPolicy: Forbid
    `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        spec:
          concurrencyPolicy: forbid
      `,
      errors: [
        {
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 28,
          message:
            'concurrencyPolicy "forbid" is not supported: use Allow (run in parallel), Forbid (skip the new run) or Replace (stop the old run) — did you mean "Forbid"?',
        },
      ],
      output: yaml`
        apiVersion: batch/v1
        kind: CronJob
        spec:
          concurrencyPolicy: Forbid
      `,
    },
  ],
});
