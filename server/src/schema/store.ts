/**
 * The schema store: Kubernetes' built-in API schemas, loaded once and lazily from the
 * bundle that schemas/generate.mjs writes (schemas/generated/kubernetes.json, copied
 * by the build to dist/schemas/kubernetes.json). No editor imports, no network.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareApiVersionPriority, compareKubernetesVersions, splitApiVersion } from './versions';

/** A JSON Schema (draft-07) node as found in the bundle. */
export interface JSONSchema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, JSONSchema>;
  required?: string[];
  items?: JSONSchema;
  additionalProperties?: boolean | JSONSchema;
  enum?: unknown[];
  format?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  anyOf?: JSONSchema[];
  if?: JSONSchema;
  then?: JSONSchema;
  else?: JSONSchema;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-group-version-kind'?: { group: string; version: string; kind: string }[];
  [keyword: string]: unknown;
}

export interface DeprecationEntry {
  apiVersion: string;
  kind: string;
  deprecatedIn: string;
  removedIn?: string;
  replacement?: string;
  notes?: string;
  schemaFrom?: string;
}

/** The file format written by schemas/generate.mjs. */
export interface SchemaBundle {
  kubernetesVersion: string;
  source: string;
  definitions: Record<string, JSONSchema>;
  /** "apps/v1/Deployment" -> "io.k8s.api.apps.v1.Deployment" */
  kinds: Record<string, string>;
  /** "apps/v1/Deployment" -> true */
  namespaced?: Record<string, boolean>;
  deprecations?: DeprecationEntry[];
}

export interface KindInfo {
  apiVersion: string;
  kind: string;
  /** "" for the core group */
  group: string;
  version: string;
  /** name in definitions(), e.g. "io.k8s.api.apps.v1.Deployment" */
  definition: string;
  namespaced?: boolean;
  /** Kubernetes release that stopped serving this apiVersion (from the deprecations overlay). */
  removedIn?: string;
  /** Kubernetes release that deprecated this apiVersion. */
  deprecatedIn?: string;
}

export interface Deprecation {
  status: 'removed' | 'deprecated';
  removedIn?: string;
  deprecatedIn: string;
  replacement?: string;
  notes?: string;
}

/** A schema node with its own $ref (and the null wrapper for optional fields) resolved. */
export interface ResolvedSchema {
  /** the resolved node (a definition or an inline schema); nested properties may still hold $refs */
  schema: JSONSchema;
  properties?: Record<string, JSONSchema>;
  required: string[];
  /** the field's own description when it has one, else the definition's */
  description?: string;
  /** without "null" (see nullable) */
  type?: string | string[];
  /** without null */
  enum?: unknown[];
  format?: string;
  /** integer or string (IntOrString) */
  intOrString?: boolean;
  /** resource.Quantity: string like "500m"/"1Gi" or a number */
  quantity?: boolean;
  /** the definition this node is, when it came from a $ref, e.g. "io.k8s.api.core.v1.Container" */
  definitionName?: string;
  /** array items (may hold a $ref: pass to resolve()) */
  items?: JSONSchema;
  /** map values (object schema) or false for closed objects */
  additionalProperties?: boolean | JSONSchema;
  /** accepts any fields (x-kubernetes-preserve-unknown-fields, or no type at all) */
  preserveUnknownFields?: boolean;
  /** an explicit null is accepted (optional fields: Kubernetes treats null as absent) */
  nullable?: boolean;
}

export type PathSegment = string | number;

export interface SchemaStore {
  /** newest Kubernetes release the bundle covers, e.g. "1.36" */
  readonly kubernetesVersion: string;
  /** e.g. "kubernetes-models@5.1.0" */
  readonly source: string;
  /** all definitions, refs as { $ref: "#/definitions/<name>" } (for ajv) */
  definitions(): Record<string, JSONSchema>;
  definition(name: string): JSONSchema | undefined;
  lookup(apiVersion: string, kind: string): KindInfo | undefined;
  kinds(): KindInfo[];
  /** every apiVersion carrying this kind, preferred (served, GA, newest) first */
  kindsNamed(kind: string): KindInfo[];
  /** true for built-in API groups ("v1", "apps/v1", "networking.k8s.io/v1beta1"); false for CRD groups */
  isBuiltinGroup(apiVersion: string): boolean;
  /** the schema at a document path, e.g. ["spec","containers",0,"ports"]; undefined when the path leaves the schema */
  schemaAt(apiVersion: string, kind: string, path: readonly PathSegment[]): ResolvedSchema | undefined;
  /** resolves a schema node found in definitions() or in a ResolvedSchema's properties/items */
  resolve(schema: JSONSchema): ResolvedSchema;
  deprecation(apiVersion: string, kind: string, targetVersion: string): Deprecation | undefined;
  /** all entries of the deprecations overlay */
  deprecations(): readonly DeprecationEntry[];
  /**
   * Makes more definitions resolvable by resolve()/definition() (the bundled custom-resource
   * families, loaded on first use); definitions() and the built-in kinds are unchanged.
   */
  addDefinitions(more: Record<string, JSONSchema>): void;
}

