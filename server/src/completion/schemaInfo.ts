import {
  bundledKind,
  bundledSchema,
  familyEnabled,
  getSchemaStore,
  type JSONSchema,
  type ResolvedSchema,
  type SchemaStore,
} from '../schema';
import { isMap, isSeq } from 'yaml';
import type { ManifestDocument, Chunk, ParsedFile } from '../yaml/parse';
import { customSchema, customSchemaAt } from './customResources';
import type { PathSegment } from './cursorContext';

/** The store, or undefined when the bundle cannot be loaded (completion then offers what it can without it). */
export function schemaStore(): SchemaStore | undefined {
  try {
    return getSchemaStore();
  } catch {
    return undefined;
  }
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

function shortName(definition: string): string {
  return definition.slice(definition.lastIndexOf('.') + 1);
}

/** A type in the notation `kubectl explain` uses: `string`, `[]Container`, `map[string]string`, `Quantity`. */
export function typeName(store: SchemaStore, s: ResolvedSchema, depth = 0): string {
  if (s.quantity) return 'Quantity';
  if (s.intOrString) return 'IntOrString';
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.includes('array') && s.items && depth < 3) return `[]${typeName(store, store.resolve(s.items), depth + 1)}`;
  if (s.definitionName && (types.includes('object') || s.properties)) return shortName(s.definitionName);
  if (types.includes('object') || (!types.length && typeof s.additionalProperties === 'object')) {
    if (typeof s.additionalProperties === 'object' && depth < 3)
      return `map[string]${typeName(store, store.resolve(s.additionalProperties), depth + 1)}`;
    return 'Object';
  }
  if (types.length) return types.join(' | ');
  if (s.definitionName) return shortName(s.definitionName);
  return 'any';
}

export type Shape = 'object' | 'map' | 'array-object' | 'array-scalar' | 'scalar';

/** How a field is written in YAML: a mapping of known fields, a free map, a list of mappings or scalars, or a scalar. */
export function shapeOf(store: SchemaStore, s: ResolvedSchema): Shape {
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (s.quantity || s.intOrString) return 'scalar';
  if (types.includes('array')) {
    const items = s.items ? store.resolve(s.items) : undefined;
    return items && (items.properties || typeof items.additionalProperties === 'object') ? 'array-object' : 'array-scalar';
  }
  if (s.properties && Object.keys(s.properties).length) return 'object';
  if (types.includes('object') || typeof s.additionalProperties === 'object') return 'map';
  return 'scalar';
}

/**
 * Children an inserted mapping gets beyond the schema's required ones: what a working object
 * needs in practice (a container without an image does not run).
 */
const SNIPPET_CHILDREN: Record<string, string[]> = {
  'io.k8s.api.core.v1.Container': ['name', 'image'],
  'io.k8s.api.core.v1.ContainerPort': ['containerPort'],
  'io.k8s.api.core.v1.ServicePort': ['port', 'targetPort'],
  'io.k8s.api.core.v1.Volume': ['name'],
  'io.k8s.api.core.v1.VolumeMount': ['name', 'mountPath'],
  'io.k8s.api.core.v1.EnvVar': ['name', 'value'],
  'io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource': ['claimName'],
  'io.k8s.api.core.v1.HostPathVolumeSource': ['path'],
  'io.k8s.api.core.v1.KeyToPath': ['key', 'path'],
  'io.k8s.api.core.v1.Toleration': ['key', 'operator', 'effect'],
  'io.k8s.api.networking.v1.HTTPIngressPath': ['path', 'pathType', 'backend'],
};

export function snippetChildren(s: ResolvedSchema): string[] {
  return (s.definitionName && SNIPPET_CHILDREN[s.definitionName]) || s.required;
}

/**
 * Values for fields whose schema has no enum, and well-known keys of free maps: what the API
 * server accepts or what clusters commonly use.
 */
export const VALUE_OVERLAY: { path: RegExp; kind?: string; values: { value: string; doc: string }[] }[] = [
  {
    kind: 'Secret',
    path: /^type$/,
    values: [
      { value: 'Opaque', doc: 'Arbitrary user-defined data (the default).' },
      { value: 'kubernetes.io/tls', doc: 'A TLS certificate and key: `tls.crt` and `tls.key`.' },
      { value: 'kubernetes.io/dockerconfigjson', doc: 'Registry credentials for `imagePullSecrets`: `.dockerconfigjson`.' },
      { value: 'kubernetes.io/basic-auth', doc: 'Credentials for basic authentication: `username` and `password`.' },
      { value: 'kubernetes.io/ssh-auth', doc: 'An SSH private key: `ssh-privatekey`.' },
      { value: 'kubernetes.io/service-account-token', doc: 'A long-lived token for a ServiceAccount (named in an annotation).' },
    ],
  },
];

/** Well-known keys of free maps (`resources.limits`, `nodeSelector`). */
export const MAP_KEY_OVERLAY: { path: RegExp; keys: { key: string; doc: string }[] }[] = [
  {
    path: /\.resources\.(?:limits|requests)$|^spec\.resources\.(?:limits|requests)$|\.(?:capacity|hard)$/,
    keys: [
      { key: 'cpu', doc: 'CPU in cores: `1`, `0.5` or `500m` (millicores).' },
      { key: 'memory', doc: 'Memory in bytes: `128Mi`, `1Gi` (powers of 1024) or `1G` (powers of 1000).' },
      { key: 'ephemeral-storage', doc: 'Local scratch disk space in bytes, e.g. `1Gi`.' },
      { key: 'storage', doc: 'Volume size in bytes, e.g. `10Gi` (PersistentVolume capacity, PersistentVolumeClaim requests).' },
    ],
  },
  {
    path: /nodeSelector$/,
    keys: [
      { key: 'kubernetes.io/os', doc: "The node's operating system: `linux` or `windows`." },
      { key: 'kubernetes.io/arch', doc: "The node's CPU architecture: `amd64`, `arm64`, ..." },
      { key: 'kubernetes.io/hostname', doc: "The node's name." },
      { key: 'topology.kubernetes.io/zone', doc: "The node's availability zone." },
    ],
  },
];

/** The values a field (or each item of a list field) may take, per the schema. */
export function allowedValues(store: SchemaStore, s: ResolvedSchema): { values: string[]; description?: string } {
  const own = s.enum?.filter((v): v is string => typeof v === 'string' && v !== '');
  if (own?.length) return { values: own, description: s.description };
  if (s.items) {
    const items = store.resolve(s.items);
    const values = items.enum?.filter((v): v is string => typeof v === 'string' && v !== '') ?? [];
    return { values, description: items.description };
  }
  return { values: [] };
}

/** The per-value explanations in a Kubernetes description ("Possible enum values: - `"X"` means ..."). */
export function enumDocs(description: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!description) return out;
  const i = description.indexOf('Possible enum values:');
  if (i === -1) return out;
  for (const m of description.slice(i).matchAll(/^ - `"([^"]*)"` (.+)$/gm)) out.set(m[1], m[2]);
  return out;
}

/** The description without its "Possible enum values" list (shown separately). */
export function mainDescription(description: string | undefined): string {
  if (!description) return '';
  const i = description.indexOf('Possible enum values:');
  return (i === -1 ? description : description.slice(0, i)).trim();
}

/** Field path for people: `PersistentVolumeClaim.spec.accessModes` (list indices dropped, as `kubectl explain` writes it). */
export function fieldPath(kind: string, path: readonly PathSegment[]): string {
  return [kind, ...path.filter((p): p is string => typeof p === 'string')].join('.');
}

export type { JSONSchema };
