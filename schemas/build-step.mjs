// Build step for the schemas: regenerates schemas/generated/kubernetes.json, the bundled
// custom-resource schemas (schemas/generated/crds/) and the field → first release table
// (schemas/generated/field-versions.json) when missing or stale, and copies them to
// <distDir>/schemas/, where the bundled server/CLI (dist/*.js) look for them.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_OUT, generate, isStale } from './generate.mjs';
import { CRDS_OUT_DIR, generateCrds, isCrdsStale } from './generate-crds.mjs';
import { FIELD_VERSIONS_OUT, generateFieldVersions, isFieldVersionsStale } from './generate-field-versions.mjs';

export async function buildSchemas({ distDir, quiet = false } = {}) {
  if (!distDir) throw new Error('buildSchemas: distDir is required');
  if (isStale(DEFAULT_OUT)) await generate({ out: DEFAULT_OUT, quiet });
  if (isCrdsStale(CRDS_OUT_DIR)) await generateCrds({ outDir: CRDS_OUT_DIR, quiet });
  if (isFieldVersionsStale(FIELD_VERSIONS_OUT)) generateFieldVersions({ out: FIELD_VERSIONS_OUT, quiet });
  const target = path.join(distDir, 'schemas', 'kubernetes.json');
  fs.mkdirSync(path.join(distDir, 'schemas', 'crds'), { recursive: true });
  fs.copyFileSync(DEFAULT_OUT, target);
  fs.copyFileSync(FIELD_VERSIONS_OUT, path.join(distDir, 'schemas', 'field-versions.json'));
  for (const f of fs.readdirSync(CRDS_OUT_DIR))
    if (f.endsWith('.json')) fs.copyFileSync(path.join(CRDS_OUT_DIR, f), path.join(distDir, 'schemas', 'crds', f));
  return target;
}
