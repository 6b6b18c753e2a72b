import type { Node } from 'yaml';
import type { FileCheck } from '../checks';
import type { Problem } from '../problem';
import {
  bundledKind,
  bundledSchema,
  familyDefinitions,
  familyEnabled,
  getSchemaStore,
  targetRelease,
  type BundledKind,
  type JSONSchema,
} from '../schema';
import type { Settings } from '../settings';
import type { ManifestDocument, ParsedFile } from '../yaml/parse';
import type { Model } from '../model';
import { familyValidator, inlineValidator } from './compile';
import { documentSchema } from './documentSchema';
import { validateObject } from './schemaCheck';
import { pairOf } from '../yaml/nodes';
import { t } from '../l10n';

/** The schema a CustomResourceDefinition gives one apiVersion of its kind. */
export interface CrdSchema {
  apiVersion: string;
  kind: string;
  /** Converted for ajv: unknown fields closed as Kubernetes' pruning does, ObjectMeta for metadata. */
  schema: JSONSchema;
  /** Unique per converted schema: the cache key of results validated with it. */
  id: number;
  /** `metadata.name` of the CRD, for messages. */
  crdName: string;
}

let nextId = 1;
const OBJECT_META: JSONSchema = {
  if: { type: 'null' },
  else: { $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
};
/** Keywords that describe or default, never validate (CEL rules need a CEL engine: left out). */
const DROP = new Set([
  'description',
  'default',
  'example',
  'externalDocs',
  'x-kubernetes-validations',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-list-type',
  'x-kubernetes-map-type',
  'nullable',
  '$schema',
  'id',
]);

/**
 * OpenAPI v3 (structural) → JSON schema as the API server applies it: `nullable` admits null,
 * int-or-string admits both, and objects with declared properties reject unknown fields (kubectl's
 * strict field validation) unless `x-kubernetes-preserve-unknown-fields` keeps them.
 */
export function convertCrdSchema(input: Record<string, any>, root = true): JSONSchema {
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries(input)) {
    if (DROP.has(k)) continue;
    if (k === 'properties' && v && typeof v === 'object') {
      out.properties = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, convertCrdSchema(s as Record<string, any>, false)]));
    } else if ((k === 'items' || k === 'additionalProperties' || k === 'not') && v && typeof v === 'object' && !Array.isArray(v)) {
      out[k] = convertCrdSchema(v, false);
    } else if ((k === 'anyOf' || k === 'allOf' || k === 'oneOf') && Array.isArray(v)) {
      out[k] = v.map((s) => convertCrdSchema(s, false));
    } else out[k] = v;
  }
  if (input['x-kubernetes-int-or-string']) {
    out.type = ['integer', 'string'];
    delete out.anyOf;
  }
  if (input.nullable && out.type) out.type = [...(Array.isArray(out.type) ? out.type : [out.type]), 'null'];
  if (input['x-kubernetes-embedded-resource'] || root) {
    out.properties = { ...(out.properties ?? {}), apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: OBJECT_META };
  }
  const preserve = input['x-kubernetes-preserve-unknown-fields'] === true;
  if (out.properties && out.additionalProperties === undefined && !preserve) out.additionalProperties = false;
  return out;
}

function asObject(v: unknown): Record<string, any> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : undefined;
}

/** The schemas a CRD document defines (v1 and the removed v1beta1 shape), cached on the document. */
export function crdSchemasOf(md: ManifestDocument): CrdSchema[] {
  const cached = md.cache.get('crd-schemas') as CrdSchema[] | undefined;
  if (cached) return cached;
  const found = crdVersionsOf(md).map((v) => ({
    apiVersion: v.apiVersion,
    kind: v.kind,
    schema: convertCrdSchema(v.openAPIV3Schema),
    id: nextId++,
    crdName: v.crdName,
  }));
  md.cache.set('crd-schemas', found);
  return found;
}

/** One apiVersion a CRD serves, with its OpenAPI v3 schema as written (descriptions kept, for hover and completion). */
export interface CrdVersion {
  apiVersion: string;
  kind: string;
  crdName: string;
  openAPIV3Schema: Record<string, any>;
}

/**
 * The one reading of a CustomResourceDefinition: `spec.versions[].schema.openAPIV3Schema`, or the
 * removed v1beta1 shape's shared `spec.validation`. Validation converts it; completion and hover read it as is.
 */