// ---------------------------------------------------------------------------
// ajv helpers: the bundle uses these formats and vendor keywords

/** Kubernetes resource.Quantity in string form. */
export const QUANTITY_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+|[KMGTPE]i|[numkMGTPE])?$/;

/**
 * Formats the bundle uses besides ajv-formats' int32, int64, byte, date-time.
 * (Formats apply to strings only: numbers pass "quantity"/"int-or-string".)
 */
export const CUSTOM_FORMATS: Record<string, (value: string) => boolean> = {
  quantity: (value) => QUANTITY_PATTERN.test(value),
  'int-or-string': () => true,
};

/** Vendor keywords in the bundle (ajv's strict mode needs them declared: ajv.addKeyword(k)). */
export const SCHEMA_KEYWORDS: readonly string[] = [
  'x-kubernetes-int-or-string',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-embedded-resource',
  'x-kubernetes-group-version-kind',
];

// ---------------------------------------------------------------------------
// locating the bundle

let explicitPath: string | undefined;
let singleton: SchemaStore | undefined;

/** Use this bundle file (tests, CLI option); resets the loaded store. */
export function setSchemaBundlePath(file: string | undefined): void {
  explicitPath = file;
  singleton = undefined;
}

/** Candidate locations of kubernetes.json, in order. */
export function schemaBundleCandidates(): string[] {
  const out: string[] = [];
  if (explicitPath) out.push(explicitPath);
  if (process.env.K8SENSE_SCHEMA_BUNDLE) out.push(process.env.K8SENSE_SCHEMA_BUNDLE);
  // bundled: dist/server.js, dist/cli.js -> dist/schemas/kubernetes.json
  out.push(path.join(__dirname, 'schemas', 'kubernetes.json'));
  // from source (tsx): server/src/schema -> <repo>/schemas/generated/kubernetes.json
  const repo = path.resolve(__dirname, '..', '..', '..');
  out.push(path.join(repo, 'schemas', 'generated', 'kubernetes.json'));
  out.push(path.join(repo, 'dist', 'schemas', 'kubernetes.json'));
  return out;
}

export function loadSchemaBundle(file?: string): SchemaBundle {
  const candidates = file ? [file] : schemaBundleCandidates();
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found)
    throw new Error(
      `k8sense: Kubernetes schema bundle not found (looked at ${candidates.join(', ')}); run \`node schemas/generate.mjs\` or \`npm run build\``,
    );
  const bundle = JSON.parse(fs.readFileSync(found, 'utf8')) as SchemaBundle;
  if (!bundle || typeof bundle !== 'object' || !bundle.definitions || !bundle.kinds)
    throw new Error(`k8sense: ${found} is not a schema bundle`);
  return bundle;
}

/** The shared store (loaded on first use). */
export function getSchemaStore(): SchemaStore {
  if (!singleton) singleton = createSchemaStore(loadSchemaBundle());
  return singleton;
}

// ---------------------------------------------------------------------------

const REF_PREFIX = '#/definitions/';

function typesOf(schema: JSONSchema): string[] {
  return schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
}

/** Extra built-in groups the bundle has no kinds for (served by Kubernetes, not CRDs). */
const OTHER_BUILTIN_GROUPS = ['internal.apiserver.k8s.io', 'storagemigration.k8s.io', 'settings.k8s.io', 'imagepolicy.k8s.io'];

