import { get, getIn, mapItems, pairOf, podSpecs, stringValue } from './nodes';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const rule: DocumentRule = {
  id: 'k8s/host-path-volume',
  title: 'hostPath volumes expose the node',
  severity: 'warning',
  scope: 'document',
  doc:
    "A `hostPath` volume mounts a file or directory of the node's filesystem into the pod: the pod can read (and often write) what other pods and the node itself use, " +
    "which is a classic way out of a container; the data also stays on one node, and the Pod Security 'baseline' level forbids it. " +
    'Prefer `emptyDir` for scratch space, a PersistentVolumeClaim for data, and a ConfigMap or Secret for configuration. Node agents (log collectors, CSI drivers) are the legitimate exception: turn the rule off for them.',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      for (const { map } of mapItems(get(pod.spec, 'volumes'))) {
        const pair = pairOf(map, 'hostPath');
        if (!pair) continue;
        const path = stringValue(getIn(map, 'hostPath', 'path'));
        report(
          pair.key,
          t`hostPath volume${path ? ` "${path}"` : ''} gives this pod access to the node's own files: use emptyDir, a PersistentVolumeClaim, or a ConfigMap/Secret unless the pod is a node agent that needs it`,
        );
      }
    }
  },
};
