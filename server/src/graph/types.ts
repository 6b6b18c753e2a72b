/** The object graph of a file's app: what the graph preview draws. Plain data, sent over LSP as JSON. */

export type EdgeKind =
  | 'selects' // Service → pods/templates whose labels match its selector
  | 'routes' // Ingress → Service
  | 'template' // controller → its pod template
  | 'mounts' // pod → PersistentVolumeClaim of a volume
  | 'claims' // StatefulSet pod template → volumeClaimTemplate
  | 'binds' // PersistentVolumeClaim → PersistentVolume
  | 'class' // PersistentVolumeClaim/PersistentVolume → StorageClass
  | 'config' // pod → ConfigMap (volume, env, envFrom)
  | 'secret' // pod → Secret (volume, env, envFrom, imagePullSecrets); Gateway → TLS Secret; Certificate → the Secret it writes
  | 'parent' // Gateway API route → its parent Gateway; Gateway → its GatewayClass
  | 'issuer' // cert-manager Certificate → Issuer / ClusterIssuer
  | 'monitors'; // Prometheus ServiceMonitor → Services, PodMonitor → pods

export interface GraphNode {
  id: string;
  kind: string;
  apiVersion: string;
  name: string;
  namespace?: string;
  /** A cluster-scoped kind (PersistentVolume, StorageClass, ClusterIssuer…): it has no namespace at all. */
  clusterScoped?: true;
  /** The file that defines the object (for a missing one: the file that first refers to it). */
  uri?: string;
  /** 0-based line of the object's `metadata.name` (or `kind`, or the template key): where a click goes. */
  line: number;
  /** The range of that name (0-based, LSP): a click on an object of another file selects it there. */
  range?: GraphRange;
  /** One short line under the name: images, size and access modes, schedule, ... */
  detail?: string;
  /** Referred to but defined nowhere in scope (drawn dashed). */
  missing?: true;
  /** A pod template inside a controller: the id of that controller. */
  templateOf?: string;
}

export interface GraphRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface GraphEdge {
  from: string;
  to: string;
  label: string;
  kind: EdgeKind;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Set when the graph was cut to the part nearest the file: says how much is shown. */
  note?: string;
}
