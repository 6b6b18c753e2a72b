import { t } from '../l10n';
import { splitApiVersion } from '../schema/versions';

/** What each common resource is for, in our words, for people learning Kubernetes. */
const KIND_DOCS: Record<string, () => string> = {
  Pod: () =>
    t(
      'The smallest thing Kubernetes runs: one or more containers that share a network address and volumes on one node. You rarely create Pods directly; a Deployment, StatefulSet, DaemonSet or Job creates and replaces them for you.',
    ),
  PersistentVolume: () =>
    t(
      'A piece of storage in the cluster (a disk, an NFS share, a cloud volume), provisioned by an admin or dynamically by a StorageClass. Pods do not use it directly: a PersistentVolumeClaim binds to it.',
    ),
  PersistentVolumeClaim: () =>
    t(
      'A request for storage: a size, access modes and optionally a StorageClass. Kubernetes binds it to a matching PersistentVolume (or provisions one), and Pods mount the claim by name.',
    ),
  StorageClass: () =>
    t(
      'A kind of storage the cluster can provision on demand, naming the provisioner and its parameters. A PersistentVolumeClaim that names the class gets a new PersistentVolume created for it.',
    ),
  Service: () =>
    t(
      'A stable name and virtual IP in front of a set of Pods chosen by a label selector, load-balancing traffic across them. Its type decides who can reach it: ClusterIP (inside the cluster), NodePort, LoadBalancer, or ExternalName (a DNS alias).',
    ),
  Deployment: () =>
    t(
      'Runs a number of identical, interchangeable Pods from a template and keeps that many running. Changing the template rolls the Pods over to the new version gradually, and can be rolled back.',
    ),
  StatefulSet: () =>
    t(
      'Runs Pods that each keep a stable identity (name-0, name-1, ...) and their own storage from volumeClaimTemplates, started and stopped in order. It needs a headless Service (serviceName) that gives each Pod its DNS name.',
    ),
  DaemonSet: () =>
    t(
      'Runs one copy of a Pod on every node (or every node matching a selector), adding Pods as nodes join. Typical for log collectors, monitoring agents and network plugins.',
    ),
  ReplicaSet: () =>
    t(
      'Keeps a given number of Pods matching its selector running. Deployments create and manage ReplicaSets for you; you rarely write one yourself.',
    ),
  Job: () =>
    t(
      'Runs Pods until a task completes successfully a given number of times, retrying failures up to backoffLimit. Its Pods must use restartPolicy OnFailure or Never.',
    ),
  CronJob: () =>
    t(
      'Creates a Job on a repeating schedule written in cron syntax (minute hour day-of-month month day-of-week). Use it for backups, reports and other periodic tasks.',
    ),
  ConfigMap: () =>
    t(
      'Non-secret configuration as key-value pairs or files, kept out of the container image. Pods read it as environment variables or as files in a mounted volume.',
    ),
  Secret: () =>
    t(
      'Small amounts of sensitive data (passwords, tokens, keys), stored base64-encoded under data or as plain text under stringData. Pods use it like a ConfigMap; note that base64 is an encoding, not encryption.',
    ),
  Ingress: () =>
    t(
      'Routes HTTP and HTTPS traffic from outside the cluster to Services by host name and path, optionally terminating TLS. It needs an ingress controller running in the cluster to take effect.',
    ),
  Namespace: () =>
    t(
      'A named scope that groups objects and separates teams or environments; names must be unique only within a namespace. Quotas, network policies and access rules are usually set per namespace.',
    ),
  ServiceAccount: () =>
    t(
      'An identity for processes running in Pods, used to authenticate to the API server. Roles bound to it (RoleBinding) decide what the Pods may do.',
    ),
  HorizontalPodAutoscaler: () =>
    t(
      'Scales a Deployment, StatefulSet or ReplicaSet up and down automatically from metrics such as CPU use. The target Pods need resource requests for utilization percentages to work.',
    ),
  NetworkPolicy: () =>
    t(
      'Firewall rules for Pods: which Pods and addresses may connect to the selected Pods (ingress) and where they may connect to (egress). It takes effect only with a network plugin that enforces policies.',
    ),
  Role: () =>
    t('A set of permissions (verbs on resources) within one namespace. A RoleBinding grants it to users, groups or ServiceAccounts.'),
  ClusterRole: () =>
    t(
      'A set of permissions across the whole cluster, or for cluster-scoped resources such as nodes. A ClusterRoleBinding grants it cluster-wide; a RoleBinding can grant it within one namespace.',
    ),
  RoleBinding: () => t('Grants the permissions of a Role (or ClusterRole) to users, groups or ServiceAccounts within one namespace.'),
  ClusterRoleBinding: () => t('Grants the permissions of a ClusterRole to users, groups or ServiceAccounts across the whole cluster.'),
  Endpoints: () =>
    t(
      'The addresses behind a Service, normally kept up to date by Kubernetes from the Service selector. Written by hand only for Services without a selector.',
    ),
  LimitRange: () =>
    t(
      'Default and maximum resource requests and limits for containers in a namespace. Containers without requests get the defaults it sets.',
    ),
  ResourceQuota: () =>
    t(
      'Caps the total resources (CPU, memory, storage, object counts) that a namespace may use. Once set for CPU or memory, every Pod in the namespace must state requests or limits.',
    ),
  PodDisruptionBudget: () =>
    t(
      'Limits how many Pods of an application voluntary disruptions (node drains, upgrades) may take down at once. It keeps a minimum available or a maximum unavailable.',
    ),
  IngressClass: () =>
    t(
      'Names an ingress controller implementation; Ingresses choose one with ingressClassName. One class can be marked the cluster default.',
    ),
};

