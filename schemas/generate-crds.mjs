#!/usr/bin/env node
// Generates the bundled custom-resource schemas (Gateway API, cert-manager, the Prometheus
// operator, Argo CD) from the pinned @kubernetes-models/* packages listed in
// schemas/crds/families.json, with the same reader and shaping as the built-in kinds
// (generate.mjs). Writes, per family, schemas/generated/crds/<family>.json (its definitions,
// loaded only when a document of that family is opened) and one small index,
// schemas/generated/crds/index.json (families, kinds, scopes), read at the first lookup.
// References to built-in definitions (ObjectMeta, LabelSelector, PodSpec …) stay
// "#/definitions/io.k8s…" and resolve in kubernetes.json.
//
// Usage: node schemas/generate-crds.mjs [--if-stale]

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DEFAULT_OUT as CORE_OUT,
  INLINED,
  camelToDefinitionName,
  findPackageDir,
  markKind,
  probeDefinition,
  readDefinitions,
  readJson,
  shapeDefinition,
} from './generate.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const FAMILIES_FILE = path.join(HERE, 'crds', 'families.json');
export const CRDS_OUT_DIR = path.join(HERE, 'generated', 'crds');

/** "cert-manager.io/v1/Certificate" style keys and a family's definition names. */
function familyNamer(id, prefixes) {
  const ordered = Object.entries(prefixes).sort((a, b) => b[0].length - a[0].length);
  return (camel) => {
    for (const [prefix, dotted] of ordered) {
      if (!camel.startsWith(prefix)) continue;
      const rest = camel.slice(prefix.length);
      const m = /^(V\d+(?:(?:alpha|beta)\d+)?)([A-Z]\w*)$/.exec(rest);
      if (m) return `${dotted}.${m[1].toLowerCase()}.${m[2]}`;
      if (/^[A-Z]/.test(rest)) return `${dotted}.${rest}`;
    }
    throw new Error(`crds/families.json: ${id}: no prefix for definition ${camel}`);
  };
}

/**
 * The packages' declarations say `string` where the CRD has an enum (`type: HTTPRouteFilterType`);
 * their compiled validators know the values: a string no enum allows is answered with them.
 */
function probeEnums(validate, schema, raw) {
  const isString = (s) =>
    s && (s.type === 'string' || (s.$ref && raw.get(s.$ref)?.schema.type === 'string' && !raw.get(s.$ref).schema.enum));
  for (const [name, prop] of Object.entries(schema.properties)) {
    const targets = [];
    if (isString(prop) && !prop.enum)
      targets.push({ get: () => prop, set: (v) => (schema.properties[name] = v), wrap: (v) => v, suffix: '' });
    if (prop.type === 'array' && isString(prop.items) && !prop.items.enum)
      targets.push({ get: () => prop.items, set: (v) => (prop.items = v), wrap: (v) => [v], suffix: '/0' });
    for (const t of targets) {
      const at = `/${name.replace(/~/g, '~0').replace(/\//g, '~1')}${t.suffix}`;
      validate({ [name]: t.wrap('\u0000k8sense-probe') });
      const e = (validate.errors ?? []).find((x) => x.instancePath === at && x.keyword === 'enum');
      if (!e || !Array.isArray(e.params?.allowedValues) || !e.params.allowedValues.every((v) => typeof v === 'string')) continue;
      const s = t.get();
      const description = s.description ?? (s.$ref ? raw.get(s.$ref)?.schema.description : undefined);
      t.set({ ...(description ? { description } : {}), type: 'string', enum: [...e.params.allowedValues] });
    }
  }
}

/**
 * What the controllers write (`status`) is not what people write: a kind's status becomes an open
 * object (still hovered with its description), and definitions no kind reaches any more are
 * dropped. About a fifth of the families' size.
 */
function pruneStatus(definitions, kinds) {
  for (const name of Object.values(kinds)) {
    const status = definitions[name].properties?.status;
    if (!status) continue;
    const target = status.else?.$ref ?? status.$ref;
    const description = status.description ?? (target ? definitions[target.slice('#/definitions/'.length)]?.description : undefined);
    definitions[name].properties.status = {
      ...(description ? { description } : {}),
      type: ['object', 'null'],
      'x-kubernetes-preserve-unknown-fields': true,
    };
  }
  const reached = new Set();
  const visit = (name) => {
    if (reached.has(name) || !definitions[name]) return;
    reached.add(name);
    for (const m of JSON.stringify(definitions[name]).matchAll(/"#\/definitions\/([^"]+)"/g)) visit(m[1]);
  };
  for (const name of Object.values(kinds)) visit(name);
  for (const name of Object.keys(definitions)) if (!reached.has(name)) delete definitions[name];
}

function familyVersions() {
  const { families } = readJson(FAMILIES_FILE);
  return Object.entries(families).map(([id, f]) => {
    const dir = findPackageDir(f.package, ROOT);
    return { id, ...f, dir, version: readJson(path.join(dir, 'package.json')).version };
  });
}

