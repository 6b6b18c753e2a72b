import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem } from 'vscode-languageserver-types';
import { fieldAddedAfter, type ResolvedSchema, type SchemaStore } from '../schema';
import { t } from '../l10n';
import type { CursorContext } from './cursorContext';
import { allowedValues, mainDescription, shapeOf, typeName } from '../schema';
import { MAP_KEY_OVERLAY, snippetChildren } from './schemaHints';
import type { Edit } from './edits';

const INDENT = '  ';

/** Snippet text for a value of this schema placed under a key at `column` (what follows `key:`). */
function valueSnippet(store: SchemaStore, s: ResolvedSchema, column: number, flow: boolean): string {
  const shape = shapeOf(store, s);
  if (flow) {
    if (shape === 'object' || shape === 'map') return ': {$1}';
    if (shape === 'array-object' || shape === 'array-scalar') return ': [$1]';
    return ': $1';
  }
  const child = ' '.repeat(column + INDENT.length);
  switch (shape) {
    case 'object': {
      const lines = childLines(store, s, column + INDENT.length, 1);
      return `:\n${lines.length ? lines.join('\n') : `${child}$1`}`;
    }
    case 'map':
      return `:\n${child}$1`;
    case 'array-scalar': {
      const items = s.items ? store.resolve(s.items) : undefined;
      return `:\n${child}- ${choice(items, 1)}`;
    }
    case 'array-object': {
      const items = store.resolve(s.items!);
      const lines = childLines(store, items, column + INDENT.length * 2, 1);
      if (!lines.length) return `:\n${child}- $1`;
      lines[0] = `${child}- ${lines[0].trimStart()}`;
      return `:\n${lines.join('\n')}`;
    }
    default:
      return `: ${choice(s, 1)}`;
  }
}

/** A tab stop, offering the allowed values when there are few. */
function choice(s: ResolvedSchema | undefined, n: number): string {
  const values = s?.enum?.filter((v): v is string => typeof v === 'string' && v !== '') ?? [];
  if (values.length >= 2 && values.length <= 8) return `\${${n}|${values.join(',')}|}`;
  if (s?.type === 'boolean') return `\${${n}|true,false|}`;
  return `\${${n}}`;
}

/** The required (or customary) children of a mapping, one line each, numbered tab stops from `n`. */
function childLines(store: SchemaStore, s: ResolvedSchema, column: number, n: number): string[] {
  const pad = ' '.repeat(column);
  const out: string[] = [];
  for (const key of snippetChildren(s)) {
    const prop = s.properties?.[key];
    if (!prop) continue;
    const child = store.resolve(prop);
    const shape = shapeOf(store, child);
    if (shape === 'scalar') out.push(`${pad}${key}: ${choice(child, n++)}`);
    else if (shape === 'array-scalar') out.push(`${pad}${key}:`, `${pad}${INDENT}- \${${n++}}`);
    else out.push(`${pad}${key}:`, `${pad}${INDENT}\${${n++}}`);
  }
  return out;
}

function documentation(store: SchemaStore, key: string, s: ResolvedSchema, required: boolean): string {
  const head = `**${key}** \`${typeName(store, s)}\`${required ? ` — ${t('required')}` : ''}`;
  const values = allowedValues(store, s).values.map((v) => `\`${v}\``);
  const allowed = values.length ? `\n\n${t('Allowed values: {0}', values.join(', '))}` : '';
  return `${head}\n\n${mainDescription(s.description)}${allowed}`;
}

/** `target`: the Kubernetes release to write for; fields it does not have yet are not offered. */
export function keyItems(
  store: SchemaStore,
  container: ResolvedSchema,
  ctx: CursorContext,
  edit: Edit,
  pathText: string,
  target?: string,
): CompletionItem[] {
  const items: CompletionItem[] = [];
  const required = new Set(container.required);
  const tooNew = (key: string) => !!(target && container.definitionName && fieldAddedAfter(container.definitionName, key, target));
  for (const [key, raw] of Object.entries(container.properties ?? {})) {
    if (ctx.siblings.has(key) || key === 'status' || tooNew(key)) continue;
    const s = store.resolve(raw);
    const isRequired = required.has(key);
    const pair = ctx.keyHasColon ? key : `${key}${valueSnippet(store, s, ctx.column, ctx.flow)}`;
    // A new item of a flow list of mappings is a mapping of its own: `[{name: a}, {|}]`.
    const text = ctx.flow && ctx.item ? `{${pair}}` : pair;
    items.push({
      label: key,
      kind: CompletionItemKind.Property,
      detail: `${typeName(store, s)}${isRequired ? ` (${t('required')})` : ''}`,
      documentation: { kind: 'markdown', value: documentation(store, key, s, isRequired) },
      sortText: `${isRequired ? '0' : '1'}${key}`,
      filterText: key,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.asIs,
      textEdit: edit(text),
    });
  }
  // Free maps with well-known keys: resources.limits, nodeSelector.
  if (!container.properties && typeof container.additionalProperties === 'object') {
    const values = store.resolve(container.additionalProperties);
    for (const overlay of MAP_KEY_OVERLAY) {
      if (!overlay.path.test(pathText)) continue;
      for (const { key, doc } of overlay.keys) {
        if (ctx.siblings.has(key)) continue;
        items.push({
          label: key,
          kind: CompletionItemKind.Property,
          detail: typeName(store, values),
          documentation: { kind: 'markdown', value: doc },
          sortText: `0${key}`,
          filterText: key,
          insertTextFormat: InsertTextFormat.Snippet,
          textEdit: edit(ctx.keyHasColon ? key : ctx.flow && ctx.item ? `{${key}: $1}` : `${key}: $1`),
        });
      }
    }
  }
  return items;
}
