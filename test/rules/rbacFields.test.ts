// ValidatePolicyRule, ValidateClusterRoleSpec, ValidateRoleBindingSpec, ValidateClusterRoleBindingSpec, ValidateRoleBindingSubject
// (pkg/apis/rbac/validation/validation.go).
import { rule } from '../../server/src/rules/rbacFields';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const R = 'apiVersion: rbac.authorization.k8s.io/v1';
const role = (kind: string, rules: string, more = '') => `${R}\nkind: ${kind}\nmetadata: {name: r}\n${more}rules:\n${rules}`;
const binding = (kind: string, ref: string, subjects: string) =>
  `${R}\nkind: ${kind}\nmetadata: {name: b}\nroleRef: ${ref}\nsubjects:\n${subjects}`;
const REF = '{apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}';

ruleTester(rule, {
  valid: [
    {
      // ValidatePolicyRule: one verb, one group ("" is the core group), one resource; a ClusterRole may use nonResourceURLs alone.
      name: 'boundary: a rule with one verb, the core group and one resource; nonResourceURLs alone in a ClusterRole; every subject kind',
      boundary: true,
      code:
        role('Role', '  - {verbs: [get], apiGroups: [""], resources: [pods]}\n') +
        '---\n' +
        role('ClusterRole', '  - {verbs: [get], nonResourceURLs: [/healthz]}\n') +
        '---\n' +
        binding(
          'ClusterRoleBinding',
          REF,
          '  - {kind: ServiceAccount, name: default, namespace: kube-system}\n  - {kind: User, name: jane, apiGroup: rbac.authorization.k8s.io}\n  - {kind: Group, name: devs, apiGroup: rbac.authorization.k8s.io}\n',
        ),
    },
    {
      name: 'an aggregated ClusterRole with an empty rules list; a RoleBinding to a Role and a ServiceAccount without namespace',
      code:
        `${R}\nkind: ClusterRole\nmetadata: {name: agg}\naggregationRule:\n  clusterRoleSelectors: [{matchLabels: {agg: "true"}}]\nrules: []\n` +
        '---\n' +
        binding('RoleBinding', '{apiGroup: rbac.authorization.k8s.io, kind: Role, name: edit}', '  - {kind: ServiceAccount, name: app}\n'),
    },
  ],
  invalid: [
    at(
      'rbac:ValidatePolicyRule#1, rbac:ValidatePolicyRule#4, rbac:ValidatePolicyRule#5: a rule without verbs, apiGroups or resources',
      role('Role', '  - {verbs: [], resourceNames: [x]}\n'),
      [
        ['verbs', 'rules[0] has no verbs: list what it allows, e.g. [get, list, watch]'],
        ['{verbs: [], resourceNames: [x]}', 'rules[0] has no apiGroups: list the API groups of its resources ("" for the core group)'],
        ['{verbs: [], resourceNames: [x]}', 'rules[0] has no resources: list the resources it applies to'],
      ],
    ),
    at(
      'rbac:ValidatePolicyRule#2 and rbac:ValidatePolicyRule#3: nonResourceURLs in a Role, and mixed with resources',
      role('Role', '  - {verbs: [get], nonResourceURLs: [/metrics], resources: [pods]}\n'),
      [
        ['nonResourceURLs', 'rules[0]: a Role is namespaced and cannot grant nonResourceURLs: use a ClusterRole'],
        ['nonResourceURLs', 'rules[0] mixes nonResourceURLs with apiGroups, resources or resourceNames: put them in separate rules'],
      ],
    ),
    at(
      'rbac:ValidateClusterRoleSpec#1: an aggregationRule without selectors',
      role('ClusterRole', '  - {verbs: [get], apiGroups: [""], resources: [pods]}\n', 'aggregationRule: {clusterRoleSelectors: []}\n'),
      [['aggregationRule', 'aggregationRule needs at least one clusterRoleSelectors entry: the labels of the ClusterRoles to aggregate']],
    ),
    at(
      'rbac:ValidateRoleBindingSpec#1, rbac:ValidateRoleBindingSpec#2, rbac:ValidateRoleBindingSpec#3: roleRef with another group, kind and no name',
      binding(
        'RoleBinding',
        '{apiGroup: rbac.authorization.k8s.io/v1, kind: role, name: ""}',
        '  - {kind: User, name: jane, apiGroup: rbac.authorization.k8s.io}\n',
      ),
      [
        [
          'apiGroup: «rbac.authorization.k8s.io/v1»',
          'roleRef.apiGroup must be rbac.authorization.k8s.io, not "rbac.authorization.k8s.io/v1"',
        ],
        ['kind: «role»', 'roleRef.kind must be Role or ClusterRole, not "role"'],
        ['""', 'roleRef.name must not be empty: name the role to bind'],
      ],
    ),
    at(
      'rbac:ValidateRoleBindingSpec#4, rbac:ValidateClusterRoleBindingSpec#1, rbac:ValidateClusterRoleBindingSpec#2, rbac:ValidateClusterRoleBindingSpec#3, rbac:ValidateClusterRoleBindingSpec#4: role names and a ClusterRoleBinding to a Role',
      binding(
        'RoleBinding',
        '{apiGroup: rbac.authorization.k8s.io, kind: Role, name: a/b}',
        '  - {kind: User, name: jane, apiGroup: rbac.authorization.k8s.io}\n',
      ) +
        '---\n' +
        binding(
          'ClusterRoleBinding',
          '{apiGroup: "", kind: Role, name: ".."}',
          '  - {kind: User, name: jane, apiGroup: rbac.authorization.k8s.io}\n',
        ) +
        '---\n' +
        binding(
          'ClusterRoleBinding',
          '{apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ""}',
          '  - {kind: Group, name: g, apiGroup: rbac.authorization.k8s.io}\n',
        ),
      [
        ['a/b', 'roleRef.name "a/b" is not a valid role name: it may not be "." or "..", nor contain "/" or "%"'],
        ['""', 'roleRef.apiGroup must be rbac.authorization.k8s.io, not ""'],
        ['kind: «Role», name: ".."', 'a ClusterRoleBinding can only bind a ClusterRole, not roleRef.kind "Role"'],
        ['".."', 'roleRef.name ".." is not a valid role name: it may not be "." or "..", nor contain "/" or "%"'],
        ['""', 'roleRef.name must not be empty: name the role to bind', 1],
      ],
    ),
    at(
      'rbac:ValidateRoleBindingSubject#1 to rbac:ValidateRoleBindingSubject#7 (rbac:ValidateRoleBindingSubject#2, rbac:ValidateRoleBindingSubject#3, rbac:ValidateRoleBindingSubject#4, rbac:ValidateRoleBindingSubject#5, rbac:ValidateRoleBindingSubject#6): subjects',
      binding(
        'ClusterRoleBinding',
        REF,
        '  - {kind: ServiceAccount, name: ""}\n  - {kind: ServiceAccount, name: App_SA, apiGroup: v1, namespace: ns}\n  - {kind: User, name: jane}\n  - {kind: Group, name: devs, apiGroup: rbac}\n  - {kind: Team, name: t}\n',
      ),
      [
        ['""', 'subjects[0].name must not be empty'],
        ['{«kind»: ServiceAccount, name: ""}', 'subjects[0]: a ServiceAccount subject of a ClusterRoleBinding needs its namespace'],
        ['App_SA', /^subjects\[1\]\.name "App_SA" is not a valid ServiceAccount name: /],
        ['apiGroup: «v1»', 'subjects[1]: a ServiceAccount subject has no apiGroup (it is in the core group): remove it'],
        ['{«kind»: User', 'subjects[2]: a User subject needs apiGroup: rbac.authorization.k8s.io'],
        ['apiGroup: «rbac»}', 'subjects[3]: a Group subject needs apiGroup: rbac.authorization.k8s.io'],
        ['Team', 'subjects[4].kind must be ServiceAccount, User or Group, not "Team"'],
      ],
    ),
  ],
});
