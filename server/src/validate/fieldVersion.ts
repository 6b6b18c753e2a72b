import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { DocumentCheck } from '../checks';
import type { Problem } from '../problem';
import {
  addedText,
  fieldAddedAfter,
  getSchemaStore,
  targetLacksFields,
  targetRelease,
  type ResolvedSchema,
  type SchemaStore,
} from '../schema';
import { t } from '../l10n';

/**
 * A field the target Kubernetes release does not have yet (k8sense.kubernetesVersion older than
 * the newest bundled): the API server of that release drops or rejects it. Walks the document with
 * the built-in schema; only fields of the table of schemas/generate-field-versions.mjs are looked up.
 */
function walk(store: SchemaStore, node: Node | null | undefined, s: ResolvedSchema, label: string, target: string, out: Problem[]): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key;
      if (!isScalar(key) || typeof key.value !== 'string') continue;
      const name = key.value;
      const added = s.definitionName ? fieldAddedAfter(s.definitionName, name, target) : undefined;
      if (added && key.range) {
        out.push({
          start: key.range[0],
          end: key.range[1],
          severity: 'warning',
          code: 'schema/field-version',
          message: t`field "${name}" of ${label} ${addedText(added)}; the target is ${target} (k8sense.kubernetesVersion)`,
        });
      }
      const next = s.properties?.[name] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
      if (next) walk(store, pair.value as Node, store.resolve(next), `${label}.${name}`, target, out);
    }
  } else if (isSeq(node) && s.items) {
    const item = store.resolve(s.items);
    node.items.forEach((n, i) => walk(store, n as Node, item, `${label}[${i}]`, target, out));
  }
}

export const fieldVersionCheck: DocumentCheck = {
  id: 'schema/field-version',
  check(md, ctx) {
    const target = targetRelease(ctx.settings);
    if (!targetLacksFields(target) || !md.apiVersion || !md.kind) return [];
    const store = getSchemaStore();
    const info = store.lookup(md.apiVersion, md.kind);
    if (!info) return [];
    const out: Problem[] = [];
    walk(store, md.doc.contents as Node, store.resolve({ $ref: `#/definitions/${info.definition}` }), md.kind, target, out);
    return out;
  },
};
