import type { Node, YAMLMap } from 'yaml';
import { parseQuantity } from '../k8s/quantity';
import { dns1123Label, dns1123Subdomain } from '../k8s/names';
import {
  asMap,
  asSeq,
  entries,
  get,
  getIn,
  isBuiltin,
  itemsOf,
  keyNode,
  mapIn,
  mapItems,
  numberValue,
  podSpecs,
  scalarValue,
  stringValue,
  scalarString,
} from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

// The field checks of the volume sources of pods and PersistentVolumes (validateVolumeSource and
// ValidatePersistentVolumeSpec call one function per source, in pkg/apis/core/validation/validation.go).

/** [field path inside the source, does the schema already require it (then only an empty value is ours)]. */
type Req = [path: string, schema: boolean];

/**
 * The fields each source needs, non-empty, where pod volumes and PersistentVolumes ask the same
 * (validateVolumeSource and ValidatePersistentVolumeSpec call the same function per source).
 * A path `a.b` is checked only when `a` is set.
 */
const SHARED_REQUIRED: Record<string, Req[]> = {
  hostPath: [['path', true]],
  gcePersistentDisk: [['pdName', true]],
  awsElasticBlockStore: [['volumeID', true]],
  nfs: [
    ['server', true],
    ['path', true],
  ],
  quobyte: [
    ['registry', true],
    ['volume', true],
  ],
  glusterfs: [
    ['endpoints', true],
    ['path', true],
  ],
  rbd: [
    ['monitors', true],
    ['image', true],
  ],
  cephfs: [['monitors', true]],
  flexVolume: [['driver', true]],
  azureFile: [
    ['secretName', true],
    ['shareName', true],
  ],
  azureDisk: [
    ['diskName', true],
    ['diskURI', true],
  ],
  vsphereVolume: [['volumePath', true]],
  photonPersistentDisk: [['pdID', true]],
  portworxVolume: [['volumeID', true]],
  scaleIO: [
    ['gateway', true],
    ['system', true],
    ['volumeName', false],
  ],
};

const ISCSI: Req[] = [
  ['targetPortal', true],
  ['iqn', true],
];

/** Pod volumes: the shared sources, the pod-only ones, and the pod forms of iscsi, cinder, storageos and csi. */
const POD_REQUIRED: Record<string, Req[]> = {
  ...SHARED_REQUIRED,
  gitRepo: [['repository', true]],
  iscsi: ISCSI,
  secret: [['secretName', false]],
  configMap: [['name', false]],
  persistentVolumeClaim: [['claimName', true]],
  cinder: [
    ['volumeID', true],
    ['secretRef.name', false],
  ],
  storageos: [
    ['volumeName', false],
    ['secretRef.name', false],
  ],
  csi: [
    ['driver', true],
    ['nodePublishSecretRef.name', false],
  ],
  ephemeral: [['volumeClaimTemplate', false]],
  image: [['reference', false]],
};

const PV_SECRET_REFS = [
  'controllerPublishSecretRef',
  'nodeStageSecretRef',
  'nodePublishSecretRef',
  'controllerExpandSecretRef',
  'nodeExpandSecretRef',
];

/** PersistentVolumes: the shared sources and local; their secret references also name a namespace. */
const PV_REQUIRED: Record<string, Req[]> = {
  ...SHARED_REQUIRED,
  iscsi: [...ISCSI, ['secretRef.name', false]],
  cinder: [
    ['volumeID', true],
    ['secretRef.name', false],
    ['secretRef.namespace', false],
  ],
  local: [['path', true]],
  storageos: [
    ['volumeName', false],
    ['secretRef.name', false],
    ['secretRef.namespace', false],
  ],
  csi: [
    ['driver', true],
    ['volumeHandle', true],
    ...PV_SECRET_REFS.flatMap((r): Req[] => [
      [`${r}.name`, false],
      [`${r}.namespace`, false],
    ]),
  ],
};

const isEmpty = (node: Node | null | undefined) => {
  const v = scalarValue(node);
  if (v === '') return true;
  const seq = asSeq(node);
  return !!seq && seq.items.length === 0;
};

