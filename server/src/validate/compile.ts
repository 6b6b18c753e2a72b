import Ajv, { type Options, type ValidateFunction } from 'ajv';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getSchemaStore, type JSONSchema } from '../schema';
import { FORMATS } from './formats';

export { FORMATS };

/**
 * One ajv instance for every schema: the built-in definitions are registered once (lazily, on the
 * first validation, never at server start) and each kind compiles on first use; definitions shared
 * by several kinds (PodSpec, ObjectMeta) compile once. `inlineRefs: false` keeps a Pod's compile
 * around 250 ms instead of over a second. The common kinds skip even that: their validators are
 * generated at build time (precompile.ts) and loaded from dist/schemas/kubernetes.validators.js.
 */
let ajv: Ajv | undefined;
const byDefinition = new Map<string, ValidateFunction>();
/** CRD schemas change while their CRD is edited: keep the most recent few (least recently used out). */
const byInlineSchema = new Map<string, { fn: ValidateFunction; schema: object }>();
const INLINE_LIMIT = 32;

export const DEFINITIONS_ID = 'k8s';

/** The options of every validator, compiled now or at build time (precompile.ts): the same code either way. */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: false,
  validateSchema: false,
  inlineRefs: false,
  // parentSchema on each error: the allowed keys and enum values the messages list.
  verbose: true,
  logger: false,
  // CRD patterns are Go (RE2) regular expressions: no `u` flag, which rejects some of their escapes.
  unicodeRegExp: false,
  formats: FORMATS,
};

function instance(): Ajv {
  if (!ajv) {
    ajv = new Ajv(AJV_OPTIONS);
    ajv.addSchema({ definitions: getSchemaStore().definitions() }, DEFINITIONS_ID);
  }
  return ajv;
}

/** The schema a built-in definition's validator compiles. */
export function definitionSchema(name: string): JSONSchema {
  return { $ref: `${DEFINITIONS_ID}#/definitions/${name}` };
}

/** Identifies the definitions validators were generated from: they are used only with those. */
export function definitionsFingerprint(definitions: Record<string, JSONSchema>): string {
  return createHash('sha256').update(JSON.stringify(definitions)).digest('hex');
}

export const PRECOMPILED_FILE = 'kubernetes.validators.js';

/** Definition name → validate function, and the fingerprint of the definitions they were generated from. */
type Precompiled = Record<string, ValidateFunction | string | undefined>;
let precompiled: Precompiled | null | undefined;

/** The build's validators, when they exist (bundled runs) and match the schema bundle in use. */
function precompiledValidator(name: string): ValidateFunction | undefined {
  if (precompiled === undefined) {
    precompiled = null;
    const file = path.join(__dirname, 'schemas', PRECOMPILED_FILE);
    if (fs.existsSync(file)) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's generated CommonJS module, found at run time
      const loaded = require(file) as Precompiled;
      if (loaded.fingerprint === definitionsFingerprint(getSchemaStore().definitions())) precompiled = loaded;
    }
  }
  const fn = precompiled?.[name];
  return typeof fn === 'function' ? fn : undefined;
}

/** The validator of a built-in definition, e.g. "io.k8s.api.apps.v1.Deployment". */
export function definitionValidator(name: string): ValidateFunction {
  let fn = byDefinition.get(name);
  if (!fn) {
    fn = precompiledValidator(name) ?? instance().compile(definitionSchema(name));
    byDefinition.set(name, fn);
  }
  return fn;
}

const byFamilyDefinition = new Map<string, ValidateFunction>();
const familiesAdded = new Set<string>();

/**
 * The validator of a bundled custom-resource kind. Its family's definitions are one more ajv
 * schema ("k8s-crd-<family>"): refs among them stay local, refs to built-in ones point into "k8s".
 */
export function familyValidator(family: string, definitions: Record<string, JSONSchema>, name: string): ValidateFunction {
  const id = `${DEFINITIONS_ID}-crd-${family}`;
  const key = `${id}#${name}`;
  let fn = byFamilyDefinition.get(key);
  if (!fn) {
    if (!familiesAdded.has(family)) {
      const text = JSON.stringify({ definitions }).replace(/"#\/definitions\/([^"]+)"/g, (whole, ref: string) =>
        Object.prototype.hasOwnProperty.call(definitions, ref) ? whole : `"${DEFINITIONS_ID}#/definitions/${ref}"`,
      );
      instance().addSchema(JSON.parse(text), id);
      familiesAdded.add(family);
    }
    fn = instance().compile({ $ref: `${id}#/definitions/${name}` });
    byFamilyDefinition.set(key, fn);
  }
  return fn;
}

/**
 * The validator of a schema that is not built in (a CRD's), keyed by its JSON text; its
 * `#/definitions/...` refs point into the built-in definitions.
 */
export function inlineValidator(schema: JSONSchema, key = JSON.stringify(schema)): ValidateFunction {
  let entry = byInlineSchema.get(key);
  if (entry) byInlineSchema.delete(key);
  else {
    const retargeted = JSON.parse(key.replace(/"#\/definitions\//g, `"${DEFINITIONS_ID}#/definitions/`));
    entry = { fn: instance().compile(retargeted), schema: retargeted };
    if (byInlineSchema.size >= INLINE_LIMIT) {
      const [oldestKey, oldest] = byInlineSchema.entries().next().value!;
      byInlineSchema.delete(oldestKey);
      instance().removeSchema(oldest.schema);
    }
  }
  byInlineSchema.set(key, entry);
  return entry.fn;
}
