import type { TextEdit } from 'vscode-languageserver-types';
import type { ParsedFile } from '../yaml/parse';
import type { CursorContext } from './cursorContext';

/** Builds the text edit that replaces what was typed at the cursor. */
export type Edit = (newText: string) => TextEdit;

export function replacing(file: ParsedFile, ctx: CursorContext): Edit {
  const range = file.lines.range(ctx.replaceStart, ctx.replaceEnd);
  return (newText) => ({ range, newText });
}
