import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { Model } from '../model';

/** Workspace symbols: every object as `Kind/name` (its namespace beside it), found by name, kind or kind/name. */
export function workspaceSymbols(model: Model, query: string, limit = 1000): SymbolInformation[] {
  const q = query.trim().toLowerCase();
  const out: SymbolInformation[] = [];
  for (const object of model.objects()) {
    const { kind, name, namespace } = object.identity;
    if (!name) continue;
    const label = `${kind}/${name}`;
    if (q && !fuzzy(q, label.toLowerCase())) continue;
    out.push({
      name: label,
      kind: kind === 'Namespace' ? SymbolKind.Namespace : SymbolKind.Class,
      location: { uri: object.uri, range: object.location.range },
      ...(namespace ? { containerName: namespace } : {}),
    });
    if (out.length >= limit) break;
  }
  return out;
}

/** The query's characters appear in order (what editors' symbol pickers match). */
function fuzzy(query: string, text: string): boolean {
  let i = 0;
  for (const c of text) if (c === query[i]) i++;
  return i === query.length;
}