function checkRequired(source: string, map: YAMLMap, sourceKey: Node, reqs: Req[], where: string, report: Report) {
  for (const [path, schema] of reqs) {
    const parts = path.split('.');
    const parent = parts.length > 1 ? mapIn(map, parts[0]) : map;
    if (!parent) continue;
    const field = parts[parts.length - 1];
    const node = get(parent, field);
    const label = `${source}.${path}`;
    if (node === undefined) {
      if (!schema && !keyNode(parent, field))
        report(parts.length > 1 ? keyNode(map, parts[0]) : sourceKey, t`${where}${label} is required: add "${field}:" with a value`);
      else if (keyNode(parent, field)) report(keyNode(parent, field), t`${where}${label} must not be empty`);
    } else if (isEmpty(node)) {
      report(node, t`${where}${label} must not be empty`);
    }
  }
}

/** A file mode: Kubernetes takes 0 to 0777 (octal); YAML 1.1 reads `0644` as octal, `644` as decimal. */
function checkMode(node: Node | undefined, label: string, report: Report) {
  const n = numberValue(node);
  if (n === undefined || (n >= 0 && n <= 0o777)) return;
  const digits = String(n);
  const asOctal = /^[0-7]{3}$/.test(digits) ? `0${digits}` : undefined;
  report(
    node,
    t`${label} ${n} is not a file mode: use a number from 0 to 0777 (octal)${asOctal ? t`, e.g. ${asOctal} — ${n} is read as decimal, write the leading 0 for octal` : ''}`,
    {
      fixes: asOctal
        ? [{ title: t`Change to ${asOctal}`, edits: [{ start: node!.range![0], end: node!.range![1], newText: asOctal }], preferred: true }]
        : undefined,
    },
  );
}

/** A path inside the volume: relative, without `..` elements, not starting with `..`. */
function checkLocalPath(node: Node | undefined, label: string, report: Report, reserved = true) {
  const p = stringValue(node);
  if (!p) return;
  if (p.startsWith('/'))
    report(node, t`${label} "${p}" must be a relative path (inside the volume), not an absolute one: write "${p.replace(/^\/+/, '')}"`);
  else if (p.split('/').includes('..')) report(node, t`${label} "${p}" must not contain ".." (it would point outside the volume)`);
  else if (reserved && p.startsWith('..'))
    report(node, t`${label} "${p}" must not start with ".." (the kubelet keeps its own files there)`);
}

function checkItems(items: Node | undefined, label: string, report: Report, seen?: Map<string, Node>) {
  for (const { map, index } of mapItems(items)) {
    const at = `${label}[${index}]`;
    for (const f of ['key', 'path']) if (isEmpty(get(map, f))) report(get(map, f), t`${at}.${f} must not be empty`);
    checkLocalPath(get(map, 'path'), `${at}.path`, report);
    checkMode(get(map, 'mode'), `${at}.mode`, report);
    dupPath(get(map, 'path'), seen, report);
  }
}

function dupPath(node: Node | undefined, seen: Map<string, Node> | undefined, report: Report) {
  const p = stringValue(node);
  if (!seen || !p) return;
  if (seen.has(p)) report(node, t`path "${p}" is already used by another source of this projected volume: each file needs its own path`);
  else seen.set(p, node!);
}

const IQN = /^iqn\.\d{4}-\d{2}\.[A-Za-z0-9.-]+(:[^,;*&$|\s]+)$/;
const EUI = /^eui.[A-Za-z0-9]{16}$/;
const NAA = /^naa.[A-Za-z0-9]{32}$/;

function checkIqn(node: Node | undefined, label: string, report: Report) {
  const v = stringValue(node);
  if (!v) return;
  if (!/^(iqn|eui|naa)/.test(v))
    report(node, t`${label} "${v}" is not an iSCSI name: it must start with iqn, eui or naa (e.g. iqn.2001-04.com.example:storage)`);
  else if ((v.startsWith('iqn') && !IQN.test(v)) || (v.startsWith('eui') && !EUI.test(v)) || (v.startsWith('naa') && !NAA.test(v)))
    report(
      node,
      t`${label} "${v}" is not a valid iSCSI name: use iqn.YYYY-MM.reverse.domain:name, eui. and 16 hex digits, or naa. and 32 hex digits`,
    );
}

function checkRange(node: Node | undefined, label: string, lo: number, hi: number, report: Report) {
  const n = numberValue(node);
  if (n !== undefined && (n < lo || n > hi)) report(node, t`${label} must be from ${lo} to ${hi}, not ${n}`);
}

