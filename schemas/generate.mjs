#!/usr/bin/env node
// Generates schemas/generated/kubernetes.json from the pinned `kubernetes-models`
// package (see schemas/README.md for why that package and what comes from where).
//
// The package ships, per API definition:
//   - a TypeScript declaration (`<group>/<version>/<Name>.d.ts`) with the property
//     names, optionality (= `required`), string-literal enums, references to other
//     definitions, maps/arrays and the OpenAPI descriptions as JSDoc;
//   - a precompiled validator (`_schemas/<Camel>.js`). The declaration cannot tell
//     an integer from a number nor carry `format`; we learn those by asking the
//     validator (a value 0.5 is rejected as "must be integer"; a bad string is
//     rejected by format "byte"/"date-time"/...).
// Overlays (schemas/overlays/*.json) then add what Kubernetes enforces but the
// OpenAPI does not say (constraints.json), API deprecations/removals
// (deprecations.json) and resource scope (scopes.json).
//
// Usage: node schemas/generate.mjs [--out <file>] [--if-stale]

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const PKG = 'kubernetes-models';
const APIMACHINERY = '@kubernetes-models/apimachinery';
export const DEFAULT_OUT = path.join(HERE, 'generated', 'kubernetes.json');
/** Kubernetes release whose GA APIs the pinned package carries (checked by test/schemas/crosscheck.test.ts). */
const KUBERNETES_VERSION = '1.36';

// ---------------------------------------------------------------------------
// locating packages

