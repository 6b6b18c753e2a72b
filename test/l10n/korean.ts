import type { Diagnostic } from 'vscode-languageserver-types';
import type { DiagnosticData } from '../../server/src/problem';
import { setLocale } from '../../server/src/l10n';

const HANGUL = /[\uac00-\ud7a3]/;

/**
 * What of a Korean message is still English prose: quoted text ("…", `…`, '…'), field paths,
 * identifiers and values are dropped, then a run of three plain English words is left over.
 */
export function englishLeft(text: string): string | undefined {
  if (!HANGUL.test(text)) return text;
  const rest = text
    .replace(/YAML 문법 오류: .*/s, '') // the YAML parser's own words (the yaml package) stay English
    .replace(/"[^"]*"|`[^`]*`|'[^']*'|\{[^}]*\}|\[[^\]]*\]/g, ' ')
    .replace(/\S*[^\sa-z,.;:()]\S*/g, ' '); // words with a capital, digit, dot path, slash, Hangul particle …
  return /\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/.exec(rest)?.[0];
}

/** The English left in the Korean messages and fix titles of `diagnostics`, as "message ← leftover". */
export function untranslated(diagnostics: Diagnostic[]): string[] {
  const out: string[] = [];
  for (const d of diagnostics) {
    const texts = [
      typeof d.message === 'string' ? d.message : d.message.value,
      ...((d.data as DiagnosticData | undefined)?.fixes?.map((f) => f.title) ?? []),
    ];
    for (const s of texts) {
      const left = englishLeft(s);
      if (left !== undefined) out.push(`${s}  ← "${left}"`);
    }
  }
  return out;
}

/** Run `f` with the Korean bundle loaded, back to English afterwards. */
export function inKorean<T>(f: () => T): T {
  setLocale('ko');
  try {
    return f();
  } finally {
    setLocale('en');
  }
}
