import type { YAMLMap } from 'yaml';
import { dns1123Subdomain, pathSegmentName } from '../k8s/names';
import { get, isBuiltin, itemsOf, keyNode, mapIn, mapItems, stringValue } from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

// The create checks of pkg/apis/rbac/validation for Roles, ClusterRoles and their bindings: ValidatePolicyRule,
// ValidateClusterRoleSpec (aggregationRule), ValidateRoleBindingSpec / ValidateClusterRoleBindingSpec (roleRef) and
// ValidateRoleBindingSubject. The names of roles and bindings themselves are k8s/object-name's.

const GROUP = 'rbac.authorization.k8s.io';
const SUBJECT_KINDS = ['ServiceAccount', 'User', 'Group'];

function checkRule(rule: YAMLMap, where: string, namespaced: boolean, report: Report) {
  const count = (field: string) => itemsOf(get(rule, field)).length;
  if (!count('verbs')) report(keyNode(rule, 'verbs') ?? rule, t`${where} has no verbs: list what it allows, e.g. [get, list, watch]`);
  if (count('nonResourceURLs')) {
    if (namespaced)
      report(keyNode(rule, 'nonResourceURLs')!, t`${where}: a Role is namespaced and cannot grant nonResourceURLs: use a ClusterRole`);
    if (count('apiGroups') || count('resources') || count('resourceNames'))
      report(
        keyNode(rule, 'nonResourceURLs')!,
        t`${where} mixes nonResourceURLs with apiGroups, resources or resourceNames: put them in separate rules`,
      );
    return;
  }
  if (!count('apiGroups'))
    report(keyNode(rule, 'apiGroups') ?? rule, t`${where} has no apiGroups: list the API groups of its resources ("" for the core group)`);
  if (!count('resources')) report(keyNode(rule, 'resources') ?? rule, t`${where} has no resources: list the resources it applies to`);
}

function checkRoleRef(spec: YAMLMap, cluster: boolean, report: Report) {
  const ref = mapIn(spec, 'roleRef');
  if (!ref) return;
  const group = get(ref, 'apiGroup');
  if (group !== undefined && stringValue(group) !== GROUP)
    report(group, t`roleRef.apiGroup must be ${GROUP}, not "${stringValue(group) ?? ''}"`);
  const kind = get(ref, 'kind');
  const allowed = cluster ? ['ClusterRole'] : ['Role', 'ClusterRole'];
  if (kind !== undefined && !allowed.includes(stringValue(kind) ?? ''))
    report(
      kind,
      cluster
        ? t`a ClusterRoleBinding can only bind a ClusterRole, not roleRef.kind "${stringValue(kind) ?? ''}"`
        : t`roleRef.kind must be Role or ClusterRole, not "${stringValue(kind) ?? ''}"`,
    );
  const name = get(ref, 'name');
  const n = stringValue(name);
  if (n === '') report(name, t`roleRef.name must not be empty: name the role to bind`);
  else if (n && pathSegmentName(n).length)
    report(name, t`roleRef.name "${n}" is not a valid role name: it may not be "." or "..", nor contain "/" or "%"`);
}

function checkSubjects(doc: YAMLMap, cluster: boolean, report: Report) {
  for (const { map, index } of mapItems(get(doc, 'subjects'))) {
    const where = `subjects[${index}]`;
    const nameNode = get(map, 'name');
    const name = stringValue(nameNode);
    if (name === '') report(nameNode, t`${where}.name must not be empty`);
    const kindNode = get(map, 'kind');
    const kind = stringValue(kindNode);
    const groupNode = get(map, 'apiGroup');
    const group = stringValue(groupNode) ?? '';
    if (kindNode === undefined) continue;
    if (!SUBJECT_KINDS.includes(kind ?? '')) {
      report(kindNode, t`${where}.kind must be ServiceAccount, User or Group, not "${kind ?? ''}"`);
      continue;
    }
    if (kind === 'ServiceAccount') {
      if (name && dns1123Subdomain(name).length)
        report(nameNode, t`${where}.name "${name}" is not a valid ServiceAccount name: ${dns1123Subdomain(name).join('; ')}`);
      if (group) report(groupNode, t`${where}: a ServiceAccount subject has no apiGroup (it is in the core group): remove it`);
      if (cluster && !stringValue(get(map, 'namespace')))
        report(keyNode(map, 'kind')!, t`${where}: a ServiceAccount subject of a ClusterRoleBinding needs its namespace`);
    } else if (group !== GROUP) report(groupNode ?? keyNode(map, 'kind')!, t`${where}: a ${kind} subject needs apiGroup: ${GROUP}`);
  }
}

export const rule: DocumentRule = {
  id: 'k8s/rbac-fields',
  title: 'RBAC rules, role references and subjects are valid',
  severity: 'error',
  scope: 'document',
  doc:
    'The checks of pkg/apis/rbac/validation: every rule of a Role or ClusterRole lists `verbs`, and either `nonResourceURLs` (ClusterRoles only, without ' +
    "`apiGroups`, `resources` or `resourceNames`) or `apiGroups` and `resources`; an `aggregationRule` has at least one `clusterRoleSelectors` entry. A binding's " +
    '`roleRef` has `apiGroup: rbac.authorization.k8s.io`, `kind` Role or ClusterRole (only ClusterRole for a ClusterRoleBinding) and a name; a subject is a ' +
    '`ServiceAccount` (no apiGroup; a namespace in a ClusterRoleBinding), a `User` or a `Group` (apiGroup rbac.authorization.k8s.io), with a name. ' +
    '(ValidatePolicyRule, ValidateClusterRoleSpec, ValidateRoleBindingSpec, ValidateClusterRoleBindingSpec, ValidateRoleBindingSubject.)',
  check(doc, report) {
    const root = doc.root as YAMLMap | undefined;
    if (!root) return;
    const role = isBuiltin(doc, 'Role', [GROUP]);
    const clusterRole = isBuiltin(doc, 'ClusterRole', [GROUP]);
    if (role || clusterRole) {
      for (const { map, index } of mapItems(get(root, 'rules'))) checkRule(map, `rules[${index}]`, role, report);
      const aggregation = mapIn(root, 'aggregationRule');
      if (clusterRole && aggregation && !itemsOf(get(aggregation, 'clusterRoleSelectors')).length)
        report(
          keyNode(root, 'aggregationRule')!,
          t`aggregationRule needs at least one clusterRoleSelectors entry: the labels of the ClusterRoles to aggregate`,
        );
    }
    const binding = isBuiltin(doc, 'RoleBinding', [GROUP]);
    const clusterBinding = isBuiltin(doc, 'ClusterRoleBinding', [GROUP]);
    if (binding || clusterBinding) {
      checkRoleRef(root, clusterBinding, report);
      checkSubjects(root, clusterBinding, report);
    }
  },
};