export function kindDoc(kind: string): string | undefined {
  return KIND_DOCS[kind]?.();
}

export const FOCUS_KINDS = Object.keys(KIND_DOCS);

/** Kubernetes API reference sections by API group. */
const SECTIONS: Record<string, string> = {
  Pod: 'workload-resources',
  PodTemplate: 'workload-resources',
  ReplicationController: 'workload-resources',
  ReplicaSet: 'workload-resources',
  Deployment: 'workload-resources',
  StatefulSet: 'workload-resources',
  DaemonSet: 'workload-resources',
  Job: 'workload-resources',
  CronJob: 'workload-resources',
  HorizontalPodAutoscaler: 'workload-resources',
  PriorityClass: 'workload-resources',
  Service: 'service-resources',
  Endpoints: 'service-resources',
  EndpointSlice: 'service-resources',
  Ingress: 'service-resources',
  IngressClass: 'service-resources',
  ConfigMap: 'config-and-storage-resources',
  Secret: 'config-and-storage-resources',
  PersistentVolume: 'config-and-storage-resources',
  PersistentVolumeClaim: 'config-and-storage-resources',
  StorageClass: 'config-and-storage-resources',
  VolumeAttachment: 'config-and-storage-resources',
  CSIDriver: 'config-and-storage-resources',
  CSINode: 'config-and-storage-resources',
  ServiceAccount: 'authentication-resources',
  Role: 'authorization-resources',
  ClusterRole: 'authorization-resources',
  RoleBinding: 'authorization-resources',
  ClusterRoleBinding: 'authorization-resources',
  LimitRange: 'policy-resources',
  ResourceQuota: 'policy-resources',
  NetworkPolicy: 'policy-resources',
  PodDisruptionBudget: 'policy-resources',
  Namespace: 'cluster-resources',
  Node: 'cluster-resources',
  Event: 'cluster-resources',
  APIService: 'cluster-resources',
  Lease: 'cluster-resources',
  RuntimeClass: 'cluster-resources',
  CustomResourceDefinition: 'extend-resources',
  MutatingWebhookConfiguration: 'extend-resources',
  ValidatingWebhookConfiguration: 'extend-resources',
};

/**
 * Link to the kind's page in the Kubernetes API reference, e.g.
 * https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/persistent-volume-claim-v1/#PersistentVolumeClaimSpec
 * (pages are named after the kind in kebab case and its version; each type has an anchor).
 */
export function apiReferenceUrl(apiVersion: string, kind: string, definitionName?: string): string {
  const section = SECTIONS[kind];
  const base = 'https://kubernetes.io/docs/reference/kubernetes-api/';
  if (!section) return base;
  const { version } = splitApiVersion(apiVersion);
  const page = `${kind
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()}-${version}`;
  const anchor = definitionName ? `#${definitionName.slice(definitionName.lastIndexOf('.') + 1)}` : '';
  return `${base}${section}/${page}/${anchor}`;
}
