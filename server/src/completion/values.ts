import { CompletionItemKind, CompletionItemTag, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import {
  bundledKinds,
  compareApiVersionPriority,
  placeValuesAt,
  splitApiVersion,
  type DeprecationEntry,
  type ResolvedSchema,
  type SchemaStore,
} from '../schema';
import { crdPlace, customSchemas } from '../validate/documentSchema';
import type { Model } from '../model';

type Scope = { model: Model; uri: string };
import type { ParsedFile } from '../yaml/parse';
import { t } from '../l10n';
import { FOCUS_KINDS, kindDoc } from '../k8s/kindDocs';
import type { CursorContext } from './cursorContext';
import type { Edit } from './edits';
import { apiVersionServed, enumDocs, preferredAt, servedAt, versionsAt } from '../schema';
import { VALUE_OVERLAY } from './schemaHints';

/** A scalar as YAML must spell it to stay a string (`"true"`, `"80"`, `""`, `"a: b"`). */
export function yamlString(value: string): string {
  if (value === '' || /^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?[\d.]+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+)$/i.test(value))
    return JSON.stringify(value);
  if (/^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|\s$/.test(value)) return JSON.stringify(value);
  return value;
}

/** Enum and boolean values from the schema, plus the overlay where the schema has none. */
export function schemaValueItems(s: ResolvedSchema, pathText: string, kind: string | undefined, edit: Edit): CompletionItem[] {
  const items: CompletionItem[] = [];
  const docs = enumDocs(s.description);
  // Only what is accepted at this place (a Job's restartPolicy: OnFailure or Never), not the whole enum.
  const only = placeValuesAt(kind, pathText);
  for (const v of s.enum ?? []) {
    if (typeof v !== 'string' || v === '' || (only && !only.includes(v))) continue;
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
      items.push({
        label: value,
        kind: CompletionItemKind.EnumMember,
        documentation: { kind: 'markdown', value: doc },
        textEdit: edit(yamlString(value)),
      });
    }
  }
  return items;
}