export function findPackageDir(name, fromDir) {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', ...name.split('/'));
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${name} is not installed (looked upwards from ${fromDir}); run npm install`);
    dir = parent;
  }
}

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

export function listFiles(dir, filter, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === '_schemas') continue;
      listFiles(full, filter, out);
    } else if (filter(entry.name)) out.push(full);
  }
  return out;
}

// ---------------------------------------------------------------------------
// names: the package spells definition names in CamelCase (IoK8sApiCoreV1PodSpec);
// the OpenAPI name is io.k8s.api.core.v1.PodSpec.

const PACKAGE_PREFIXES = [
  ['IoK8sApimachineryPkgApisMetaV1', 'io.k8s.apimachinery.pkg.apis.meta.v1'],
  ['IoK8sApimachineryPkgApiResource', 'io.k8s.apimachinery.pkg.api.resource'],
  ['IoK8sApimachineryPkgUtilIntstr', 'io.k8s.apimachinery.pkg.util.intstr'],
  ['IoK8sApimachineryPkgRuntime', 'io.k8s.apimachinery.pkg.runtime'],
  ['IoK8sApimachineryPkgVersion', 'io.k8s.apimachinery.pkg.version'],
  ['IoK8sApiextensionsApiserverPkgApisApiextensionsV1beta1', 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1'],
  ['IoK8sApiextensionsApiserverPkgApisApiextensionsV1', 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1'],
  ['IoK8sKubeAggregatorPkgApisApiregistrationV1beta1', 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1'],
  ['IoK8sKubeAggregatorPkgApisApiregistrationV1', 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1'],
];

export function camelToDefinitionName(camel) {
  for (const [prefix, dotted] of PACKAGE_PREFIXES) {
    if (camel.startsWith(prefix) && /^[A-Z]/.test(camel.slice(prefix.length))) return `${dotted}.${camel.slice(prefix.length)}`;
  }
  const m = /^IoK8sApi([A-Z][a-z0-9]*)(V\d+(?:(?:alpha|beta)\d+)?)([A-Z]\w*)$/.exec(camel);
  if (m) return `io.k8s.api.${m[1].toLowerCase()}.${m[2].toLowerCase()}.${m[3]}`;
  throw new Error(`cannot map definition name ${camel}: add its package to PACKAGE_PREFIXES`);
}

// ---------------------------------------------------------------------------
// reading declarations

function jsDocText(node, sf) {
  const ranges = ts.getLeadingCommentRanges(sf.text, node.pos) ?? [];
  const docs = ranges.map((r) => sf.text.slice(r.pos, r.end)).filter((t) => t.startsWith('/**'));
  if (!docs.length) return undefined;
  const raw = docs[docs.length - 1];
  const text = raw
    .replace(/^\/\*\*\s*/, '')
    .replace(/\s*\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
  return text || undefined;
}

function propName(name) {
  if (ts.isStringLiteral(name) || ts.isIdentifier(name) || ts.isNumericLiteral(name)) return name.text;
  throw new Error(`unsupported property name ${name.getText()}`);
}

/**
 * A parsed declaration file: its definitions as raw (pre-strictness) JSON schemas.
 * References are kept as { $ref: camelName } and resolved after all files are read.
 */
export function readDeclarationFile(file) {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const localToCamel = new Map(); // IDeployment -> IoK8sApiAppsV1Deployment
  const imported = new Set(); // interfaces of other files (IIoK8s…, IComGithub… in the CRD packages)
  for (const st of sf.statements) {
    if (ts.isExportDeclaration(st) && st.isTypeOnly && st.exportClause && ts.isNamedExports(st.exportClause)) {
      // `export type { IX as I<Camel>, X as <Camel> }`: the interface is the name whose class twin is exported too
      const exportedNames = new Set(st.exportClause.elements.map((el) => el.name.text));
      for (const el of st.exportClause.elements) {
        const exported = el.name.text;
        const local = (el.propertyName ?? el.name).text;
        if (exported.startsWith('IIoK8s') || (/^I[A-Z]/.test(exported) && exportedNames.has(exported.slice(1)) && local !== exported))
          localToCamel.set(local, exported.slice(1));
      }
    }
    if (ts.isImportDeclaration(st) && st.importClause?.namedBindings && ts.isNamedImports(st.importClause.namedBindings)) {
      for (const el of st.importClause.namedBindings.elements) if (/^I[A-Z]/.test(el.name.text)) imported.add(el.name.text);
    }
  }
  const refName = (identifier) => {
    if (localToCamel.has(identifier)) return localToCamel.get(identifier);
    if (identifier.startsWith('IIoK8s') || imported.has(identifier)) return identifier.slice(1);
    return undefined;
  };

  const toSchema = (node) => {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: 'string' };
      case ts.SyntaxKind.NumberKeyword:
        return { type: 'number' };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: 'boolean' };
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
        return {};
      case ts.SyntaxKind.ParenthesizedType:
        return toSchema(node.type);
      case ts.SyntaxKind.ArrayType:
        return { type: 'array', items: toSchema(node.elementType) };
      case ts.SyntaxKind.LiteralType: {
        if (ts.isStringLiteral(node.literal)) return { type: 'string', enum: [node.literal.text] };
        if (node.literal.kind === ts.SyntaxKind.TrueKeyword || node.literal.kind === ts.SyntaxKind.FalseKeyword)
          return { type: 'boolean', enum: [node.literal.kind === ts.SyntaxKind.TrueKeyword] };
        if (ts.isNumericLiteral(node.literal)) return { type: 'number', enum: [Number(node.literal.text)] };
        throw new Error(`unsupported literal ${node.getText()} in ${file}`);
      }
      case ts.SyntaxKind.UnionType: {
        const members = node.types.map(toSchema);
        if (members.every((m) => m.type === 'string' && m.enum)) return { type: 'string', enum: members.flatMap((m) => m.enum) };
        const types = members.map((m) => m.type);
        if (members.every((m) => Object.keys(m).length === 1 && typeof m.type === 'string')) return { type: [...new Set(types)] };
        return { anyOf: members };
      }
      case ts.SyntaxKind.TypeReference: {
        const name = node.typeName.getText(sf);
        if ((name === 'Array' || name === 'ReadonlyArray') && node.typeArguments?.length === 1)
          return { type: 'array', items: toSchema(node.typeArguments[0]) };
        if (name === 'Record' && node.typeArguments?.length === 2)
          return { type: 'object', additionalProperties: toSchema(node.typeArguments[1]) };
        const camel = refName(name);
        if (camel) return { $ref: camel };
        throw new Error(`unsupported type reference ${name} in ${file}`);
      }
      case ts.SyntaxKind.TypeLiteral:
        return membersToSchema(node.members);
      default:
        throw new Error(`unsupported type ${ts.SyntaxKind[node.kind]} (${node.getText(sf)}) in ${file}`);
    }
  };

  const membersToSchema = (members) => {
    const schema = { type: 'object' };
    const properties = {};
    const required = [];
    for (const m of members) {
      if (ts.isIndexSignatureDeclaration(m)) {
        schema.additionalProperties = toSchema(m.type);
      } else if (ts.isPropertySignature(m)) {
        const name = propName(m.name);
        const prop = m.type ? toSchema(m.type) : {};
        const description = jsDocText(m, sf);
        properties[name] = description ? { description, ...prop } : prop;
        if (!m.questionToken) required.push(name);
      } else {
        throw new Error(`unsupported member ${ts.SyntaxKind[m.kind]} in ${file}`);
      }
    }
    if (Object.keys(properties).length) schema.properties = properties;
    if (required.length) schema.required = required;
    return schema;
  };

  const defs = [];
  for (const st of sf.statements) {
    let camel;
    let schema;
    let isTypeMeta = false;
    let bases = [];
    if (ts.isInterfaceDeclaration(st) && (camel = refName(st.name.text))) {
      schema = membersToSchema(st.members);
      const heritage = (st.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText(sf)));
      isTypeMeta = heritage.includes('TypeMeta');
      // `interface IServiceMonitorSpec extends I…NativeHistogramConfig`: its properties are merged in later
      bases = heritage.filter((h) => h !== 'TypeMeta').map((h) => refName(h) ?? h);
    } else if (ts.isTypeAliasDeclaration(st) && (camel = refName(st.name.text)) && localToCamel.has(st.name.text)) {
      schema = toSchema(st.type);
    } else continue;
    const description = jsDocText(st, sf);
    if (description) schema = { description, ...schema };
    defs.push({ camel, schema, isTypeMeta, file, ...(bases.length ? { bases } : {}) });
  }
  return defs;
}

// ---------------------------------------------------------------------------
// asking the compiled validators for integer/format facts

function probeErrors(validate, value) {
  validate(value);
  return validate.errors ?? [];
}

/** For every property of an object definition, find integer-ness and format via the package's validator. */
export function probeDefinition(validate, schema) {
  if (!schema.properties) return;
  for (const [name, prop] of Object.entries(schema.properties)) {
    // where the scalar lives: the property itself, array items, or map values
    const targets = [];
    if (prop.type === 'number' || prop.type === 'string') targets.push({ s: prop, wrap: (v) => v, suffix: '' });
    if (prop.type === 'array' && (prop.items?.type === 'number' || prop.items?.type === 'string'))
      targets.push({ s: prop.items, wrap: (v) => [v], suffix: '/0' });
    if (prop.type === 'object' && (prop.additionalProperties?.type === 'number' || prop.additionalProperties?.type === 'string'))
      targets.push({ s: prop.additionalProperties, wrap: (v) => ({ k: v }), suffix: '/k' });
    for (const { s, wrap, suffix } of targets) {
      const at = `/${name.replace(/~/g, '~0').replace(/\//g, '~1')}${suffix}`;
      if (s.type === 'number') {
        const errs = probeErrors(validate, { [name]: wrap(0.5) }).filter((e) => e.instancePath === at);
        if (errs.some((e) => e.keyword === 'type' && e.params?.type === 'integer')) {
          s.type = 'integer';
          const big = probeErrors(validate, { [name]: wrap(2 ** 31) }).filter((e) => e.instancePath === at);
          const f = big.find((e) => e.keyword === 'format');
          s.format = f ? f.params.format : 'int64';
        } else {
          const f = probeErrors(validate, { [name]: wrap(1e300) }).find((e) => e.instancePath === at && e.keyword === 'format');
          if (f) s.format = f.params.format;
        }
      } else if (s.type === 'string' && !s.enum) {
        const f = probeErrors(validate, { [name]: wrap('\u0000 ?') }).find((e) => e.instancePath === at && e.keyword === 'format');
        if (f) s.format = f.params.format;
      }
    }
  }
}

