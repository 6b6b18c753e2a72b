import type { Node, YAMLMap } from 'yaml';
import {
  containersOf,
  describeContainer,
  entries,
  get,
  getIn,
  keyNode,
  mapIn,
  mapItems,
  numberValue,
  pairOf,
  podSpecs,
  replaceScalar,
  scalarText,
  stringValue,
  type PodSpecRef,
} from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';
import { DEPRECATED_NODE_LABELS } from '../k8s/nodeLabels';

// The warnings the API server returns when a pod or a pod template is created, though it accepts the
// object (warningsForPodSpecAndMeta and what it calls, pkg/api/pod/warnings.go; deprecated node labels from
// pkg/api/node). `spec.serviceAccount` is deprecated by its field documentation (DeprecatedServiceAccount).

/** Functions, so the text is translated when used (not at import, before the locale is set). */
const sysctls = () => t('it does nothing since v1.11: set spec.securityContext.sysctls instead');
const DEPRECATED_ANNOTATIONS: Record<string, () => string> = {
  'scheduler.alpha.kubernetes.io/critical-pod': () =>
    t('it does nothing since v1.16: set spec.priorityClassName (e.g. system-cluster-critical) instead'),
  'security.alpha.kubernetes.io/sysctls': sysctls,
  'security.alpha.kubernetes.io/unsafe-sysctls': sysctls,
};

/** Volume plugins removed from Kubernetes: [deprecated in, does nothing since]. gitRepo has its own rule. */
const REMOVED_VOLUMES: Record<string, [string, string]> = {
  photonPersistentDisk: ['1.11', '1.16'],
  scaleIO: ['1.16', '1.22'],
  flocker: ['1.22', '1.25'],
  storageos: ['1.22', '1.25'],
  quobyte: ['1.22', '1.25'],
  glusterfs: ['1.25', '1.26'],
  cephfs: ['1.28', '1.31'],
  rbd: ['1.28', '1.31'],
};

const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/';
const APPARMOR_CONTAINER = 'container.apparmor.security.beta.kubernetes.io/';

function nodeLabel(key: Node | undefined, value: string | undefined, what: string, report: Report) {
  const use = value ? DEPRECATED_NODE_LABELS[value] : undefined;
  if (!key || !use) return;
  report(key, t`${what} uses the node label "${value}", deprecated since v1.14: use "${use}"`, {
    fixes: [{ title: t`Change to ${use}`, edits: [replaceScalar(key, use)], preferred: true }],
  });
}

