import type { Node, YAMLMap } from 'yaml';
import { parseQuantity } from '../k8s/quantity';
import { dns1123Subdomain, ianaSvcName, qualifiedName } from '../k8s/names';
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
  scalarValue,
  stringValue,
  type ContainerRef,
  scalarString,
} from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

// The container checks of validateContainers, validateInitContainers and validateContainerCommon
// (pkg/apis/core/validation/validation.go): env and envFrom, probes, lifecycle, mounts and devices, ports
// across containers, resources.

const ENV_FIELD_PATHS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
];
const RESOURCE_FIELDS = [
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
];
const CPU_DIVISORS = ['1m', '1'];
const CONTAINER_RESOURCES = ['cpu', 'memory', 'ephemeral-storage'];
const BYTE_DIVISORS = ['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei'];
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const HEADER_NAME = /^[-!#$%&'*+.^_`|~0-9A-Za-z]+$/;

/** Env var names (and envFrom prefixes): any printable ASCII but "=" (RelaxedEnvironmentVariableValidation is GA). */
function envNameProblem(v: string): string | undefined {
  for (const ch of v) {
    const c = ch.codePointAt(0)!;
    if (c < 32 || c > 126) return t('it may contain only printable ASCII characters');
    if (ch === '=') return t('it may not contain "="');
  }
  return undefined;
}

function configKeyProblem(v: string): string | undefined {
  if (v.length > 253) return t`it is ${v.length} characters long, the limit is 253`;
  if (!CONFIG_KEY.test(v)) return t('a key has only letters, digits, "-", "_" and "."');
  if (v === '.' || v === '..' || v.startsWith('..')) return t('it may not be "." or start with ".."');
  return undefined;
}

function checkRefName(node: Node | undefined, what: string, report: Report, prefix = false) {
  const v = stringValue(node);
  if (v === undefined) return;
  if (v === '') {
    report(node, t`${what} must not be empty: name the object`);
    return;
  }
  const problems = dns1123Subdomain(prefix ? v.replace(/-+$/, '') || v : v);
  if (problems.length) report(node, t`${what} "${v}" is not a valid name: ${problems.join('; ')}`);
}

function checkKeyRef(map: YAMLMap, where: string, kind: 'ConfigMap' | 'Secret', report: Report) {
  checkRefName(get(map, 'name'), `${where}.name`, report);
  const key = get(map, 'key');
  const v = stringValue(key);
  if (v === '') report(key, t`${where}.key must not be empty: name the key of the ${kind}`);
  else if (v !== undefined) {
    const p = configKeyProblem(v);
    if (p) report(key, t`${where}.key "${v}" is not a valid ${kind} key: ${p}`);
  }
}

function checkEnv(c: ContainerRef, volumes: Map<string, YAMLMap>, report: Report) {
  const who = describeContainer(c);
  for (const { map, index } of mapItems(get(c.map, 'env'))) {
    const where = `env[${index}] of ${who}`;
    const nameNode = get(map, 'name');
    const name = scalarString(nameNode);
    if (name === '') report(nameNode, t`${where} has an empty name`);
    else if (name !== undefined) {
      const p = envNameProblem(name);
      if (p) report(nameNode, t`environment variable name "${name}" is not valid: ${p}`);
    }
    const from = mapIn(map, 'valueFrom');
    if (!from) continue;
    const sources = entries(from).filter((e) =>
      ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'].includes(e.key),
    );
    const value = scalarString(get(map, 'value'));
    if (!sources.length)
      report(
        keyNode(map, 'valueFrom'),
        t`valueFrom of ${where} names no source: use one of fieldRef, resourceFieldRef, configMapKeyRef, secretKeyRef or fileKeyRef`,
      );
    else if (value) report(keyNode(map, 'value'), t`${where} has both value and valueFrom: keep one of them`);
    else
      for (const extra of sources.slice(1))
        report(extra.pair.key, t`valueFrom of ${where} already uses ${sources[0].key}: use one source only`);
    const fieldRef = mapIn(from, 'fieldRef');
    if (fieldRef) checkFieldRef(fieldRef, `${where}: fieldRef`, ENV_FIELD_PATHS, report);
    const res = mapIn(from, 'resourceFieldRef');
    if (res) checkResourceRef(res, `${where}: resourceFieldRef`, false, report);
    for (const [k, kind] of [
      ['configMapKeyRef', 'ConfigMap'],
      ['secretKeyRef', 'Secret'],
    ] as const) {
      const ref = mapIn(from, k);
      if (ref) checkKeyRef(ref, `${where}: ${k}`, kind, report);
    }
    const file = mapIn(from, 'fileKeyRef');
    if (file) {
      for (const f of ['key', 'volumeName', 'path']) {
        const n = get(file, f);
        if (n === undefined || scalarString(n) === '') report(n ?? keyNode(from, 'fileKeyRef'), t`${where}: fileKeyRef.${f} is required`);
      }
      const key = scalarString(get(file, 'key'));
      const p = key ? envNameProblem(key) : undefined;
      if (p) report(get(file, 'key'), t`${where}: fileKeyRef.key "${key}" is not a valid variable name: ${p}`);
      const vol = scalarString(get(file, 'volumeName'));
      const volume = vol ? volumes.get(vol) : undefined;
      if (volume && !get(volume, 'emptyDir'))
        report(get(file, 'volumeName'), t`${where}: fileKeyRef.volumeName "${vol}" must name an emptyDir volume`);
    }
  }
  const envFrom = mapItems(get(c.map, 'envFrom'));
  for (const { map, index } of envFrom) {
    const where = `envFrom[${index}] of ${who}`;
    const prefix = scalarString(get(map, 'prefix'));
    const p = prefix ? envNameProblem(prefix) : undefined;
    if (p) report(get(map, 'prefix'), t`${where}: prefix "${prefix}" is not valid: ${p}`);
    const refs = entries(map).filter((e) => e.key === 'configMapRef' || e.key === 'secretRef');
    if (!refs.length) report(keyNode(map, 'prefix') ?? map, t`${where} names neither a configMapRef nor a secretRef`);
    else if (refs.length > 1) report(refs[1].pair.key, t`${where} has both configMapRef and secretRef: use one per entry`);
    for (const r of refs) {
      const name = get(mapIn(map, r.key), 'name');
      if (name === undefined)
        report(r.pair.key, t`${where}: ${r.key}.name is required: name the ${r.key === 'secretRef' ? 'Secret' : 'ConfigMap'}`);
      else checkRefName(name, `${where}: ${r.key}.name`, report, true);
    }
  }
}

function checkFieldRef(ref: YAMLMap, where: string, allowed: string[], report: Report) {
  const api = scalarString(get(ref, 'apiVersion'));
  const pathNode = get(ref, 'fieldPath');
  const path = scalarString(pathNode);
  if (api && api !== 'v1') {
    report(get(ref, 'apiVersion'), t`${where}.apiVersion must be v1 (the Pod's API version), not ${api}`);
    return;
  }
  if (!path) return;
  const sub = /^(metadata\.(labels|annotations))\['(.*)'\]$/.exec(path) ?? /^([^[]+)\[/.exec(path);
  if (sub && !/^metadata\.(labels|annotations)$/.test(sub[1]))
    report(pathNode, t`${where}.fieldPath "${path}": only metadata.labels and metadata.annotations take a ['key'] subscript`);
  else if (!sub && !allowed.includes(path))
    report(pathNode, t`${where}.fieldPath "${path}" is not supported: use one of ${allowed.join(', ')}`);
}

function checkResourceRef(ref: YAMLMap, where: string, volume: boolean, report: Report) {
  if (volume && !get(ref, 'containerName'))
    report(keyNode(ref, 'resource') ?? ref, t`${where} in a volume needs containerName: the container whose resources it shows`);
  const resNode = get(ref, 'resource');
  const res = scalarString(resNode);
  if (res && !RESOURCE_FIELDS.includes(res) && !/^(requests|limits)\.hugepages-/.test(res))
    report(
      resNode,
      t`${where}.resource "${res}" is not supported: use one of ${RESOURCE_FIELDS.join(', ')} (or limits./requests.hugepages-<size>)`,
    );
  const div = get(ref, 'divisor');
  const d = scalarString(div);
  if (res && d !== undefined) {
    const q = parseQuantity(d);
    const canonical = q?.canonical ?? d;
    const allowed = res.endsWith('.cpu') ? CPU_DIVISORS : BYTE_DIVISORS;
    if (!allowed.includes(canonical)) report(div, t`${where}.divisor ${d} is not supported for ${res}: use one of ${allowed.join(', ')}`);
  }
}

function checkProbes(c: ContainerRef, grace: number, report: Report) {
  const who = describeContainer(c);
  for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    const probe = mapIn(c.map, kind);
    if (!probe) continue;
    const tgp = get(probe, 'terminationGracePeriodSeconds');
    if (tgp !== undefined && kind === 'readinessProbe')
      report(
        keyNode(probe, 'terminationGracePeriodSeconds'),
        t`the readinessProbe of ${who} cannot set terminationGracePeriodSeconds: a failing readiness probe does not restart the container`,
      );
    else if ((numberValue(tgp) ?? 1) <= 0)
      report(tgp, t`the ${kind} of ${who}: terminationGracePeriodSeconds must be greater than zero, not ${numberValue(tgp)}`);
    checkHandler(probe, t`the ${kind} of ${who}`, report);
  }
  const lifecycle = mapIn(c.map, 'lifecycle');
  for (const hook of ['postStart', 'preStop']) {
    const h = mapIn(lifecycle, hook);
    if (!h) continue;
    checkHandler(h, t`the ${hook} hook of ${who}`, report);
    const sleep = get(mapIn(h, 'sleep'), 'seconds');
    const s = numberValue(sleep);
    if (s !== undefined && (s < 0 || s > grace))
      report(sleep, t`the ${hook} sleep of ${who} must be from 0 to the pod's terminationGracePeriodSeconds (${grace}), not ${s}`);
  }
}

function checkHandler(h: YAMLMap, where: string, report: Report) {
  const http = mapIn(h, 'httpGet');
  for (const { map, index } of mapItems(get(http, 'httpHeaders'))) {
    const name = get(map, 'name');
    const v = scalarString(name);
    if (v !== undefined && !HEADER_NAME.test(v))
      report(
        name,
        t`${where}: httpHeaders[${index}].name "${v}" is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_\`|~, no spaces or ":")`,
      );
  }
  for (const action of ['httpGet', 'tcpSocket']) {
    const port = get(mapIn(h, action), 'port');
    const v = scalarValue(port);
    if (typeof v === 'number' && (v < 1 || v > 65535))
      report(port, t`${where}: ${action}.port ${v} is out of range: use a port number from 1 to 65535, or a container port name`);
    else if (typeof v === 'string' && v) {
      const problems = ianaSvcName(v);
      if (problems.length)
        report(
          port,
          t`${where}: ${action}.port "${v}" is not a valid port name: ${problems.join('; ')}; use a port number, or the name of a container port`,
        );
    }
  }
}

function checkInit(c: ContainerRef, report: Report) {
  if (c.group !== 'initContainers' || stringValue(get(c.map, 'restartPolicy')) === 'Always') return;
  for (const f of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe']) {
    const k = keyNode(c.map, f);
    if (k)
      report(
        k,
        t`${describeContainer(c)} runs to completion before the app starts, so it cannot have a ${f}: remove it, or set restartPolicy: Always to make it a sidecar`,
      );
  }
}

function checkMounts(c: ContainerRef, volumes: Map<string, YAMLMap>, report: Report) {
  const who = describeContainer(c);
  const mounts = mapItems(get(c.map, 'volumeMounts'));
  const devices = mapItems(get(c.map, 'volumeDevices'));
  const privileged = scalarValue(getIn(c.map, 'securityContext', 'privileged')) === true;
  const deviceNames = new Set(devices.map(({ map }) => scalarString(get(map, 'name'))));
  const devicePaths = new Set(devices.map(({ map }) => scalarString(get(map, 'devicePath'))));
  const mountNames = new Set(mounts.map(({ map }) => scalarString(get(map, 'name'))));
  const mountPaths = new Set(mounts.map(({ map }) => scalarString(get(map, 'mountPath'))));
  for (const { map, index } of mounts) {
    const where = `volumeMounts[${index}] of ${who}`;
    const name = scalarString(get(map, 'name'));
    const path = scalarString(get(map, 'mountPath'));
    if (name && deviceNames.has(name))
      report(get(map, 'name'), t`${where}: volume "${name}" is also in volumeDevices: a volume is either mounted or attached as a device`);
    if (path && devicePaths.has(path)) report(get(map, 'mountPath'), t`${where}: "${path}" is also the devicePath of a volumeDevice`);
    if (scalarString(get(map, 'subPath')) && scalarString(get(map, 'subPathExpr')))
      report(keyNode(map, 'subPathExpr'), t`${where} sets both subPath and subPathExpr: use one of them`);
    if (c.group === 'ephemeralContainers')
      for (const f of ['subPath', 'subPathExpr'])
        if (scalarString(get(map, f))) report(keyNode(map, f), t`${where}: ${f} cannot be set for an ephemeral container`);
    const prop = stringValue(get(map, 'mountPropagation'));
    if (prop === 'Bidirectional' && !privileged)
      report(
        get(map, 'mountPropagation'),
        t`${where}: Bidirectional mount propagation needs a privileged container: set securityContext.privileged: true, or use HostToContainer`,
      );
    const rroNode = get(map, 'recursiveReadOnly');
    const rro = stringValue(rroNode);
    if (rro !== undefined && !['Disabled', 'IfPossible', 'Enabled'].includes(rro))
      report(rroNode, t`${where}: recursiveReadOnly "${rro}" is not supported: use Disabled, IfPossible or Enabled`);
    else if (rro && rro !== 'Disabled') {
      if (scalarValue(get(map, 'readOnly')) !== true) report(rroNode, t`${where}: recursiveReadOnly ${rro} needs readOnly: true`);
      else if (prop && prop !== 'None')
        report(rroNode, t`${where}: recursiveReadOnly ${rro} needs mountPropagation None (or unset), not ${prop}`);
    }
  }
  const seenNames = new Set<string>();
  const seenPaths = new Set<string>();
  for (const { map, index } of devices) {
    const where = `volumeDevices[${index}] of ${who}`;
    const nameNode = get(map, 'name');
    const pathNode = get(map, 'devicePath');
    const name = scalarString(nameNode);
    const path = scalarString(pathNode);
    if (name) {
      if (seenNames.has(name)) report(nameNode, t`${where}: volume "${name}" is attached twice: each volume device must be unique`);
      seenNames.add(name);
      const vol = volumes.get(name);
      if (vol && !get(vol, 'persistentVolumeClaim') && !get(vol, 'ephemeral'))
        report(
          nameNode,
          t`${where}: volume "${name}" is not a persistentVolumeClaim or ephemeral volume, so it cannot be attached as a block device`,
        );
      if (mountNames.has(name))
        report(nameNode, t`${where}: volume "${name}" is also in volumeMounts: a volume is either mounted or attached as a device`);
    }
    if (path) {
      if (seenPaths.has(path)) report(pathNode, t`${where}: devicePath "${path}" is used twice`);
      seenPaths.add(path);
      if (path.split('/').includes('..')) report(pathNode, t`${where}: devicePath "${path}" must not contain ".."`);
      if (mountPaths.has(path)) report(pathNode, t`${where}: devicePath "${path}" is also the mountPath of a volumeMount`);
    }
  }
}

/** resizePolicy (validateResizePolicy) and container restart rules (validateContainerRestartPolicy). */
function checkRestart(c: ContainerRef, podRestart: string, report: Report) {
  const who = describeContainer(c);
  const seen = new Set<string>();
  for (const { map, index } of mapItems(get(c.map, 'resizePolicy'))) {
    const where = `resizePolicy[${index}] of ${who}`;
    const rn = get(map, 'resourceName');
    const r = scalarString(rn);
    if (r === '') report(rn, t`${where}.resourceName must not be empty: use cpu or memory`);
    else if (r !== undefined && r !== 'cpu' && r !== 'memory')
      report(rn, t`${where}.resourceName "${r}" cannot be resized in place: use cpu or memory`);
    else if (r && seen.has(r)) report(rn, t`${where}: ${r} has a resize policy already`);
    if (r) seen.add(r);
    const rp = get(map, 'restartPolicy');
    const p = scalarString(rp);
    if (p === '') report(rp, t`${where}.restartPolicy must not be empty: use NotRequired or RestartContainer`);
    else if (p !== undefined && p !== 'NotRequired' && p !== 'RestartContainer')
      report(rp, t`${where}.restartPolicy "${p}" is not supported: use NotRequired or RestartContainer`);
    else if (p === 'RestartContainer' && podRestart === 'Never')
      report(rp, t`${where}.restartPolicy must be NotRequired when the pod's restartPolicy is Never`);
    else if (p === 'RestartContainer' && c.group === 'initContainers' && scalarString(get(c.map, 'restartPolicy')) !== 'Always')
      report(
        rp,
        t`${where}.restartPolicy must be NotRequired: only a sidecar (restartPolicy: Always) init container can be restarted to resize`,
      );
  }
  const policyNode = get(c.map, 'restartPolicy');
  const policy = scalarString(policyNode);
  const rules = mapItems(get(c.map, 'restartPolicyRules'));
  if (policy === undefined) {
    if (rules.length)
      report(
        keyNode(c.map, 'restartPolicyRules'),
        t`${who} has restartPolicyRules but no restartPolicy: set restartPolicy (the default for exits the rules do not match)`,
      );
    return;
  }
  if (c.group === 'containers' && !['Always', 'Never', 'OnFailure'].includes(policy))
    report(policyNode, t`restartPolicy "${policy}" of ${who} is not supported: use Always, OnFailure or Never`);
  if (rules.length > 20) report(keyNode(c.map, 'restartPolicyRules'), t`${who} has ${rules.length} restartPolicyRules: the limit is 20`);
  for (const { map, index } of rules) {
    const where = `restartPolicyRules[${index}] of ${who}`;
    const action = get(map, 'action');
    // RestartAllContainers is allowed: its gate (RestartAllContainersOnContainerExits) is on by default since 1.36.
    if (action !== undefined && scalarString(action) !== 'Restart' && scalarString(action) !== 'RestartAllContainers')
      report(action, t`${where}.action "${scalarString(action)}" is not supported: use Restart or RestartAllContainers`);
    const codes = mapIn(map, 'exitCodes');
    if (!codes) {
      report(keyNode(map, 'action') ?? map, t`${where} needs exitCodes (operator In or NotIn, and the exit codes)`);
      continue;
    }
    const op = get(codes, 'operator');
    if (op !== undefined && !['In', 'NotIn'].includes(scalarString(op) ?? ''))
      report(op, t`${where}.exitCodes.operator "${scalarString(op)}" is not supported: use In or NotIn`);
    const values = itemsOf(get(codes, 'values'));
    if (values.length > 255) report(keyNode(codes, 'values'), t`${where}.exitCodes lists ${values.length} values: the limit is 255`);
  }
}

/** Resources that cannot be overcommitted: requests equal limits (hugepages, extended resources). */
const overcommittable = (name: string) => !name.startsWith('hugepages-') && (!name.includes('/') || name.startsWith('kubernetes.io/'));

function checkResources(c: ContainerRef, report: Report) {
  const res = mapIn(c.map, 'resources');
  if (!res) return;
  const who = describeContainer(c);
  const limits = mapIn(res, 'limits');
  const requests = mapIn(res, 'requests');
  // validateContainerResourceName: a name without a domain is one of the container resources.
  for (const part of ['limits', 'requests'])
    for (const { key, pair } of entries(mapIn(res, part))) {
      const problems = qualifiedName(key);
      if (problems.length) report(pair.key, t`resources.${part} of ${who}: "${key}" is not a resource name: ${problems.join('; ')}`);
      else if (!key.includes('/') && !CONTAINER_RESOURCES.includes(key) && !key.startsWith('hugepages-'))
        report(
          pair.key,
          t`resources.${part} of ${who}: "${key}" is not a resource a container can ask for: use cpu, memory, ephemeral-storage or hugepages-<size>, or an extended resource with its domain, e.g. nvidia.com/gpu`,
        );
    }
  for (const { key, pair } of entries(requests)) {
    if (overcommittable(key)) continue;
    const limit = get(limits, key);
    if (limit === undefined)
      report(pair.key, t`${who} requests ${key} without a limit: ${key} cannot be overcommitted, so set limits.${key} to the same amount`);
    else {
      const a = parseQuantity(scalarString(pair.value) ?? '');
      const b = parseQuantity(scalarString(limit) ?? '');
      if (a && b && a.value !== b.value)
        report(
          pair.value,
          t`${who} requests ${a.text} of ${key} but its limit is ${b.text}: ${key} cannot be overcommitted, so the request must equal the limit`,
        );
    }
  }
  const names = [...entries(limits), ...entries(requests)].map((e) => e.key);
  if (names.some((n) => n.startsWith('hugepages-')) && !names.some((n) => n === 'cpu' || n === 'memory'))
    report(
      keyNode(res, 'limits') ?? keyNode(res, 'requests'),
      t`${who} asks for hugepages without cpu or memory: hugepages need a cpu or memory request or limit too`,
    );
}

export const rule: DocumentRule = {
  id: 'k8s/container-fields',
  title: 'Container env, probes, hooks, mounts and resources are valid',
  severity: 'error',
  scope: 'document',
  doc:
    'The container checks of validateContainers and validateInitContainers (pkg/apis/core/validation): environment variable names are printable ASCII without "=", `valueFrom` names one source and goes without `value`, ' +
    'fieldRef paths and resourceFieldRef resources and divisors are ones the downward API supports, ConfigMap/Secret key references have valid names and keys, `envFrom` names one of configMapRef/secretRef; ' +
    'readiness probes take no terminationGracePeriodSeconds, probe and hook ports are in range or valid port names, HTTP header names are tokens, a sleep hook fits in the grace period; ' +
    'plain init containers have no probes or lifecycle; a volume is mounted or attached as a device, not both, devices are unique and backed by a claim; subPath and subPathExpr exclude each other; ' +
    'Bidirectional propagation needs privileged; recursiveReadOnly needs readOnly; hugepages and extended resources request what they limit, and hugepages come with cpu or memory.',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      const volumes = new Map<string, YAMLMap>();
      for (const { map } of mapItems(get(pod.spec, 'volumes'))) {
        const name = scalarString(get(map, 'name'));
        if (name) volumes.set(name, map);
      }
      const grace = numberValue(get(pod.spec, 'terminationGracePeriodSeconds')) ?? 30;
      for (const c of containersOf(pod.spec)) {
        checkEnv(c, volumes, report);
        checkProbes(c, grace, report);
        checkInit(c, report);
        checkMounts(c, volumes, report);
        checkResources(c, report);
        if (c.group !== 'ephemeralContainers') checkRestart(c, stringValue(get(pod.spec, 'restartPolicy')) ?? 'Always', report);
      }
      // Volume files of the downward API: container resources need the container's name.
      for (const { map } of mapItems(get(pod.spec, 'volumes'))) {
        const vol = scalarString(get(map, 'name'));
        const files = [
          ...mapItems(getIn(map, 'downwardAPI', 'items')),
          ...mapItems(getIn(map, 'projected', 'sources')).flatMap(({ map: s }) => mapItems(getIn(s, 'downwardAPI', 'items'))),
        ];
        for (const { map: f } of files) {
          const res = mapIn(f, 'resourceFieldRef');
          if (res) checkResourceRef(res, `volume "${vol}": resourceFieldRef`, true, report);
          const fr = mapIn(f, 'fieldRef');
          if (fr)
            checkFieldRef(
              fr,
              `volume "${vol}": fieldRef`,
              ['metadata.name', 'metadata.namespace', 'metadata.uid', 'metadata.labels', 'metadata.annotations'],
              report,
            );
        }
      }
      // Host ports across all containers: one hostPort+protocol+hostIP per pod; with hostNetwork it equals containerPort.
      const seen = new Set<string>();
      const hostNetwork = scalarValue(get(pod.spec, 'hostNetwork')) === true;
      for (const c of containersOf(pod.spec, ['containers', 'initContainers'])) {
        for (const { map } of mapItems(get(c.map, 'ports'))) {
          const hp = numberValue(get(map, 'hostPort'));
          const cp = numberValue(get(map, 'containerPort'));
          if (hostNetwork && hp !== undefined && cp !== undefined && hp !== cp)
            report(
              get(map, 'hostPort'),
              t`with hostNetwork: true, hostPort must equal containerPort (${cp}), not ${hp}: the container listens on the node directly`,
            );
          if (!hp) continue;
          const key = `${hp}/${stringValue(get(map, 'protocol')) ?? 'TCP'}/${stringValue(get(map, 'hostIP')) ?? ''}`;
          if (seen.has(key))
            report(
              get(map, 'hostPort'),
              t`hostPort ${hp}/${stringValue(get(map, 'protocol')) ?? 'TCP'} is used twice in this pod: a node port can be taken once`,
            );
          seen.add(key);
        }
      }
    }
  },
};
