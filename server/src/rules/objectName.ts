import { dns1035Label, dns1123Label, dns1123Subdomain, pathSegmentName, suggestDnsName } from '../k8s/names';
import { apiGroup, getIn, isPlaceholder, mapIn, replaceScalar, stringValue } from './nodes';
import { reasons } from './text';
import type { DocumentRule } from './types';

type NameSyntax = 'subdomain' | 'label' | 'dns1035' | 'path';

/** How the API server validates `metadata.name`, by kind (only built-in kinds; custom resources are left alone). */
const NAME_SYNTAX: Record<string, NameSyntax> = {
  Service: 'dns1035',
  Namespace: 'label',
  Role: 'path',
  ClusterRole: 'path',
  RoleBinding: 'path',
  ClusterRoleBinding: 'path',
};
const SUBDOMAIN_KINDS = [
  'Pod', 'PodTemplate', 'ConfigMap', 'Secret', 'ServiceAccount', 'PersistentVolume', 'PersistentVolumeClaim', 'Endpoints',
  'LimitRange', 'ResourceQuota', 'ReplicationController', 'Node', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet',
  'Job', 'CronJob', 'Ingress', 'IngressClass', 'NetworkPolicy', 'StorageClass', 'HorizontalPodAutoscaler',
  'PodDisruptionBudget', 'PriorityClass', 'RuntimeClass', 'Lease', 'EndpointSlice',
];
for (const kind of SUBDOMAIN_KINDS) NAME_SYNTAX[kind] = 'subdomain';

/** Groups of the built-in API (custom resources may reuse a built-in kind name with other rules). */
const BUILTIN_GROUPS = new Set(['', 'apps', 'batch', 'extensions', 'networking.k8s.io', 'storage.k8s.io', 'autoscaling', 'policy', 'scheduling.k8s.io', 'node.k8s.io', 'coordination.k8s.io', 'discovery.k8s.io', 'rbac.authorization.k8s.io']);

const WHAT: Record<NameSyntax, string> = {
  subdomain: 'a DNS subdomain (lowercase letters, digits, "-" and ".", at most 253 characters)',
  label: 'a DNS label (lowercase letters, digits and "-", at most 63 characters)',
  dns1035: 'a DNS label that starts with a letter (lowercase letters, digits and "-", at most 63 characters)',
  path: 'usable in a URL path (no "/" or "%", not "." or "..")',
};

/** The CronJob controller appends an 11-character suffix to create Job names, which are limited to 63. */
const CRONJOB_NAME_MAX = 52;

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
    if (!kind || !BUILTIN_GROUPS.has(apiGroup(doc.apiVersion) ?? '-')) return;
    const syntax = NAME_SYNTAX[kind];
    const node = getIn(doc.root, 'metadata', 'name');
    const name = stringValue(node);
    if (!syntax || !node || name === undefined || name === '' || isPlaceholder(name)) return;
    if (!mapIn(doc.root, 'metadata')) return;
    const problems =
      syntax === 'subdomain' ? dns1123Subdomain(name) : syntax === 'label' ? dns1123Label(name) : syntax === 'dns1035' ? dns1035Label(name) : pathSegmentName(name);
    if (kind === 'CronJob' && name.length > CRONJOB_NAME_MAX && !problems.some((p) => p.includes('characters long'))) {
      problems.push(`it is ${name.length} characters long, the limit for a CronJob is ${CRONJOB_NAME_MAX} (its Jobs are named "<name>-<11-character timestamp>", at most 63 characters)`);
    }
    if (!problems.length) return;
    let suggestion = syntax === 'path' ? undefined : suggestDnsName(name, kind === 'CronJob' ? CRONJOB_NAME_MAX : syntax === 'subdomain' ? 253 : 63, syntax === 'subdomain');
    if (suggestion && syntax === 'dns1035') suggestion = suggestion.replace(/^[0-9-]+/, '') || undefined;
    report(node, `${kind} name "${name}" is not valid: ${reasons(problems)}; it must be ${WHAT[syntax]}`, {
      fixes: suggestion ? [{ title: `Rename to "${suggestion}"`, edits: [replaceScalar(node, suggestion)] }] : undefined,
    });
  },
};
