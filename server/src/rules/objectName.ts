import { CRONJOB_NAME_MAX, NAME_SYNTAX_WHAT as WHAT, objectNameProblems, objectNameSyntax, suggestDnsName } from '../k8s/names';
import { apiGroup, getIn, isPlaceholder, mapIn, replaceScalar, stringValue } from './nodes';
import { reasons } from './text';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const rule: DocumentRule = {
  id: 'k8s/object-name',
  title: 'Object names follow the syntax of their kind',
  severity: 'error',
  scope: 'document',
  doc:
    "`metadata.name` must be a valid name for the object's kind, as the API server checks it (ValidateObjectMeta with each kind's name function): " +
    'most kinds take a DNS-1123 subdomain (lowercase letters, digits, `-` and `.`, starting and ending with a letter or digit, at most 253 characters); ' +
    'a Namespace takes a DNS-1123 label (no dots, at most 63); a Service a DNS-1035 label (a label that starts with a letter); ' +
    'RBAC Roles and bindings any path segment (no `/` or `%`). A CronJob name is limited to 52 characters, because its Jobs are named `<name>-<timestamp>`. ' +
    'Custom resources are not checked. A quick fix offers a valid spelling (lowercase, other characters replaced by `-`).',
  check(doc, report) {
    const kind = doc.kind;
    if (!kind) return;
    const syntax = objectNameSyntax(apiGroup(doc.apiVersion) ?? '-', kind);
    const node = getIn(doc.root, 'metadata', 'name');
    const name = stringValue(node);
    if (!syntax || !node || name === undefined || name === '' || isPlaceholder(name)) return;
    if (!mapIn(doc.root, 'metadata')) return;
    const problems = objectNameProblems(kind, syntax, name);
    if (!problems.length) return;
    let suggestion =
      syntax === 'path'
        ? undefined
        : suggestDnsName(name, kind === 'CronJob' ? CRONJOB_NAME_MAX : syntax === 'subdomain' ? 253 : 63, syntax === 'subdomain');
    if (suggestion && syntax === 'dns1035') suggestion = suggestion.replace(/^[0-9-]+/, '') || undefined;
    report(node, t`${kind} name "${name}" is not valid: ${reasons(problems)}; it must be ${WHAT[syntax]}`, {
      fixes: suggestion ? [{ title: t`Rename to "${suggestion}"`, edits: [replaceScalar(node, suggestion)] }] : undefined,
    });
  },
};
