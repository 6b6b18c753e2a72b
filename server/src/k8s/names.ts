import { t } from '../l10n';
/**
 * Kubernetes' name and label syntax (k8s.io/apimachinery/pkg/util/validation), with reasons in
 * plain words. Each check returns the list of what is wrong; empty = valid.
 */

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN_PART = LABEL;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

export const DNS1123_LABEL_MAX = 63;
export const DNS1123_SUBDOMAIN_MAX = 253;
export const IANA_SVC_NAME_MAX = 15;

function length(value: string, max: number): string[] {
  return value.length > max ? [t`it is ${value.length} characters long, the limit is ${max}`] : [];
}

function charReasons(value: string, allowDots: boolean, mustStartWithLetter = false): string[] {
  const out: string[] = [];
  if (/[A-Z]/.test(value)) out.push(t('it contains uppercase letters (only lowercase is allowed)'));
  const bad = [...new Set(value.replace(allowDots ? /[-a-zA-Z0-9.]/g : /[-a-zA-Z0-9]/g, ''))];
  if (bad.length)
    out.push(
      t`it contains ${bad.map((c) => (c === ' ' ? t('a space') : `"${c}"`)).join(', ')} (only lowercase letters, digits, "-"${allowDots ? t(' and "."') : ''} are allowed)`,
    );
  if (mustStartWithLetter && /^[0-9]/.test(value)) out.push(t('it must start with a letter'));
  else if (/^[^a-zA-Z0-9]/.test(value)) out.push(t('it must start with a letter or digit'));
  if (/[^a-zA-Z0-9]$/.test(value)) out.push(t('it must end with a letter or digit'));
  return out;
}

function dnsLabel(value: string, re: RegExp, mustStartWithLetter: boolean): string[] {
  if (value === '') return [t('it is empty')];
  const out = length(value, DNS1123_LABEL_MAX);
  if (!re.test(value)) {
    const reasons = charReasons(value, false, mustStartWithLetter);
    out.push(...(reasons.length ? reasons : [t('it is not a valid DNS label')]));
  }
  return out;
}

/** RFC 1123 label: namespaces, container, volume and (Service) port names. */
export function dns1123Label(value: string): string[] {
  return dnsLabel(value, LABEL, false);
}

/** RFC 1035 label: Service names (must start with a letter). */
export function dns1035Label(value: string): string[] {
  return dnsLabel(value, DNS1035, true);
}

/** RFC 1123 subdomain: most object names (dot-separated labels, 253 characters in all). */
export function dns1123Subdomain(value: string): string[] {
  if (value === '') return [t('it is empty')];
  const out = length(value, DNS1123_SUBDOMAIN_MAX);
  if (!value.split('.').every((p) => SUBDOMAIN_PART.test(p))) {
    const reasons = charReasons(value, true);
    out.push(...(reasons.length ? reasons : [t('each dot-separated part must start and end with a letter or digit')]));
  }
  return out;
}

/** IANA service name: container port names, named target ports (≤ 15, lowercase, at least one letter). */
export function ianaSvcName(value: string): string[] {
  if (value === '') return [t('it is empty')];
  const out = length(value, IANA_SVC_NAME_MAX);
  if (!/^[-a-z0-9]+$/.test(value)) out.push(...charReasons(value, false).filter((r) => !r.startsWith('it must')));
  if (!/[a-z]/.test(value)) out.push(t('it must contain at least one letter'));
  if (value.includes('--')) out.push(t('it must not contain two hyphens in a row'));
  if (value.startsWith('-') || value.endsWith('-')) out.push(t('it must not start or end with a hyphen'));
  return out;
}

/** Names of RBAC objects are path segments: anything but `.`, `..`, `/` and `%`. */
export function pathSegmentName(value: string): string[] {
  if (value === '') return [t('it is empty')];
  if (value === '.' || value === '..') return [t`it may not be "${value}"`];
  const bad = [...value].filter((c) => c === '/' || c === '%');
  return bad.length ? [t`it may not contain ${[...new Set(bad)].map((c) => `"${c}"`).join(t(' or '))}`] : [];
}

/** Label and annotation keys: an optional DNS-subdomain prefix and `/`, then a name of ≤ 63 characters. */
export function qualifiedName(value: string): string[] {
  const parts = value.split('/');
  if (parts.length > 2) return [t('it may contain at most one "/" (prefix/name)')];
  const out: string[] = [];
  const name = parts[parts.length - 1];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix === '') out.push(t('the prefix before "/" is empty'));
    else out.push(...dns1123Subdomain(prefix).map((r) => t`its prefix "${prefix}" is not a valid DNS subdomain: ${r}`));
  }
  if (name === '') out.push(t('the name part is empty'));
  else {
    if (name.length > DNS1123_LABEL_MAX) out.push(t`the name part is ${name.length} characters long, the limit is ${DNS1123_LABEL_MAX}`);
    if (!QUALIFIED_NAME.test(name)) {
      out.push(t('the name part must consist of letters, digits, "-", "_" or ".", and start and end with a letter or digit'));
    }
  }
  return out;
}

