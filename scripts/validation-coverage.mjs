// Keeps docs/validation-coverage.md in step with docs/validation-callsites.tsv: one row per call site that
// the first wave's create-validation reaches, in list order, with the figures at the top. The condition
// and status cells are written by hand in the .md and kept across runs; a new call site gets a row marked
// "not covered". test/rules/validationCoverage.test.ts fails when the .md is not what this would write.
//   node scripts/validation-coverage.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
export const CALLSITES = join(root, 'docs', 'validation-callsites.tsv');
export const COVERAGE = join(root, 'docs', 'validation-coverage.md');

export const NOT_DECIDABLE = 'not decidable offline: ';
export const NOT_COVERED = 'not covered';
export const NOT_REACHABLE = 'not reachable: ';

/** The call sites of the TSV, as objects keyed by its header. */
export function parseCallsites(tsv) {
  const lines = tsv.split('\n').filter((l) => l && !l.startsWith('#'));
  const head = lines.shift().split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [head[i], v])));
}

const ROW = /^\| `([^`]+)` \| (.*?) \| (.*?) \| (.*?) \| (.*?) \|$/;

/** The rows of the coverage table: id → { where, path, condition, status }. */
export function parseCoverage(md) {
  const rows = new Map();
  for (const line of md.split('\n')) {
    const m = ROW.exec(line);
    if (m) rows.set(m[1], { where: m[2], path: m[3], condition: m[4], status: m[5] });
  }
  return rows;
}

/** The rows of the first-wave table and of the second-wave table, each as parseCoverage gives them. */
export function parseSections(md) {
  const at = md.indexOf(SECOND_HEADING);
  return at < 0
    ? { first: parseCoverage(md), second: new Map() }
    : { first: parseCoverage(md.slice(0, at)), second: parseCoverage(md.slice(at)) };
}

export const SECOND_HEADING = '## Second wave';

const cell = (s) => s.replace(/\|/g, '\\|');

function defaultCondition(site) {
  const what = {
    Required: 'missing',
    Invalid: 'invalid',
    NotSupported: 'not one of the supported values',
    Forbidden: 'forbidden',
    Duplicate: 'duplicate',
    TooLong: 'too long',
    TooShort: 'too short',
    TooMany: 'too many',
    TypeInvalid: 'wrong type',
  }[site.kind];
  return cell(site.detail ? `${site.kind} (${what}): ${site.detail}` : `${site.kind} (${what})`);
}

/** The status a status cell counts as. */
export function statusClass(status) {
  if (status.startsWith(NOT_DECIDABLE) || status.startsWith(NOT_REACHABLE)) return 'not decidable';
  if (status === NOT_COVERED) return 'not covered';
  return 'covered';
}

/**
 * The warnings the API server returns on create (pkg/api/pod/warnings.go, pkg/api/service/warnings.go), read at the
 * 1.36 copies named in the doc: [source function, what it warns about, the k8sense rule or why none].
 */
export const CREATE_WARNINGS = [
  [
    'pod warningsForPodSpecAndMeta',
    'deprecated node labels in nodeSelector, node affinity and topologySpreadConstraints (beta.kubernetes.io/os, failure-domain.beta.kubernetes.io/zone, …)',
    'k8s/pod-warnings',
  ],
  ['pod warningsForPodSpecAndMeta', 'a topology spread constraint without labelSelector matches no pod', 'k8s/pod-warnings'],
  [
    'pod warningsForPodAffinityTerms, warningsForWeightedPodAffinityTerms',
    'a pod (anti-)affinity term without labelSelector matches no pod',
    'k8s/pod-warnings',
  ],
  [
    'pod warningsForPodSpecAndMeta',
    'deprecated annotations: scheduler.alpha.kubernetes.io/critical-pod, security.alpha.kubernetes.io/(unsafe-)sysctls',
    'k8s/pod-warnings',
  ],
  [
    'pod warningsForPodSpecAndMeta',
    'removed volume plugins: photonPersistentDisk, scaleIO, flocker, storageos, quobyte, glusterfs, cephfs, rbd',
    'k8s/pod-warnings',
  ],
  ['pod warningsForPodSpecAndMeta', 'gitRepo volume deprecated', 'k8s/git-repo-volume'],
  [
    'pod warningsForPodSpecAndMeta (ephemeral volumeClaimTemplate)',
    'the claim warnings of an ephemeral volume (pkg/api/persistentvolumeclaim)',
    'not covered',
  ],
  [
    'pod warningsForOverlappingVirtualPaths',
    'two items of a configMap/secret/downwardAPI (or projected) volume on one path, or one inside the other',
    'k8s/pod-warnings',
  ],
  ['pod warningsForOverlappingVirtualPaths', 'a projected volume source with nothing in it', 'not covered'],
  ['pod warningsForPodSpecAndMeta', 'a hostAliases IP listed twice', 'k8s/pod-warnings'],
  ['pod warningsForPodSpecAndMeta', 'an imagePullSecret listed twice, or without name', 'k8s/pod-warnings'],
  [
    'pod warningsForPodSpecAndMeta',
    'fractional bytes in memory / ephemeral-storage requests, limits and overhead (e.g. 1.5 or 500m)',
    'k8s/memory-unit (the m suffix; other fractions such as 1.5, and overhead, not covered)',
  ],
  ['pod warningsForPodSpecAndMeta', 'seccomp annotations without the seccompProfile field', 'k8s/pod-warnings'],
  ['pod warningsForPodSpecAndMeta', 'AppArmor annotations on a template without the appArmorProfile field', 'k8s/pod-warnings'],
  ['pod warningsForPodSpecAndMeta', 'an environment variable set twice, the later hiding the first', 'k8s/pod-warnings'],
  ['pod warningsForPodSpecAndMeta', 'hostIP without hostPort', 'k8s/pod-warnings'],
  [
    'pod warningsForPodSpecAndMeta',
    'one port defined by two containers (duplicate; overlapping or ambiguous host ports are not)',
    'k8s/pod-warnings',
  ],
  ['pod warningsForPodSpecAndMeta', 'a negative terminationGracePeriodSeconds, treated as 1', 'k8s/pod-warnings'],
  ['pod field doc (DeprecatedServiceAccount)', 'spec.serviceAccount is deprecated: serviceAccountName', 'k8s/pod-warnings'],
  [
    'persistentvolume warningsForPersistentVolumeSpecAndMeta',
    'the volume.beta.kubernetes.io/storage-class annotation is deprecated',
    'k8s/storage-warnings',
  ],
  ['persistentvolume warningsForPersistentVolumeSpecAndMeta', 'the Recycle reclaim policy is deprecated', 'k8s/pv-recycle'],
  ['persistentvolume warningsForPersistentVolumeSpecAndMeta', 'deprecated node labels in nodeAffinity', 'k8s/storage-warnings'],
  [
    'persistentvolumeclaim GetWarningsForPersistentVolumeClaim',
    'the volume.beta.kubernetes.io/storage-class annotation is deprecated',
    'k8s/storage-warnings',
  ],
  [
    'persistentvolumeclaim GetWarningsForPersistentVolumeClaimSpec',
    'a storage request or limit that is not a whole number of bytes',
    'k8s/storage-warnings (the m suffix: k8s/memory-unit)',
  ],
  ['service GetWarningsForService', 'the service.kubernetes.io/topology-aware-hints annotation is deprecated', 'k8s/service-warnings'],
  [
    'service GetWarningsForService',
    'loadBalancerIP, externalIPs and sessionAffinity ignored by a headless Service',
    'k8s/service-warnings',
  ],
  ['service GetWarningsForService', 'externalIPs deprecated; ignored by an ExternalName Service', 'k8s/service-warnings'],
  ['service GetWarningsForService', 'externalName ignored when type is not ExternalName', 'k8s/service-warnings'],
  ['service GetWarningsForService', 'trafficDistribution PreferClose deprecated (PreferSameZone)', 'k8s/service-warnings'],
  [
    'service GetWarningsForService (GetWarningsForIP)',
    'a clusterIP / loadBalancerIP with leading zeros or IPv4-mapped: an error in 1.36 (StrictIPCIDRValidation on)',
    'k8s/service-warnings (IPv4; IPv6 canonical form not covered)',
  ],
  [
    'service GetWarningsForService (GetWarningsForCIDR)',
    'a loadBalancerSourceRanges CIDR with host bits set is ambiguous',
    'k8s/service-warnings',
  ],
];

export function renderCoverage(tsv, oldMd = '') {
  const old = parseCoverage(oldMd);
  const sites = parseCallsites(tsv).filter((s) => s.reachable === 'yes');
  const sources = tsv
    .split('\n')
    .filter((l) => /^# {3}/.test(l))
    .map((l) => `- ${l.slice(4)}`);
  const toRow = (s) => {
    const prev = old.get(s.id);
    return {
      id: s.id,
      where: `${s.file.replace(/^.*\/pkg\//, 'pkg/')}:${s.line}`,
      path: cell(s.path),
      condition: prev?.condition ?? defaultCondition(s),
      status: prev?.status ?? NOT_COVERED,
    };
  };
  const rows = sites.map(toRow);
  const rows2 = parseCallsites(tsv)
    .filter((s) => s.second === 'yes')
    .map(toRow);
  const figures = (list) => {
    const count = (c) => list.filter((r) => statusClass(r.status) === c).length;
    const covered = count('covered');
    const decidable = list.length - count('not decidable');
    const pct = decidable ? Math.floor((covered / decidable) * 1000) / 10 : 0;
    return `${list.length} rows, ${decidable} decidable, ${covered} covered (${pct}% of the decidable rows)`;
  };
  const table = (list) => [
    '| id | where | field path | condition | status |',
    '| --- | --- | --- | --- | --- |',
    ...list.map((r) => `| \`${r.id}\` | ${r.where} | ${r.path} | ${r.condition} | ${r.status} |`),
  ];
  return [
    "# Coverage of Kubernetes' own validation",
    '',
    '<!-- Rows are kept in step with docs/validation-callsites.tsv by `node scripts/validation-coverage.mjs`;',
    '     edit the condition and status cells by hand. test/rules/validationCoverage.test.ts checks this file. -->',
    '',
    'One row per `field.Required/Invalid/NotSupported/Forbidden/Duplicate/TooLong/TooShort/TooMany/TypeInvalid` call site',
    'that the create-validation of the first-wave kinds can reach (Pod and pod templates, PersistentVolume,',
    'PersistentVolumeClaim, Service, Namespace, ConfigMap, Secret, Deployment, ReplicaSet, StatefulSet, DaemonSet,',
    'Job, CronJob, Ingress, StorageClass, and ObjectMeta of all),',
    'listed by `scripts/validation-callsites.mjs` from:',
    '',
    ...sources,
    '',
    '**Source version.** The core rows are read from Kubernetes master as vendored on 2026-04-15, not from the',
    'v1.36.0 tag itself (the kubernetes/kubernetes snapshot, 1.9 GB, is over the fetch limit, and the search',
    "index stores one older version of core's validation.go). Why this is v1.36.0's code: the last merge of",
    'master into release-1.36 was on 2026-04-14 (the publishing bot\'s "Merge remote-tracking branch',
    "'origin/master' into release-1.36\" in kubernetes/api and kubernetes/apimachinery); this copy's",
    '`k8s.io/api/core/v1/types.go` is byte for byte that of kubernetes/api at tag kubernetes-1.36.0; and its',
    '`validation.go` is unchanged from the master of 2026-03-23 to that of 2026-04-15. A fix cherry-picked',
    'into release-1.36 between 2026-04-14 and 2026-04-22 would be missed; the next master copy (2026-04-23)',
    'differs in one condition (`validateImageVolumeSource`: an empty image `reference` is allowed when',
    '`AllowEmptyImageVolumeReference`, instead of for templates only), which does not change a row.',
    'Feature gates are read from the same copy (`pkg/features/kube_features.go`).',
    '',
    'The validation packages of `apps`, `batch`, `networking` and `storage` (Deployment, ReplicaSet, StatefulSet,',
    'DaemonSet, Job, CronJob, Ingress, StorageClass) have no v1.36.0 copy that can be had here: kubernetes/kubernetes',
    'and its forks are over the fetch limit; the only repositories that vendor these packages',
    '(`vendor/k8s.io/kubernetes/pkg/apis/{apps,batch,networking,storage}/validation/validation.go`: alexli-77/KDS,',
    'poc-ocp-upgrades/origin, soltysh/origin, k3s-io/k3s) hold 2023 or older code; and the search index stores one',
    "version of each file per repository, kubernetes/kubernetes' own being older than 1.33 (apps @ 2dd1588c). So",
    'each file is read from the newest copy found among the forks the index lists for its path (46 for apps, 33',
    "batch, 29 networking, 25 storage; read with the search tool's `read_file`), written out into a local file that",
    "keeps every line (comment text shortened) so the line numbers are that copy's, and dated by what it contains:",
    '',
    '- networking, darshansreenivas/kubernetes @ b411107e: KEP-5311 as merged (`allowRelaxedServiceNameValidation` is',
    '  true when RelaxedServiceNameValidation is on, beta and on by default in 1.36, so an Ingress backend names its',
    '  Service by a DNS-1123 label on create) and the declarative-validation marks on IngressClass parameters and',
    '  IPAddress parentRef that kubernetes/api dates to 2026-01-08 and 2026-01-13 (82d2200b6, 5fd4de6a7): master of',
    '  2026-01 or later, in the 1.36 cycle (release-1.36 took master until 2026-04-14).',
    '- storage, darshansreenivas/kubernetes @ 956bae7a: the StorageClass provisioner check marked as covered by',
    '  declarative validation (kubernetes/api f53972cdc, 2026-02-07) and CSIDriver `serviceAccountTokenInSecrets`',
    '  (1.35): master of 2026-02; the local copy ends after `validateAllowedTopologies`, the last function a',
    '  StorageClass create reaches.',
    '- batch, aaron-prindle/kubernetes @ e8a446df: CronJob declarative validation (an empty `timeZone` is `TooShort`,',
    '  kubernetes/api bcf669eb4, 2025-12-26) and `AllowMutablePodResources` (1.35): master of 2025-12 or later; the',
    '  local copy ends after `validateCompletions` (the helpers after it have no call site).',
    '- apps, aaron-prindle/kubernetes @ 693c5f53: the 1.33 `terminatingReplicas` status and the StatefulSet',
    '  `serviceName` DNS-label check on create (StatefulSetValidationOptions.AllowInvalidServiceName, as the',
    "  package's CLAUDE.md in kubernetes/kubernetes @ 663504e7 describes it). This copy is a declarative-validation",
    '  branch: it marks the Deployment strategy checks as covered by declarative validation, which 1.36 does not',
    '  (kubernetes/api at kubernetes-1.36.0 has no validation tags in apps/v1); the marks change no row.',
    '',
    "The second wave's packages, read the same way (the index lists 23 forks for policy, 20 autoscaling, 19 rbac, 23",
    "scheduling, 13 discovery; kubernetes/kubernetes' own copies are older):",
    '',
    '- rbac and discovery, unnati2401/kubernetes @ a5e8298a: declarative-validation',
    '  marks, `MarkAlpha` on a RoleBinding roleRef, as the `+k8s:alpha(since: "1.36")` tags of rbac/v1 and discovery/v1 at',
    '  kubernetes-1.36.0 call for: the 1.36 cycle.',
    '- scheduling, yongruilin/kubernetes @ 4ae3e15e: the Workload API (gang scheduling, alpha in 1.35) with declarative marks;',
    '  the local copy ends after `ValidatePriorityClass`.',
    '- autoscaling, yongruilin/kubernetes @ 39308a14: the Scale replicas check marked as declarative and the HPAScaleToZero',
    '  metric check: 2025 or later.',
    '- policy, thockin/kubernetes @ 429e0308: the PodDisruptionBudget `unhealthyPodEvictionPolicy` check and',
    '  `k8s.io/apimachinery/pkg/api/validate` (1.33 or later), in a branch that still holds the removed PodSecurityPolicy',
    '  code; the local copy ends after `ValidatePodDisruptionBudgetSpec`, which is all a PodDisruptionBudget create reaches.',
    '',
    'apps/v1 types are the same at kubernetes-1.35.0 and kubernetes-1.36.0. Being forks, none of these copies is',
    'proven to be v1.36.0; each is newer than the 1.31–1.33 copies used before (the rows that changed: the Ingress',
    "backend's Service name, a Job's `managedBy` length, the empty `timeZone`). Their ids are qualified",
    '(`apps:ValidateDeploymentSpec#4`). Where a check moved to declarative validation it is still called here (1.36',
    'runs both); a check that exists only as a declarative tag has no call site and no row.',
    'Defaults of `pkg/apis/*/v1/defaults.go` are applied first: a row the defaulted object',
    'cannot fail is "not reachable" (e.g. podManagementPolicy, concurrencyPolicy, volumeBindingMode are defaulted).',
    '',
    "Reachability follows a name graph of the functions (a mention counts as a call; a package's own function",
    "first, then core's), so it over-approximates; functions named `*Update*` are left out (create never runs them),",
    'except `*RollingUpdate*` and `*UpdateStrategy*`, which validate a part of the object.',
    '',
    "Status: a rule id (`k8s/…` or `schema/…`) = covered, and the rule's test file names the row's id;",
    '`not decidable offline: <why>` = needs the cluster, another object, the old object (update), or a',
    'feature gate that is off by default in 1.36; `not reachable: <why>` = the defaulted object can never',
    'fail it on create (e.g. the field is defaulted first); both count as not decidable in the figures.',
    '`not covered` = decidable, not checked yet.',
    '',
    `**Figures: ${figures(rows)}.**`,
    '',
    ...table(rows),
    '',
    SECOND_HEADING,
    '',
    'NetworkPolicy and IngressClass (networking), HorizontalPodAutoscaler (autoscaling/v2), PodDisruptionBudget (policy), Role,',
    'ClusterRole, RoleBinding and ClusterRoleBinding (rbac), PriorityClass (scheduling), EndpointSlice (discovery) and',
    'ServiceAccount (core: ValidateServiceAccount checks only its ObjectMeta): the call sites their create-validation reaches',
    'that the first wave does not. ObjectMeta, label selectors, port names and the other checks both waves share are rows',
    'of the table above. Same columns and statuses.',
    '',
    `**Second-wave figures: ${figures(rows2)}.**`,
    '',
    ...table(rows2),
    '',
    '## Warnings on create',
    '',
    'What the API server accepts but warns about (`kubectl apply` prints it), read from `pkg/api/pod/warnings.go`,',
    '`pkg/api/service/warnings.go`, `pkg/api/persistentvolume/util.go` and `pkg/api/persistentvolumeclaim/util.go`; k8sense',
    'reports these as warnings (errors where 1.36 turned the warning into a rejection).',
    '',
    '| source | warning | k8sense |',
    '| --- | --- | --- |',
    ...CREATE_WARNINGS.map(([src, what, rule]) => `| ${src} | ${cell(what)} | ${rule} |`),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let old = '';
  try {
    old = readFileSync(COVERAGE, 'utf8');
  } catch {
    // no table yet: every row starts as 'not covered'
  }
  writeFileSync(COVERAGE, renderCoverage(readFileSync(CALLSITES, 'utf8'), old));
  const md = readFileSync(COVERAGE, 'utf8');
  console.log(`first wave: ${/\*\*Figures: (.*)\*\*/.exec(md)[1]}`);
  console.log(`second wave: ${/\*\*Second-wave figures: (.*)\*\*/.exec(md)[1]}`);
}
