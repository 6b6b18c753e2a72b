import { rule } from '../../server/src/rules/concurrencyPolicy';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

// validateConcurrencyPolicy (pkg/apis/batch/validation).

ruleTester(rule, {
  valid: [
    {
      // validateConcurrencyPolicy: each of the three values.
      name: 'boundary: Allow, Forbid and Replace',
      boundary: true,
      code: ['Allow', 'Forbid', 'Replace']
        .map((p) => `apiVersion: batch/v1\nkind: CronJob\nspec:\n  schedule: "0 * * * *"\n  concurrencyPolicy: ${p}\n`)
        .join('---\n'),
    },
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
    at(
      'batch:validateConcurrencyPolicy#2: an unknown policy',
      'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  schedule: "0 * * * *"\n  concurrencyPolicy: Skip\n  jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: a, image: a}]}}}}\n',
      [
        [
          'Skip',
          'concurrencyPolicy "Skip" is not supported: use Allow (run in parallel), Forbid (skip the new run) or Replace (stop the old run)',
        ],
      ],
    ),
  ],
});
