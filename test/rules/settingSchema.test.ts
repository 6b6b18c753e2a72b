import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/rules';
import { ruleNlsKey, rulesSettingNls, rulesSettingSchema } from '../../server/src/rules/settingSchema';

const read = (f: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', f), 'utf8'));
const pkg = read('package.json');
const nls = read('package.nls.json') as Record<string, string>;
const nlsKo = read('package.nls.ko.json') as Record<string, string>;
const setting = pkg.contributes.configuration.properties['k8sense.rules'];
/** A %key% of package.json as VS Code shows it in a display language. */
const resolve = (v: string, bundle: Record<string, string>) => bundle[/^%([\w.-]+)%$/.exec(v)?.[1] ?? ''] ?? v;

test('package.json and package.nls(.ko).json: the k8sense.rules schema and its texts are generated from the rules (regenerate with: node scripts/rules-doc.mjs)', () => {
  assert.deepEqual(setting, rulesSettingSchema());
  const en = rulesSettingNls('en');
  const ko = rulesSettingNls('ko', read('l10n/rules.ko.json'));
  assert.deepEqual(Object.fromEntries(Object.keys(en).map((k) => [k, nls[k]])), en);
  assert.deepEqual(Object.fromEntries(Object.keys(ko).map((k) => [k, nlsKo[k]])), ko);
});

test('the k8sense.rules schema lists every rule id with its title and default, and the severities it takes', () => {
  assert.deepEqual(
    Object.keys(setting.properties),
    RULES.map((r) => r.id),
  );
  const tag = setting.properties['k8s/image-tag'];
  assert.deepEqual(tag.enum, ['error', 'warning', 'info', 'off']);
  assert.equal(tag.description, '%k8sense.rules.k8s.image-tag.description%');
  const rule = RULES.find((r) => r.id === 'k8s/image-tag')!;
  assert.equal(resolve(tag.description, nls), 'Images name a version. Default: warning.');
  assert.ok(resolve(tag.markdownDescription, nls).endsWith(`\n\n${rule.doc}`));
  const off = RULES.find((r) => r.defaultOff)!;
  assert.equal(resolve(setting.properties[off.id].description, nls), `${off.title}. Default: off (${off.severity} when enabled).`);
  // other diagnostic codes (schema/…, yaml/…) can still be re-graded
  assert.deepEqual(setting.additionalProperties, { type: 'string', enum: ['error', 'warning', 'info', 'off'] });
});

test('every rule has its description in Korean (the settings UI in the Korean display language)', () => {
  assert.equal(resolve(setting.properties['k8s/image-tag'].description, nlsKo), '이미지에 버전을 적습니다. 기본값: warning.');
  assert.equal(
    resolve(setting.properties['k8s/pvc-unsatisfiable'].markdownDescription, nlsKo).split('\n')[0],
    '**클레임이 범위 안의 퍼시스턴트 볼륨에 바인딩될 수 있습니다.** 기본값: warning.',
  );
  const texts = [
    setting.markdownDescription,
    ...RULES.flatMap((r) => [ruleNlsKey(r.id, 'description'), ruleNlsKey(r.id, 'markdownDescription')].map((k) => `%${k}%`)),
  ];
  const notKorean = texts.filter((v) => !/[\uac00-\ud7a3]/.test(resolve(v, nlsKo)));
  assert.deepEqual(notKorean, [], 'add the rule title to l10n/rules.ko.json and run node scripts/rules-doc.mjs');
});
