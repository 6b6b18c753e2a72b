import { randomBytes } from 'node:crypto';
import type { Graph, GraphRange } from '../../server/src/graph/types';
import type { FromWebview } from './webview/messages';

/** Longer than any file uri a workspace has; refused before it is parsed. */
const MAX_URI = 4096;

/**
 * The webview is a web page: what it posts is checked field by field before the extension acts on
 * it (`{type: 'reveal', line: 'abc'}` must not reach `lineAt`). Anything else is ignored.
 */
export function parseFromWebview(raw: unknown): FromWebview | undefined {
  if (!isRecord(raw)) return undefined;
  const m = raw;
  if (m.type === 'ready' && Object.keys(m).length === 1) return { type: 'ready' };
  if (m.type === 'reveal' && Object.keys(m).length === 2 && isIndex(m.line)) {
    return { type: 'reveal', line: m.line };
  }
  if (m.type === 'open' && Object.keys(m).length === 3 && isFileUri(m.uri)) {
    const range = rangeOf(m.range);
    if (range) return { type: 'open', uri: m.uri, range };
  }
  return undefined;
}

/**
 * Where an `open` message may go: only to a file the graph on screen draws an object of (a page
 * cannot make the extension open an arbitrary file), else undefined.
 */
export function openTarget(message: Extract<FromWebview, { type: 'open' }>, shown: Graph | undefined): string | undefined {
  return shown?.nodes.some((n) => n.uri === message.uri) ? message.uri : undefined;
}

/** A content-security-policy nonce from the system's cryptographic random source (128 bits). */
export function cspNonce(): string {
  return randomBytes(16).toString('base64');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIndex(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}

/** A `file:` uri (local, or a UNC share's `file://server/…`) or an unsaved `untitled:` one, as the language server writes them. */
function isFileUri(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > MAX_URI || !/^(file:\/\/|untitled:)/.test(v)) return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
}

function positionOf(v: unknown): { line: number; character: number } | undefined {
  if (!isRecord(v) || Object.keys(v).length !== 2 || !isIndex(v.line) || !isIndex(v.character)) return undefined;
  return { line: v.line, character: v.character };
}

function rangeOf(v: unknown): GraphRange | undefined {
  if (!isRecord(v) || Object.keys(v).length !== 2) return undefined;
  const [start, end] = [positionOf(v.start), positionOf(v.end)];
  if (!start || !end || end.line < start.line || (end.line === start.line && end.character < start.character)) return undefined;
  return { start, end };
}
