import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/rules';
import { rulesSettingSchema } from '../../server/src/rules/settingSchema';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const setting = pkg.contributes.configuration.properties['k8sense.rules'];

test('package.json: the k8sense.rules schema is generated from the rules (regenerate with: node scripts/rules-doc.mjs)', () => {
  assert.deepEqual(setting, rulesSettingSchema());
});

test('the k8sense.rules schema lists every rule id with its title and default, and the severities it takes', () => {
  assert.deepEqual(
    Object.keys(setting.properties),
    RULES.map((r) => r.id),
  );
  const tag = setting.properties['k8s/image-tag'];
  assert.deepEqual(tag.enum, ['error', 'warning', 'info', 'off']);
  const rule = RULES.find((r) => r.id === 'k8s/image-tag')!;
  assert.equal(tag.description, `${rule.title}. Default: ${rule.defaultOff ? `off (${rule.severity} when enabled)` : rule.severity}.`);
  assert.ok(tag.markdownDescription.endsWith(rule.doc));
  // other diagnostic codes (schema/…, yaml/…) can still be re-graded
  assert.deepEqual(setting.additionalProperties, { type: 'string', enum: ['error', 'warning', 'info', 'off'] });
});