// ---------------------------------------------------------------------------
// shaping

const SPECIAL = {
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': (d) => ({
    description: d.description,
    type: ['integer', 'string'],
    format: 'int-or-string',
    'x-kubernetes-int-or-string': true,
  }),
  'io.k8s.apimachinery.pkg.api.resource.Quantity': (d) => ({
    description:
      d.description ??
      'Quantity is a fixed-point representation of a number, written as a string with an optional suffix (e.g. "500m", "1.5Gi", "100M") or as a plain number.',
    type: ['string', 'number'],
    format: 'quantity',
  }),
  'io.k8s.apimachinery.pkg.apis.meta.v1.Time': (d) => ({ description: d.description, type: 'string', format: 'date-time' }),
  'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime': (d) => ({ description: d.description, type: 'string', format: 'date-time' }),
  // free-form payloads
  'io.k8s.apimachinery.pkg.runtime.RawExtension': (d) => ({
    description: d.description,
    type: 'object',
    'x-kubernetes-preserve-unknown-fields': true,
  }),
  'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1': (d) => ({
    description: d.description,
    type: 'object',
    'x-kubernetes-preserve-unknown-fields': true,
  }),
};
/** Definitions whose value may be anything JSON (the OpenAPI gives them no type). */
const ANY_VALUE =
  /^io\.k8s\.apiextensions-apiserver\.pkg\.apis\.apiextensions\.v1(beta1)?\.(JSON|JSONSchemaPropsOrArray|JSONSchemaPropsOrBool|JSONSchemaPropsOrStringArray)$/;
