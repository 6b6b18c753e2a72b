import type { JSONSchema, ResolvedSchema, SchemaStore } from '../schema';
import type { ManifestDocument, ParsedFile } from '../yaml/parse';
import type { PathSegment } from './cursorContext';
import { crdVersionsOf } from '../validate/crd';

/** The schema a CustomResourceDefinition gives one apiVersion of its kind, descriptions kept (for hover). */
export interface CustomSchema {
  apiVersion: string;
  kind: string;
  schema: JSONSchema;
  /** `metadata.name` of the CRD. */
  crdName: string;
}

const OBJECT_META: JSONSchema = { $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' };

function record(v: unknown): Record<string, any> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : undefined;
}

/** The schemas of one CRD document, read by validate/crd's one reading of a CRD, descriptions kept. */
function schemasOf(md: ManifestDocument): CustomSchema[] {
  const cached = md.cache.get('completion:crd-schemas') as CustomSchema[] | undefined;
  if (cached) return cached;
  const out = crdVersionsOf(md).map(({ apiVersion, kind, crdName, openAPIV3Schema: schema }) => {
    // metadata is ObjectMeta for every object, whatever the CRD says (usually just `type: object`).
    const properties = {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      ...(record(schema.properties) ?? {}),
      metadata: OBJECT_META,
    };
    return { apiVersion, kind, schema: { ...schema, properties }, crdName };
  });
  md.cache.set('completion:crd-schemas', out);
  return out;
}

/** The schema a CustomResourceDefinition in this file gives apiVersion/kind. */
export function customSchema(file: ParsedFile, apiVersion: string, kind: string): CustomSchema | undefined {
  for (const md of file.documents) {
    if (md.isEmpty || md.kind !== 'CustomResourceDefinition') continue;
    const found = schemasOf(md).find((s) => s.apiVersion === apiVersion && s.kind === kind);
    if (found) return found;
  }
  return undefined;
}

/** Every custom kind the file's CRDs define. */
export function customSchemas(file: ParsedFile): CustomSchema[] {
  return file.documents.filter((md) => !md.isEmpty && md.kind === 'CustomResourceDefinition').flatMap(schemasOf);
}

/** The schema at a path of a custom resource, walked as the store walks built-in ones. */
export function customSchemaAt(store: SchemaStore, custom: CustomSchema, path: readonly PathSegment[]): ResolvedSchema | undefined {
  let current = store.resolve(custom.schema);
  for (const seg of path) {
    const map = typeof current.additionalProperties === 'object' ? current.additionalProperties : undefined;
    let next: JSONSchema | undefined;
    if (typeof seg === 'number') next = current.items ?? map;
    else
      next =
        (current.properties && Object.prototype.hasOwnProperty.call(current.properties, seg) ? current.properties[seg] : undefined) ?? map;
    if (!next && current.preserveUnknownFields) next = {};
    if (!next) return undefined;
    current = store.resolve(next);
  }
  return current;
}
