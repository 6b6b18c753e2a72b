// Writes docs/rules.md and the `k8sense.rules` setting's schema in package.json from the rules:
// node scripts/rules-doc.mjs (test/rules/rulesDoc.test.ts and settingSchema.test.ts check both are current).
import { tsImport } from 'tsx/esm/api';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const { renderRulesDoc } = await tsImport('../server/src/rules/doc.ts', import.meta.url);
writeFileSync(join(root, 'docs/rules.md'), renderRulesDoc());
console.log('wrote docs/rules.md');

const { rulesSettingSchema } = await tsImport('../server/src/rules/settingSchema.ts', import.meta.url);
const pkgFile = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
pkg.contributes.configuration.properties['k8sense.rules'] = rulesSettingSchema();
writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
console.log('wrote the k8sense.rules schema into package.json');