/** Small value types inlined at every use so that an optional property can also be null. */
export const INLINED = new Set([
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString',
  'io.k8s.apimachinery.pkg.api.resource.Quantity',
  'io.k8s.apimachinery.pkg.apis.meta.v1.Time',
  'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime',
]);

const API_VERSION_DESCRIPTION =
  'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.';
const KIND_DESCRIPTION = 'Kind is a string value representing the REST resource this object represents. In CamelCase.';

function mapSchema(schema, fn) {
  // depth-first over nested subschemas (properties, items, additionalProperties, anyOf)
  const out = fn(schema);
  if (out.properties) for (const k of Object.keys(out.properties)) out.properties[k] = mapSchema(out.properties[k], fn);
  if (out.items) out.items = mapSchema(out.items, fn);
  if (out.additionalProperties && typeof out.additionalProperties === 'object')
    out.additionalProperties = mapSchema(out.additionalProperties, fn);
  if (out.anyOf) out.anyOf = out.anyOf.map((s) => mapSchema(s, fn));
  return out;
}

function addNull(schema) {
  // Kubernetes treats an explicit null like an absent optional field.
  if (schema.$ref) {
    const { $ref, description, ...rest } = schema;
    return { ...(description ? { description } : {}), ...rest, if: { type: 'null' }, else: { $ref } };
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.includes('null')) schema.type = [...types, 'null'];
    if (schema.enum && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  }
  return schema;
}

function strict(schema) {
  if (schema.properties && schema.additionalProperties === undefined && schema['x-kubernetes-preserve-unknown-fields'] !== true)
    schema.additionalProperties = false;
  return schema;
}

// ---------------------------------------------------------------------------

/**
 * One definition as bundled: refs -> #/definitions/<name> (the small value types inlined),
 * optional properties accept null, objects with properties are closed.
 */
