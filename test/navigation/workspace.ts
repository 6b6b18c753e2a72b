import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Range } from 'vscode-languageserver-types';
import { buildModel, type Model } from '../../server/src/model';
import { parseFile, type ParsedFile } from '../../server/src/yaml/parse';

export const FIXTURE = join(__dirname, 'fixtures', 'shop');
export const uriOf = (name: string) => `file://${join(FIXTURE, name)}`;

export interface Workspace {
  model: Model;
  files: Map<string, ParsedFile>;
  texts: Record<string, string>;
}

/** The fixture workspace as the server holds it: every file parsed into one model. */
export function loadWorkspace(overrides: Record<string, string> = {}): Workspace {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(FIXTURE).filter((n) => n.endsWith('.yaml'))) texts[name] = readFileSync(join(FIXTURE, name), 'utf8');
  Object.assign(texts, overrides);
  const files = new Map(Object.entries(texts).map(([name, text]) => [uriOf(name), parseFile(text)]));
  return { model: buildModel([...files].map(([uri, file]) => ({ uri, file }))), files, texts };
}

/** The offset of `word` inside the `nth` (0-based) occurrence of `context` in a fixture text. */
export function offsetIn(text: string, context: string, word = context, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(context, at + 1);
    if (at === -1) throw new Error(`"${context}" #${nth} not found`);
  }
  const inner = context.indexOf(word);
  if (inner === -1) throw new Error(`"${word}" not in "${context}"`);
  return at + inner;
}

/** `file:L:C-L:C`, 1-based, as a user reads a place. */
export function place(uri: string, range: Range): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  return `${name}:${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}
