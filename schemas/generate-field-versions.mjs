#!/usr/bin/env node
// Generates schemas/generated/field-versions.json: for each built-in definition, the fields that
// appeared after the oldest snapshot, with the first snapshot that has them. Snapshots are the
// pinned npm aliases of kubernetes-models and kubernetes-types (package.json), one per Kubernetes
// release they carry; only field names are read (the TypeScript declarations), so either package
// family will do. Releases without a snapshot (1.28, 1.31, 1.32, 1.34, 1.35) are gaps: a field first
// seen in 1.33 after 1.30 is written "1.30-1.33" (added in 1.31, 1.32 or 1.33).
//
// Usage: node schemas/generate-field-versions.mjs [--if-stale]

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { DEFAULT_OUT as CORE_OUT, camelToDefinitionName, findPackageDir, listFiles, readJson } from './generate.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
export const FIELD_VERSIONS_OUT = path.join(HERE, 'generated', 'field-versions.json');

/** Oldest first. `km`: a kubernetes-models alias, `kt`: a kubernetes-types alias. */
export const SNAPSHOTS = [
  { version: '1.25', km: 'kubernetes-models-1.25', kt: 'kubernetes-types-1.25' },
  { version: '1.26', kt: 'kubernetes-types-1.26' },
  { version: '1.27', km: 'kubernetes-models-1.27' },
  { version: '1.29', kt: 'kubernetes-types-1.29' },
  { version: '1.30', kt: 'kubernetes-types-1.30' },
  { version: '1.33', km: 'kubernetes-models-1.33' },
  { version: '1.36', km: 'kubernetes-models' },
];

function propertyNames(members) {
  const out = [];
  for (const m of members) {
    if (ts.isPropertySignature(m) && m.name && (ts.isStringLiteral(m.name) || ts.isIdentifier(m.name))) out.push(m.name.text);
  }
  return out;
}

/** kubernetes-models: `export [type] { IPodSpec as IIoK8sApiCoreV1PodSpec, … }` names each interface. */
function readModels(dir, into) {
  for (const file of listFiles(dir, (n) => n.endsWith('.d.ts') && n !== 'index.d.ts')) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const alias = new Map();
    for (const st of sf.statements) {
      if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause))
        for (const el of st.exportClause.elements)
          if (el.name.text.startsWith('IIoK8s')) alias.set((el.propertyName ?? el.name).text, el.name.text.slice(1));
    }
    for (const st of sf.statements) {
      if (!ts.isInterfaceDeclaration(st)) continue;
      const camel = alias.get(st.name.text) ?? (st.name.text.startsWith('IIoK8s') ? st.name.text.slice(1) : undefined);
      if (!camel) continue;
      let name;
      try {
        name = camelToDefinitionName(camel);
      } catch {
        continue;
      }
      const set = into.get(name) ?? new Set();
      for (const p of propertyNames(st.members)) set.add(p);
      into.set(name, set);
    }
  }
}

/** kubernetes-types: `<group>/<version>.d.ts` with `export interface PodSpec`. */
const KT_GROUPS = {
  core: 'io.k8s.api.core',
  meta: 'io.k8s.apimachinery.pkg.apis.meta',
  apiextensions: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions',
  apiregistration: 'io.k8s.kube-aggregator.pkg.apis.apiregistration',
};
function readTypes(dir, into) {
  for (const group of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!group.isDirectory() || group.name === 'node_modules' || group.name === 'api') continue;
    for (const f of fs.readdirSync(path.join(dir, group.name))) {
      const m = /^(v\d+(?:(?:alpha|beta)\d+)?)\.d\.ts$/.exec(f);
      if (!m) continue;
      const prefix = `${KT_GROUPS[group.name] ?? `io.k8s.api.${group.name}`}.${m[1]}`;
      const file = path.join(dir, group.name, f);
      const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      for (const st of sf.statements) {
        if (!ts.isInterfaceDeclaration(st)) continue;
        const name = `${prefix}.${st.name.text}`;
        const set = into.get(name) ?? new Set();
        for (const p of propertyNames(st.members)) set.add(p);
        into.set(name, set);
      }
    }
  }
}

function snapshotFields(s) {
  const fields = new Map(); // definition -> Set(property)
  if (s.km) {
    const km = findPackageDir(s.km, ROOT);
    readModels(km, fields);
    readModels(findPackageDir('@kubernetes-models/apimachinery', km), fields);
  }
  if (s.kt) readTypes(findPackageDir(s.kt, ROOT), fields);
  return fields;
}

function sourcesOf() {
  return SNAPSHOTS.map((s) => ({
    version: s.version,
    packages: [s.km, s.kt].filter(Boolean).map((a) => `${a}=${readJson(path.join(findPackageDir(a, ROOT), 'package.json')).version}`),
  }));
}

export function generateFieldVersions({ out = FIELD_VERSIONS_OUT, quiet = false } = {}) {
  const started = Date.now();
  const core = readJson(CORE_OUT);
  const snapshots = SNAPSHOTS.map((s) => ({ version: s.version, fields: snapshotFields(s) }));
  const fields = {};
  let count = 0;
  for (const [name, def] of Object.entries(core.definitions)) {
    if (!def.properties) continue;
    const defFirst = snapshots.findIndex((s) => s.fields.has(name));
    if (defFirst === -1) continue; // synthesized (List, removed apiVersions)
    for (const prop of Object.keys(def.properties)) {
      const i = snapshots.findIndex((s, j) => j >= defFirst && s.fields.get(name)?.has(prop));
      // present since the definition appeared: its parent field (or its kind) carries the news
      if (i <= defFirst) continue;
      const seen = snapshots[i].version;
      const before = snapshots[i - 1].version;
      const [, bMinor] = before.split('.').map(Number);
      const [, sMinor] = seen.split('.').map(Number);
      (fields[name] ??= {})[prop] = sMinor - bMinor > 1 ? `${before}-${seen}` : seen;
      count++;
    }
  }
  const result = { oldest: SNAPSHOTS[0].version, newest: SNAPSHOTS[SNAPSHOTS.length - 1].version, snapshots: sourcesOf(), fields };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(result));
  if (!quiet)
    console.log(
      `schemas: ${count} fields newer than Kubernetes ${result.oldest} -> ${path.relative(process.cwd(), out)} (${Date.now() - started} ms)`,
    );
  return result;
}

export function isFieldVersionsStale(out = FIELD_VERSIONS_OUT) {
  if (!fs.existsSync(out) || !fs.existsSync(CORE_OUT)) return true;
  let current;
  try {
    current = readJson(out);
  } catch {
    return true;
  }
  if (JSON.stringify(current.snapshots) !== JSON.stringify(sourcesOf())) return true;
  const mtime = fs.statSync(out).mtimeMs;
  return [fileURLToPath(import.meta.url), CORE_OUT].some((f) => fs.statSync(f).mtimeMs > mtime);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && !isFieldVersionsStale()) console.log('schemas: field versions are up to date');
  else generateFieldVersions();
}
