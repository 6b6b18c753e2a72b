import { CUSTOM_FORMATS } from '../schema';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i;

/**
 * Formats as Kubernetes decodes them (Go's base64.StdEncoding skips line breaks; int32 is range-checked).
 * A module of its own: the validators generated at build time require it too.
 */
export const FORMATS = {
  ...CUSTOM_FORMATS,
  byte: (s: string) => BASE64.test(s.replace(/[\r\n]/g, '')),
  'date-time': (s: string) => DATE_TIME.test(s),
  int32: { type: 'number' as const, validate: (n: number) => n >= -2147483648 && n <= 2147483647 },
  int64: { type: 'number' as const, validate: (n: number) => Number.isSafeInteger(n) || Number.isInteger(n) },
};
