import { isMap, isSeq } from 'yaml';
import { bundledKind, bundledSchema, familyEnabled, type JSONSchema, type ResolvedSchema, type SchemaStore } from '../schema';
import type { ManifestDocument, Chunk, ParsedFile } from '../yaml/parse';
import type { PathSegment } from '../yaml/position';
import { crdVersionsOf } from './crd';

// Which schema applies to a document (and a path in it) for completion and hover: its kind's, a
// List item's own kind's, or a custom resource's from a CustomResourceDefinition or a bundled family.

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

/** apiVersion and kind of a document, read from its text when the parse does not have them yet. */
export function docIdentity(chunk: Chunk, doc: ManifestDocument | undefined): { apiVersion?: string; kind?: string } {
  let apiVersion = doc?.apiVersion;
  let kind = doc?.kind;
  if (!apiVersion) apiVersion = /^apiVersion:[ \t]*["']?([^\s"'#]+)/m.exec(chunk.text)?.[1];
  if (!kind) kind = /^kind:[ \t]*["']?([^\s"'#]+)/m.exec(chunk.text)?.[1];
  return { apiVersion, kind };
}

export interface Target {
  apiVersion: string;
  kind: string;
  /** The CustomResourceDefinition of the file that gives the schema (custom resources). */
  crd?: string;
  /** The bundled family that gives the schema, e.g. "Gateway API (@kubernetes-models/gateway-api@2.0.0)". */
  bundled?: string;
}

export interface Identity {
  apiVersion?: string;
  kind?: string;
}

/** Where a schema is looked up: the file (its CRDs) and the document (a List's items). */
export interface SchemaPlace {
  file?: ParsedFile;
  doc?: ManifestDocument;
  /** the k8sense.customResources setting: bundled families turned off */
  customResources?: Record<string, boolean>;
}

/** A `kind: List` holds whole objects in `items`: each item's own apiVersion and kind decide its schema. */
function listItem(doc: ManifestDocument, id: Identity, path: readonly PathSegment[]): { id: Identity; path: PathSegment[] } | undefined {
  if (id.kind !== 'List' || path[0] !== 'items' || typeof path[1] !== 'number') return undefined;
  const items = doc.root?.get('items', true);
  const item = isSeq(items) ? items.items[path[1]] : undefined;
  const field = (key: string): string | undefined => {
    const v = isMap(item) ? item.get(key) : undefined;
    return typeof v === 'string' ? v : undefined;
  };
  return { id: { apiVersion: field('apiVersion'), kind: field('kind') }, path: path.slice(2) };
}

/**
 * The schema at a path of a document: of its kind (apiVersion mistakes fall back to the preferred
 * one), of a List item's own kind, or of a custom resource whose CustomResourceDefinition is in the
 * file. `path` in the result is the path within the object the schema describes.
 */
export function schemaFor(
  store: SchemaStore,
  id: Identity,
  path: readonly PathSegment[],
  place?: SchemaPlace,
): { schema: ResolvedSchema; target: Target; path: PathSegment[] } | undefined {
  const item = place?.doc ? listItem(place.doc, id, path) : undefined;
  const objectId = item?.id ?? id;
  const objectPath = item?.path ?? [...path];
  const { apiVersion, kind } = objectId;
  if (!kind) return undefined;
  if (apiVersion && place?.file && !store.isBuiltinGroup(apiVersion)) {
    const custom = customSchema(place.file, apiVersion, kind);
    if (custom) {
      const schema = customSchemaAt(store, custom, objectPath);
      return schema ? { schema, target: { apiVersion, kind, crd: custom.crdName }, path: objectPath } : undefined;
    }
  }
  const bundled = apiVersion ? bundledKind(apiVersion, kind) : undefined;
  if (bundled && familyEnabled(bundled.family.id, place?.customResources)) {
    const schema = customSchemaAt(
      store,
      { apiVersion: bundled.apiVersion, kind, schema: bundledSchema(bundled), crdName: bundled.family.title },
      objectPath,
    );
    const from = `${bundled.family.title} (${bundled.family.source})`;
    return schema ? { schema, target: { apiVersion: bundled.apiVersion, kind, bundled: from }, path: objectPath } : undefined;
  }
  let target: Target | undefined;
  if (apiVersion && store.lookup(apiVersion, kind)) target = { apiVersion, kind };
  else {
    const preferred = store.kindsNamed(kind)[0];
    if (preferred) target = { apiVersion: preferred.apiVersion, kind: preferred.kind };
  }
  if (!target) return undefined;
  const schema = store.schemaAt(target.apiVersion, target.kind, objectPath);
  return schema ? { schema, target, path: objectPath } : undefined;
}