function checkNodeLabels(spec: YAMLMap, report: Report) {
  for (const { key, pair } of entries(mapIn(spec, 'nodeSelector'))) nodeLabel(pair.key, key, 'nodeSelector', report);
  const na = mapIn(spec, 'affinity', 'nodeAffinity');
  const terms = [
    ...mapItems(getIn(na, 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms')).map((x) => x.map),
    ...mapItems(get(na, 'preferredDuringSchedulingIgnoredDuringExecution')).flatMap(({ map }) => mapIn(map, 'preference') ?? []),
  ];
  for (const term of terms)
    for (const { map } of mapItems(get(term, 'matchExpressions')))
      nodeLabel(get(map, 'key'), stringValue(get(map, 'key')), 'nodeAffinity', report);
  for (const { map } of mapItems(get(spec, 'topologySpreadConstraints')))
    nodeLabel(get(map, 'topologyKey'), stringValue(get(map, 'topologyKey')), 'topologySpreadConstraints', report);
}

/** A term without labelSelector matches no pod: the constraint or affinity does nothing. */
function checkSelectors(spec: YAMLMap, report: Report) {
  const none = (map: YAMLMap, where: string) => {
    if (get(map, 'labelSelector') === undefined)
      report(
        keyNode(map, 'topologyKey') ?? map,
        t`${where} has no labelSelector, so it matches no pod: add a labelSelector with the pods' labels`,
      );
  };
  for (const { map, index } of mapItems(get(spec, 'topologySpreadConstraints'))) none(map, `topologySpreadConstraints[${index}]`);
  for (const kind of ['podAffinity', 'podAntiAffinity']) {
    const a = mapIn(spec, 'affinity', kind);
    for (const { map, index } of mapItems(get(a, 'requiredDuringSchedulingIgnoredDuringExecution')))
      none(map, `${kind}.requiredDuringSchedulingIgnoredDuringExecution[${index}]`);
    for (const { map, index } of mapItems(get(a, 'preferredDuringSchedulingIgnoredDuringExecution'))) {
      const term = mapIn(map, 'podAffinityTerm');
      if (term) none(term, `${kind}.preferredDuringSchedulingIgnoredDuringExecution[${index}].podAffinityTerm`);
    }
  }
}

function checkAnnotations(pod: PodSpecRef, meta: YAMLMap | undefined, report: Report) {
  const hasPodSeccomp = getIn(pod.spec, 'securityContext', 'seccompProfile') !== undefined;
  const hasPodAppArmor = getIn(pod.spec, 'securityContext', 'appArmorProfile') !== undefined;
  const names = new Map(containersOf(pod.spec).map((c) => [c.name, c]));
  for (const { key, pair } of entries(mapIn(meta, 'annotations'))) {
    if (DEPRECATED_ANNOTATIONS[key]) report(pair.key, t`annotation "${key}" is deprecated: ${DEPRECATED_ANNOTATIONS[key]()}`);
    else if (key === SECCOMP_POD && !hasPodSeccomp)
      report(pair.key, t`annotation "${key}" does nothing since v1.27: set spec.securityContext.seccompProfile instead`);
    else if (pod.isTemplate && key.startsWith(APPARMOR_CONTAINER)) {
      // On a Pod the API server copies the annotation into the field; on a template it warns instead.
      const c = names.get(key.slice(APPARMOR_CONTAINER.length));
      if (c && getIn(c.map, 'securityContext', 'appArmorProfile') === undefined && !hasPodAppArmor)
        report(
          pair.key,
          t`annotation "${key}" is deprecated since v1.30: set securityContext.appArmorProfile of ${describeContainer(c)} instead`,
        );
    } else if (key.startsWith(SECCOMP_CONTAINER)) {
      const c = names.get(key.slice(SECCOMP_CONTAINER.length));
      if (c && getIn(c.map, 'securityContext', 'seccompProfile') === undefined)
        report(
          pair.key,
          t`annotation "${key}" does nothing since v1.27: set securityContext.seccompProfile of ${describeContainer(c)} instead`,
        );
    }
  }
}

function checkVolumes(spec: YAMLMap, report: Report) {
  for (const { map, index } of mapItems(get(spec, 'volumes'))) {
    const name = stringValue(get(map, 'name')) ?? `volumes[${index}]`;
    for (const { key, pair } of entries(map)) {
      const removed = REMOVED_VOLUMES[key];
      if (removed)
        report(
          pair.key,
          t`volume "${name}" uses ${key}, deprecated in v${removed[0]} and not working since v${removed[1]}: use a CSI driver for this storage`,
        );
    }
    for (const source of ['configMap', 'secret', 'downwardAPI']) overlaps(get(mapIn(map, source), 'items'), name, report);
    for (const { map: src } of mapItems(getIn(map, 'projected', 'sources')))
      for (const source of ['configMap', 'secret', 'downwardAPI']) overlaps(get(mapIn(src, source), 'items'), name, report);
  }
}

/** Two items writing the same file, or one inside the other's path (warningsForOverlappingVirtualPaths). */
function overlaps(items: Node | undefined, volume: string, report: Report) {
  const seen: string[] = [];
  for (const { map } of mapItems(items)) {
    const node = get(map, 'path');
    const p = stringValue(node)?.replace(/\/+$/, '');
    if (!p) continue;
    const other = seen.find((q) => q === p || q.startsWith(p + '/') || p.startsWith(q + '/'));
    if (other === p)
      report(node, t`volume "${volume}" writes "${p}" twice: the second item overwrites the first; give each item its own path`);
    else if (other)
      report(
        node,
        t`volume "${volume}" writes "${p}" and "${other}": one is a directory of the other, so the pod cannot start; use paths side by side`,
      );
    seen.push(p);
  }
}

function checkLists(spec: YAMLMap, report: Report) {
  const ips = new Set<string>();
  for (const { map } of mapItems(get(spec, 'hostAliases'))) {
    const ip = stringValue(get(map, 'ip'));
    if (ip && ips.has(ip)) report(get(map, 'ip'), t`hostAliases lists the IP "${ip}" twice: put all its hostnames in one entry`);
    if (ip) ips.add(ip);
  }
  const secrets = new Set<string>();
  for (const { map } of mapItems(get(spec, 'imagePullSecrets'))) {
    const node = get(map, 'name');
    const name = stringValue(node);
    if (name === '' || (node === undefined && !keyNode(map, 'name')))
      report(node ?? map, t`an imagePullSecrets entry has no name: name the Secret of type kubernetes.io/dockerconfigjson`);
    else if (name && secrets.has(name)) report(node, t`imagePullSecrets lists "${name}" twice: once is enough`);
    if (name) secrets.add(name);
  }
  const grace = numberValue(get(spec, 'terminationGracePeriodSeconds'));
  if (grace !== undefined && grace < 0)
    report(
      get(spec, 'terminationGracePeriodSeconds'),
      t`terminationGracePeriodSeconds ${grace} is negative and is treated as 1: use 0 or more seconds`,
    );
}

function checkContainers(spec: YAMLMap, report: Report) {
  const ports = new Map<string, { hostIP: string; hostPort: string; who: string }[]>();
  for (const c of containersOf(spec)) {
    const who = describeContainer(c);
    // A later entry of the same name wins; apply may drop one of the two (warningsForPodSpecAndMeta).
    const env = new Set<string>();
    for (const { map } of mapItems(get(c.map, 'env'))) {
      const name = stringValue(get(map, 'name'));
      if (!name) continue;
      if (env.has(name)) {
        const value = stringValue(get(map, 'value')) ?? '';
        const ref = `$(${name})`;
        if (get(map, 'valueFrom') !== undefined || value === ref || !value.includes(ref))
          report(
            get(map, 'name'),
            t`${who} sets the environment variable "${name}" twice: this one hides the first, which kubectl apply may drop; keep one`,
          );
      }
      env.add(name);
    }
    for (const { map } of mapItems(get(c.map, 'ports'))) {
      const hostIP = stringValue(get(map, 'hostIP')) ?? '';
      const hostPort = scalarText(get(map, 'hostPort')) ?? '0';
      if (hostIP && hostPort === '0')
        report(get(map, 'hostIP'), t`${who} sets hostIP "${hostIP}" without a hostPort: the IP is unused; add hostPort or remove hostIP`);
      const port = scalarText(get(map, 'containerPort'));
      if (!port) continue;
      const k = `${port}/${stringValue(get(map, 'protocol')) ?? 'TCP'}`;
      const others = ports.get(k) ?? [];
      // Two equal non-zero hostPorts are an error already (AccumulateUniqueHostPorts, k8s/container-fields).
      const same = hostPort === '0' ? others.find((o) => o.hostIP === hostIP && o.hostPort === hostPort) : undefined;
      if (same)
        report(
          get(map, 'containerPort'),
          t`port ${k} of ${who} is already defined by ${same.who}: the pod's containers share one network, so define it once`,
        );
      others.push({ hostIP, hostPort, who });
      ports.set(k, others);
    }
  }
}

function checkServiceAccount(spec: YAMLMap, report: Report) {
  const pair = pairOf(spec, 'serviceAccount');
  if (!pair) return;
  const old = stringValue(pair.value);
  const current = stringValue(get(spec, 'serviceAccountName'));
  const key = pair.key as Node;
  if (current === undefined)
    report(key, t`serviceAccount is deprecated: use serviceAccountName`, {
      fixes: [{ title: t`Rename to serviceAccountName`, edits: [replaceScalar(key, 'serviceAccountName')], preferred: true }],
    });
  else if (old !== undefined && old !== current)
    report(key, t`serviceAccount "${old}" is deprecated and differs from serviceAccountName "${current}": remove serviceAccount`);
  else report(key, t`serviceAccount is deprecated and repeats serviceAccountName: remove it`);
}

export const rule: DocumentRule = {
  id: 'k8s/pod-warnings',
  title: 'What the API server warns about when a pod is created',
  severity: 'warning',
  scope: 'document',
  doc:
    'The warnings `kubectl apply` prints for a pod or a pod template that the API server accepts: deprecated node labels in nodeSelector, ' +
    'node affinity and topology spread (`beta.kubernetes.io/os` → `kubernetes.io/os`, with a fix), a topology spread constraint or pod ' +
    '(anti-)affinity term without labelSelector (it matches no pod), deprecated annotations (critical-pod, the sysctls and seccomp ' +
    'annotations, and AppArmor annotations on a template without the `appArmorProfile` field), removed volume plugins (glusterfs, cephfs, rbd, …), two items of a configMap/secret/downwardAPI volume on one path, ' +
    'a host alias IP or an imagePullSecret twice, an imagePullSecret without name, a negative terminationGracePeriodSeconds, an environment ' +
    'variable set twice (the later hides the first, and apply may drop one), hostIP without hostPort, one port defined by two containers, and ' +
    'the deprecated `serviceAccount` (use `serviceAccountName`). (warningsForPodSpecAndMeta, pkg/api/pod/warnings.go.)',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      const meta = pod.template ? mapIn(pod.template, 'metadata') : mapIn(doc.root, 'metadata');
      checkNodeLabels(pod.spec, report);
      checkSelectors(pod.spec, report);
      checkAnnotations(pod, meta, report);
      checkVolumes(pod.spec, report);
      checkLists(pod.spec, report);
      checkContainers(pod.spec, report);
      checkServiceAccount(pod.spec, report);
    }
  },
};