function checkCsiDriver(node: Node | undefined, label: string, report: Report) {
  const v = stringValue(node);
  if (v === undefined || v === '') return;
  if (v.length > 63) report(node, t`${label} "${v}" is ${v.length} characters long: a CSI driver name is at most 63`);
  else if (dns1123Subdomain(v.toLowerCase()).length)
    report(node, t`${label} "${v}" is not a valid CSI driver name: use a DNS subdomain such as ebs.csi.aws.com`);
}

/** The checks that are more than "needs a value", shared by pod volumes and PersistentVolumes. */
function checkSource(
  source: string,
  map: YAMLMap,
  sourceKey: Node,
  where: string,
  volumeName: string | undefined,
  report: Report,
  pv: boolean,
) {
  const f = (k: string) => get(map, k);
  const label = (k: string) => `${where}${source}.${k}`;
  switch (source) {
    case 'emptyDir': {
      const q = parseQuantity(scalarString(f('sizeLimit')) ?? '');
      if (q && q.value < 0) report(f('sizeLimit'), t`${label('sizeLimit')} must not be negative: use a size such as 1Gi`);
      break;
    }
    case 'hostPath':
      if (stringValue(f('path'))?.split('/').includes('..'))
        report(f('path'), t`${label('path')} "${stringValue(f('path'))}" must not contain ".."`);
      break;
    case 'gitRepo':
      checkLocalPath(f('directory'), label('directory'), report, false);
      break;
    case 'iscsi': {
      checkIqn(f('iqn'), label('iqn'), report);
      checkIqn(f('initiatorName'), label('initiatorName'), report);
      checkRange(f('lun'), label('lun'), 0, 255, report);
      if ((scalarValue(f('chapAuthDiscovery')) === true || scalarValue(f('chapAuthSession')) === true) && !f('secretRef'))
        report(
          keyNode(map, scalarValue(f('chapAuthSession')) === true ? 'chapAuthSession' : 'chapAuthDiscovery'),
          t`${where}iscsi uses CHAP authentication, so it needs a secretRef naming the Secret with the CHAP credentials`,
        );
      const portal = stringValue(f('targetPortal'));
      if (f('initiatorName') && volumeName && portal && (volumeName + ':' + portal).length > 64)
        report(
          f('targetPortal'),
          t`${pv ? '' : where}with an initiatorName, the ${pv ? 'PersistentVolume' : 'volume'} name and targetPortal together ("${volumeName}:${portal}") must be at most 64 characters, not ${(volumeName + ':' + portal).length}`,
        );
      break;
    }
    case 'fc': {
      const wwns = itemsOf(f('targetWWNs')).length;
      const wwids = itemsOf(f('wwids')).length;
      if (!wwns && !wwids)
        report(
          keyNode(map, 'targetWWNs') ?? keyNode(map, 'wwids') ?? sourceKey,
          t`${where}fc needs either targetWWNs (with a lun) or wwids`,
        );
      else if (wwns && wwids) report(keyNode(map, 'wwids'), t`${where}fc sets both targetWWNs and wwids: use one of them`);
      else if (wwns && !f('lun')) report(keyNode(map, 'targetWWNs'), t`${where}fc.lun is required with targetWWNs: add "lun:" (0 to 255)`);
      checkRange(f('lun'), label('lun'), 0, 255, report);
      break;
    }
    case 'gcePersistentDisk':
    case 'awsElasticBlockStore':
      checkRange(f('partition'), label('partition'), 0, 255, report);
      break;
    case 'secret':
    case 'configMap':
      checkMode(f('defaultMode'), label('defaultMode'), report);
      checkItems(f('items'), label('items'), report);
      break;
    case 'downwardAPI':
      checkMode(f('defaultMode'), label('defaultMode'), report);
      checkDownwardItems(f('items'), label('items'), report);
      break;
    case 'projected':
      checkMode(f('defaultMode'), label('defaultMode'), report);
      checkProjected(map, where, report);
      break;
    case 'nfs': {
      const p = stringValue(f('path'));
      if (p && !p.startsWith('/')) report(f('path'), t`${label('path')} "${p}" must be an absolute path on the NFS server: write "/${p}"`);
      break;
    }
    case 'quobyte': {
      const tenant = stringValue(f('tenant'));
      if (tenant && tenant.length >= 65)
        report(f('tenant'), t`${label('tenant')} is ${tenant.length} characters long: a Quobyte tenant (a UUID) is at most 64`);
      const registry = stringValue(f('registry'));
      if (registry)
        for (const pair of registry.split(','))
          if (!/^(\[[^\]]+\]|[^:]*):\d*$/.test(pair)) {
            report(
              f('registry'),
              t`${label('registry')} "${registry}" must be host:port pairs separated by commas, e.g. registry.example.com:7861`,
            );
            break;
          }
      break;
    }
    case 'glusterfs': {
      const ns = f('endpointsNamespace');
      if (pv && ns !== undefined) {
        const v = stringValue(ns);
        if (v === '') report(ns, t`${label('endpointsNamespace')} must not be empty: leave it out to use the claim's namespace`);
        else if (v && dns1123Label(v).length)
          report(
            ns,
            t`${label('endpointsNamespace')} "${v}" is not a valid namespace name: lowercase letters, digits and "-", at most 63 characters`,
          );
      }
      break;
    }
    case 'flocker': {
      const name = stringValue(f('datasetName'));
      const uuid = stringValue(f('datasetUUID'));
      if (!name && !uuid) report(sourceKey, t`${where}flocker needs one of datasetName and datasetUUID`);
      else if (name && uuid) report(keyNode(map, 'datasetUUID'), t`${where}flocker sets both datasetName and datasetUUID: use one of them`);
      if (name?.includes('/')) report(f('datasetName'), t`${label('datasetName')} "${name}" must not contain "/"`);
      break;
    }
    case 'flexVolume':
      for (const { key, pair } of entries(mapIn(map, 'options'))) {
        const domain = key.includes('/') ? key.split('/')[0].toLowerCase() : '';
        if (domain === 'kubernetes.io' || domain === 'k8s.io' || domain.endsWith('.kubernetes.io') || domain.endsWith('.k8s.io'))
          report(
            pair.key,
            t`${label('options')} key "${key}" uses a reserved prefix (kubernetes.io, k8s.io): Kubernetes sets those options itself`,
          );
      }
      break;
    case 'azureFile': {
      const ns = f('secretNamespace');
      if (pv && ns !== undefined && stringValue(ns) === '')
        report(ns, t`${label('secretNamespace')} must not be empty: leave it out to use the claim's namespace`);
      break;
    }
    case 'azureDisk': {
      const uri = stringValue(f('diskURI'));
      const kind = stringValue(f('kind')) ?? 'Shared';
      if (uri && kind === 'Managed' && !uri.startsWith('/subscriptions/'))
        report(f('diskURI'), t`${label('diskURI')} of a Managed disk must be its resource ID, starting with /subscriptions/`);
      else if (uri && ['Shared', 'Dedicated'].includes(kind) && !uri.startsWith('https://'))
        report(
          f('diskURI'),
          t`${label('diskURI')} of a ${kind} (blob) disk must be a URL starting with https://${stringValue(f('kind')) ? '' : t(' (kind defaults to Shared; set kind: Managed for a managed disk)')}`,
        );
      break;
    }
    case 'csi':
      checkCsiDriver(f('driver'), label('driver'), report);
      if (!pv) {
        const secret = getIn(map, 'nodePublishSecretRef', 'name');
        const name = stringValue(secret);
        if (name && dns1123Subdomain(name).length)
          report(
            secret,
            t`${label('nodePublishSecretRef.name')} "${name}" is not a valid Secret name: lowercase letters, digits, "-" and ".", at most 253 characters`,
          );
      }
      break;
  }
}