export function crdVersionsOf(md: ManifestDocument): CrdVersion[] {
  const cached = md.cache.get('crd-versions') as CrdVersion[] | undefined;
  if (cached) return cached;
  const found: CrdVersion[] = [];
  const value = asObject(md.toJS().value);
  const spec = asObject(value?.spec);
  const group = typeof spec?.group === 'string' ? spec.group : undefined;
  const kind = asObject(spec?.names)?.kind;
  if (value?.kind === 'CustomResourceDefinition' && group && typeof kind === 'string') {
    const crdName = String(asObject(value.metadata)?.name ?? `${kind}.${group}`);
    const shared = asObject(asObject(spec?.validation)?.openAPIV3Schema);
    const versions: { name: string; schema?: Record<string, any> }[] = Array.isArray(spec?.versions)
      ? spec.versions
          .filter((v: unknown) => typeof asObject(v)?.name === 'string')
          .map((v: any) => ({ name: v.name, schema: asObject(asObject(v.schema)?.openAPIV3Schema) }))
      : typeof spec?.version === 'string'
        ? [{ name: spec.version }]
        : [];
    for (const v of versions) {
      const schema = v.schema ?? shared;
      if (schema) found.push({ apiVersion: `${group}/${v.name}`, kind, crdName, openAPIV3Schema: schema });
    }
  }
  md.cache.set('crd-versions', found);
  return found;
}

/** CRD documents found in the other inputs of a run (the CLI registers every file's before validating), by `apiVersion/kind`. */
const registered = new Map<string, ManifestDocument>();

/** Use the CRDs of these files (replacing those of an earlier run) for every file validated next. */
export function registerCrds(files: readonly { documents: readonly ManifestDocument[] }[]): void {
  registered.clear();
  for (const file of files) {
    for (const md of file.documents) {
      if (md.isEmpty || md.hasStructuralErrors || md.kind !== 'CustomResourceDefinition') continue;
      for (const c of crdVersionsOf(md)) registered.set(`${c.apiVersion}/${c.kind}`, md);
    }
  }
}

export function clearRegisteredCrds(): void {
  registered.clear();
}

/** The CustomResourceDefinition document of a custom resource, and the file it is in (undefined: a CRD registered for the run). */
export interface FoundCrd {
  doc: ManifestDocument;
  version: CrdVersion;
  uri?: string;
}

function crdIn(md: ManifestDocument, apiVersion: string, kind: string): CrdVersion | undefined {
  if (md.isEmpty || md.hasStructuralErrors || md.kind !== 'CustomResourceDefinition') return undefined;
  return crdVersionsOf(md).find((c) => c.apiVersion === apiVersion && c.kind === kind);
}

/**
 * The one answer to "which CustomResourceDefinition gives this custom resource its schema", for
 * validation, completion and hover alike: one in the same file, else one registered for the run
 * (the CLI's inputs), else one in another file of the scope (the workspace).
 */
export function findCrd(file: ParsedFile, apiVersion: string, kind: string, scope?: { model: Model; uri: string }): FoundCrd | undefined {
  // A slice of a file holds only some of its documents: the model holds all of the file's CRDs.
  const own = file.slice && scope ? scope.model.crdDocumentsIn(scope.uri) : file.documents;
  for (const md of own) {
    const version = crdIn(md, apiVersion, kind);
    if (version) return { doc: md, version, uri: scope?.uri };
  }
  const run = registered.get(`${apiVersion}/${kind}`);
  const version = run && crdIn(run, apiVersion, kind);
  if (run && version) return { doc: run, version };
  for (const object of scope?.model.crdsFor(apiVersion, kind) ?? []) {
    if (object.uri === scope!.uri) continue;
    const md = scope!.model.crdDocumentOf(object);
    const found = md && crdIn(md, apiVersion, kind);
    if (md && found) return { doc: md, version: found, uri: object.uri };
  }
  return undefined;
}

