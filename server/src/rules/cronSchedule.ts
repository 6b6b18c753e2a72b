import { CronExpressionParser } from 'cron-parser';
import { getIn, isBuiltin, keyNode, scalarValue } from './nodes';
import { hasMisspelledKey } from './misspelled';
import type { DocumentRule } from './types';

/** The macros of robfig/cron's standard parser, which Kubernetes uses. */
const MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];
const FIELDS = ['minute', 'hour', 'day of month', 'month', 'day of week'];
const RANGES: [number, number][] = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 6]];
const NAMES = [[], [], [], ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'], ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']];

/** Why Kubernetes would reject `schedule`, or undefined when it accepts it. */
export function scheduleProblem(schedule: string): string | undefined {
  const s = schedule.trim();
  if (s.includes('TZ')) return 'a time zone cannot be set in the schedule (TZ= or CRON_TZ=): use the "timeZone" field instead, e.g. timeZone: Europe/Paris';
  if (s.startsWith('@')) {
    if (MACROS.includes(s)) return undefined;
    if (/^@every\s+((\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+)$/.test(s)) return undefined;
    return `"${s}" is not a known macro: use ${MACROS.join(', ')} or "@every <duration>" (e.g. @every 1h30m)`;
  }
  const fields = s.split(/\s+/).filter(Boolean);
  if (fields.length !== 5) {
    return `a schedule has 5 fields (minute hour day-of-month month day-of-week), this one has ${fields.length}${fields.length === 6 ? ' (Kubernetes has no seconds field)' : ''}`;
  }
  // cron-parser accepts more than Kubernetes' parser (L, W, #, H, 7 for Sunday): check those first.
  for (let i = 0; i < 5; i++) {
    const field = fields[i];
    if (!/^[\d*?,/a-zA-Z-]+$/.test(field)) return `the ${FIELDS[i]} field "${field}" contains characters a schedule does not allow`;
    for (const word of field.match(/[a-zA-Z]+/g) ?? []) {
      if (!NAMES[i].includes(word.toLowerCase())) {
        return `the ${FIELDS[i]} field "${field}" contains "${word}"${NAMES[i].length ? `, which is not a ${i === 3 ? 'month' : 'day'} name (${NAMES[i].join(', ')})` : ', but only numbers are allowed there'}`;
      }
    }
    for (const number of field.split(/[,/-]/)) {
      const n = Number(number);
      const [min, max] = RANGES[i];
      const isStep = field.includes(`/${number}`);
      if (/^\d+$/.test(number) && !isStep && (n < min || n > max)) return field === number ? `the ${FIELDS[i]} is ${n}, outside ${min}–${max}` : `the ${FIELDS[i]} field "${field}" has ${n}, outside ${min}–${max}`;
    }
  }
  try {
    CronExpressionParser.parse(s);
    return undefined;
  } catch (err) {
    return `it is not a valid cron expression (${err instanceof Error ? err.message : String(err)})`;
  }
}

export const rule: DocumentRule = {
  id: 'k8s/cron-schedule',
  title: "A CronJob's schedule is a valid cron expression",
  severity: 'error',
  scope: 'document',
  doc:
    'A CronJob\'s `schedule` has five fields, minute (0–59), hour (0–23), day of month (1–31), month (1–12 or jan–dec) and day of week (0–6 or sun–sat), ' +
    'each a value, a range `a-b`, a list `a,b`, `*` or a step `*/n`; or one of the macros `@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight`, `@hourly`, `@every <duration>` ' +
    '(Kubernetes parses it with robfig/cron\'s standard parser). There is no seconds field, and no `L`, `W` or `#`. A time zone prefix (`TZ=` or `CRON_TZ=`) is rejected on creation: ' +
    'use the `timeZone` field (ValidateCronJobSpec: "cannot use TZ or CRON_TZ in schedule, use timeZone field instead").',
  check(doc, report) {
    if (!isBuiltin(doc, 'CronJob', ['batch'])) return;
    const node = getIn(doc.root, 'spec', 'schedule');
    const spec = getIn(doc.root, 'spec');
    if (!node) {
      if (spec && !hasMisspelledKey(spec, 'schedule')) report(keyNode(doc.root, 'spec'), 'this CronJob has no "schedule": say when it runs, e.g. "0 * * * *" for every hour');
      return;
    }
    const value = scalarValue(node);
    if (typeof value !== 'string') return;
    const problem = value.trim() === '' ? 'it is empty' : scheduleProblem(value);
    if (problem) report(node, `schedule "${value}" is not valid: ${problem}`);
  },
};
