import { t } from '../l10n';
/**
 * Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource): `500m`, `1Gi`, `1e3`, `1G`.
 *
 *   quantity ::= [+-] number suffix
 *   number   ::= digits | digits "." digits? | "." digits
 *   suffix   ::= "" | m | k | M | G | T | P | E          (decimal, powers of 1000)
 *              | Ki | Mi | Gi | Ti | Pi | Ei             (binary, powers of 1024)
 *              | (e|E) [+-]? digits                      (decimal exponent)
 *
 * Shared by the API rules (syntax, requests ≤ limits, PV/PVC capacity) and hover.
 */

export type SuffixKind = 'binary' | 'decimal' | 'exponent';

export interface Quantity {
  /** The text as written. */
  text: string;
  /** Value in base units (cores, bytes, ...). A float: exact for every integer up to 2^53. */
  value: number;
  /** The same quantity in the shortest integer form, e.g. `1024Mi` → `1Gi`, `0.5` → `500m`. */
  canonical: string;
  suffix: string;
  kind: SuffixKind;
}

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
/** Decimal suffixes as powers of ten (`n` and `u` are accepted by the parser, though rarely written). */
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

// The exponent form is tried before `E` (exa) so that `1E3` is 1000, while a bare `1E` stays exa.
const QUANTITY = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))([eE][+-]?\d+|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/;

/** Parse a quantity as Kubernetes does; undefined when the API server would reject it. */
export function parseQuantity(input: string | number): Quantity | undefined {
  const text = typeof input === 'number' ? numberText(input) : input;
  const m = QUANTITY.exec(text);
  if (!m) return undefined;
  const number = Number(m[1]);
  const suffix = m[2] ?? '';
  let kind: SuffixKind;
  let value: number;
  if (suffix in BINARY) {
    kind = 'binary';
    value = number * BINARY[suffix];
  } else if (/^[eE][+-]?\d+$/.test(suffix)) {
    kind = 'exponent';
    value = Number(`${m[1]}e${suffix.slice(1)}`);
  } else {
    kind = 'decimal';
    // Through the exponent, so that 100u is exactly 1e-4, not 100 * 1e-6.
    value = Number(`${m[1]}e${DECIMAL[suffix]}`);
  }
  if (!Number.isFinite(value)) return undefined;
  return { text, value, canonical: canonicalQuantity(value, kind === 'binary' ? 'binary' : 'decimal'), suffix, kind };
}

function numberText(n: number): string {
  // YAML numbers reach Kubernetes as JSON numbers; very large or small ones keep an exponent.
  return String(n).replace('e+', 'e');
}

/** The shortest integer spelling of `value` in the binary or decimal family (Kubernetes' canonical form). */
export function canonicalQuantity(value: number, family: 'binary' | 'decimal'): string {
  if (value === 0) return '0';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  if (family === 'binary' && Number.isInteger(abs)) {
    for (const suffix of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) {
      const n = abs / BINARY[suffix];
      if (Number.isInteger(n)) return `${sign}${n}${suffix}`;
    }
    // Not a multiple of 1024: Kubernetes falls back to the decimal form.
  }
  for (const suffix of ['E', 'P', 'T', 'G', 'M', 'k', '', 'm', 'u', 'n']) {
    const n = roundTiny(abs / 10 ** DECIMAL[suffix]);
    if (Number.isInteger(n)) return `${sign}${n}${suffix}`;
  }
  // Finer than a nano-unit: Kubernetes rounds up to the next nano-unit.
  return `${sign}${Math.ceil(abs * 1e9)}n`;
}

/** Undo float noise such as 0.1 / 1e-3 = 100.00000000000001. */
function roundTiny(n: number): number {
  const r = Math.round(n);
  return r !== 0 && Math.abs(n - r) < 1e-9 * Math.abs(n) ? r : n;
}

/** `1610612736` → `1.5 GiB (1,610,612,736 bytes)`: a byte count in words, for hover and messages. */
export function formatBytes(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let unit = '';
  let scaled = bytes;
  for (let i = units.length - 1; i >= 0; i--) {
    const size = 2 ** (10 * (i + 1));
    if (Math.abs(bytes) >= size) {
      unit = units[i];
      scaled = bytes / size;
      break;
    }
  }
  const exact = `${Math.round(bytes).toLocaleString('en-US')} byte${bytes === 1 ? '' : 's'}`;
  if (!unit) return exact;
  return `${Number(scaled.toFixed(2))} ${unit} (${exact})`;
}

/** `0.5` → `0.5 CPU (500 millicores)`, for hover and messages. */
export function formatCpu(cores: number): string {
  const milli = roundTiny(cores * 1000);
  return `${Number(cores.toFixed(3))} CPU (${milli} millicore${milli === 1 ? '' : 's'})`;
}

const DECIMAL_BYTES: Record<string, string> = { K: 'k', k: 'k', M: 'M', G: 'G', T: 'T', P: 'P', E: 'E' };
const POWERS: Record<string, number> = { k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

/**
 * Why a quantity is invalid, in words, with the spellings the author most likely meant. Knows the
 * classic mix-ups: `1GB`/`1gb` (the units are `G` or `Gi`), `1K` (kilo is lowercase `k`),
 * `1gi` (case), a space before the unit, and a unit with no number.
 */
export function explainInvalidQuantity(text: string, subject?: string): { message: string; suggestions: string[] } {
  const base = t`"${text}" is not a valid ${subject ? t`quantity for ${subject}` : t('Kubernetes quantity')}`;
  const trimmed = text.trim();
  if (trimmed === '') return { message: t`${base}: it is empty; write a number such as 1, 500m or 1Gi`, suggestions: [] };
  const compact = trimmed.replace(/\s+/g, '');
  if (compact !== text && parseQuantity(compact)) {
    return { message: t`${base}: a quantity has no spaces — did you mean "${compact}"?`, suggestions: [compact] };
  }
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))?([a-zA-Z]+)$/.exec(compact);
  if (m && m[1] === undefined && /^(?:[kKmMgGtTpPeE][iI]?[bB]?)$/.test(m[2])) {
    return { message: t`${base}: the unit needs a number in front, e.g. 1${m[2]}`, suggestions: [] };
  }
  if (m && m[1] !== undefined) {
    const [, num, unit] = m;
    // 1GB, 1gb, 1Mb, 1KB, 1kB, 1GiB, 1gib ...
    const bytes = /^([kKmMgGtTpPeE])([iI]?)([bB]?)$/.exec(unit);
    if (bytes && !(bytes[1] === 'm' && !bytes[2] && !bytes[3])) {
      const letter = bytes[1].toUpperCase();
      const decimal = DECIMAL_BYTES[letter];
      const binary = `${letter}i`;
      if (bytes[2]) {
        const why = bytes[3] ? t`the unit is "${binary}", without a "B"` : t('units are case-sensitive');
        return { message: t`${base}: ${why} — did you mean "${num}${binary}"?`, suggestions: [`${num}${binary}`] };
      }
      const power = POWERS[decimal];
      const binaryPower = 10 * (['K', 'M', 'G', 'T', 'P', 'E'].indexOf(letter) + 1);
      return {
        message: t`${base}: ${bytes[3] ? t('units have no "B"') : letter === 'K' ? t('kilo is a lowercase "k"') : t('units are case-sensitive')} — did you mean "${num}${decimal}" (10^${power} bytes) or "${num}${binary}" (2^${binaryPower} bytes)?`,
        suggestions: [`${num}${decimal}`, `${num}${binary}`],
      };
    }
  }
  return {
    message: t`${base}: write a number with an optional unit: m (milli), k, M, G, T, P, E (powers of 1000), Ki, Mi, Gi, Ti, Pi, Ei (powers of 1024), or an exponent like 1e3`,
    suggestions: [],
  };
}