export async function generateCrds({ outDir = CRDS_OUT_DIR, quiet = false } = {}) {
  const started = Date.now();
  const core = readJson(CORE_OUT);
  const index = { families: {} };
  const kmDir = findPackageDir('kubernetes-models', ROOT);
  const amDir = findPackageDir('@kubernetes-models/apimachinery', kmDir);
  fs.mkdirSync(outDir, { recursive: true });
  const families = familyVersions();
  for (const family of families) {
    // families it depends on (cert-manager's ACME solvers use Gateway API's ParentReference): their
    // definitions are copied into this family's file, so that each file is complete on its own
    const deps = Object.keys(readJson(path.join(family.dir, 'package.json')).dependencies ?? {});
    const own = [family, ...families.filter((f) => f !== family && deps.includes(f.package))];
    // the built-in declarations too: a family's interface may extend one (… extends IIoK8sApiCoreV1SecretReference)
    const all = readDefinitions([...own.map((f) => f.dir), kmDir, amDir]);
    const raw = new Map([...all].filter(([, def]) => own.some((f) => def.file.startsWith(f.dir + path.sep))));
    for (const def of raw.values()) {
      if (!def.schema.properties) continue;
      const validator = path.join(family.dir, '_schemas', `${def.camel}.js`);
      if (!fs.existsSync(validator)) continue;
      const { validate } = await import(pathToFileURL(validator).href);
      probeDefinition(validate, def.schema);
      probeEnums(validate, def.schema, all);
    }
    const nameOf = familyNamer(family.id, Object.assign({}, ...own.map((f) => f.prefixes)));
    const names = new Map([...raw.keys()].map((c) => [c, nameOf(c)]));
    const refTo = (camel) => {
      if (names.has(camel)) return names.get(camel);
      // a built-in definition (ObjectMeta, LabelSelector, core v1 types)
      const name = camelToDefinitionName(camel);
      if (!core.definitions[name]) throw new Error(`${family.id}: reference to unknown definition ${camel}`);
      return name;
    };
    const inlineOf = new Map([...INLINED].map((n) => [n, core.definitions[n]]));
    const definitions = {};
    const kinds = {};
    for (const [camel, def] of [...raw].sort((a, b) => names.get(a[0]).localeCompare(names.get(b[0])))) {
      const name = names.get(camel);
      if (core.definitions[name]) throw new Error(`${family.id}: ${name} clashes with a built-in definition`);
      const schema = shapeDefinition(def, name, refTo, inlineOf);
      // embedded objects (Prometheus' volumeClaimTemplate) inline TypeMeta: apiVersion/kind are optional there
      if (!def.isTypeMeta && schema.required) {
        schema.required = schema.required.filter(
          (r) => !((r === 'apiVersion' || r === 'kind') && schema.properties?.[r]?.type === 'string'),
        );
        if (!schema.required.length) delete schema.required;
      }
      if (def.isTypeMeta) {
        const key = markKind(schema);
        if (key && def.file.startsWith(family.dir + path.sep)) kinds[key] = name;
      }
      definitions[name] = schema;
    }
    pruneStatus(definitions, kinds);
    const clusterScoped = new Set(family.clusterScoped);
    const namespaced = Object.fromEntries(Object.keys(kinds).map((k) => [k, !clusterScoped.has(k.slice(k.lastIndexOf('/') + 1))]));
    const source = `${family.package}@${family.version}`;
    const file = `${family.id}.json`;
    fs.writeFileSync(path.join(outDir, file), JSON.stringify({ family: family.id, source, definitions }));
    index.families[family.id] = {
      title: family.title,
      source,
      file,
      kinds: Object.fromEntries(Object.entries(kinds).sort(([a], [b]) => a.localeCompare(b))),
      namespaced,
    };
    if (!quiet)
      console.log(
        `schemas: ${family.id}: ${Object.keys(definitions).length} definitions, ${Object.keys(kinds).length} kinds from ${source}`,
      );
  }
  fs.writeFileSync(path.join(outDir, 'index.json'), JSON.stringify(index));
  if (!quiet) console.log(`schemas: custom resources -> ${path.relative(process.cwd(), outDir)} (${Date.now() - started} ms)`);
  return index;
}

/** True when the index is missing, names other package versions, or is older than its inputs. */
export function isCrdsStale(outDir = CRDS_OUT_DIR) {
  const indexFile = path.join(outDir, 'index.json');
  if (!fs.existsSync(indexFile) || !fs.existsSync(CORE_OUT)) return true;
  let index;
  try {
    index = readJson(indexFile);
  } catch {
    return true;
  }
  const families = familyVersions();
  if (families.length !== Object.keys(index.families).length) return true;
  for (const f of families) {
    const entry = index.families[f.id];
    if (!entry || entry.source !== `${f.package}@${f.version}` || !fs.existsSync(path.join(outDir, entry.file))) return true;
  }
  const mtime = fs.statSync(indexFile).mtimeMs;
  const inputs = [fileURLToPath(import.meta.url), path.join(HERE, 'generate.mjs'), FAMILIES_FILE, CORE_OUT];
  return inputs.some((f) => fs.statSync(f).mtimeMs > mtime);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && !isCrdsStale()) console.log('schemas: custom resources are up to date');
  else await generateCrds();
}
