import { DocumentHighlightKind, type DocumentHighlight, type Location as LspLocation } from 'vscode-languageserver-types';
import type { Location, Model } from '../model';
import { targetAt } from './at';
import { occurrencesOf } from './occurrences';

export { outline } from './outline';
export { definition } from './definition';
export { prepareRename, rename, type PrepareResult } from './rename';
export { codeLenses, resolveCodeLens, SHOW_REFERENCES_COMMAND } from './lens';
export { workspaceSymbols } from './symbols';

const lsp = (l: Location): LspLocation => ({ uri: l.uri, range: l.range });

/** Find References: every place in the workspace that refers to what the cursor is on (and its definition, when asked). */
export function references(model: Model, uri: string, offset: number, includeDeclaration: boolean): LspLocation[] {
  const target = targetAt(model, uri, offset);
  const found = target ? occurrencesOf(model, target) : undefined;
  if (!found) return [];
  return [...(includeDeclaration ? found.declarations : []), ...found.references].map(lsp);
}

/** The other occurrences, in this file, of the name or label under the cursor. */
export function highlights(model: Model, uri: string, offset: number): DocumentHighlight[] {
  const target = targetAt(model, uri, offset);
  const found = target ? occurrencesOf(model, target) : undefined;
  if (!found) return [];
  const seen = new Set<number>();
  const out: DocumentHighlight[] = [];
  for (const [list, kind] of [
    [found.declarations, DocumentHighlightKind.Write],
    [found.references, DocumentHighlightKind.Read],
  ] as const) {
    for (const l of list) if (l.uri === uri && !seen.has(l.start) && seen.add(l.start)) out.push({ range: l.range, kind });
  }
  return out;
}
