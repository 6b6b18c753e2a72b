import { scheduleProblem } from '../k8s/cron';
import { getIn, isBuiltin, keyNode, scalarValue } from './nodes';
import { hasMisspelledKey } from './misspelled';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const rule: DocumentRule = {
  id: 'k8s/cron-schedule',
  title: "A CronJob's schedule is a valid cron expression",
  severity: 'error',
  scope: 'document',
  doc:
    "A CronJob's `schedule` has five fields, minute (0–59), hour (0–23), day of month (1–31), month (1–12 or jan–dec) and day of week (0–6 or sun–sat), " +
    'each a value, a range `a-b`, a list `a,b`, `*` or a step `*/n`; or one of the macros `@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight`, `@hourly`, `@every <duration>` ' +
    "(Kubernetes parses it with robfig/cron's standard parser). There is no seconds field, and no `L`, `W` or `#`. A time zone prefix (`TZ=` or `CRON_TZ=`) is rejected on creation: " +
    'use the `timeZone` field (ValidateCronJobSpec: "cannot use TZ or CRON_TZ in schedule, use timeZone field instead").',
  check(doc, report) {
    if (!isBuiltin(doc, 'CronJob', ['batch'])) return;
    const node = getIn(doc.root, 'spec', 'schedule');
    const spec = getIn(doc.root, 'spec');
    if (!node) {
      if (spec && !hasMisspelledKey(spec, 'schedule'))
        report(keyNode(doc.root, 'spec'), t('this CronJob has no "schedule": say when it runs, e.g. "0 * * * *" for every hour'));
      return;
    }
    const value = scalarValue(node);
    if (typeof value !== 'string') return;
    const problem = value.trim() === '' ? t('it is empty') : scheduleProblem(value);
    if (problem) report(node, t`schedule "${value}" is not valid: ${problem}`);
  },
};
