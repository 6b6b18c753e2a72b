import cronstrue from 'cronstrue';
// Registers cronstrue's Korean with the cronstrue above (the other locales are not bundled).
import 'cronstrue/locales/ko';
import { CronExpressionParser } from 'cron-parser';
import { currentLocale, t } from '../l10n';

/**
 * CronJob schedules (robfig/cron as the CronJob controller reads them): five fields, or a macro
 * (`@hourly`, `@daily`, `@midnight`, `@weekly`, `@monthly`, `@yearly`, `@annually`). Times are
 * in the controller's time zone unless `spec.timeZone` names one.
 */
export interface CronSchedule {
  text: string;
  /** The schedule in words, e.g. "At 03:00, Monday through Friday" (in Korean "03:00, 월요일부터 금요일까지"). */
  description: string;
  /** Next run times after `from`, in the given time zone. */
  next: Date[];
}

/** The macros of robfig/cron's standard parser, spelled exactly (it does not fold case: `@Daily` is rejected). */
const MACRO_FIELDS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

/** The five-field form of a schedule (macros expanded), or undefined when it is not five fields. */
export function normalizeSchedule(text: string): string | undefined {
  const trimmed = text.trim();
  const macro = MACRO_FIELDS[trimmed];
  if (macro) return macro;
  return trimmed.split(/\s+/).length === 5 ? trimmed : undefined;
}

/** Describe a schedule; `error` says why it is not one. */
export function describeSchedule(
  text: string,
  options: { from?: Date; count?: number; timeZone?: string } = {},
): CronSchedule | { error: string } {
  // One reading of a schedule: what the rule rejects, the hover does not explain.
  const problem = text.trim() === '' ? t('it is empty') : scheduleProblem(text);
  if (problem) return { error: problem };
  const every = /^@every\s+(\S+)$/.exec(text.trim());
  if (every) return { text, description: t`Every ${every[1]}, counted from when the CronJob controller starts`, next: [] };
  const fields = normalizeSchedule(text);
  if (!fields) return { error: t('a schedule has five fields: minute hour day-of-month month day-of-week') };
  let description: string;
  try {
    const locale = currentLocale() === 'ko' ? 'ko' : 'en';
    description = cronstrue.toString(fields, { use24HourTimeFormat: true, verbose: false, locale });
  } catch (err) {
    return { error: String(err).replace(/^Error:\s*/, '') };
  }
  const next: Date[] = [];
  try {
    const it = CronExpressionParser.parse(fields, { currentDate: options.from ?? new Date(), tz: options.timeZone ?? 'UTC' });
    for (let i = 0; i < (options.count ?? 3); i++) next.push(it.next().toDate());
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
  return { text, description, next };
}

const MACROS = Object.keys(MACRO_FIELDS);
/** A function: the names are translated in the locale of the moment. */
const FIELDS = () => [t('minute'), t('hour'), t('day of month'), t('month'), t('day of week')];
const RANGES: [number, number][] = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
];
const NAMES = [
  [],
  [],
  [],
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
];

/** Why Kubernetes would reject `schedule`, or undefined when it accepts it. */
export function scheduleProblem(schedule: string): string | undefined {
  const s = schedule.trim();
  if (s.includes('TZ'))
    return t('a time zone cannot be set in the schedule (TZ= or CRON_TZ=): use the "timeZone" field instead, e.g. timeZone: Europe/Paris');
  if (s.startsWith('@')) {
    if (MACROS.includes(s)) return undefined;
    if (/^@every\s+((\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+)$/.test(s)) return undefined;
    return t`"${s}" is not a known macro: use ${MACROS.join(', ')} or "@every <duration>" (e.g. @every 1h30m)`;
  }
  const fields = s.split(/\s+/).filter(Boolean);
  if (fields.length !== 5) {
    return t`a schedule has 5 fields (minute hour day-of-month month day-of-week), this one has ${fields.length}${fields.length === 6 ? t(' (Kubernetes has no seconds field)') : ''}`;
  }
  // cron-parser accepts more than Kubernetes' parser (L, W, #, H, 7 for Sunday): check those first.
  for (let i = 0; i < 5; i++) {
    const field = fields[i];
    if (!/^[\d*?,/a-zA-Z-]+$/.test(field)) return t`the ${FIELDS()[i]} field "${field}" contains characters a schedule does not allow`;
    for (const word of field.match(/[a-zA-Z]+/g) ?? []) {
      if (!NAMES[i].includes(word.toLowerCase())) {
        return t`the ${FIELDS()[i]} field "${field}" contains "${word}"${NAMES[i].length ? (i === 3 ? t`, which is not a month name (${NAMES[i].join(', ')})` : t`, which is not a day name (${NAMES[i].join(', ')})`) : t(', but only numbers are allowed there')}`;
      }
    }
    for (const number of field.split(/[,/-]/)) {
      const n = Number(number);
      const [min, max] = RANGES[i];
      const isStep = field.includes(`/${number}`);
      if (/^\d+$/.test(number) && !isStep && (n < min || n > max))
        return field === number
          ? t`the ${FIELDS()[i]} is ${n}, outside ${min}–${max}`
          : t`the ${FIELDS()[i]} field "${field}" has ${n}, outside ${min}–${max}`;
    }
  }
  try {
    CronExpressionParser.parse(s);
    return undefined;
  } catch (err) {
    return t`it is not a valid cron expression (${err instanceof Error ? err.message : String(err)})`;
  }
}
