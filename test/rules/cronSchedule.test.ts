import { rule } from '../../server/src/rules/cronSchedule';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

// validateScheduleFormat (pkg/apis/batch/validation), robfig/cron's standard parser.

const cron = (schedule: string) => yaml`
  apiVersion: batch/v1
  kind: CronJob
  spec:
    schedule: ${schedule}
`;

ruleTester(rule, {
  valid: [
    {
      // validateScheduleFormat (robfig/cron ParseStandard): the largest values of each field.
      name: 'boundary: 59 23 31 12 6',
      boundary: true,
      code: cron('59 23 31 12 6'),
    },
    ...['"0 * * * *"', '"*/15 9-17 * * mon-fri"', '"0 0 1 jan,jul *"', '"@hourly"', '"@every 1h30m"', '"0 0 ? * *"'].map((s) => cron(s)),
    {
      name: 'a misspelt schedule key',
      code: yaml`
      apiVersion: batch/v1
      kind: CronJob
      spec:
        schedul: "0 * * * *"
    `,
    },
  ],
  invalid: [
    {
      code: cron('"61 * * * *"'),
      errors: [
        { line: 4, column: 13, endLine: 4, endColumn: 25, message: 'schedule "61 * * * *" is not valid: the minute is 61, outside 0–59' },
      ],
    },
    {
      code: cron('"0 0 0 * * *"'),
      errors: [
        {
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 26,
          message:
            'schedule "0 0 0 * * *" is not valid: a schedule has 5 fields (minute hour day-of-month month day-of-week), this one has 6 (Kubernetes has no seconds field)',
        },
      ],
    },
    {
      code: cron('"CRON_TZ=Europe/Paris 0 3 * * *"'),
      errors: [
        {
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 45,
          message: /a time zone cannot be set in the schedule \(TZ= or CRON_TZ=\): use the "timeZone" field instead/,
        },
      ],
    },
    {
      name: "7 for Sunday and L are not in Kubernetes' cron dialect",
      code: cron('"0 0 L * 7"'),
      errors: [
        {
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 24,
          message: 'schedule "0 0 L * 7" is not valid: the day of month field "L" contains "L", but only numbers are allowed there',
        },
      ],
    },
    {
      code: cron('"5-1 * * * *"'),
      errors: [
        {
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 26,
          message: /^schedule "5-1 \* \* \* \*" is not valid: it is not a valid cron expression \(Invalid range: 5-1/,
        },
      ],
    },
    {
      code: cron('"@reboot"'),
      errors: [
        { line: 4, column: 13, endLine: 4, endColumn: 22, message: /^schedule "@reboot" is not valid: "@reboot" is not a known macro/ },
      ],
    },
    at(
      'batch:validateScheduleFormat#1 and batch:validateScheduleFormat#3: a minute out of range; a time zone in the schedule',
      'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  schedule: "61 * * * *"\n  jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: a, image: a}]}}}}\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {name: d}\nspec:\n  schedule: "TZ=UTC 0 * * * *"\n  jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: a, image: a}]}}}}\n',
      [
        ['"61 * * * *"', 'schedule "61 * * * *" is not valid: the minute is 61, outside 0–59'],
        [
          '"TZ=UTC 0 * * * *"',
          'schedule "TZ=UTC 0 * * * *" is not valid: a time zone cannot be set in the schedule (TZ= or CRON_TZ=): use the "timeZone" field instead, e.g. timeZone: Europe/Paris',
        ],
      ],
    ),
  ],
});
