import cronstrue from 'cronstrue';
import { CronExpressionParser } from 'cron-parser';

/**
 * CronJob schedules (robfig/cron as the CronJob controller reads them): five fields, or a macro
 * (`@hourly`, `@daily`, `@midnight`, `@weekly`, `@monthly`, `@yearly`, `@annually`). Times are
 * in the controller's time zone unless `spec.timeZone` names one.
 */
export interface CronSchedule {
  text: string;
  /** The schedule in words, e.g. "At 03:00 AM, Monday through Friday". */
  description: string;
  /** Next run times after `from`, in the given time zone. */
  next: Date[];
}

const MACROS: Record<string, string> = {
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
  const macro = MACROS[trimmed.toLowerCase()];
  if (macro) return macro;
  return trimmed.split(/\s+/).length === 5 ? trimmed : undefined;
}

/** Describe a schedule; `error` says why it is not one. */
export function describeSchedule(
  text: string,
  options: { from?: Date; count?: number; timeZone?: string } = {},
): CronSchedule | { error: string } {
  const fields = normalizeSchedule(text);
  if (!fields) return { error: 'a schedule has five fields: minute hour day-of-month month day-of-week' };
  let description: string;
  try {
    description = cronstrue.toString(fields, { use24HourTimeFormat: true, verbose: false });
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
