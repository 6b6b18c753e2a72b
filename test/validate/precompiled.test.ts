// The validators generated at build time (dist/schemas/kubernetes.validators.js, built by `npm test`)
// must report exactly what the validators compiled at run time report: same verdict, same errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { getSchemaStore, type JSONSchema } from '../../server/src/schema';
import { definitionsFingerprint, definitionValidator, PRECOMPILED_FILE } from '../../server/src/validate/compile';
import { PRECOMPILED_KINDS, withoutDescriptions } from '../../server/src/validate/precompile';
import { TO_JS_OPTIONS, YAML_OPTIONS } from '../../server/src/yaml/yaml11';

const ROOT = join(__dirname, '..', '..');
const FILE = join(ROOT, 'dist', 'schemas', PRECOMPILED_FILE);
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

function load(): Record<string, unknown> {
  assert.ok(existsSync(FILE), 'run `npm run build` first');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's generated CommonJS module
  return require(FILE) as Record<string, unknown>;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yamlFiles(full, out);
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

/** Every object of the examples and the corpus (when present), as Kubernetes reads it. */
function objects(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const file of [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test', 'validate')), ...yamlFiles(CORPUS)]) {
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'), YAML_OPTIONS)) {
      try {
        const value = doc.toJS(TO_JS_OPTIONS);
        if (value && typeof value === 'object' && !Array.isArray(value)) out.push(value);
      } catch {
        // not an object to validate
      }
    }
  }
  return out;
}

/** Wrong in the ways users get objects wrong: misspelled keys, wrong types, lists for maps, bad enums. */
function mistakes(object: Record<string, unknown>): unknown[] {
  const spec = object.spec && typeof object.spec === 'object' ? (object.spec as Record<string, unknown>) : {};
  return [
    { ...object, spec: { ...spec, replica: 3 } },
    { ...object, metadata: { name: 12, labels: ['a'] } },
    { ...object, spec: Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, typeof v === 'object' ? 'text' : { v }])) },
    { ...object, kind: 7, apiVersion: null },
    JSON.parse(
      JSON.stringify(object)
        .replace(/"(TCP|Always|ClusterIP|ReadWriteOnce|RollingUpdate|Retain)"/g, '"nope"')
        .replace(/"(\d+)(Mi|Gi|m)"/g, '"$1 $2"'),
    ),
  ];
}

/** What a message can read from an error: all of it, but the descriptions the build leaves out. */
function comparable(errors: ErrorObject[] | null | undefined) {
  const strip = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? withoutDescriptions(v as JSONSchema) : v;
  return (errors ?? []).map((e) => ({ ...e, parentSchema: strip(e.parentSchema), schema: strip(e.schema) }));
}

test('the generated validators belong to the schema bundle in use, one per precompiled kind', () => {
  const mod = load();
  assert.equal(mod.fingerprint, definitionsFingerprint(getSchemaStore().definitions()));
  const store = getSchemaStore();
  const expected = PRECOMPILED_KINDS.map((key) => {
    const slash = key.lastIndexOf('/');
    return store.lookup(key.slice(0, slash), key.slice(slash + 1))!.definition;
  });
  assert.deepEqual(
    Object.keys(mod)
      .filter((k) => k !== 'fingerprint')
      .sort(),
    [...expected].sort(),
  );
});

test('generated and run-time validators give the same verdict and errors on real and broken objects', () => {
  const mod = load();
  const byKind = new Map<string, Record<string, unknown>[]>();
  for (const object of objects()) {
    const list = byKind.get(String(object.kind)) ?? [];
    list.push(object);
    byKind.set(String(object.kind), list);
  }
  let compared = 0;
  let failing = 0;
  for (const key of PRECOMPILED_KINDS) {
    const slash = key.lastIndexOf('/');
    const definition = getSchemaStore().lookup(key.slice(0, slash), key.slice(slash + 1))!.definition;
    const generated = mod[definition] as ValidateFunction;
    // From sources (tsx) there is no generated file next to compile.ts: this compiles at run time.
    const runtime = definitionValidator(definition);
    assert.notEqual(generated, runtime);
    const samples = (byKind.get(key.slice(slash + 1)) ?? []).slice(0, 40);
    for (const value of [{}, ...samples, ...samples.slice(0, 5).flatMap(mistakes)]) {
      const ok = runtime(value);
      assert.equal(generated(value), ok, `${key}: ${JSON.stringify(value).slice(0, 200)}`);
      assert.deepEqual(comparable(generated.errors), comparable(runtime.errors), key);
      compared++;
      if (!ok) failing++;
    }
  }
  // The comparison must have seen plenty of errors, not only valid objects.
  assert.ok(compared > 100 && failing > 50, `${compared} objects compared, ${failing} with errors`);
});
