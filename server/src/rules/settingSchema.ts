import { RULES } from './index';

const SEVERITIES = ['error', 'warning', 'info', 'off'];

/**
 * The JSON schema of the `k8sense.rules` setting: every rule id with its title, default and doc,
 * and the severities it takes, so that VS Code's settings.json completion offers them. Other
 * diagnostic codes (schema/…, yaml/…) are accepted too. scripts/rules-doc.mjs writes it into
 * package.json; test/rules/settingSchema.test.ts keeps it current.
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
          description: `${r.title}. Default: ${r.defaultOff ? `off (${r.severity} when enabled)` : r.severity}.`,
          markdownDescription: `**${r.title}.** Default: ${r.defaultOff ? `off (${r.severity} when enabled)` : r.severity}.\n\n${r.doc}`,
        },
      ]),
    ),
    additionalProperties: { type: 'string', enum: SEVERITIES },
    markdownDescription:
      'Severity per rule id (`error`, `warning`, `info` or `off`), e.g. `{ "k8s/image-tag": "off" }`. Every rule is listed in docs/rules.md; diagnostic codes such as `schema/field-version` can be re-graded too.',
  };
}