/** A line `key: value` at the top of the document chunk: the value's file offsets. */
function topLevelValue(
  file: ParsedFile,
  ctx: CursorContext,
  key: string,
): { start: number; end: number; value: string; line: number } | undefined {
  const re = new RegExp(`^${key}:[ \\t]*([^\\s#]*)`, 'gm');
  const m = re.exec(ctx.chunk.text);
  if (!m) return undefined;
  const start = ctx.chunk.offset + m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].length, value: m[1].replace(/^["']|["']$/g, ''), line: file.lines.lineAt(start) };
}

/** A custom kind to offer: from a CustomResourceDefinition of the file, or bundled (Gateway API, cert-manager …). */
interface CustomKind {
  apiVersion: string;
  kind: string;
  note: string;
}

/** The kinds of the CRDs of the file and the scope, then the bundled families' (each kind's preferred apiVersion first). */
function customKinds(file: ParsedFile, customResources: Record<string, boolean> | undefined, scope?: Scope): CustomKind[] {
  const local = customSchemas(file, scope).map((c) => ({
    apiVersion: c.apiVersion,
    kind: c.kind,
    note: t('A custom resource, defined by the CustomResourceDefinition `{0}` in {1}.', c.crdName, crdPlace(c, scope)),
  }));
  const bundled = bundledKinds(customResources)
    .filter((b) => !b.kind.endsWith('List'))
    .sort((a, b) => compareApiVersionPriority(splitApiVersion(a.apiVersion).version, splitApiVersion(b.apiVersion).version))
    .map((b) => ({
      apiVersion: b.apiVersion,
      kind: b.kind,
      note: t('A custom resource of {0}; k8sense bundles its schema ({1}).', b.family.title, b.family.source),
    }));
  return [...local, ...bundled];
}

/** `kind:` values: every kind the target release serves, focus kinds first; picking one fixes a missing or unserved apiVersion. */
export function kindItems(
  store: SchemaStore,
  file: ParsedFile,
  ctx: CursorContext,
  edit: Edit,
  target: string,
  customResources?: Record<string, boolean>,
  scope?: Scope,
): CompletionItem[] {
  const items: CompletionItem[] = [];
  const apiVersion = topLevelValue(file, ctx, 'apiVersion');
  const seen = new Set<string>();
  for (const info of store.kinds()) {
    if (seen.has(info.kind) || info.kind.endsWith('List')) continue;
    seen.add(info.kind);
    const preferred = preferredAt(store, info.kind, target);
    if (!preferred) continue;
    const { apiVersion: version } = preferred.info;
    const extra: TextEdit[] = [];
    if (ctx.flow) {
      // A document written as one flow mapping: its apiVersion is not on a line of its own to edit.
    } else if (!apiVersion) {
      const lineStart = file.lines.lineStart(ctx.line);
      extra.push({ range: file.lines.range(lineStart, lineStart), newText: `apiVersion: ${version}\n` });
    } else if (ctx.path.length === 1 && apiVersion.line !== ctx.line && !servedAt(store, apiVersion.value, info.kind, target)) {
      extra.push({ range: file.lines.range(apiVersion.start, apiVersion.end), newText: version });
    }
    const doc = kindDoc(info.kind);
    const focus = FOCUS_KINDS.includes(info.kind);
    const deprecated = preferred.status === 'deprecated';
    const note = deprecated ? `\n\n${deprecationNote(preferred.entry!)}` : '';
    items.push({
      label: info.kind,
      kind: CompletionItemKind.Class,
      detail: deprecated ? `${version} — ${t('deprecated since Kubernetes {0}', preferred.entry!.deprecatedIn)}` : version,
      documentation: { kind: 'markdown', value: `**${info.kind}** (\`apiVersion: ${version}\`)${doc ? `\n\n${doc}` : ''}${note}` },
      sortText: `${deprecated ? '2' : focus ? '0' : '1'}${info.kind}`,
      ...(deprecated ? { tags: [CompletionItemTag.Deprecated] } : {}),
      textEdit: edit(info.kind),
      ...(extra.length ? { additionalTextEdits: extra } : {}),
    });
  }
  // Kinds the file's CustomResourceDefinitions define, and the bundled ones.
  const custom = customKinds(file, customResources, scope);
  for (const c of custom) {
    if (seen.has(c.kind)) continue;
    seen.add(c.kind);
    const extra: TextEdit[] = [];
    if (ctx.flow) {
      // No line of its own to edit (see above).
    } else if (!apiVersion) {
      const lineStart = file.lines.lineStart(ctx.line);
      extra.push({ range: file.lines.range(lineStart, lineStart), newText: `apiVersion: ${c.apiVersion}\n` });
    } else if (
      ctx.path.length === 1 &&
      apiVersion.line !== ctx.line &&
      !custom.some((o) => o.kind === c.kind && o.apiVersion === apiVersion.value)
    ) {
      extra.push({ range: file.lines.range(apiVersion.start, apiVersion.end), newText: c.apiVersion });
    }
    const local = customSchemas(file, scope).some((o) => o.kind === c.kind);
    items.push({
      label: c.kind,
      kind: CompletionItemKind.Class,
      detail: c.apiVersion,
      documentation: { kind: 'markdown', value: `**${c.kind}** (\`apiVersion: ${c.apiVersion}\`)\n\n${c.note}` },
      sortText: `${local ? '0' : '1'}${c.kind}`,
      textEdit: edit(c.kind),
      ...(extra.length ? { additionalTextEdits: extra } : {}),
    });
  }
  return items;
}

/** What replaces a deprecated apiVersion, in the words of the deprecation entry. */
function deprecationNote(entry: DeprecationEntry): string {
  const parts: string[] = [];
  if (entry.replacement) parts.push(t('Use `{0}` instead.', entry.replacement));
  if (entry.notes) parts.push(entry.notes);
  return parts.join(' ');
}

/**
 * `apiVersion:` values: the versions serving the document's kind in the target release, the one to
 * use first; deprecated and removed ones are marked and listed last. Without a kind, every
 * apiVersion the release serves.
 */
export function apiVersionItems(
  store: SchemaStore,
  file: ParsedFile,
  kind: string | undefined,
  edit: Edit,
  target: string,
  customResources?: Record<string, boolean>,
  scope?: Scope,
): CompletionItem[] {
  const local = kind ? customSchemas(file, scope).filter((c) => c.kind === kind) : [];
  if (local.length) {
    return local.map((c, i) => ({
      label: c.apiVersion,
      kind: CompletionItemKind.Module,
      detail: t('defined by the CustomResourceDefinition `{0}` in {1}', c.crdName, crdPlace(c, scope)),
      sortText: `${String(i).padStart(3, '0')}`,
      textEdit: edit(c.apiVersion),
    }));
  }
  const bundled = kind && !store.kindsNamed(kind).length ? customKinds(file, customResources, scope).filter((c) => c.kind === kind) : [];
  if (bundled.length) {
    return bundled.map((c, i) => ({
      label: c.apiVersion,
      kind: CompletionItemKind.Module,
      detail: c.kind,
      sortText: `${String(i).padStart(3, '0')}`,
      textEdit: edit(c.apiVersion),
    }));
  }
  const named = kind ? versionsAt(store, kind, target) : [];
  if (named.length) {
    return named.map(({ info, status, entry }, i) => {
      const detail =
        status === 'removed'
          ? t('removed in Kubernetes {0}', entry!.removedIn!)
          : status === 'deprecated'
            ? entry!.removedIn
              ? t('deprecated since Kubernetes {0}, removed in {1}', entry!.deprecatedIn, entry!.removedIn)
              : t('deprecated since Kubernetes {0}', entry!.deprecatedIn)
            : status === 'successor'
              ? t('replaces {0} from Kubernetes {1}', entry!.apiVersion, entry!.deprecatedIn)
              : i === 0
                ? t('preferred for {0} in Kubernetes {1}', info.kind, target)
                : info.kind;
      const stale = status === 'removed' || status === 'deprecated';
      const note = stale && entry ? deprecationNote(entry) : '';
      return {
        label: info.apiVersion,
        kind: CompletionItemKind.Module,
        detail,
        ...(note ? { documentation: { kind: 'markdown' as const, value: note } } : {}),
        ...(stale ? { tags: [CompletionItemTag.Deprecated] } : {}),
        sortText: `${String(i).padStart(3, '0')}`,
        textEdit: edit(info.apiVersion),
      };
    });
  }
  const versions = new Set(store.kinds().map((info) => info.apiVersion));
  return [...versions]
    .filter((v) => apiVersionServed(store, v, target))
    .sort()
    .map((v) => ({ label: v, kind: CompletionItemKind.Module, textEdit: edit(v) }));
}
