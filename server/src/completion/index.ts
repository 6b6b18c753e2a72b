import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import type { ParsedFile } from '../yaml/parse';
import type { Settings } from '../settings';
import { TEMPLATES, expandSnippet } from '../templates';
import { cursorContext, type CursorContext } from './cursorContext';
import { replacing, type Edit } from './edits';
import { keyItems } from './keys';
import { objectOf, scopeIndex, type ObjectIndex } from '../model/objectIndex';
import type { Model } from '../model';
import { referenceValueItems, selectorPairItems } from './references';
import { schemaStore, shapeOf, targetRelease } from '../schema';
import { docIdentity, schemaAt } from '../validate/documentSchema';
import { apiVersionItems, kindItems, schemaValueItems, yamlString } from './values';

/**
 * Completion at a position: keys of the mapping at the cursor (from the schema of the document's
 * kind), values (enums, booleans, kinds and apiVersions, names of objects and labels of pods in the
 * scope: the file, and with `scope` the workspace), and whole-resource templates in an empty document.
 */
export function complete(
  file: ParsedFile,
  position: Position,
  settings?: Partial<Settings>,
  scope?: { model: Model; uri: string },
): CompletionList {
  // A file too large to parse (`skipped`) has no chunks to complete in.
  if (!file.chunks.length) return { isIncomplete: false, items: [] };
  const offset = file.lines.offsetAt(position);
  const ctx = cursorContext(file, offset);
  const items = ctx.mode === 'none' ? [] : collect(file, ctx, scopeIndex(file, scope), settings, scope);
  return { isIncomplete: false, items };
}

function collect(
  file: ParsedFile,
  ctx: CursorContext,
  index: ObjectIndex,
  settings: Partial<Settings> | undefined,
  scope: { model: Model; uri: string } | undefined,
): CompletionItem[] {
  const store = schemaStore();
  const id = docIdentity(ctx.chunk, ctx.doc);
  const base = replacing(file, ctx);
  const edit: Edit = ctx.needsSpace ? (text) => base(` ${text}`) : base;
  const current = ctx.doc && !ctx.doc.isEmpty ? objectOf(ctx.doc) : undefined;
  const items: CompletionItem[] = [];

  if (ctx.mode === 'value' && ctx.path.length === 1 && (ctx.path[0] === 'kind' || ctx.path[0] === 'apiVersion')) {
    if (!store) return items;
    const target = targetRelease(settings, store);
    return ctx.path[0] === 'kind'
      ? kindItems(store, file, ctx, edit, target, settings?.customResources, scope)
      : apiVersionItems(store, file, id.kind, edit, target, settings?.customResources, scope);
  }

  if (ctx.mode === 'key' && ctx.path.length === 0 && !ctx.item) {
    if (blankDocument(file, ctx)) items.push(...templateItems(edit));
    if (!id.kind || !store) {
      for (const key of ['apiVersion', 'kind', 'metadata']) {
        if (ctx.siblings.has(key)) continue;
        items.push({
          label: key,
          kind: CompletionItemKind.Property,
          sortText: `1${key}`,
          insertTextFormat: InsertTextFormat.Snippet,
          textEdit: edit(key === 'metadata' ? 'metadata:\n  name: $1' : `${key}: $1`),
        });
      }
      return items;
    }
  }
  if (!store) return items;

  const found = schemaAt(store, id, ctx.path, { file, doc: ctx.doc, customResources: settings?.customResources, scope });
  if (!found) return items;
  const { schema } = found;
  // Within the object the schema describes (a List item is an object of its own).
  const pathText = found.path.filter((p) => typeof p === 'string').join('.');
  const shape = shapeOf(store, schema);
  if (ctx.mode === 'key' && (shape === 'object' || shape === 'map')) {
    items.push(...keyItems(store, schema, ctx, edit, pathText, targetRelease(settings, store)));
    items.push(...selectorPairItems(ctx.path, current, index, ctx.siblings, edit, yamlString));
  } else if (ctx.mode === 'value' || (ctx.item && shape === 'scalar')) {
    const values = [
      ...schemaValueItems(schema, pathText, found.target.kind, edit),
      ...referenceValueItems(ctx.path, current, index, edit, yamlString),
    ];
    // A list item: what the list already holds is not offered again (accessModes, capabilities).
    items.push(...values.filter((i) => !ctx.present.has(i.label)));
  }
  return items;
}

/** Nothing in the document but the word being typed (an empty file, or just after `---`). */
function blankDocument(file: ParsedFile, ctx: CursorContext): boolean {
  if (ctx.column !== 0) return false;
  const first = file.lines.lineAt(ctx.chunk.offset);
  const last = file.lines.lineAt(ctx.chunk.offset + Math.max(0, ctx.chunk.text.length - 1));
  for (let l = first; l <= last; l++) {
    if (l === ctx.line) continue;
    const text = file.lines.lineText(l).trim();
    if (text && !text.startsWith('#') && !/^---(?:\s|$)/.test(text)) return false;
  }
  return true;
}

function templateItems(edit: Edit): CompletionItem[] {
  return TEMPLATES.map((tpl) => ({
    label: tpl.label,
    kind: CompletionItemKind.Snippet,
    detail: tpl.description(),
    documentation: { kind: 'markdown', value: '```yaml\n' + expandSnippet(tpl.body) + '\n```' },
    sortText: `0${tpl.label}`,
    filterText: tpl.label,
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
    textEdit: edit(tpl.body),
  }));
}
