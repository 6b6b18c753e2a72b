import type { Node } from 'yaml';
import type { ManifestDocument } from '../yaml/parse';
import {
  containersOf,
  entries,
  get,
  getIn,
  itemsOf,
  keyNode,
  linkAliases,
  mapItems,
  podSpecs,
  scalarText,
  scalarValue,
  spanOf,
  stringValue,
  type At,
} from '../yaml/nodes';
import { claimSpec, volumeSpec } from '../k8s/binding';
import { detailOf, images as imagesText } from '../k8s/summary';
import type { LabelSelector, Labels } from '../k8s/selectors';
import { getSchemaStore, isClusterScoped } from '../schema';
import { groupOf } from './identity';
import type { LabelEntry, ObjectFact, PartFact, PodFact, ReferenceFact, ReferenceType, SelectorFact, Span } from './types';
import { operatorReferences } from './operators';
import { t } from '../l10n';

/**
 * The facts of one document: its identity, what it defines (keys, ports, volumes, pod templates)
 * and what it refers to. Kept on the parsed document, so an edit elsewhere in the file (or the
 * workspace) reuses them; spans are relative to the document's chunk.
 */
export function documentFacts(doc: ManifestDocument, docIndex: number): ObjectFact | undefined {
  const cached = doc.cache.get('model:facts') as { fact: ObjectFact | undefined } | undefined;
  if (cached) {
    if (cached.fact) cached.fact.docIndex = docIndex;
    return cached.fact;
  }
  let fact: ObjectFact | undefined;
  try {
    fact = extract(doc, docIndex);
    if (fact) fact = compact(fact, new Map());
  } catch {
    fact = undefined; // a document too odd to read is left out of the model, never a crash
  }
  doc.cache.set('model:facts', { fact });
  return fact;
}

/**
 * The fact with every array copied to its exact length: arrays grown by push keep room for 16
 * more entries, and a model of a 20 MB input holds hundreds of thousands of small ones. The same
 * array reached twice stays one array.
 */
function compact<T>(value: T, copies: Map<unknown, unknown>): T {
  if (typeof value !== 'object' || value === null) return value;
  const done = copies.get(value);
  if (done) return done as T;
  if (Array.isArray(value)) {
    const copy = value.slice();
    copies.set(value, copy);
    for (let i = 0; i < copy.length; i++) copy[i] = compact(copy[i], copies);
    return copy as T;
  }
  copies.set(value, value);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = compact(record[key], copies);
  return value;
}

const span = (at: At, fallback: Span): Span => spanOf(at) ?? fallback;

/** The `key: value` labels of a labels map with where each is (for references to a label and its rename). */
function labelEntriesOf(node: unknown, fallback: Span): LabelEntry[] {
  return entries(node).flatMap(({ key, pair }) => {
    const value = scalarText(pair.value) ?? (typeof scalarValue(pair.value) === 'boolean' ? String(scalarValue(pair.value)) : undefined);
    return value === undefined ? [] : [{ key, value, keySpan: span(pair.key, fallback), valueSpan: span(pair.value, fallback) }];
  });
}

function labelsOfNode(node: unknown): Labels {
  const out: Labels = {};
  for (const { key, pair } of entries(node)) {
    const v = scalarValue(pair.value);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[key] = String(v);
  }
  return out;
}

/** A LabelSelector node (matchLabels + matchExpressions), or a Service's plain map. */
function selectorOf(node: Node | undefined, form: 'map' | 'label', emptySelectsAll: boolean, fallback: Span): SelectorFact {
  const labelsNode = form === 'map' ? node : get(node, 'matchLabels');
  const entryList = entries(labelsNode).flatMap(({ key, pair }) => {
    const value = scalarText(pair.value) ?? (typeof scalarValue(pair.value) === 'boolean' ? String(scalarValue(pair.value)) : undefined);
    return value === undefined ? [] : [{ key, value, keySpan: span(pair.key, fallback), valueSpan: span(pair.value, fallback) }];
  });
  const labels = Object.fromEntries(entryList.map((e) => [e.key, e.value]));
  if (form === 'map') return { form, labels, emptySelectsAll, entries: entryList };
  const expressions = mapItems(get(node, 'matchExpressions')).map(({ map }) => ({
    key: stringValue(get(map, 'key')),
    operator: stringValue(get(map, 'operator')),
    values: itemsOf(get(map, 'values'))
      .map(scalarText)
      .filter((v): v is string => v !== undefined),
  }));
  const selector: LabelSelector = { matchLabels: labels, ...(expressions.length ? { matchExpressions: expressions } : {}) };
  return { form, selector, emptySelectsAll, entries: entryList };
}