/** Label values: empty, or ≤ 63 letters, digits, `-`, `_`, `.`, starting and ending with a letter or digit. */
export function labelValue(value: string): string[] {
  if (value === '') return [];
  const out = length(value, DNS1123_LABEL_MAX);
  if (!QUALIFIED_NAME.test(value))
    out.push(t('it must consist of letters, digits, "-", "_" or ".", and start and end with a letter or digit'));
  return out;
}

/** A close valid spelling for a DNS name: lowercase, other characters as `-`, trimmed; undefined if none. */
export function suggestDnsName(value: string, max: number, allowDots: boolean): string | undefined {
  let s = value.toLowerCase().replace(allowDots ? /[^-a-z0-9.]+/g : /[^-a-z0-9]+/g, '-');
  s = s
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, max)
    .replace(/[^a-z0-9]+$/, '');
  return s && s !== value ? s : undefined;
}

// ---- Object names by kind (ValidateObjectMeta with each kind's name function) ----------------

export type NameSyntax = 'subdomain' | 'label' | 'dns1035' | 'path';

const NAME_SYNTAX: Record<string, NameSyntax> = {
  // A DNS-1123 label since 1.36 (RelaxedServiceNameValidation, beta and on by default): it may start with a digit.
  Service: 'label',
  Namespace: 'label',
  // ValidateStatefulSetName: a DNS label (its pods are named "<name>-<ordinal>" and get it as their hostname).
  StatefulSet: 'label',
  Role: 'path',
  ClusterRole: 'path',
  RoleBinding: 'path',
  ClusterRoleBinding: 'path',
};
const SUBDOMAIN_KINDS = [
  'Pod',
  'PodTemplate',
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'Endpoints',
  'LimitRange',
  'ResourceQuota',
  'ReplicationController',
  'Node',
  'Deployment',
  'ReplicaSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'Ingress',
  'IngressClass',
  'NetworkPolicy',
  'StorageClass',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'PriorityClass',
  'RuntimeClass',
  'Lease',
  'EndpointSlice',
];
for (const kind of SUBDOMAIN_KINDS) NAME_SYNTAX[kind] = 'subdomain';

/** Groups of the built-in API (custom resources may reuse a built-in kind name with other rules). */
const BUILTIN_GROUPS = new Set([
  '',
  'apps',
  'batch',
  'extensions',
  'networking.k8s.io',
  'storage.k8s.io',
  'autoscaling',
  'policy',
  'scheduling.k8s.io',
  'node.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'rbac.authorization.k8s.io',
]);

// Getters: translated in the language of the moment, not at import.
export const NAME_SYNTAX_WHAT: Record<NameSyntax, string> = {
  get subdomain() {
    return t('a DNS subdomain (lowercase letters, digits, "-" and ".", at most 253 characters)');
  },
  get label() {
    return t('a DNS label (lowercase letters, digits and "-", at most 63 characters)');
  },
  get dns1035() {
    return t('a DNS label that starts with a letter (lowercase letters, digits and "-", at most 63 characters)');
  },
  get path() {
    return t('usable in a URL path (no "/" or "%", not "." or "..")');
  },
};

/** The CronJob controller appends an 11-character suffix to create Job names, which are limited to 63. */
export const CRONJOB_NAME_MAX = 52;

/** The syntax the API server checks `metadata.name` of a built-in kind with; undefined for custom resources. */
export function objectNameSyntax(group: string, kind: string): NameSyntax | undefined {
  return BUILTIN_GROUPS.has(group) ? NAME_SYNTAX[kind] : undefined;
}

/** What is wrong with `name` as the name of a `kind` object of this syntax (empty = valid). */
export function objectNameProblems(kind: string, syntax: NameSyntax, name: string): string[] {
  const problems =
    syntax === 'subdomain'
      ? dns1123Subdomain(name)
      : syntax === 'label'
        ? dns1123Label(name)
        : syntax === 'dns1035'
          ? dns1035Label(name)
          : pathSegmentName(name);
  if (kind === 'CronJob' && name.length > CRONJOB_NAME_MAX && !problems.some((p) => p.includes('characters long'))) {
    problems.push(
      t`it is ${name.length} characters long, the limit for a CronJob is ${CRONJOB_NAME_MAX} (its Jobs are named "<name>-<11-character timestamp>", at most 63 characters)`,
    );
  }
  return problems;
}