/** Every CRD version the file and the rest of the scope define, each with its file (for completing kinds). */
export function crdsInScope(file: ParsedFile, scope?: { model: Model; uri: string }): FoundCrd[] {
  const out: FoundCrd[] = [];
  for (const md of file.documents) {
    if (md.isEmpty || md.kind !== 'CustomResourceDefinition') continue;
    for (const version of crdVersionsOf(md)) out.push({ doc: md, version, uri: scope?.uri });
  }
  for (const object of scope?.model.ofKind('CustomResourceDefinition') ?? []) {
    if (object.uri === scope!.uri) continue;
    const md = scope!.model.crdDocumentOf(object);
    if (md && !md.hasStructuralErrors) for (const version of crdVersionsOf(md)) out.push({ doc: md, version, uri: object.uri });
  }
  return out;
}

/** The bundled schema of apiVersion/kind when its family is on; `off` names a family turned off. */
function bundledFor(apiVersion: string, kind: string, settings: Settings): { bundled?: BundledKind; off?: BundledKind } {
  const b = bundledKind(apiVersion, kind);
  if (!b) return {};
  return familyEnabled(b.family.id, settings.customResources) ? { bundled: b } : { off: b };
}

function customResourceProblems(
  md: ManifestDocument,
  crd: CrdSchema | undefined,
  apiVersion: string,
  kind: string,
  settings: Settings,
): Problem[] {
  const { bundled, off } = crd ? {} : bundledFor(apiVersion, kind, settings);
  const key = `crd-check:${crd?.id ?? (bundled ? `bundled:${bundled.definition}` : 0)}`;
  let problems = md.cache.get(key) as Problem[] | undefined;
  if (problems) return problems;
  const root = md.doc.contents as Node | undefined;
  const av = pairOf(md.root, 'apiVersion')?.value ?? undefined;
  const [start, end] = av?.range ? [av.range[0], av.range[1]] : [0, 0];
  if (bundled) {
    const schema = bundledSchema(bundled);
    const validate = familyValidator(bundled.family.id, familyDefinitions(bundled.family), bundled.definition);
    problems = validateObject(md, root, md.toJS().value, validate, schema, kind);
  } else if (!crd) {
    const why = off ? t` (the bundled ${off.family.title} schemas are turned off in k8sense.customResources)` : '';
    problems = [
      {
        start,
        end,
        severity: 'info',
        code: 'schema/no-schema',
        message: t`no schema for ${apiVersion} ${kind} (a custom resource)${why}: only YAML syntax is checked`,
      },
    ];
  } else {
    try {
      problems = validateObject(md, root, md.toJS().value, inlineValidator(crd.schema), crd.schema, kind);
    } catch (err) {
      problems = [
        {
          start,
          end,
          severity: 'info',
          code: 'schema/no-schema',
          message: t`the schema of CustomResourceDefinition ${crd.crdName} could not be used (${String(err)}): only YAML syntax is checked`,
        },
      ];
    }
  }
  md.cache.set(key, problems);
  return problems;
}

/**
 * Custom resources: validated with the schema of a CRD in the same file (or registered for the
 * run, or in another file of the workspace), else with the bundled schema of its family (Gateway API, cert-manager …); without one, an
 * info says only the syntax is checked. A CRD of the user's wins over the bundled schema: it is
 * the version their cluster runs.
 */
export const crdCheck: FileCheck = {
  id: 'schema/custom-resources',
  check(file, ctx) {
    const version = targetRelease(ctx.settings);
    const out: { doc: ManifestDocument; problem: Problem }[] = [];
    for (const md of file.documents) {
      if (md.isEmpty || md.hasStructuralErrors) continue;
      const apiVersion = md.apiVersion?.trim();
      const kind = md.kind?.trim();
      if (!apiVersion || !kind || getSchemaStore().isBuiltinGroup(apiVersion) || md.toJS().error) continue;
      // One decision, with the file and the scope: schemaCheck words the same one (resolveIdentity) without them.
      const decided = documentSchema(
        { apiVersion, kind },
        { targetVersion: version, file, scope: ctx, customResources: ctx.settings.customResources },
      );
      if (!decided.custom) continue; // a built-in kind in a mistyped group: schemaCheck says so
      const found = decided.source?.type === 'crd' ? decided.source.crd : undefined;
      const crd = found && crdSchemasOf(found.doc).find((c) => c.apiVersion === apiVersion && c.kind === kind);
      for (const problem of customResourceProblems(md, crd, apiVersion, kind, ctx.settings)) out.push({ doc: md, problem });
    }
    return out;
  },
};
