import { randomBytes } from 'node:crypto';
import type { FromWebview } from './webview/messages';

/**
 * The webview is a web page: what it posts is checked field by field before the extension acts on
 * it (`{type: 'reveal', line: 'abc'}` must not reach `lineAt`). Anything else is ignored.
 */
export function parseFromWebview(raw: unknown): FromWebview | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const m = raw as Record<string, unknown>;
  if (m.type === 'ready' && Object.keys(m).length === 1) return { type: 'ready' };
  if (m.type === 'reveal' && Object.keys(m).length === 2 && Number.isSafeInteger(m.line) && (m.line as number) >= 0) {
    return { type: 'reveal', line: m.line as number };
  }
  return undefined;
}

/** A content-security-policy nonce from the system's cryptographic random source (128 bits). */
export function cspNonce(): string {
  return randomBytes(16).toString('base64');
}