function checkDownwardItems(items: Node | undefined, label: string, report: Report, seen?: Map<string, Node>) {
  for (const { map, index } of mapItems(items)) {
    const where = `${label}[${index}]`;
    const hasField = get(map, 'fieldRef') !== undefined;
    const hasResource = get(map, 'resourceFieldRef') !== undefined;
    if (hasField && hasResource)
      report(keyNode(map, 'resourceFieldRef'), t`${where} sets both fieldRef and resourceFieldRef: a file shows one of them`);
    else if (!hasField && !hasResource)
      report(keyNode(map, 'path') ?? map, t`${where} needs a fieldRef (e.g. metadata.labels) or a resourceFieldRef (e.g. limits.memory)`);
    if (isEmpty(get(map, 'path'))) report(get(map, 'path'), t`${where}.path must not be empty`);
    checkLocalPath(get(map, 'path'), `${where}.path`, report);
    checkMode(get(map, 'mode'), `${where}.mode`, report);
    dupPath(get(map, 'path'), seen, report);
  }
}

const PROJECTION_SOURCES = ['secret', 'configMap', 'downwardAPI', 'serviceAccountToken', 'clusterTrustBundle', 'podCertificate'];

function checkProjected(map: YAMLMap, where: string, report: Report) {
  const seen = new Map<string, Node>();
  for (const { map: src, index } of mapItems(get(map, 'sources'))) {
    const label = `${where}projected.sources[${index}]`;
    const kinds = entries(src).filter((e) => PROJECTION_SOURCES.includes(e.key));
    for (const extra of kinds.slice(1))
      report(
        extra.pair.key,
        t`${label} already projects "${kinds[0].key}": each entry of sources projects one thing, so "${extra.key}" needs its own "- ${extra.key}:" entry`,
      );
    for (const kind of ['secret', 'configMap']) {
      const s = mapIn(src, kind);
      if (!s) continue;
      const name = get(s, 'name');
      if (name === undefined || isEmpty(name))
        report(
          name ?? keyNode(src, kind),
          t`${label}.${kind}.name is required: name the ${kind === 'secret' ? 'Secret' : 'ConfigMap'} to project`,
        );
      checkItems(get(s, 'items'), `${label}.${kind}.items`, report, seen);
    }
    const dapi = mapIn(src, 'downwardAPI');
    if (dapi) checkDownwardItems(get(dapi, 'items'), `${label}.downwardAPI.items`, report, seen);
    const token = mapIn(src, 'serviceAccountToken');
    if (token) {
      const exp = get(token, 'expirationSeconds');
      const n = numberValue(exp);
      if (n !== undefined && n < 600)
        report(exp, t`${label}.serviceAccountToken.expirationSeconds must be at least 600 (10 minutes), not ${n}`);
      else if (n !== undefined && n > 2 ** 32)
        report(exp, t`${label}.serviceAccountToken.expirationSeconds must be at most 2^32 (4294967296), not ${n}`);
      if (isEmpty(get(token, 'path'))) report(get(token, 'path'), t`${label}.serviceAccountToken.path must not be empty`);
      checkLocalPath(get(token, 'path'), `${label}.serviceAccountToken.path`, report);
    }
  }
}

