import { CompletionItemKind, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import type { ResolvedSchema, SchemaStore } from '../schema';
import type { ParsedFile } from '../yaml/parse';
import { t } from '../l10n';
import { FOCUS_KINDS, kindDoc } from '../hover/kindDocs';
import type { CursorContext } from './cursorContext';
import type { Edit } from './edits';
import { VALUE_OVERLAY, enumDocs } from './schemaInfo';

/** A scalar as YAML must spell it to stay a string (`"true"`, `"80"`, `""`, `"a: b"`). */
export function yamlString(value: string): string {
  if (value === '' || /^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?[\d.]+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+)$/i.test(value)) return JSON.stringify(value);
  if (/^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|\s$/.test(value)) return JSON.stringify(value);
  return value;
}

/** Enum and boolean values from the schema, plus the overlay where the schema has none. */
export function schemaValueItems(s: ResolvedSchema, pathText: string, kind: string | undefined, edit: Edit): CompletionItem[] {
  const items: CompletionItem[] = [];
  const docs = enumDocs(s.description);
  for (const v of s.enum ?? []) {
    if (typeof v !== 'string' || v === '') continue;
    const doc = docs.get(v);
    items.push({
      label: v,
      kind: CompletionItemKind.EnumMember,
      ...(doc ? { documentation: { kind: 'markdown' as const, value: `\`${v}\` ${doc}` } } : {}),
      textEdit: edit(yamlString(v)),
    });
  }
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('boolean')) {
    for (const v of ['true', 'false']) items.push({ label: v, kind: CompletionItemKind.Value, textEdit: edit(v) });
  }
  for (const overlay of VALUE_OVERLAY) {
    if ((overlay.kind && overlay.kind !== kind) || !overlay.path.test(pathText)) continue;
    for (const { value, doc } of overlay.values) {
      if (items.some((i) => i.label === value)) continue;
      items.push({ label: value, kind: CompletionItemKind.EnumMember, documentation: { kind: 'markdown', value: doc }, textEdit: edit(yamlString(value)) });
    }
  }
  return items;
}

/** A line `key: value` at the top of the document chunk: the value's file offsets. */
function topLevelValue(file: ParsedFile, ctx: CursorContext, key: string): { start: number; end: number; value: string; line: number } | undefined {
  const re = new RegExp(`^${key}:[ \\t]*([^\\s#]*)`, 'gm');
  const m = re.exec(ctx.chunk.text);
  if (!m) return undefined;
  const start = ctx.chunk.offset + m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].length, value: m[1].replace(/^["']|["']$/g, ''), line: file.lines.lineAt(start) };
}

/** `kind:` values: every kind the cluster knows, focus kinds first; picking one fixes a missing or wrong apiVersion. */
export function kindItems(store: SchemaStore, file: ParsedFile, ctx: CursorContext, edit: Edit): CompletionItem[] {
  const items: CompletionItem[] = [];
  const apiVersion = topLevelValue(file, ctx, 'apiVersion');
  const seen = new Set<string>();
  for (const info of store.kinds()) {
    if (seen.has(info.kind) || info.kind.endsWith('List')) continue;
    seen.add(info.kind);
    const preferred = store.kindsNamed(info.kind)[0];
    if (!preferred || preferred.removedIn) continue;
    const extra: TextEdit[] = [];
    if (!apiVersion) {
      const lineStart = file.lines.lineStart(ctx.line);
      extra.push({ range: file.lines.range(lineStart, lineStart), newText: `apiVersion: ${preferred.apiVersion}\n` });
    } else if (ctx.path.length === 1 && apiVersion.line !== ctx.line && !store.lookup(apiVersion.value, info.kind)) {
      extra.push({ range: file.lines.range(apiVersion.start, apiVersion.end), newText: preferred.apiVersion });
    }
    const doc = kindDoc(info.kind);
    const focus = FOCUS_KINDS.includes(info.kind);
    items.push({
      label: info.kind,
      kind: CompletionItemKind.Class,
      detail: preferred.apiVersion,
      documentation: { kind: 'markdown', value: `**${info.kind}** (\`apiVersion: ${preferred.apiVersion}\`)${doc ? `\n\n${doc}` : ''}` },
      sortText: `${focus ? '0' : '1'}${info.kind}`,
      textEdit: edit(info.kind),
      ...(extra.length ? { additionalTextEdits: extra } : {}),
    });
  }
  return items;
}

/** `apiVersion:` values: the versions serving the document's kind (preferred first), or all of them. */
export function apiVersionItems(store: SchemaStore, kind: string | undefined, edit: Edit): CompletionItem[] {
  const named = kind ? store.kindsNamed(kind) : [];
  if (named.length) {
    return named.map((info, i) => ({
      label: info.apiVersion,
      kind: CompletionItemKind.Module,
      detail: info.removedIn
        ? t('removed in Kubernetes {0}', info.removedIn)
        : info.deprecatedIn
          ? t('deprecated since Kubernetes {0}', info.deprecatedIn)
          : i === 0
            ? t('preferred for {0}', info.kind)
            : info.kind,
      sortText: `${String(i).padStart(3, '0')}`,
      textEdit: edit(info.apiVersion),
    }));
  }
  const versions = new Map<string, boolean>();
  for (const info of store.kinds()) if (!info.removedIn) versions.set(info.apiVersion, true);
  return [...versions.keys()].sort().map((v) => ({ label: v, kind: CompletionItemKind.Module, textEdit: edit(v) }));
}
