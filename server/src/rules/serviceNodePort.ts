import { get, mapItems, numberValue } from './nodes';
import { serviceSpec } from './serviceFields';
import type { DocumentRule } from './types';
import { t } from '../l10n';

const MIN = 30000;
const MAX = 32767;

export const rule: DocumentRule = {
  id: 'k8s/service-node-port',
  title: 'nodePort only on NodePort/LoadBalancer Services, inside the node port range',
  severity: 'error',
  scope: 'document',
  doc:
    'A `nodePort` opens the port on every node, so it exists only for Services of type `NodePort` or `LoadBalancer` ' +
    "(ValidateService: \"may not be used when `type` is 'ClusterIP'\"). The port must lie in the cluster's node port range: 30000–32767 by default, " +
    'which the cluster administrator can change with the API server flag `--service-node-port-range`; otherwise creating the Service fails ("provided port is not in the valid range").',
  check(doc, report) {
    const svc = serviceSpec(doc);
    if (!svc?.typeKnown) return;
    for (const { map } of mapItems(get(svc.spec, 'ports'))) {
      const node = get(map, 'nodePort');
      const port = numberValue(node);
      if (!node || port === undefined || port === 0) continue;
      if (svc.type !== 'NodePort' && svc.type !== 'LoadBalancer') {
        report(
          node,
          t`nodePort is only for Services of type NodePort or LoadBalancer, and this Service is ${svc.type}: set "type: NodePort" or remove nodePort`,
        );
      } else if (port < MIN || port > MAX) {
        report(
          node,
          t`nodePort ${port} is outside the default node port range ${MIN}–${MAX} (a cluster can change it with the API server flag --service-node-port-range): pick a port in the range, or leave nodePort out to get one assigned`,
        );
      }
    }
  },
};