export function shapeDefinition(def, name, refTo, inlineOf) {
  let schema;
  if (SPECIAL[name]) schema = inlineOf.get(name);
  else if (ANY_VALUE.test(name)) schema = def.schema.description ? { description: def.schema.description } : {};
  else if (!def.schema.properties && def.schema.type === 'object' && !def.schema.additionalProperties)
    schema = { ...def.schema, 'x-kubernetes-preserve-unknown-fields': true };
  else schema = structuredClone(def.schema);

  schema = mapSchema(schema, (s) => {
    if (!s.$ref) return s;
    const target = refTo(s.$ref);
    const { $ref: _ref, ...rest } = s;
    if (INLINED.has(target)) return { ...structuredClone(inlineOf.get(target)), ...rest };
    return { ...rest, $ref: `#/definitions/${target}` };
  });

  const withNull = (s) => {
    if (s.properties) {
      const req = new Set(s.required ?? []);
      for (const k of Object.keys(s.properties)) if (!req.has(k)) s.properties[k] = addNull(s.properties[k]);
    }
    return strict(s);
  };
  return mapSchema(schema, withNull);
}

/** The shaped definitions of special value types (IntOrString, Quantity, Time …) by name. */
export function inlinedShapes(raw, names) {
  const inlineOf = new Map();
  for (const [camel, def] of raw) {
    const name = names.get(camel);
    if (SPECIAL[name]) inlineOf.set(name, SPECIAL[name](def.schema));
  }
  return inlineOf;
}

/**
 * A top-level kind (after the null pass: apiVersion/kind never null): apiVersion/kind become
 * single-valued enums, x-kubernetes-group-version-kind is set. Returns "<apiVersion>/<kind>".
 */
export function markKind(schema) {
  const av = schema.properties?.apiVersion?.enum;
  const k = schema.properties?.kind?.enum;
  if (!(av?.length === 1 && k?.length === 1)) return undefined;
  schema.properties.apiVersion = { description: API_VERSION_DESCRIPTION, type: 'string', enum: av };
  schema.properties.kind = { description: KIND_DESCRIPTION, type: 'string', enum: k };
  // like the OpenAPI: not required by the schema (objects embedded in others, e.g. a
  // StatefulSet's volumeClaimTemplates, usually omit them; a document without them
  // cannot be looked up in the first place)
  schema.required = (schema.required ?? []).filter((r) => r !== 'apiVersion' && r !== 'kind');
  if (!schema.required.length) delete schema.required;
  const [group, version] = av[0].includes('/') ? av[0].split('/') : ['', av[0]];
  schema['x-kubernetes-group-version-kind'] = [{ group, version, kind: k[0] }];
  return `${av[0]}/${k[0]}`;
}

/** Reads the definitions of every declaration file of these package directories (camel name -> def). */
export function readDefinitions(dirs) {
  const files = dirs.flatMap((d) => listFiles(d, (n) => n.endsWith('.d.ts') && n !== 'index.d.ts'));
  const raw = new Map(); // camel -> {camel, schema, isTypeMeta, file}
  for (const file of files) {
    for (const def of readDeclarationFile(file)) {
      if (raw.has(def.camel)) throw new Error(`definition ${def.camel} declared twice (${raw.get(def.camel).file}, ${file})`);
      raw.set(def.camel, def);
    }
  }
  // interfaces that extend others get their bases' properties (own properties win)
  const merged = new Set();
  const merge = (def) => {
    if (merged.has(def.camel)) return;
    merged.add(def.camel);
    for (const b of def.bases ?? []) {
      const base = raw.get(b);
      if (!base) throw new Error(`${def.camel} extends unknown ${b}`);
      merge(base);
      def.schema.properties = { ...(base.schema.properties ?? {}), ...(def.schema.properties ?? {}) };
      const req = [...(base.schema.required ?? []), ...(def.schema.required ?? [])];
      if (req.length) def.schema.required = [...new Set(req)];
    }
  };
  for (const def of raw.values()) merge(def);
  return raw;
}

