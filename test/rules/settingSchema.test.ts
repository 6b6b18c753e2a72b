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
const koDocs = read('l10n/rules.ko.docs.json') as Record<string, string>;
const setting = pkg.contributes.configuration.properties['k8sense.rules'];
/** A %key% of package.json as VS Code shows it in a display language. */
const resolve = (v: string, bundle: Record<string, string>) => bundle[/^%([\w.-]+)%$/.exec(v)?.[1] ?? ''] ?? v;

test('package.json and package.nls(.ko).json: the k8sense.rules schema and its texts are generated from the rules (regenerate with: node scripts/rules-doc.mjs)', () => {
  assert.deepEqual(setting, rulesSettingSchema());
  const en = rulesSettingNls('en');
  const ko = rulesSettingNls('ko', read('l10n/rules.ko.json'), koDocs);
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

/** The `code spans` of a markdown text, sorted: field names, values and examples a translation must keep as written. */
const codeSpans = (md: string): string[] => (md.match(/`[^`]*`/g) ?? []).sort();
/** The "quoted" texts outside code spans, sorted: API server messages (English, as kubectl prints them) or k8sense's own labels. */
const quoted = (md: string): string[] => (md.replace(/`[^`]*`/g, '').match(/"[^"]*"/g) ?? []).sort();
const hangul = /[\uac00-\ud7a3]/;

test("every rule's doc paragraph is in Korean (l10n/rules.ko.docs.json) and keeps the English doc's code spans and quoted API messages", () => {
  const missing = RULES.filter((r) => !koDocs[r.id]?.trim()).map((r) => r.id);
  assert.deepEqual(missing, [], "translate the new rule's doc into l10n/rules.ko.docs.json and run node scripts/rules-doc.mjs");
  for (const r of RULES) {
    const ko = koDocs[r.id];
    assert.deepEqual(codeSpans(ko), codeSpans(r.doc), `${r.id}: the Korean doc drops or changes a code span`);
    // API messages stay as written; a quoted k8sense label (a quick fix's title) reads as the Korean UI shows it
    const [koQuoted, enQuoted] = [quoted(ko), quoted(r.doc)];
    assert.equal(koQuoted.length, enQuoted.length, `${r.id}: the Korean doc drops or adds a quoted text`);
    assert.deepEqual(
      koQuoted.filter((q) => !hangul.test(q)).filter((q) => !enQuoted.includes(q)),
      [],
      `${r.id}: the Korean doc changes a quoted API message`,
    );
    // English left untranslated: three Latin words in a row outside code spans and quoted messages
    const prose = ko.replace(/`[^`]*`/g, ' ').replace(/"[^"]*"/g, ' ');
    const english = prose.match(/[A-Za-z][\w.'/-]*(?:[ \t]+[A-Za-z][\w.'/-]*){2,}/g);
    assert.equal(english, null, `${r.id}: English left in the Korean doc`);
    assert.match(ko, hangul, r.id);
  }
});

test("the Korean settings UI shows a rule's Korean doc under its Korean title", () => {
  assert.equal(
    resolve(setting.properties['k8s/memory-unit'].markdownDescription, nlsKo),
    '**바이트 크기에 m(밀리)을 쓰지 않습니다.** 기본값: warning.\n\n' +
      '바이트 크기(메모리, 스토리지, 임시 스토리지, `sizeLimit`)에서 단위 `m`은 밀리를 뜻합니다. 메모리 `128m`은 0.128바이트입니다. ' +
      'API 서버는 이를 받아들이지만, 거의 언제나 `128Mi`(메비바이트)나 `128M`(메가바이트)를 잘못 쓴 것입니다. 빠른 수정이 단위를 `Mi`로 바꿉니다.',
  );
  for (const r of RULES) {
    const md = resolve(setting.properties[r.id].markdownDescription, nlsKo);
    assert.ok(md.endsWith(`\n\n${koDocs[r.id]}`), r.id);
    assert.ok(!md.includes(r.doc), `${r.id}: the English doc is shown in Korean`);
  }
});
