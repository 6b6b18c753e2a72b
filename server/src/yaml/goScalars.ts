import type { ScalarTag } from 'yaml';

/**
 * Plain-scalar numbers exactly as go-yaml v2 (kubectl, the API server) resolves them: a scalar is
 * tried as a number only when it starts with a digit, a sign or a dot; underscores are dropped, then
 * Go's ParseInt with base 0 (`0x`, `0o`, `0b`, a leading `0` for octal, any case), ParseUint, and
 * ParseFloat for the YAML float form. Everything else is a string: `.`, `.e3`, `e3`, `0o8`, `1e`.
 */
const GO_INT = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL: Record<string, number> = {
  '.nan': NaN,
  '.NaN': NaN,
  '.NAN': NaN,
  '.inf': Infinity,
  '.Inf': Infinity,
  '.INF': Infinity,
  '+.inf': Infinity,
  '+.Inf': Infinity,
  '+.INF': Infinity,
  '-.inf': -Infinity,
  '-.Inf': -Infinity,
  '-.INF': -Infinity,
};
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

function goInt(plain: string): number | undefined {
  if (!GO_INT.test(plain)) return undefined;
  const negative = plain[0] === '-';
  const digits = plain.replace(/^[-+]/, '');
  const prefixed = /^0[oO]/.test(digits) ? `0o${digits.slice(2)}` : /^0[0-7]/.test(digits) ? `0o${digits.slice(1)}` : digits.toLowerCase();
  const big = BigInt(prefixed);
  // ParseInt takes int64; ParseUint then takes what is left of uint64 (without a sign).
  if (negative ? big > INT64_MAX + 1n : big > (plain[0] === '+' ? INT64_MAX : UINT64_MAX)) return undefined;
  const n = Number(big);
  return negative ? (n === 0 ? 0 : -n) : n;
}

/** The number go-yaml reads from a plain scalar, or undefined when it is a string (or not a number at all). */
export function goNumber(text: string): number | undefined {
  // Every plain scalar of a file comes here: most are words, answered by their first character
  // (the special values all start with `.`, `+` or `-`).
  const c = text[0];
  if (!(c === '.' || c === '+' || c === '-' || (c >= '0' && c <= '9'))) return undefined;
  if ((c === '.' || c === '+' || c === '-') && text in SPECIAL) return SPECIAL[text];
  if (c === '.') return DOT_FLOAT.test(text) ? Number(text) : undefined;
  const plain = text.replace(/_/g, '');
  const int = goInt(plain);
  if (int !== undefined) return int;
  if (!YAML_STYLE_FLOAT.test(plain)) return undefined;
  const f = Number(plain);
  // ParseFloat fails on overflow (1e999): the scalar stays a string.
  return Number.isFinite(f) ? (f === 0 ? 0 : f) : undefined;
}

const isNumber = { test: (s: string) => goNumber(s) !== undefined } as RegExp;

/** Replaces the `yaml` package's YAML 1.1 int and float tags. */
export function goNumberTag(original: ScalarTag): ScalarTag {
  return {
    ...original,
    format: undefined,
    test: isNumber,
    resolve: (str: string) => goNumber(str)!,
  };
}
