import type { Range } from 'vscode-languageserver-types';
import type { ClaimSpec, VolumeSpec } from '../k8s/binding';
import type { LabelSelector, Labels } from '../k8s/selectors';

/** A chunk-relative text span (what the per-document facts keep: the chunk may move, its text not). */
export interface Span {
  start: number;
  end: number;
}

/** Where something is in the scope: the file, its offsets and its range. */
export interface Location {
  uri: string;
  /** File offsets. */
  start: number;
  end: number;
  range: Range;
}

/**
 * The identity of an object. `namespace` is the explicit `metadata.namespace`; undefined means the
 * object names none (it lands wherever it is applied) or its kind is cluster-scoped.
 */
export interface Identity {
  apiVersion: string;
  /** API group: '' for the core group. */
  group: string;
  kind: string;
  name: string;
  namespace?: string;
  clusterScoped: boolean;
}

/**
 * The reference kinds of the model, by what they name:
 * - claim / configMap / secret / serviceAccount / service / storageClass / persistentVolume /
 *   scaleTarget / crd: another object by name (`targetKind`);
 * - configMapKey / secretKey: a key of the ConfigMap / Secret named in `object`;
 * - servicePort: a port (name or number) of the Service named in `object`;
 * - containerPort: a container port by name (a Service targetPort: of the pods the Service selects;
 *   a probe or lifecycle handler: of its own container);
 * - volume: a volume of the same pod (a volumeMount's name), or a StatefulSet claim template;
 * - selector: pods and pod templates by labels, in the same namespace.
 * - gateway / gatewayClass / issuer: a Gateway API route's parent Gateway, a Gateway's class, a
 *   cert-manager Certificate's Issuer or ClusterIssuer (model/operators.ts);
 * - certificateSecret: the Secret a Certificate writes (need not exist beforehand);
 * - serviceSelector: Services by their labels (a Prometheus ServiceMonitor).
 */
export type ReferenceType =
  | 'claim'
  | 'configMap'
  | 'secret'
  | 'serviceAccount'
  | 'service'
  | 'storageClass'
  | 'persistentVolume'
  | 'scaleTarget'
  | 'crd'
  | 'configMapKey'
  | 'secretKey'
  | 'servicePort'
  | 'containerPort'
  | 'volume'
  | 'selector'
  | 'gateway'
  | 'gatewayClass'
  | 'issuer'
  | 'certificateSecret'
  | 'serviceSelector';

/** A part of an object that references point at: a ConfigMap/Secret key, a port, a volume. */
export type PartType = 'key' | 'servicePort' | 'containerPort' | 'volume';

export interface PartFact {
  type: PartType;
  /** Key, port name, or volume name. */
  name?: string;
  /** Port number (servicePort, containerPort). */
  number?: number;
  span: Span;
  /** Pod template (index in `pods`) a containerPort / volume belongs to; container index for ports. */
  pod?: number;
  container?: number;
}

export interface ContainerFact {
  name?: string;
  /** Indexes into the object's parts (its containerPort parts). */
  ports: number[];
}

/** A label as written: `key: value` and where each half is. */
export interface LabelEntry {
  key: string;
  value: string;
  keySpan: Span;
  valueSpan: Span;
}

/** A Pod, or the pod template of a controller (Deployment, Job, CronJob, ...). */
export interface PodFact {
  labels: Labels;
  /** The labels with their places (the template's `metadata.labels`, or the Pod's). */
  labelEntries: LabelEntry[];
  /** `template:` key of a controller, or the Pod's name: where "this pod template" is. */
  span: Span;
  containers: ContainerFact[];
  /** The images it runs, for the graph: `nginx:1.27, redis:7`. */
  detail?: string;
}

