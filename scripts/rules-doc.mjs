// Writes docs/rules.md and the `k8sense.rules` setting's schema in package.json from the rules, with its
// texts in package.nls.json and package.nls.ko.json (Korean titles: l10n/rules.ko.json,
// Korean doc paragraphs: l10n/rules.ko.docs.json):
// node scripts/rules-doc.mjs (test/rules/rulesDoc.test.ts and settingSchema.test.ts check all are current).
import { tsImport } from 'tsx/esm/api';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const { renderRulesDoc } = await tsImport('../server/src/rules/doc.ts', import.meta.url);
writeFileSync(join(root, 'docs/rules.md'), renderRulesDoc());
console.log('wrote docs/rules.md');

const { rulesSettingSchema, rulesSettingNls } = await tsImport('../server/src/rules/settingSchema.ts', import.meta.url);
const readJson = (f) => JSON.parse(readFileSync(join(root, f), 'utf8'));
const writeJson = (f, v) => writeFileSync(join(root, f), `${JSON.stringify(v, null, 2)}\n`);
const pkg = readJson('package.json');
pkg.contributes.configuration.properties['k8sense.rules'] = rulesSettingSchema();
writeJson('package.json', pkg);
console.log('wrote the k8sense.rules schema into package.json');

const koTitles = readJson('l10n/rules.ko.json');
const koDocs = readJson('l10n/rules.ko.docs.json');
for (const [file, lang] of [
  ['package.nls.json', 'en'],
  ['package.nls.ko.json', 'ko'],
]) {
  // the hand-written entries stay as they are; the generated k8sense.rules.* ones are replaced
  const kept = Object.entries(readJson(file)).filter(([k]) => !k.startsWith('k8sense.rules.'));
  writeJson(file, { ...Object.fromEntries(kept), ...rulesSettingNls(lang, koTitles, koDocs) });
  console.log(`wrote the k8sense.rules texts into ${file}`);
}
