import type { Node, YAMLMap } from 'yaml';
import { dns1123Subdomain, labelValue, qualifiedName } from '../k8s/names';
import {
  containersOf,
  describeContainer,
  entries,
  get,
  getIn,
  itemsOf,
  keyNode,
  mapIn,
  mapItems,
  numberValue,
  podSpecs,
  replaceScalar,
  scalarValue,
  stringValue,
  type PodSpecRef,
  scalarString,
} from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';
import { placeValues } from '../schema';

// The pod-level checks of ValidatePodSpec and what it calls (pkg/apis/core/validation/validation.go):
// deadlines, names of other objects, DNS, host namespaces, security context ids, sysctls, tolerations,
// affinity weights, topology spread, seccomp/AppArmor profiles, scheduling gates.

const MAX_INT32 = 2 ** 31 - 1;
const SYSCTL = /^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$/;
/** Sysctls of the network namespace (shared with the host under hostNetwork) and of the IPC namespace. */
const NET_SYSCTL = /^net[./]/;
const IPC_SYSCTL = /^(kernel[./]shm|kernel[./]msg|kernel[./]sem$|fs[./]mqueue[./])/;

const isTrue = (n: Node | undefined) => scalarValue(n) === true;

/** `<GCSFUSE_KSA>`, `<your-sa>`: a value the reader of an example is to fill in. */
const isFillIn = (v: string) => /^<[^<>]+>$/.test(v);

function checkName(node: Node | undefined, what: string, report: Report) {
  const v = stringValue(node);
  if (!v || isFillIn(v)) return;
  const problems = dns1123Subdomain(v);
  if (problems.length)
    report(
      node,
      t`${what} "${v}" is not a valid name: ${problems.join('; ')}; it must be a DNS subdomain (lowercase letters, digits, "-" and ".")`,
    );
}

function checkId(node: Node | undefined, what: string, report: Report) {
  const n = numberValue(node);
  if (n !== undefined && (n < 0 || n > MAX_INT32)) report(node, t`${what} must be from 0 to 2147483647, not ${n}`);
}

function checkProfile(map: YAMLMap | undefined, what: string, kind: 'seccompProfile' | 'appArmorProfile', report: Report) {
  if (!map) return;
  const type = stringValue(get(map, 'type'));
  const local = get(map, 'localhostProfile');
  if (type === 'Localhost' && local === undefined)
    report(
      keyNode(map, 'type') ?? map,
      t`${what}${kind} of type Localhost needs "localhostProfile": the profile file on the node${kind === 'seccompProfile' ? t(", relative to the kubelet's seccomp directory") : ''}`,
    );
  else if (type === 'Localhost' && kind === 'appArmorProfile') {
    const p = stringValue(local) ?? '';
    if (p.trim() === '') report(local, t`${what}appArmorProfile.localhostProfile must name a profile loaded on the node, not be empty`);
    else if (p.trim() !== p)
      report(local, t`${what}appArmorProfile.localhostProfile "${p}" must not start or end with whitespace: write "${p.trim()}"`);
    else if (p.length > 4095) report(local, t`${what}appArmorProfile.localhostProfile is ${p.length} characters long: the limit is 4095`);
  } else if (type && type !== 'Localhost' && local !== undefined)
    report(
      keyNode(map, 'localhostProfile'),
      t`${what}${kind}.localhostProfile is only for type Localhost: remove it, or set type: Localhost`,
    );
}

