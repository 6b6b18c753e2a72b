// Helpers for RuleTester tables whose problems are located by the text they point at.
import type { InvalidCase } from './ruleTester';

/** Where `needle` (the nth time) is in `code`: the range a problem on it has. */
export function spot(code: string, needle: string, nth = 0) {
  // `path: «conf»}` finds the whole text and points at the marked part.
  const lead = needle.includes('«') ? needle.indexOf('«') : 0;
  const mark = needle.includes('«') ? needle.slice(lead + 1, needle.indexOf('»')) : needle;
  const whole = needle.replace(/[«»]/g, '');
  let i = -1;
  for (let k = 0; k <= nth; k++) i = code.indexOf(whole, i + 1);
  if (i < 0) throw new Error(`no ${needle}`);
  i += lead;
  needle = mark;
  const before = code.slice(0, i).split('\n');
  const line = before.length;
  const column = before[before.length - 1].length + 1;
  return { line, column, endLine: line, endColumn: column + needle.length };
}

/** A case whose problems are located by the text they point at. */
export function at(
  name: string,
  code: string,
  problems: [needle: string, message: string | RegExp, nth?: number, severity?: 'error' | 'warning' | 'info'][],
  output?: string,
): InvalidCase {
  return {
    name,
    code,
    errors: problems.map(([needle, message, nth, severity]) => ({
      ...spot(code, needle, nth),
      message,
      ...(severity ? { severity } : {}),
    })),
    ...(output !== undefined ? { output } : {}),
  };
}
