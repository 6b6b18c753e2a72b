// Writes docs/rules.md from the rules' docs: node scripts/rules-doc.mjs (test/rules/rulesDoc.test.ts checks it is current).
import { tsImport } from 'tsx/esm/api';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const { renderRulesDoc } = await tsImport('../server/src/rules/doc.ts', import.meta.url);
writeFileSync(join(root, 'docs/rules.md'), renderRulesDoc());
console.log('wrote docs/rules.md');