const WORKLOADS: Record<string, string[]> = {
  Deployment: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  Job: ['batch'],
  ReplicationController: [''],
};

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const HANDLERS = ['postStart', 'preStop'];

function extract(doc: ManifestDocument, docIndex: number): ObjectFact | undefined {
  const root = doc.root;
  const kind = doc.kind;
  if (!root || doc.isEmpty || doc.hasStructuralErrors || !kind) return undefined;
  // `labels: *app` is the anchored map to Kubernetes: resolve aliases before reading (the rules may not have run yet).
  linkAliases(doc);
  const apiVersion = doc.apiVersion ?? '';
  const group = groupOf(apiVersion);
  const whole: Span = { start: root.range[0], end: root.range[1] };
  const metadata = get(root, 'metadata');
  const nameNode = get(metadata, 'name');
  const clusterScoped = isClusterScoped(apiVersion, kind);
  const namespace = clusterScoped ? undefined : stringValue(get(metadata, 'namespace'));
  const store = getSchemaStore();
  const custom = apiVersion !== '' && !store.isBuiltinGroup(apiVersion);
  const fact: ObjectFact = {
    identity: {
      apiVersion,
      group,
      kind,
      name: stringValue(nameNode) ?? scalarText(nameNode) ?? '',
      ...(namespace !== undefined ? { namespace } : {}),
      clusterScoped,
    },
    docIndex,
    nameSpan: span(nameNode ?? get(root, 'kind'), whole),
    span: whole,
    labels: labelsOfNode(get(metadata, 'labels')),
    parts: [],
    pods: [],
    references: [],
    custom,
  };
  const is = (k: string, groups: string[] = ['']) => kind === k && groups.includes(group);
  /** The pod template the references being read belong to (graph edges start there). */
  let inPod: number | undefined;
  const ref = (type: ReferenceType, targetKind: string, node: Node | undefined, label: string, extra: Partial<ReferenceFact> = {}) => {
    const name = stringValue(node) ?? (type === 'servicePort' || type === 'containerPort' ? scalarText(node) : undefined);
    if (!node || !name) return;
    fact.references.push({
      type,
      targetKind,
      name,
      span: span(node, whole),
      label,
      ...(inPod !== undefined ? { pod: inPod } : {}),
      ...extra,
    });
  };
  const partRef = (
    type: ReferenceType,
    targetKind: string,
    objectName: string | undefined,
    node: Node | undefined,
    label: string,
    extra: Partial<ReferenceFact> = {},
  ) => {
    const part = scalarText(node);
    if (!node || part === undefined || (objectName === undefined && type !== 'containerPort' && type !== 'volume')) return;
    fact.references.push({
      type,
      targetKind,
      ...(objectName !== undefined ? { name: objectName } : {}),
      part,
      span: span(node, whole),
      label,
      ...extra,
    });
  };
  const optional = (node: unknown) => scalarValue(get(node, 'optional')) === true;

  // Pods and pod templates: what they define (volumes, container ports) and refer to.
  for (const podSpec of podSpecs(doc)) {
    const podIndex = fact.pods.length;
    const labelsNode = podSpec.template ? getIn(podSpec.template, 'metadata', 'labels') : get(metadata, 'labels');
    const pod: PodFact = {
      labels: labelsOfNode(labelsNode),
      labelEntries: labelEntriesOf(labelsNode, whole),
      span: span(podSpec.templateKey ?? nameNode, whole),
      containers: [],
    };
    fact.pods.push(pod);
    inPod = podIndex;
    const spec = podSpec.spec;
    const images = containersOf(spec, ['containers']).flatMap((c) => stringValue(get(c.map, 'image')) ?? []);
    const podDetail = imagesText(images);
    if (podDetail) pod.detail = podDetail;
    for (const { map } of mapItems(get(spec, 'volumes'))) {
      const volumeName = get(map, 'name');
      if (stringValue(volumeName))
        fact.parts.push({ type: 'volume', name: stringValue(volumeName), span: span(volumeName, whole), pod: podIndex });
      const label = `volume ${stringValue(volumeName) ?? ''}`.trim();
      const pvc = get(map, 'persistentVolumeClaim');
      ref('claim', 'PersistentVolumeClaim', get(pvc, 'claimName'), label);
      const cm = get(map, 'configMap');
      ref('configMap', 'ConfigMap', get(cm, 'name'), label, { optional: optional(cm) });
      const secret = get(map, 'secret');
      ref('secret', 'Secret', get(secret, 'secretName'), label, { optional: optional(secret) });
      for (const { map: source } of mapItems(getIn(map, 'projected', 'sources'))) {
        const pcm = get(source, 'configMap');
        ref('configMap', 'ConfigMap', get(pcm, 'name'), label, { optional: optional(pcm) });
        const ps = get(source, 'secret');
        ref('secret', 'Secret', get(ps, 'name'), label, { optional: optional(ps) });
      }
    }
    if (podSpec.ownerKind === 'StatefulSet') {
      for (const { map } of mapItems(getIn(root, 'spec', 'volumeClaimTemplates'))) {
        const claimName = getIn(map, 'metadata', 'name');
        if (stringValue(claimName))
          fact.parts.push({ type: 'volume', name: stringValue(claimName), span: span(claimName, whole), pod: podIndex });
      }
    }
    for (const container of containersOf(spec)) {
      const containerIndex = pod.containers.length;
      const ports: number[] = [];
      for (const { map } of mapItems(get(container.map, 'ports'))) {
        const portName = get(map, 'name');
        const number = scalarValue(get(map, 'containerPort'));
        ports.push(fact.parts.length);
        const part: PartFact = {
          type: 'containerPort',
          span: span(portName ?? get(map, 'containerPort'), whole),
          pod: podIndex,
          container: containerIndex,
        };
        if (stringValue(portName)) part.name = stringValue(portName);
        if (typeof number === 'number') part.number = number;
        fact.parts.push(part);
      }
      pod.containers.push({ ...(container.name !== undefined ? { name: container.name } : {}), ports });
      const where = { pod: podIndex, container: containerIndex };
      for (const { map } of mapItems(get(container.map, 'envFrom'))) {
        const cm = get(map, 'configMapRef');
        ref('configMap', 'ConfigMap', get(cm, 'name'), 'envFrom', { optional: optional(cm) });
        const secret = get(map, 'secretRef');
        ref('secret', 'Secret', get(secret, 'name'), 'envFrom', { optional: optional(secret) });
      }
      for (const { map } of mapItems(get(container.map, 'env'))) {
        const label = `env ${stringValue(get(map, 'name')) ?? ''}`.trim();
        for (const [key, type, keyType, targetKind] of [
          ['configMapKeyRef', 'configMap', 'configMapKey', 'ConfigMap'],
          ['secretKeyRef', 'secret', 'secretKey', 'Secret'],
        ] as const) {
          const source = getIn(map, 'valueFrom', key);
          if (!source) continue;
          const isOptional = optional(source);
          ref(type, targetKind, get(source, 'name'), label, { optional: isOptional });
          partRef(keyType, targetKind, stringValue(get(source, 'name')), get(source, 'key'), label, { optional: isOptional });
        }
      }
      for (const { map } of mapItems(get(container.map, 'volumeMounts'))) {
        partRef('volume', 'Pod', undefined, get(map, 'name'), `mount ${stringValue(get(map, 'mountPath')) ?? ''}`.trim(), {
          pod: podIndex,
        });
      }
      const handlers = [
        ...PROBES.map((p) => [get(container.map, p), p] as const),
        ...HANDLERS.map((h) => [getIn(container.map, 'lifecycle', h), h] as const),
      ];
      for (const [handler, label] of handlers) {
        for (const action of ['httpGet', 'tcpSocket']) {
          const port = getIn(handler, action, 'port');
          if (stringValue(port) !== undefined && !/^\d+$/.test(stringValue(port)!))
            partRef('containerPort', 'Pod', undefined, port, label, where);
        }
      }
    }
    for (const { map } of mapItems(get(spec, 'imagePullSecrets'))) ref('secret', 'Secret', get(map, 'name'), 'imagePullSecrets');
    ref('serviceAccount', 'ServiceAccount', get(spec, 'serviceAccountName') ?? get(spec, 'serviceAccount'), 'serviceAccountName');
  }

  inPod = undefined;
  const spec = get(root, 'spec');
  if (is('Service')) {
    const selector = get(spec, 'selector');
    const keyAt = keyNode(spec, 'selector');
    if (selector && keyAt)
      fact.references.push({
        type: 'selector',
        targetKind: 'Pod',
        span: span(keyAt, whole),
        selector: selectorOf(selector, 'map', false, whole),
        label: 'selector',
      });
    for (const { map } of mapItems(get(spec, 'ports'))) {
      const portName = get(map, 'name');
      const port = scalarValue(get(map, 'port'));
      const part: PartFact = { type: 'servicePort', span: span(portName ?? get(map, 'port'), whole) };
      if (stringValue(portName)) part.name = stringValue(portName);
      if (typeof port === 'number') part.number = port;
      fact.parts.push(part);
      const target = get(map, 'targetPort');
      const targetName = stringValue(target);
      if (targetName !== undefined && !/^\d+$/.test(targetName)) partRef('containerPort', 'Pod', undefined, target, 'targetPort');
    }
  }
  const workloadGroups = WORKLOADS[kind];
  if (workloadGroups?.includes(group)) {
    const selector = get(spec, 'selector');
    const keyAt = keyNode(spec, 'selector');
    if (selector && keyAt && kind !== 'Job')
      fact.references.push({
        type: 'selector',
        targetKind: 'Pod',
        span: span(keyAt, whole),
        selector: selectorOf(selector, kind === 'ReplicationController' ? 'map' : 'label', false, whole),
        label: 'selector',
      });
  }
  if (is('StatefulSet', ['apps'])) {
    ref('service', 'Service', get(spec, 'serviceName'), 'serviceName');
    for (const { map } of mapItems(get(spec, 'volumeClaimTemplates')))
      ref('storageClass', 'StorageClass', getIn(map, 'spec', 'storageClassName'), 'storageClassName');
  }
  if (is('NetworkPolicy', ['networking.k8s.io']) || is('PodDisruptionBudget', ['policy'])) {
    const field = kind === 'NetworkPolicy' ? 'podSelector' : 'selector';
    const selector = get(spec, field);
    const keyAt = keyNode(spec, field);
    if (keyAt)
      fact.references.push({
        type: 'selector',
        targetKind: 'Pod',
        span: span(keyAt, whole),
        selector: selectorOf(selector, 'label', true, whole),
        label: field,
      });
  }
  if (is('HorizontalPodAutoscaler', ['autoscaling'])) {
    const target = get(spec, 'scaleTargetRef');
    const targetKind = stringValue(get(target, 'kind'));
    if (targetKind) ref('scaleTarget', targetKind, get(target, 'name'), 'scaleTargetRef');
  }
  if (is('Ingress', ['networking.k8s.io', 'extensions'])) {
    const backend = (node: Node | undefined, where: string) => {
      if (!node) return;
      const service = get(node, 'service');
      const nameAt = service ? get(service, 'name') : get(node, 'serviceName');
      const portAt = service ? (getIn(service, 'port', 'number') ?? getIn(service, 'port', 'name')) : get(node, 'servicePort');
      ref('service', 'Service', nameAt, where);
      partRef('servicePort', 'Service', stringValue(nameAt), portAt, where);
    };
    backend(get(spec, 'defaultBackend'), 'default');
    backend(get(spec, 'backend'), 'default');
    for (const { map: rule } of mapItems(get(spec, 'rules'))) {
      const host = stringValue(get(rule, 'host')) ?? '';
      for (const { map: path } of mapItems(getIn(rule, 'http', 'paths')))
        backend(get(path, 'backend'), `${host}${stringValue(get(path, 'path')) ?? '/'}`);
    }
    for (const { map } of mapItems(get(spec, 'tls'))) ref('secret', 'Secret', get(map, 'secretName'), 'tls');
  }
  const value = doc.toJS().value as Record<string, unknown> | undefined;
  const specValue = value && typeof value === 'object' ? value.spec : undefined;
  if (!custom) {
    const detail = detailOf(kind, value);
    if (detail) fact.detail = detail;
  }
  if (is('StatefulSet', ['apps'])) {
    const templates = Array.isArray((specValue as Record<string, unknown> | undefined)?.volumeClaimTemplates)
      ? ((specValue as Record<string, unknown>).volumeClaimTemplates as unknown[])
      : [];
    fact.claimTemplates = mapItems(get(spec, 'volumeClaimTemplates')).flatMap(({ map, index }) => {
      const nameAt = getIn(map, 'metadata', 'name');
      const claimName = stringValue(nameAt);
      if (!claimName) return [];
      const t = templates[index] as Record<string, unknown> | undefined;
      return [
        {
          name: claimName,
          span: span(nameAt, whole),
          claim: claimSpec(`${claimName}-${fact.identity.name}-0`, namespace, t?.spec),
          detail: ['one per pod', detailOf('PersistentVolumeClaim', t)].filter(Boolean).join(' · '),
        },
      ];
    });
  }
  if (is('PersistentVolumeClaim')) {
    ref('storageClass', 'StorageClass', get(spec, 'storageClassName'), 'storageClassName');
    ref('persistentVolume', 'PersistentVolume', get(spec, 'volumeName'), 'volumeName');
    fact.claim = claimSpec(fact.identity.name, namespace, specValue);
  }
  if (is('PersistentVolume')) {
    ref('storageClass', 'StorageClass', get(spec, 'storageClassName'), 'storageClassName');
    const claimRef = get(spec, 'claimRef');
    const claimNamespace = stringValue(get(claimRef, 'namespace'));
    ref(
      'claim',
      'PersistentVolumeClaim',
      get(claimRef, 'name'),
      'claimRef',
      claimNamespace !== undefined ? { namespace: claimNamespace } : {},
    );
    fact.volume = volumeSpec(
      fact.identity.name,
      value && typeof value === 'object' ? (value.metadata as Record<string, unknown> | undefined)?.labels : undefined,
      specValue,
    );
  }
  if (is('ConfigMap') || is('Secret')) {
    for (const field of kind === 'Secret' ? ['data', 'stringData'] : ['data', 'binaryData']) {
      for (const { key, pair } of entries(get(root, field))) fact.parts.push({ type: 'key', name: key, span: span(pair.key, whole) });
    }
  }
  if (is('CustomResourceDefinition', ['apiextensions.k8s.io'])) {
    const crdGroup = stringValue(get(spec, 'group'));
    const crdKind = stringValue(getIn(spec, 'names', 'kind'));
    const versions = mapItems(get(spec, 'versions')).flatMap(({ map }) => stringValue(get(map, 'name')) ?? []);
    const legacy = stringValue(get(spec, 'version'));
    if (crdGroup && crdKind)
      fact.defines = [...versions, ...(legacy && !versions.includes(legacy) ? [legacy] : [])].map((v) => ({
        apiVersion: `${crdGroup}/${v}`,
        kind: crdKind,
      }));
  }
  operatorReferences({
    root,
    group,
    kind,
    ref,
    partRef,
    selector: (node) => selectorOf(node, 'label', false, whole),
    push: (r) => fact.references.push(r),
    span: (node) => span(node, whole),
  });
  if (custom) {
    const at = get(root, 'apiVersion');
    if (at)
      fact.references.push({
        type: 'crd',
        targetKind: 'CustomResourceDefinition',
        part: `${apiVersion}/${kind}`,
        span: span(at, whole),
        label: t('defined by'),
      });
  }
  return fact;
}
