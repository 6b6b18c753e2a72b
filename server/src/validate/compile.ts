import Ajv, { type ValidateFunction } from 'ajv';
import { CUSTOM_FORMATS, getSchemaStore, type JSONSchema } from '../schema';

/**
 * One ajv instance for every schema: the built-in definitions are registered once (lazily, on the
 * first validation, never at server start) and each kind compiles on first use; definitions shared
 * by several kinds (PodSpec, ObjectMeta) compile once. `inlineRefs: false` keeps a Pod's compile
 * around 250 ms instead of over a second.
 */
let ajv: Ajv | undefined;
const byDefinition = new Map<string, ValidateFunction>();
/** CRD schemas change while their CRD is edited: keep the most recent few (least recently used out). */
const byInlineSchema = new Map<string, { fn: ValidateFunction; schema: object }>();
const INLINE_LIMIT = 32;

export const DEFINITIONS_ID = 'k8s';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i;

/** Formats as Kubernetes decodes them (Go's base64.StdEncoding skips line breaks; int32 is range-checked). */
export const FORMATS = {
  ...CUSTOM_FORMATS,
  byte: (s: string) => BASE64.test(s.replace(/[\r\n]/g, '')),
  'date-time': (s: string) => DATE_TIME.test(s),
  int32: { type: 'number' as const, validate: (n: number) => n >= -2147483648 && n <= 2147483647 },
  int64: { type: 'number' as const, validate: (n: number) => Number.isSafeInteger(n) || Number.isInteger(n) },
};

function instance(): Ajv {
  if (!ajv) {
    ajv = new Ajv({
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
    });
    ajv.addSchema({ definitions: getSchemaStore().definitions() }, DEFINITIONS_ID);
  }
  return ajv;
}

/** The validator of a built-in definition, e.g. "io.k8s.api.apps.v1.Deployment". */
export function definitionValidator(name: string): ValidateFunction {
  let fn = byDefinition.get(name);
  if (!fn) {
    fn = instance().compile({ $ref: `${DEFINITIONS_ID}#/definitions/${name}` });
    byDefinition.set(name, fn);
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