export const rule: DocumentRule = {
  id: 'k8s/volume-fields',
  title: 'Volume sources have the fields their kind needs, with valid values',
  severity: 'error',
  scope: 'document',
  doc:
    'The checks the API server runs on each volume source of a pod and of a PersistentVolume: the fields a source needs are set and not empty ' +
    '(`secret.secretName`, `configMap.name`, `nfs.server`, `csi.driver`, …; a missing field the schema requires is reported by the schema check), file modes are 0 to 0777 ' +
    '(`defaultMode: 644` is decimal 644 = 01204: write `0644`), `items[].path` is relative and has no `..`, `nfs.path` is absolute, iSCSI names start with iqn/eui/naa, LUNs and partitions are 0 to 255, ' +
    'a projected volume has one source per entry and no path twice, a service account token lives at least 10 minutes, CSI driver names are DNS subdomains of at most 63 characters, ' +
    'an Azure disk URI matches its kind. (validateVolumeSource and ValidatePersistentVolumeSpec, pkg/apis/core/validation.)',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      for (const { map, index } of mapItems(get(pod.spec, 'volumes'))) {
        const volumeName = stringValue(get(map, 'name'));
        const where = `volume "${volumeName ?? `volumes[${index}]`}": `;
        for (const { key, pair } of entries(map)) {
          const src = asMap(pair.value);
          if (key === 'name' || !src) continue;
          if (key === 'image' && pod.isTemplate) {
            // image.reference may be empty in a template (a controller fills it in); the schema keeps the type.
          } else if (POD_REQUIRED[key]) checkRequired(key, src, pair.key as Node, POD_REQUIRED[key], where, report);
          checkSource(key, src, pair.key as Node, where, volumeName, report, false);
        }
      }
    }
    if (isBuiltin(doc, 'PersistentVolume')) {
      const spec = mapIn(doc.root, 'spec');
      const pvName = stringValue(getIn(doc.root, 'metadata', 'name'));
      for (const { key, pair } of entries(spec)) {
        const src = asMap(pair.value);
        if (!src) continue;
        if (PV_REQUIRED[key]) checkRequired(key, src, pair.key as Node, PV_REQUIRED[key], 'spec.', report);
        if (PV_REQUIRED[key] || key === 'fc' || key === 'flocker') checkSource(key, src, pair.key as Node, 'spec.', pvName, report, true);
      }
    }
  },
};
