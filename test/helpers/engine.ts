import { getLanguageService } from '../../server/src/languageService';
import type { Settings } from '../../server/src/settings';
import type { Diagnostic } from 'vscode-languageserver-types';

const service = getLanguageService();

/** A diagnostic as a user reads it: 1-based line:column-endLine:endColumn, code, message. */
export interface Seen {
  at: string;
  severity: string;
  code: string;
  message: string;
}

export function seen(d: Diagnostic): Seen {
  return {
    at: `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`,
    severity: ['', 'error', 'warning', 'info', 'hint'][d.severity ?? 1],
    code: String(d.code),
    message: typeof d.message === 'string' ? d.message : d.message.value,
  };
}

export function diagnose(text: string, settings?: Partial<Settings>): Seen[] {
  return service.validate(service.parse(text), settings).map(seen);
}

/** Apply the first quick fix of the first diagnostic with `code`, returning the new text. */
export function applyFirstFix(text: string, code: string, settings?: Partial<Settings>): string {
  const file = service.parse(text);
  const diagnostics = service.validate(file, settings);
  const d = diagnostics.find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} diagnostic`);
  const [action] = service.codeActions('file:///t.yaml', d.range, [d]);
  if (!action?.edit?.changes) throw new Error(`no fix for ${code}`);
  const edits = [...action.edit.changes['file:///t.yaml']].sort(
    (a, b) => file.lines.offsetAt(b.range.start) - file.lines.offsetAt(a.range.start),
  );
  let out = text;
  for (const e of edits) out = out.slice(0, file.lines.offsetAt(e.range.start)) + e.newText + out.slice(file.lines.offsetAt(e.range.end));
  return out;
}

/** The fixes offered for the first diagnostic with `code`: [title, preferred] each, as a user picks them. */
export function fixTitles(text: string, code: string, settings?: Partial<Settings>): [string, boolean][] {
  const file = service.parse(text);
  const d = service.validate(file, settings).find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} diagnostic`);
  return service.codeActions('file:///t.yaml', d.range, [d]).map((a) => [a.title, a.isPreferred === true]);
}