export function createSchemaStore(bundle: SchemaBundle): SchemaStore {
  const defs = bundle.definitions;
  const extra = new Map<string, JSONSchema>();
  const definitionNamed = (name: string): JSONSchema | undefined =>
    Object.prototype.hasOwnProperty.call(defs, name) ? defs[name] : extra.get(name);
  const deprecationEntries = bundle.deprecations ?? [];
  const depByKey = new Map<string, DeprecationEntry>();
  for (const d of deprecationEntries) depByKey.set(`${d.apiVersion}/${d.kind}`, d);

  const kindInfos: KindInfo[] = [];
  const byKey = new Map<string, KindInfo>();
  const byKind = new Map<string, KindInfo[]>();
  for (const [key, definition] of Object.entries(bundle.kinds)) {
    const i = key.lastIndexOf('/');
    const apiVersion = key.slice(0, i);
    const kind = key.slice(i + 1);
    const { group, version } = splitApiVersion(apiVersion);
    const info: KindInfo = { apiVersion, kind, group, version, definition };
    if (bundle.namespaced && key in bundle.namespaced) info.namespaced = bundle.namespaced[key];
    const dep = depByKey.get(key);
    if (dep?.removedIn) info.removedIn = dep.removedIn;
    if (dep) info.deprecatedIn = dep.deprecatedIn;
    kindInfos.push(info);
    byKey.set(key, info);
    const list = byKind.get(kind) ?? [];
    list.push(info);
    byKind.set(kind, list);
  }
  for (const list of byKind.values())
    list.sort(
      (a, b) =>
        Number(a.removedIn !== undefined) - Number(b.removedIn !== undefined) ||
        compareApiVersionPriority(a.version, b.version) ||
        a.group.localeCompare(b.group),
    );

  const groups = new Set<string>(kindInfos.map((k) => k.group));
  for (const d of deprecationEntries) groups.add(splitApiVersion(d.apiVersion).group);
  for (const g of OTHER_BUILTIN_GROUPS) groups.add(g);

  const resolve = (input: JSONSchema): ResolvedSchema => {
    let node = input;
    let description = input.description;
    let nullable = false;
    let definitionName: string | undefined;
    for (let guard = 0; guard < 32; guard++) {
      // optional object fields are { if: {type: null}, else: {$ref} }
      if (node.else && node.if && typesOf(node.if).includes('null') && !node.properties && !node.type) {
        nullable = true;
        node = node.else;
        description ??= node.description;
        continue;
      }
      if (typeof node.$ref === 'string' && node.$ref.startsWith(REF_PREFIX)) {
        const name = node.$ref.slice(REF_PREFIX.length);
        const target = definitionNamed(name);
        if (!target) break;
        definitionName = name;
        node = target;
        description ??= node.description;
        continue;
      }
      break;
    }
    const types = typesOf(node);
    if (types.includes('null')) nullable = true;
    const plain = types.filter((t) => t !== 'null');
    const result: ResolvedSchema = {
      schema: node,
      required: node.required ?? [],
      nullable,
    };
    if (description !== undefined) result.description = description;
    if (plain.length) result.type = plain.length === 1 ? plain[0] : plain;
    if (node.enum) result.enum = node.enum.filter((v) => v !== null);
    if (node.format) result.format = node.format;
    if (node.properties) result.properties = node.properties;
    if (node.items) result.items = node.items;
    if (node.additionalProperties !== undefined) result.additionalProperties = node.additionalProperties;
    if (node['x-kubernetes-int-or-string'] || node.format === 'int-or-string') result.intOrString = true;
    if (node.format === 'quantity') result.quantity = true;
    if (definitionName) result.definitionName = definitionName;
    if (node['x-kubernetes-preserve-unknown-fields'] || (!plain.length && !node.properties && !node.anyOf))
      result.preserveUnknownFields = true;
    return result;
  };

  const lookup = (apiVersion: string, kind: string) => byKey.get(`${apiVersion}/${kind}`);

  const store: SchemaStore = {
    kubernetesVersion: bundle.kubernetesVersion,
    source: bundle.source,
    definitions: () => defs,
    definition: definitionNamed,
    lookup,
    kinds: () => kindInfos.slice(),
    kindsNamed: (kind) => (byKind.get(kind) ?? []).slice(),
    isBuiltinGroup(apiVersion) {
      if (!apiVersion) return false;
      return groups.has(splitApiVersion(apiVersion).group);
    },
    resolve,
    schemaAt(apiVersion, kind, segments) {
      const info = lookup(apiVersion, kind);
      if (!info) return undefined;
      let current = resolve({ $ref: REF_PREFIX + info.definition });
      for (const seg of segments) {
        let next: JSONSchema | undefined;
        const types = typesOf(current.schema);
        const index = typeof seg === 'number' ? seg : /^\d+$/.test(seg) && types.includes('array') ? Number(seg) : undefined;
        if (index !== undefined) {
          if (current.items && (types.includes('array') || !types.length)) next = current.items;
          else if (typeof current.additionalProperties === 'object') next = current.additionalProperties;
        } else {
          if (current.properties && Object.prototype.hasOwnProperty.call(current.properties, seg)) next = current.properties[seg];
          else if (typeof current.additionalProperties === 'object') next = current.additionalProperties;
          else if (current.preserveUnknownFields) next = {};
        }
        if (next === undefined) {
          if (current.preserveUnknownFields) next = {};
          else return undefined;
        }
        current = resolve(next);
      }
      return current;
    },
    deprecation(apiVersion, kind, targetVersion) {
      const d = depByKey.get(`${apiVersion}/${kind}`);
      if (!d) return undefined;
      const base = {
        deprecatedIn: d.deprecatedIn,
        ...(d.removedIn ? { removedIn: d.removedIn } : {}),
        ...(d.replacement ? { replacement: d.replacement } : {}),
        ...(d.notes ? { notes: d.notes } : {}),
      };
      if (d.removedIn && compareKubernetesVersions(targetVersion, d.removedIn) >= 0) return { status: 'removed', ...base };
      if (compareKubernetesVersions(targetVersion, d.deprecatedIn) >= 0) return { status: 'deprecated', ...base };
      return undefined;
    },
    deprecations: () => deprecationEntries,
    addDefinitions(more) {
      for (const [name, schema] of Object.entries(more)) if (!definitionNamed(name)) extra.set(name, schema);
    },
  };
  return store;
}
