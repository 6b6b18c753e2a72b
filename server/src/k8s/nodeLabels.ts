/**
 * Node labels deprecated in 1.14, with the label that replaces each: the API server warns about them in pod
 * affinity and node selectors (pkg/api/pod GetNodeLabelDeprecatedMessage) and in a PersistentVolume's node
 * affinity (pkg/api/persistentvolume), so both rules read this one table.
 */
export const DEPRECATED_NODE_LABELS: Readonly<Record<string, string>> = {
  'beta.kubernetes.io/arch': 'kubernetes.io/arch',
  'beta.kubernetes.io/os': 'kubernetes.io/os',
  'failure-domain.beta.kubernetes.io/region': 'topology.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone': 'topology.kubernetes.io/zone',
  'beta.kubernetes.io/instance-type': 'node.kubernetes.io/instance-type',
};