export interface SelectorFact {
  /** `map`: a Service's `spec.selector`; `label`: a LabelSelector (matchLabels + matchExpressions). */
  form: 'map' | 'label';
  labels?: Labels;
  selector?: LabelSelector;
  /** Whether an empty selector selects every pod of the namespace (NetworkPolicy, PDB) or none (Service). */
  emptySelectsAll: boolean;
  /** The selector's `key: value` entries and where they are (matchLabels or the map), for messages and fixes. */
  entries: LabelEntry[];
}

/** A reference as one document states it (chunk-relative spans). */
export interface ReferenceFact {
  type: ReferenceType;
  /** The kind referred to: 'ConfigMap', 'Service', 'Pod' (selectors), 'Deployment' (scaleTargetRef) ... */
  targetKind: string;
  /** The object's name (for parts: of the object that holds the part). */
  name?: string;
  /** The part's name or number (keys, ports, volumes). */
  part?: string;
  /** The referring text: the name, the key, the port, the selector key. */
  span: Span;
  /** The namespace the reference names explicitly (a PV's `claimRef.namespace`), over the referrer's own. */
  namespace?: string;
  /** `optional: true` on the reference (volumes, env, envFrom): a missing target is fine. */
  optional?: boolean;
  /** For containerPort and volume references: the pod template and container the reference is in. */
  pod?: number;
  container?: number;
  selector?: SelectorFact;
  /** Short description for graph edges and messages: "volume data", "envFrom", "env DB_HOST". */
  label: string;
}

/** Everything the model keeps of one document: computed once per parsed document. */
export interface ObjectFact {
  identity: Identity;
  /** Index of the document in its file. */
  docIndex: number;
  /** metadata.name (or kind when nameless): where Go to Definition lands. */
  nameSpan: Span;
  /** The whole document. */
  span: Span;
  labels: Labels;
  parts: PartFact[];
  pods: PodFact[];
  references: ReferenceFact[];
  claim?: ClaimSpec;
  volume?: VolumeSpec;
  /** A CustomResourceDefinition: the kinds it defines (`group/version` + kind). */
  defines?: { apiVersion: string; kind: string }[];
  /** A custom resource (an apiVersion outside the built-in groups). */
  custom: boolean;
  /** One short line about the object (images, size and modes, schedule …), for the graph. */
  detail?: string;
  /** A StatefulSet's volumeClaimTemplates: the claim of its first pod, where the name is. */
  claimTemplates?: { name: string; span: Span; claim: ClaimSpec; detail: string }[];
}

/** An object of the scope with its place. */
export interface ModelObject {
  uri: string;
  fact: ObjectFact;
  identity: Identity;
  /** metadata.name */
  location: Location;
  /** chunk offset of the document when the model read it (facts' spans are relative to it). */
  base: number;
}

export interface ModelPart {
  object: ModelObject;
  part: PartFact;
  location: Location;
}

export interface ModelPod {
  object: ModelObject;
  index: number;
  pod: PodFact;
  location: Location;
}

/** A reference of the scope with its place. */
export interface ModelReference {
  uri: string;
  from: ModelObject;
  fact: ReferenceFact;
  type: ReferenceType;
  location: Location;
}

export type ResolutionStatus =
  /** Found, in a namespace the source can see. */
  | 'resolved'
  /** Found only in another explicit namespace (`elsewhere`). */
  | 'otherNamespace'
  /** Not found, but a name one or two edits away exists (`suggestion`). */
  | 'nearMiss'
  /** The object exists, the part it names does not (`existing` lists what does). */
  | 'missingPart'
  /** Nothing of that name anywhere in scope. */
  | 'missing';

export interface Resolution {
  reference: ModelReference;
  status: ResolutionStatus;
  /** The objects (selectors: pods), or parts, referred to. */
  targets: { object: ModelObject; location: Location; part?: PartFact; pod?: number }[];
  /** Same kind and name in another explicit namespace. */
  elsewhere?: ModelObject[];
  /** The near miss: the name (or label value) and the object that has it. */
  suggestion?: { name: string; object: ModelObject; location: Location };
  /** Names that exist: of the object's parts (missingPart), or of the kind in scope (missing). */
  existing?: string[];
}
