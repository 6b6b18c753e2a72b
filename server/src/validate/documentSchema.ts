import { isMap, isSeq } from 'yaml';
import {
  bundledKind,
  bundledSchema,
  familyEnabled,
  getSchemaStore,
  preferredVersion,
  splitApiVersion,
  type BundledKind,
  type Deprecation,
  type JSONSchema,
  type KindInfo,
  type ResolvedSchema,
  type SchemaStore,
} from '../schema';
import type { ManifestDocument, Chunk, ParsedFile } from '../yaml/parse';
import type { PathSegment } from '../yaml/position';
import { crdsInScope, crdVersionsOf, findCrd, type FoundCrd } from './crd';
import { closest } from './suggest';
import type { Model } from '../model';
import { fileLabel } from '../model/paths';
import { t } from '../l10n';

type Scope = { model: Model; uri: string };

// Which schema applies to a document (and a path in it) for completion and hover: its kind's, a
// List item's own kind's, or a custom resource's from a CustomResourceDefinition or a bundled family.

/** The schema a CustomResourceDefinition gives one apiVersion of its kind, descriptions kept (for hover). */
export interface CustomSchema {
  apiVersion: string;
  kind: string;
  schema: JSONSchema;
  /** `metadata.name` of the CRD. */
  crdName: string;
  /** The file that defines the CRD (undefined: registered for the run, or no scope given). */
  uri?: string;
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

/** The schema the CustomResourceDefinition of apiVersion/kind gives it: in the file or elsewhere in the scope (validate/crd's findCrd). */
export function customSchema(file: ParsedFile, apiVersion: string, kind: string, scope?: Scope): CustomSchema | undefined {
  const found = findCrd(file, apiVersion, kind, scope);
  const schema = found && schemasOf(found.doc).find((s) => s.apiVersion === apiVersion && s.kind === kind);
  return schema && { ...schema, uri: found.uri };
}

/** Every custom kind the CRDs of the file and of the rest of the scope define. */
export function customSchemas(file: ParsedFile, scope?: Scope): CustomSchema[] {
  return crdsInScope(file, scope).flatMap(({ doc, version, uri }) =>
    schemasOf(doc)
      .filter((s) => s.apiVersion === version.apiVersion && s.kind === version.kind)
      .map((s) => ({ ...s, uri })),
  );
}

/** Where a CRD is, as a message says it to the user of `scope.uri`: "this file" or a relative path. */
export function crdPlace(custom: { uri?: string }, scope?: Scope): string {
  return custom.uri && scope && custom.uri !== scope.uri ? fileLabel(scope.uri, custom.uri) : t('this file');
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
  /** The CustomResourceDefinition that gives the schema (custom resources), and where it is ("this file", "crds/widget.yaml"). */
  crd?: string;
  crdPlace?: string;
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
  /** The workspace around the file: CRDs of other files. */
  scope?: Scope;
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

function lookupKey(key: string): KindInfo | undefined {
  const i = key.lastIndexOf('/');
  return getSchemaStore().lookup(key.slice(0, i), key.slice(i + 1));
}

/**
 * The built-in schema of apiVersion/kind: its own, or for an old apiVersion the bundle has no
 * schema of, the one the deprecations overlay names (`schemaFrom`, shape compatible).
 */
function builtinSchema(apiVersion: string, kind: string): { info: KindInfo; viaSchemaFrom: boolean } | undefined {
  const store = getSchemaStore();
  const info = store.lookup(apiVersion, kind);
  if (info) return { info, viaSchemaFrom: false };
  const from = store.deprecations().find((d) => d.apiVersion === apiVersion && d.kind === kind)?.schemaFrom;
  const via = from ? lookupKey(from) : undefined;
  return via ? { info: via, viaSchemaFrom: true } : undefined;
}

/** Why no schema applies: each is one identity problem validation reports (see validate/identity). */
export type NoSchema =
  | 'no-kind'
  | 'no-api-version'
  | 'removed'
  | 'no-schema'
  | 'group-typo'
  | 'not-served'
  | 'unknown-kind'
  /** a custom resource with neither a CRD in scope nor an enabled bundled family */
  | 'no-crd';

/** The one answer to "which schema applies to this object", for validation, completion and hover. */
export interface DocumentSchema {
  apiVersion?: string;
  kind?: string;
  /** The schema that applies, if one does. */
  source?:
    | { type: 'builtin'; info: KindInfo; viaSchemaFrom: boolean }
    | { type: 'crd'; crd: FoundCrd }
    | { type: 'bundled'; bundled: BundledKind };
  /** Why none applies (validation reports it). */
  none?: NoSchema;
  /** A custom group (validated by crdCheck, with a CRD, a bundled family, or only its syntax). */
  custom: boolean;
  /** The deprecations overlay's word on this apiVersion at the target Kubernetes version. */
  deprecation?: Deprecation;
  /**
   * When no schema applies: the kind's schema completion and hover offer anyway — the removed
   * apiVersion's own, else the kind's preferred apiVersion.
   */
  fallback?: KindInfo;
}

/** Which schema applies to apiVersion/kind: the decision validation reports on and completion and hover read. */
export function documentSchema(
  id: Identity,
  place: { targetVersion?: string; file?: ParsedFile; scope?: Scope; customResources?: Record<string, boolean> } = {},
): DocumentSchema {
  const store = getSchemaStore();
  const { apiVersion, kind } = id;
  const base = { apiVersion, kind, custom: false };
  if (!kind) return { ...base, none: 'no-kind' };
  const none = (why: NoSchema, more: Partial<DocumentSchema> = {}): DocumentSchema => ({
    ...base,
    ...more,
    none: why,
    fallback:
      (apiVersion ? builtinSchema(apiVersion, kind)?.info : undefined) ??
      preferredVersion(store, kind, place.targetVersion ?? store.kubernetesVersion)?.info,
  });
  if (!apiVersion) return none('no-api-version');
  const deprecation = place.targetVersion ? store.deprecation(apiVersion, kind, place.targetVersion) : undefined;
  if (deprecation?.status === 'removed') return none('removed', { deprecation });
  const builtin = builtinSchema(apiVersion, kind);
  if (builtin) return { ...base, deprecation, source: { type: 'builtin', ...builtin } };
  if (store.deprecations().some((d) => d.apiVersion === apiVersion && d.kind === kind)) return none('no-schema', { deprecation });
  if (!store.isBuiltinGroup(apiVersion)) {
    // A built-in kind in a group one typo away from its own (`app/v1` Deployment) is a typo, not a CRD.
    const { group } = splitApiVersion(apiVersion);
    if (store.kindsNamed(kind).some((c) => c.group && closest(group, [c.group]) === c.group)) return none('group-typo');
    // A CRD of the user's wins over the bundled schema: it is the version their cluster runs.
    const crd = place.file ? findCrd(place.file, apiVersion, kind, place.scope) : undefined;
    if (crd) return { ...base, custom: true, source: { type: 'crd', crd } };
    const bundled = bundledKind(apiVersion, kind);
    if (bundled && familyEnabled(bundled.family.id, place.customResources))
      return { ...base, custom: true, source: { type: 'bundled', bundled } };
    return none('no-crd', { custom: true });
  }
  return none(store.kindsNamed(kind).length ? 'not-served' : 'unknown-kind');
}

/**
 * The schema at a path of a document, for completion and hover: the one documentSchema decides
 * (of a List item's own kind within a List), else its fallback. `path` in the result is the path
 * within the object the schema describes.
 */
export function schemaAt(
  store: SchemaStore,
  id: Identity,
  path: readonly PathSegment[],
  place?: SchemaPlace,
): { schema: ResolvedSchema; target: Target; path: PathSegment[] } | undefined {
  const item = place?.doc ? listItem(place.doc, id, path) : undefined;
  const objectId = item?.id ?? id;
  const objectPath = item?.path ?? [...path];
  const decided = documentSchema(objectId, { file: place?.file, scope: place?.scope, customResources: place?.customResources });
  const { apiVersion, kind } = objectId;
  const source = decided.source;
  if (apiVersion && kind && source?.type === 'crd') {
    const custom = schemasOf(source.crd.doc).find((s) => s.apiVersion === apiVersion && s.kind === kind);
    const schema = custom && customSchemaAt(store, custom, objectPath);
    const target = { apiVersion, kind, crd: custom?.crdName, crdPlace: crdPlace(source.crd, place?.scope) };
    return schema ? { schema, target, path: objectPath } : undefined;
  }
  if (kind && source?.type === 'bundled') {
    const { bundled } = source;
    const schema = customSchemaAt(
      store,
      { apiVersion: bundled.apiVersion, kind, schema: bundledSchema(bundled), crdName: bundled.family.title },
      objectPath,
    );
    const from = `${bundled.family.title} (${bundled.family.source})`;
    return schema ? { schema, target: { apiVersion: bundled.apiVersion, kind, bundled: from }, path: objectPath } : undefined;
  }
  const info = source?.type === 'builtin' ? source.info : decided.fallback;
  if (!info) return undefined;
  const target = { apiVersion: info.apiVersion, kind: info.kind };
  const schema = store.schemaAt(target.apiVersion, target.kind, objectPath);
  return schema ? { schema, target, path: objectPath } : undefined;
}