export async function generate({ out = DEFAULT_OUT, quiet = false } = {}) {
  const started = Date.now();
  const kmDir = findPackageDir(PKG, ROOT);
  const amDir = findPackageDir(APIMACHINERY, kmDir);
  const kmVersion = readJson(path.join(kmDir, 'package.json')).version;
  const amVersion = readJson(path.join(amDir, 'package.json')).version;

  const raw = readDefinitions([kmDir, amDir]);

  // integer/format facts from the compiled validators
  for (const def of raw.values()) {
    if (!def.schema.properties) continue;
    const base = def.file.startsWith(amDir) ? amDir : kmDir;
    const validator = path.join(base, '_schemas', `${def.camel}.js`);
    if (!fs.existsSync(validator)) continue;
    const { validate } = await import(pathToFileURL(validator).href);
    probeDefinition(validate, def.schema);
  }

  const overlay = (name) => readJson(path.join(HERE, 'overlays', name));
  const constraints = overlay('constraints.json');
  const deprecationsFile = overlay('deprecations.json');
  const scopes = overlay('scopes.json');

  const definitions = {};
  const kinds = {};
  const names = new Map([...raw.keys()].map((c) => [c, camelToDefinitionName(c)]));
  const refTo = (camel) => {
    const name = names.get(camel);
    if (!name) throw new Error(`reference to unknown definition ${camel}`);
    return name;
  };

  const inlineOf = inlinedShapes(raw, names);

  for (const [camel, def] of [...raw].sort((a, b) => names.get(a[0]).localeCompare(names.get(b[0])))) {
    const name = names.get(camel);
    const schema = shapeDefinition(def, name, refTo, inlineOf);
    if (def.isTypeMeta) {
      const key = markKind(schema);
      if (key) kinds[key] = name;
    }
    definitions[name] = schema;
  }

  // a generic List (kubectl's `kind: List`), not an OpenAPI definition but valid input
  definitions['io.k8s.api.core.v1.List'] = {
    description:
      "List holds a list of objects of any kind (kubectl's `kind: List`). Each item is a complete object with its own apiVersion and kind.",
    type: 'object',
    required: ['apiVersion', 'kind', 'items'],
    properties: {
      apiVersion: { description: API_VERSION_DESCRIPTION, type: 'string', enum: ['v1'] },
      kind: { description: KIND_DESCRIPTION, type: 'string', enum: ['List'] },
      metadata: {
        description: 'Standard list metadata.',
        if: { type: 'null' },
        else: { $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
      },
      items: {
        description: 'List of objects.',
        type: 'array',
        items: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, 'x-kubernetes-embedded-resource': true },
      },
    },
    additionalProperties: false,
    'x-kubernetes-group-version-kind': [{ group: '', version: 'v1', kind: 'List' }],
  };
  kinds['v1/List'] = 'io.k8s.api.core.v1.List';

  // ------------------------------------------------------------- constraints overlay
  for (const c of constraints.constraints) {
    const def = definitions[c.definition];
    if (!def) throw new Error(`constraints.json: unknown definition ${c.definition}`);
    const prop = def.properties?.[c.property];
    if (!prop) throw new Error(`constraints.json: ${c.definition} has no property ${c.property}`);
    const target = c.on === 'items' ? prop.items : c.on === 'values' ? prop.additionalProperties : prop;
    if (!target || typeof target !== 'object') throw new Error(`constraints.json: ${c.definition}.${c.property} has no ${c.on}`);
    if (c.schema) Object.assign(target, c.schema);
    if (c.addEnum) {
      if (!Array.isArray(target.enum)) throw new Error(`constraints.json: ${c.definition}.${c.property} has no enum to extend`);
      const hadNull = target.enum.includes(null);
      target.enum = [...target.enum.filter((v) => v !== null), ...c.addEnum.filter((v) => !target.enum.includes(v))];
      if (hadNull) target.enum.push(null);
    }
    if (c.schema?.enum && !(def.required ?? []).includes(c.property) && target === prop) target.enum = [...c.schema.enum, null];
  }

  // ------------------------------------------------------------- deprecations overlay
  const deprecations = deprecationsFile.deprecations;
  for (const d of deprecations) {
    const key = `${d.apiVersion}/${d.kind}`;
    if (kinds[key] || !d.schemaFrom) continue;
    const from = kinds[d.schemaFrom];
    if (!from) throw new Error(`deprecations.json: schemaFrom ${d.schemaFrom} is not a bundled kind`);
    // the replacement's shape under the old apiVersion
    const copy = structuredClone(definitions[from]);
    copy.properties.apiVersion = { ...copy.properties.apiVersion, enum: [d.apiVersion] };
    copy.description =
      `${copy.description ?? ''}\n\n(${d.apiVersion} ${d.kind} was removed in Kubernetes ${d.removedIn}; validated with the schema of ${d.schemaFrom}.)`.trim();
    const [group, version] = d.apiVersion.includes('/') ? d.apiVersion.split('/') : ['', d.apiVersion];
    copy['x-kubernetes-group-version-kind'] = [{ group, version, kind: d.kind }];
    const name = `${from.split('.').slice(0, -2).join('.')}.${version}.${d.kind}`;
    if (definitions[name]) throw new Error(`deprecations.json: synthesized ${name} clashes`);
    definitions[name] = copy;
    kinds[key] = name;
  }

  // ------------------------------------------------------------- scopes
  const clusterScoped = new Set(scopes.clusterScoped);
  const namespaced = {};
  for (const key of Object.keys(kinds)) {
    const i = key.lastIndexOf('/');
    const apiVersion = key.slice(0, i);
    const kind = key.slice(i + 1);
    const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
    namespaced[key] = !clusterScoped.has(group ? `${group}/${kind}` : kind);
  }

  const result = {
    kubernetesVersion: KUBERNETES_VERSION,
    source: `${PKG}@${kmVersion}`,
    sources: { [PKG]: kmVersion, [APIMACHINERY]: amVersion },
    definitions,
    kinds: Object.fromEntries(Object.entries(kinds).sort(([a], [b]) => a.localeCompare(b))),
    namespaced,
    deprecations,
  };

  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(result));
  fs.renameSync(tmp, out);
  if (!quiet)
    console.log(
      `schemas: ${Object.keys(definitions).length} definitions, ${Object.keys(kinds).length} kinds from ${PKG}@${kmVersion} -> ${path.relative(process.cwd(), out)} (${Date.now() - started} ms)`,
    );
  return result;
}

/** True when `out` is missing or older than the package, the overlays or this script. */
export function isStale(out = DEFAULT_OUT) {
  if (!fs.existsSync(out)) return true;
  let current;
  try {
    current = readJson(out);
  } catch {
    return true;
  }
  const kmDir = findPackageDir(PKG, ROOT);
  const kmVersion = readJson(path.join(kmDir, 'package.json')).version;
  if (current.source !== `${PKG}@${kmVersion}`) return true;
  const mtime = fs.statSync(out).mtimeMs;
  const inputs = [
    fileURLToPath(import.meta.url),
    ...fs.readdirSync(path.join(HERE, 'overlays')).map((f) => path.join(HERE, 'overlays', f)),
  ];
  return inputs.some((f) => fs.statSync(f).mtimeMs > mtime);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outIdx = args.indexOf('--out');
  const out = outIdx >= 0 ? path.resolve(args[outIdx + 1]) : DEFAULT_OUT;
  if (args.includes('--if-stale') && !isStale(out)) {
    console.log(`schemas: ${path.relative(process.cwd(), out)} is up to date`);
  } else {
    await generate({ out });
  }
}
