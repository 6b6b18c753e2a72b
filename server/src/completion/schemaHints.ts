import type { ResolvedSchema } from '../schema';

/**
 * Children an inserted mapping gets beyond the schema's required ones: what a working object
 * needs in practice (a container without an image does not run).
 */
const SNIPPET_CHILDREN: Record<string, string[]> = {
  'io.k8s.api.core.v1.Container': ['name', 'image'],
  'io.k8s.api.core.v1.ContainerPort': ['containerPort'],
  'io.k8s.api.core.v1.ServicePort': ['port', 'targetPort'],
  'io.k8s.api.core.v1.Volume': ['name'],
  'io.k8s.api.core.v1.VolumeMount': ['name', 'mountPath'],
  'io.k8s.api.core.v1.EnvVar': ['name', 'value'],
  'io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource': ['claimName'],
  'io.k8s.api.core.v1.HostPathVolumeSource': ['path'],
  'io.k8s.api.core.v1.KeyToPath': ['key', 'path'],
  'io.k8s.api.core.v1.Toleration': ['key', 'operator', 'effect'],
  'io.k8s.api.networking.v1.HTTPIngressPath': ['path', 'pathType', 'backend'],
};

export function snippetChildren(s: ResolvedSchema): string[] {
  return (s.definitionName && SNIPPET_CHILDREN[s.definitionName]) || s.required;
}

/**
 * Values for fields whose schema has no enum, and well-known keys of free maps: what the API
 * server accepts or what clusters commonly use.
 */
export const VALUE_OVERLAY: { path: RegExp; kind?: string; values: { value: string; doc: string }[] }[] = [
  {
    kind: 'Secret',
    path: /^type$/,
    values: [
      { value: 'Opaque', doc: 'Arbitrary user-defined data (the default).' },
      { value: 'kubernetes.io/tls', doc: 'A TLS certificate and key: `tls.crt` and `tls.key`.' },
      { value: 'kubernetes.io/dockerconfigjson', doc: 'Registry credentials for `imagePullSecrets`: `.dockerconfigjson`.' },
      { value: 'kubernetes.io/basic-auth', doc: 'Credentials for basic authentication: `username` and `password`.' },
      { value: 'kubernetes.io/ssh-auth', doc: 'An SSH private key: `ssh-privatekey`.' },
      { value: 'kubernetes.io/service-account-token', doc: 'A long-lived token for a ServiceAccount (named in an annotation).' },
    ],
  },
];

/** Well-known keys of free maps (`resources.limits`, `nodeSelector`). */
export const MAP_KEY_OVERLAY: { path: RegExp; keys: { key: string; doc: string }[] }[] = [
  {
    path: /\.resources\.(?:limits|requests)$|^spec\.resources\.(?:limits|requests)$|\.(?:capacity|hard)$/,
    keys: [
      { key: 'cpu', doc: 'CPU in cores: `1`, `0.5` or `500m` (millicores).' },
      { key: 'memory', doc: 'Memory in bytes: `128Mi`, `1Gi` (powers of 1024) or `1G` (powers of 1000).' },
      { key: 'ephemeral-storage', doc: 'Local scratch disk space in bytes, e.g. `1Gi`.' },
      { key: 'storage', doc: 'Volume size in bytes, e.g. `10Gi` (PersistentVolume capacity, PersistentVolumeClaim requests).' },
    ],
  },
  {
    path: /nodeSelector$/,
    keys: [
      { key: 'kubernetes.io/os', doc: "The node's operating system: `linux` or `windows`." },
      { key: 'kubernetes.io/arch', doc: "The node's CPU architecture: `amd64`, `arm64`, ..." },
      { key: 'kubernetes.io/hostname', doc: "The node's name." },
      { key: 'topology.kubernetes.io/zone', doc: "The node's availability zone." },
    ],
  },
];
