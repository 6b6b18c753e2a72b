import { RULES } from './index';

const SEVERITIES = ['error', 'warning', 'info', 'off'];

/** The package.nls key of a rule's description: VS Code's %key% names take no "/". */
export const ruleNlsKey = (id: string, part: 'description' | 'markdownDescription') => `k8sense.rules.${id.replace('/', '.')}.${part}`;
const SETTING_KEY = 'k8sense.rules.markdownDescription';

/**
 * The JSON schema of the `k8sense.rules` setting: every rule id with its title, default and doc,
 * and the severities it takes, so that VS Code's settings.json completion offers them. Other
 * diagnostic codes (schema/…, yaml/…) are accepted too. The texts are %keys% of package.nls.json
 * (and .ko.json; see rulesSettingNls), which VS Code resolves in its display language.
 * scripts/rules-doc.mjs writes it into package.json; test/rules/settingSchema.test.ts keeps it current.
 */
export function rulesSettingSchema(): Record<string, unknown> {
  return {
    type: 'object',
    default: {},
    properties: Object.fromEntries(
      RULES.map((r) => [
        r.id,
        {
          type: 'string',
          enum: SEVERITIES,
          description: `%${ruleNlsKey(r.id, 'description')}%`,
          markdownDescription: `%${ruleNlsKey(r.id, 'markdownDescription')}%`,
        },
      ]),
    ),
    additionalProperties: { type: 'string', enum: SEVERITIES },
    markdownDescription: `%${SETTING_KEY}%`,
  };
}

/**
 * The texts behind those %keys%: English from the rules, Korean from l10n/rules.ko.json (the rule
 * titles) and l10n/rules.ko.docs.json (the doc paragraphs), so a learner reads the whole rule in Korean.
 */
export function rulesSettingNls(
  lang: 'en' | 'ko',
  koTitles: Record<string, string> = {},
  koDocs: Record<string, string> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of RULES) {
    const title = lang === 'ko' ? koTitles[r.id] : r.title;
    if (!title) throw new Error(`no Korean title for ${r.id} in l10n/rules.ko.json`);
    const doc = lang === 'ko' ? koDocs[r.id] : r.doc;
    if (!doc) throw new Error(`no Korean doc for ${r.id} in l10n/rules.ko.docs.json`);
    const sev = r.defaultOff ? (lang === 'ko' ? `off(켜면 ${r.severity})` : `off (${r.severity} when enabled)`) : r.severity;
    const dflt = lang === 'ko' ? `기본값: ${sev}.` : `Default: ${sev}.`;
    out[ruleNlsKey(r.id, 'description')] = `${title}. ${dflt}`;
    out[ruleNlsKey(r.id, 'markdownDescription')] = `**${title}.** ${dflt}\n\n${doc}`;
  }
  out[SETTING_KEY] =
    lang === 'ko'
      ? '규칙 id별 심각도(`error`, `warning`, `info`, `off`). 예: `{ "k8s/image-tag": "off" }`. 모든 규칙은 docs/rules.md에 있고, `schema/field-version` 같은 진단 코드도 심각도를 바꿀 수 있습니다.'
      : 'Severity per rule id (`error`, `warning`, `info` or `off`), e.g. `{ "k8s/image-tag": "off" }`. Every rule is listed in docs/rules.md; diagnostic codes such as `schema/field-version` can be re-graded too.';
  return out;
}