const NETBIOS = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/;
const DNS_DOMAIN = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** securityContext.windowsOptions of the pod or a container (validateWindowsSecurityContextOptions). */
function checkWindowsOptions(opts: YAMLMap | undefined, what: string, report: Report) {
  if (!opts) return;
  const specName = get(opts, 'gmsaCredentialSpecName');
  const sn = stringValue(specName);
  if (sn !== undefined && dns1123Subdomain(sn).length)
    report(specName, t`${what}windowsOptions.gmsaCredentialSpecName "${sn}" is not a valid name: ${dns1123Subdomain(sn).join('; ')}`);
  const spec = get(opts, 'gmsaCredentialSpec');
  const sp = stringValue(spec);
  if (sp === '')
    report(spec, t`${what}windowsOptions.gmsaCredentialSpec must not be empty: leave it out, or give the credential spec JSON`);
  else if (sp && sp.length > 64 * 1024)
    report(spec, t`${what}windowsOptions.gmsaCredentialSpec is ${sp.length} bytes: the limit is 64 KiB`);
  const userNode = get(opts, 'runAsUserName');
  const u = stringValue(userNode);
  if (u === undefined) return;
  const bad = (why: string) => report(userNode, t`${what}windowsOptions.runAsUserName "${u}" is not valid: ${why}`);
  if (u === '') return report(userNode, t`${what}windowsOptions.runAsUserName must not be empty`);
  if (/[\u0000-\u001f\u007f]/.test(u)) return bad(t('it contains control characters'));
  const parts = u.split('\\');
  if (parts.length > 2) return bad(t('it may contain at most one backslash (DOMAIN\\user)'));
  const [domain, user] = parts.length === 2 ? parts : ['', parts[0]];
  if (domain.length >= 256) bad(t('the domain must be shorter than 256 characters'));
  if (parts.length === 2 && !(NETBIOS.test(domain) || DNS_DOMAIN.test(domain)))
    bad(t('the domain is neither a NetBIOS name nor a DNS name'));
  if (user.length === 0) bad(t('the user name after the backslash is empty'));
  else if (user.length > 104) bad(t`the user name is ${user.length} characters long, the limit is 104`);
  if (/^[. ]+$/.test(user)) bad(t('the user name cannot be only dots or spaces'));
  if (/["/\\:;|=,+*?<>@[\]]/.test(user)) bad(t('the user name cannot contain any of "/\\:;|=,+*?<>@[]'));
}

function checkTolerations(spec: YAMLMap, report: Report) {
  for (const { map, index } of mapItems(get(spec, 'tolerations'))) {
    const where = `tolerations[${index}]`;
    const key = stringValue(get(map, 'key')) ?? '';
    const opNode = get(map, 'operator');
    const op = stringValue(opNode) ?? 'Equal';
    const valueNode = get(map, 'value');
    const value = scalarString(valueNode) ?? '';
    if (key) {
      const problems = qualifiedName(key);
      if (problems.length) report(get(map, 'key'), t`${where}.key "${key}" is not a valid taint key: ${problems.join('; ')}`);
    }
    if (!key && op !== 'Exists')
      report(
        opNode ?? keyNode(map, 'value') ?? map,
        t`${where} has no key, so it must use operator: Exists (which tolerates every taint); to tolerate one taint, set its key`,
      );
    if (get(map, 'tolerationSeconds') !== undefined && stringValue(get(map, 'effect')) !== 'NoExecute')
      report(
        keyNode(map, 'tolerationSeconds'),
        t`${where}.tolerationSeconds only applies to NoExecute taints: set effect: NoExecute, or remove tolerationSeconds`,
      );
    if (op === 'Equal') {
      const problems = labelValue(value);
      if (problems.length) report(valueNode, t`${where}.value "${value}" is not a valid taint value: ${problems.join('; ')}`);
    } else if (op === 'Exists' && value)
      report(valueNode, t`${where} uses operator Exists, which matches any value: remove value "${value}"`);
    // Rejected unless the cluster turns the gate on (alpha and off by default in the release read here): a warning.
    // What is accepted without the gate is data that completion reads too (schemas/overlays/placeValues.json).
    else if ((op === 'Lt' || op === 'Gt') && !placeValues('*', 'tolerations.operator')?.includes(op))
      report(
        opNode,
        t`${where}.operator ${op} needs the TaintTolerationComparisonOperators feature gate (alpha, off by default): the API server rejects it unless the cluster enables the gate; otherwise use Equal or Exists`,
        { severity: 'warning' },
      );
  }
}

function checkAffinity(spec: YAMLMap, report: Report) {
  const affinity = mapIn(spec, 'affinity');
  if (!affinity) return;
  const node = mapIn(affinity, 'nodeAffinity');
  const required = mapIn(node, 'requiredDuringSchedulingIgnoredDuringExecution');
  if (required && itemsOf(get(required, 'nodeSelectorTerms')).length === 0)
    report(
      keyNode(required, 'nodeSelectorTerms') ?? keyNode(node, 'requiredDuringSchedulingIgnoredDuringExecution'),
      t('nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution needs at least one entry under nodeSelectorTerms'),
    );
  const weights = (list: Node | undefined, where: string) => {
    for (const { map, index } of mapItems(list)) {
      const w = get(map, 'weight');
      const n = numberValue(w);
      if (n !== undefined && (n < 1 || n > 100)) report(w, t`${where}[${index}].weight must be from 1 to 100, not ${n}`);
    }
  };
  weights(get(node, 'preferredDuringSchedulingIgnoredDuringExecution'), 'nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution');
  for (const kind of ['podAffinity', 'podAntiAffinity']) {
    const a = mapIn(affinity, kind);
    if (!a) continue;
    weights(get(a, 'preferredDuringSchedulingIgnoredDuringExecution'), `${kind}.preferredDuringSchedulingIgnoredDuringExecution`);
    const terms = [
      ...mapItems(get(a, 'requiredDuringSchedulingIgnoredDuringExecution')).map(({ map, index }) => ({
        map,
        where: `${kind}.requiredDuringSchedulingIgnoredDuringExecution[${index}]`,
      })),
      ...mapItems(get(a, 'preferredDuringSchedulingIgnoredDuringExecution')).flatMap(({ map, index }) => {
        const t = mapIn(map, 'podAffinityTerm');
        return t ? [{ map: t, where: `${kind}.preferredDuringSchedulingIgnoredDuringExecution[${index}].podAffinityTerm` }] : [];
      }),
    ];
    for (const { map, where } of terms) {
      const key = get(map, 'topologyKey');
      if (key !== undefined && stringValue(key) === '')
        report(
          key,
          t`${where}.topologyKey must not be empty: name a node label such as kubernetes.io/hostname or topology.kubernetes.io/zone`,
        );
      const selector = mapIn(map, 'labelSelector');
      const selectorKeys = new Set([
        ...entries(mapIn(selector, 'matchLabels')).map((e) => e.key),
        ...mapItems(get(selector, 'matchExpressions')).flatMap(({ map: e }) => stringValue(get(e, 'key')) ?? []),
      ]);
      const mismatch = new Set(itemsOf(get(map, 'mismatchLabelKeys')).map((k) => stringValue(k)));
      for (const field of ['matchLabelKeys', 'mismatchLabelKeys']) {
        if (!itemsOf(get(map, field)).length) continue;
        if (!selector) report(keyNode(map, field), t`${where}.${field} needs a labelSelector: the keys are added to it`);
        else if (field === 'matchLabelKeys') {
          for (const k of itemsOf(get(map, field))) {
            const v = stringValue(k);
            if (v && selectorKeys.has(v))
              report(k, t`${where}.matchLabelKeys: "${v}" is already a key of labelSelector: list it in one place only`);
            else if (v && mismatch.has(v))
              report(k, t`${where}: "${v}" is in both matchLabelKeys and mismatchLabelKeys: keep it in one of them`);
          }
        }
      }
      for (const ns of itemsOf(get(map, 'namespaces'))) {
        const v = stringValue(ns);
        if (v !== undefined && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v))
          report(ns, t`${where}.namespaces: "${v}" is not a valid namespace name (lowercase letters, digits and "-")`);
      }
    }
  }
}

function checkSpread(spec: YAMLMap, report: Report) {
  const list = mapItems(get(spec, 'topologySpreadConstraints'));
  list.forEach(({ map, index }) => {
    const where = `topologySpreadConstraints[${index}]`;
    const skew = get(map, 'maxSkew');
    const n = numberValue(skew);
    if (n !== undefined && n <= 0) report(skew, t`${where}.maxSkew must be greater than zero, not ${n}`);
    const key = get(map, 'topologyKey');
    if (key !== undefined && stringValue(key) === '')
      report(key, t`${where}.topologyKey must not be empty: name a node label such as topology.kubernetes.io/zone`);
    const when = stringValue(get(map, 'whenUnsatisfiable'));
    const min = get(map, 'minDomains');
    const m = numberValue(min);
    if (m !== undefined && m <= 0) report(min, t`${where}.minDomains must be greater than zero, not ${m}`);
    else if (min !== undefined && when && when !== 'DoNotSchedule')
      report(min, t`${where}.minDomains only works with whenUnsatisfiable: DoNotSchedule, not ${when}`);
    const later = list
      .slice(index + 1)
      .find(({ map: o }) => stringValue(get(o, 'topologyKey')) === stringValue(key) && stringValue(get(o, 'whenUnsatisfiable')) === when);
    if (later && key)
      report(
        getIn(later.map, 'topologyKey'),
        t`${where} and topologySpreadConstraints[${later.index}] both spread over "${stringValue(key)}" with whenUnsatisfiable ${when}: merge them into one constraint`,
      );
    const keys = get(map, 'matchLabelKeys');
    if (itemsOf(keys).length) {
      const selector = mapIn(map, 'labelSelector');
      if (!selector) report(keyNode(map, 'matchLabelKeys'), t`${where}.matchLabelKeys needs a labelSelector: the keys are added to it`);
      else {
        const selectorKeys = new Set([
          ...entries(mapIn(selector, 'matchLabels')).map((e) => e.key),
          ...mapItems(get(selector, 'matchExpressions')).flatMap(({ map: e }) => stringValue(get(e, 'key')) ?? []),
        ]);
        for (const k of itemsOf(keys)) {
          const v = stringValue(k);
          if (v && selectorKeys.has(v))
            report(k, t`${where}.matchLabelKeys: "${v}" is already a key of labelSelector: list it in one place only`);
        }
      }
    }
  });
}

function checkDns(spec: YAMLMap, report: Report) {
  const policyNode = get(spec, 'dnsPolicy');
  const config = mapIn(spec, 'dnsConfig');
  if (stringValue(policyNode) === 'None') {
    if (!config) report(policyNode, t('dnsPolicy None gives the pod no DNS settings: add dnsConfig with at least one nameserver'));
    else if (itemsOf(get(config, 'nameservers')).length === 0)
      report(keyNode(spec, 'dnsConfig'), t('dnsPolicy is None, so dnsConfig needs at least one entry under nameservers'));
  }
  if (!config) return;
  const ns = itemsOf(get(config, 'nameservers'));
  if (ns.length > 3) report(ns[3], t`dnsConfig has ${ns.length} nameservers: the limit is 3`);
  const searches = itemsOf(get(config, 'searches'));
  if (searches.length > 32) report(searches[32], t`dnsConfig has ${searches.length} search domains: the limit is 32`);
  const chars = searches.map((s) => scalarString(s) ?? '').join(' ').length;
  if (chars > 2048)
    report(
      keyNode(config, 'searches'),
      t`the search domains of dnsConfig are ${chars} characters long (with the spaces between them): the limit is 2048`,
    );
  for (const { map, index } of mapItems(get(config, 'options'))) {
    const name = get(map, 'name');
    if (name === undefined || stringValue(name) === '') report(name ?? map, t`dnsConfig.options[${index}] needs a name (e.g. ndots)`);
  }
}

function checkSecurity(pod: PodSpecRef, report: Report) {
  const spec = pod.spec;
  const sc = mapIn(spec, 'securityContext');
  checkId(get(sc, 'fsGroup'), 'securityContext.fsGroup', report);
  checkId(get(sc, 'runAsUser'), 'securityContext.runAsUser', report);
  checkId(get(sc, 'runAsGroup'), 'securityContext.runAsGroup', report);
  for (const g of itemsOf(get(sc, 'supplementalGroups'))) checkId(g, t('a securityContext.supplementalGroups entry'), report);
  if (isTrue(get(spec, 'shareProcessNamespace')) && isTrue(get(spec, 'hostPID')))
    report(
      keyNode(spec, 'shareProcessNamespace'),
      t("shareProcessNamespace and hostPID cannot both be true: with hostPID the pod already shares the node's process namespace"),
    );
  checkProfile(mapIn(sc, 'seccompProfile'), 'securityContext.', 'seccompProfile', report);
  checkProfile(mapIn(sc, 'appArmorProfile'), 'securityContext.', 'appArmorProfile', report);
  checkWindowsOptions(mapIn(sc, 'windowsOptions'), 'securityContext.', report);
  const names = new Set<string>();
  for (const { map, index } of mapItems(get(sc, 'sysctls'))) {
    const nameNode = get(map, 'name');
    const name = stringValue(nameNode);
    if (name === undefined) continue;
    if (name === '') report(nameNode, t`securityContext.sysctls[${index}].name must not be empty`);
    else if (name.length > 253 || !SYSCTL.test(name))
      report(
        nameNode,
        t`sysctl name "${name}" is not valid: lowercase letters, digits, "_" and "-" in segments separated by "." or "/" (e.g. net.ipv4.ip_forward), at most 253 characters`,
      );
    else if (names.has(name)) report(nameNode, t`sysctl "${name}" is set twice: list each sysctl once`);
    else {
      names.add(name);
      if (isTrue(get(spec, 'hostNetwork')) && NET_SYSCTL.test(name))
        report(nameNode, t`sysctl "${name}" cannot be set with hostNetwork: true: it would change the node's network namespace`);
      if (isTrue(get(spec, 'hostIPC')) && IPC_SYSCTL.test(name))
        report(nameNode, t`sysctl "${name}" cannot be set with hostIPC: true: it would change the node's IPC namespace`);
    }
  }
  if (scalarValue(get(spec, 'hostUsers')) === false) {
    for (const f of ['hostNetwork', 'hostPID', 'hostIPC'])
      if (isTrue(get(spec, f)))
        report(
          keyNode(spec, f),
          t`${f} cannot be true when hostUsers is false: a pod in its own user namespace cannot share the node's namespaces`,
        );
    for (const c of containersOf(spec))
      if (itemsOf(get(c.map, 'volumeDevices')).length)
        report(keyNode(c.map, 'volumeDevices'), t`${describeContainer(c)} cannot use volumeDevices when hostUsers is false`);
  }
  for (const c of containersOf(spec)) {
    const csc = mapIn(c.map, 'securityContext');
    if (!csc) continue;
    const who = t`the securityContext of ${describeContainer(c)}`;
    checkId(get(csc, 'runAsUser'), `${who}: runAsUser`, report);
    checkId(get(csc, 'runAsGroup'), `${who}: runAsGroup`, report);
    checkProfile(mapIn(csc, 'seccompProfile'), `${who}: `, 'seccompProfile', report);
    checkProfile(mapIn(csc, 'appArmorProfile'), `${who}: `, 'appArmorProfile', report);
    checkWindowsOptions(mapIn(csc, 'windowsOptions'), `${who}: `, report);
    if (stringValue(get(csc, 'procMount')) === 'Unmasked' && scalarValue(get(spec, 'hostUsers')) !== false)
      report(
        get(csc, 'procMount'),
        t`${who}: procMount Unmasked needs the pod to run in its own user namespace: set hostUsers: false on the pod`,
      );
    if (scalarValue(get(csc, 'allowPrivilegeEscalation')) === false) {
      if (isTrue(get(csc, 'privileged')))
        report(
          keyNode(csc, 'allowPrivilegeEscalation'),
          t`${who}: allowPrivilegeEscalation false contradicts privileged: true (a privileged container can always escalate): remove one of them`,
        );
      const adds = itemsOf(getIn(csc, 'capabilities', 'add')).map((a) => stringValue(a));
      if (adds.some((a) => a === 'SYS_ADMIN' || a === 'CAP_SYS_ADMIN'))
        report(
          keyNode(csc, 'allowPrivilegeEscalation'),
          t`${who}: allowPrivilegeEscalation false contradicts adding the SYS_ADMIN capability: remove one of them`,
        );
    }
  }
}

export const rule: DocumentRule = {
  id: 'k8s/pod-spec-fields',
  title: 'Pod spec fields that the API server checks together',
  severity: 'error',
  scope: 'document',
  doc:
    'The pod-level checks of ValidatePodSpec (pkg/apis/core/validation): `activeDeadlineSeconds` is a positive number of seconds; `serviceAccountName`, `nodeName` and `priorityClassName` are valid names; ' +
    'dnsPolicy None comes with dnsConfig nameservers (at most 3 nameservers, 32 search domains, 2048 characters); `hostUsers: false` goes with no host namespaces and no volumeDevices; ' +
    'user and group ids are 0 to 2147483647; `shareProcessNamespace` and `hostPID` exclude each other; sysctl names are valid, unique, and no net./IPC sysctl under hostNetwork/hostIPC; ' +
    'seccomp and AppArmor profiles of type Localhost name their file, other types none; `allowPrivilegeEscalation: false` does not contradict `privileged` or SYS_ADMIN; procMount Unmasked needs hostUsers false; ' +
    'tolerations without a key use Exists, `tolerationSeconds` goes with NoExecute, Exists takes no value; affinity weights are 1 to 100, terms have a topologyKey; topology spread constraints have maxSkew and minDomains above zero, ' +
    'minDomains only with DoNotSchedule, no constraint twice, matchLabelKeys with a labelSelector; scheduling gates are unique; a Pod is not created with ephemeralContainers, nor with nodeName and schedulingGates together; ' +
    "imagePullSecrets entries have only a name; a Pod's images have no surrounding whitespace.",
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      const spec = pod.spec;
      const deadline = get(spec, 'activeDeadlineSeconds');
      const d = numberValue(deadline);
      if (d !== undefined && (d < 1 || d > MAX_INT32))
        report(
          deadline,
          t`activeDeadlineSeconds must be a positive number of seconds, not ${d}${d > MAX_INT32 ? t(' (the limit is 2147483647)') : ''}`,
        );
      checkName(get(spec, 'serviceAccountName'), 'serviceAccountName', report);
      checkName(get(spec, 'nodeName'), 'nodeName', report);
      checkName(get(spec, 'priorityClassName'), 'priorityClassName', report);
      checkName(get(spec, 'runtimeClassName'), 'runtimeClassName', report);
      const override = get(spec, 'hostnameOverride');
      const o = stringValue(override);
      if (o !== undefined) {
        if (isTrue(get(spec, 'setHostnameAsFQDN')))
          report(
            keyNode(spec, 'hostnameOverride'),
            t("hostnameOverride cannot be set with setHostnameAsFQDN: true: choose one way to name the pod's host"),
          );
        else if (isTrue(get(spec, 'hostNetwork')))
          report(
            keyNode(spec, 'hostnameOverride'),
            t("hostnameOverride cannot be set with hostNetwork: true: the pod uses the node's hostname"),
          );
        else if (o.length > 64) report(override, t`hostnameOverride is ${o.length} characters long: the limit is 64`);
      }
      if (!pod.isTemplate) {
        const annotations = mapIn(mapIn(doc.root, 'metadata'), 'annotations');
        const mirror = keyNode(annotations, 'kubernetes.io/config.mirror');
        if (mirror && !stringValue(get(spec, 'nodeName')))
          report(
            mirror,
            t(
              'the mirror-pod annotation kubernetes.io/config.mirror needs spec.nodeName: only the kubelet creates mirror pods, for its own node',
            ),
          );
        const cost = get(annotations, 'controller.kubernetes.io/pod-deletion-cost');
        const c = stringValue(cost);
        if (c !== undefined && (!/^[+-]?\d+$/.test(c) || Number(c) < -(2 ** 31) || Number(c) > MAX_INT32))
          report(cost, t`the pod-deletion-cost annotation must be a 32-bit integer, not "${c}"`);
      }
      checkDns(spec, report);
      checkSecurity(pod, report);
      checkTolerations(spec, report);
      checkAffinity(spec, report);
      checkSpread(spec, report);
      const gates = new Set<string>();
      for (const { map } of mapItems(get(spec, 'schedulingGates'))) {
        const name = stringValue(get(map, 'name'));
        if (name === undefined) continue;
        if (gates.has(name)) report(get(map, 'name'), t`scheduling gate "${name}" is listed twice: list each gate once`);
        gates.add(name);
      }
      for (const { map, index } of mapItems(get(spec, 'imagePullSecrets'))) {
        for (const e of entries(map))
          if (e.key !== 'name')
            report(
              e.pair.key,
              t`imagePullSecrets[${index}] may only have "name" (the Secret with the registry credentials), not "${e.key}"`,
            );
      }
      const ephemeral = keyNode(spec, 'ephemeralContainers');
      if (ephemeral && itemsOf(get(spec, 'ephemeralContainers')).length) {
        report(
          ephemeral,
          pod.isTemplate
            ? t('a pod template cannot have ephemeralContainers: they are added to a running pod with kubectl debug')
            : t('a Pod cannot be created with ephemeralContainers: they are added to a running pod with kubectl debug'),
        );
      }
      if (!pod.isTemplate) {
        if (stringValue(get(spec, 'nodeName')) && itemsOf(get(spec, 'schedulingGates')).length)
          report(
            keyNode(spec, 'nodeName'),
            t(
              'nodeName cannot be set while the pod has schedulingGates: the gates hold the pod back from scheduling, so remove one of them',
            ),
          );
        for (const c of containersOf(spec, ['containers', 'initContainers'])) {
          const image = get(c.map, 'image');
          const v = stringValue(image);
          if (v !== undefined && v !== v.trim())
            report(image, t`the image of ${describeContainer(c)} has spaces around it: write "${v.trim()}"`, {
              fixes: [{ title: t`Change to "${v.trim()}"`, edits: [replaceScalar(image!, v.trim())], preferred: true }],
            });
        }
      }
    }
  },
};
