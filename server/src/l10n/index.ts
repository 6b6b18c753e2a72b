import * as l10n from '@vscode/l10n';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveParticles } from './particles';

type Arg = string | number | boolean;

/**
 * Every user-facing string goes through `t()`, keyed by its English text with `{0}` placeholders,
 * so that a translated bundle (l10n/bundle.l10n.<lang>.json) can replace it. Two forms:
 *   t('unknown field "{0}"', name)      — a key with explicit placeholders;
 *   t`unknown field "${name}"`          — a tagged template: the key is the literal text with the
 *                                         interpolations numbered {0}, {1}, … in order.
 * Without a bundle the English text is returned exactly as a plain template literal would build it.
 */
export function t(message: string | TemplateStringsArray, ...args: unknown[]): string {
  let key: string;
  if (typeof message === 'string') key = message;
  else {
    key = message[0];
    for (let i = 1; i < message.length; i++) key += `{${i - 1}}` + message[i];
  }
  const translated = bundle[key];
  if (typeof translated !== 'string' || !translated) {
    if (typeof message === 'string') return l10n.t(message, ...(args as Arg[]));
    // No translation: joined as the template literal itself would be (English stays byte-identical,
    // even when its text holds braces).
    return message.reduce((out, part, i) => out + String(args[i - 1]) + part);
  }
  const text = translated.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
  // Korean particles after a filled-in word: 이(가) → 이 or 가 where the word's last sound is certain.
  return current === 'ko' ? resolveParticles(text) : text;
}

let current = 'en';
let bundle: Record<string, unknown> = {};

function load(contents: Record<string, unknown>): void {
  l10n.config({ contents: contents as Record<string, string> });
  bundle = contents;
}

/** The language of the loaded bundle ('en' when none). */
export function currentLocale(): string {
  return current;
}

/**
 * Load a translated bundle: the client passes `vscode.l10n.uri?.fsPath` as the initialization
 * option `l10nBundle`, or sets `EXTENSION_BUNDLE_PATH` (the variable VS Code's own servers use).
 */
export function configureL10n(bundlePath: string | undefined = process.env.EXTENSION_BUNDLE_PATH): boolean {
  if (!bundlePath) return false;
  try {
    load(JSON.parse(readFileSync(bundlePath, 'utf8')) as Record<string, unknown>);
    current = /bundle\.l10n\.([\w-]+)\.json$/.exec(bundlePath)?.[1] ?? 'en';
    return true;
  } catch {
    // A missing or broken bundle leaves English in place.
    return false;
  }
}

/** "ko_KR.UTF-8", "ko-KR", "ko" → "ko"; "C", "POSIX", "" → undefined. */
export function languageOf(locale: string | undefined): string | undefined {
  const m = /^([a-zA-Z]{2,3})(?:[-_]|\.|@|$)/.exec(locale ?? '');
  if (!m || /^(c|posix)$/i.test(locale ?? '')) return undefined;
  return m[1].toLowerCase();
}

/** The locale POSIX tools read: LC_ALL, then LC_MESSAGES, then LANG (the first that is set). */
export function localeFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
}

/** l10n/ beside dist/ (the package) or beside server/src/ (running from source). */
function bundleDir(): string | undefined {
  return [join(__dirname, '..', 'l10n'), join(__dirname, '..', '..', '..', 'l10n')].find((d) => existsSync(join(d, 'bundle.l10n.json')));
}

/**
 * Switch to the bundle of a locale ("ko", "ko_KR.UTF-8"); English, an unknown language or no locale
 * resets to English. Returns the language now in use.
 */
export function setLocale(locale: string | undefined): string {
  const lang = languageOf(locale);
  const dir = bundleDir();
  const file = lang && lang !== 'en' && dir ? join(dir, `bundle.l10n.${lang}.json`) : undefined;
  if (file && existsSync(file)) {
    try {
      load(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
      current = lang!;
      return current;
    } catch {
      // A broken bundle leaves English in place.
    }
  }
  load({});
  current = 'en';
  return current;
}
