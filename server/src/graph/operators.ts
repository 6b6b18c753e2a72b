import type { Model, ModelObject, ModelReference } from '../model';
import type { EdgeKind } from './types';

/** The references of the operators' kinds the graph draws, and how. */
const DRAWN: Partial<Record<ModelReference['type'], EdgeKind>> = {
  gateway: 'parent',
  gatewayClass: 'parent',
  service: 'routes',
  secret: 'secret',
  certificateSecret: 'secret',
  issuer: 'issuer',
  serviceSelector: 'monitors',
  selector: 'monitors',
};
const FROM = new Set([
  'gateway.networking.k8s.io/HTTPRoute',
  'gateway.networking.k8s.io/GRPCRoute',
  'gateway.networking.k8s.io/TLSRoute',
  'gateway.networking.k8s.io/TCPRoute',
  'gateway.networking.k8s.io/UDPRoute',
  'gateway.networking.k8s.io/Gateway',
  'cert-manager.io/Certificate',
  'monitoring.coreos.com/ServiceMonitor',
  'monitoring.coreos.com/PodMonitor',
]);

export interface GraphSink {
  /** The node of an object (its pod template's node when `pod` is given and the object is a controller). */
  nodeOf(object: ModelObject, pod?: number): string | undefined;
  /** A dashed stand-in for what the scope does not define. */
  missing(reference: ModelReference): string;
  addEdge(from: string, to: string, kind: EdgeKind, label: string): void;
}

/**
 * Edges of Gateway API routes and Gateways, cert-manager Certificates and Prometheus monitors, as
 * the object model resolves their references (model/operators.ts): route → parent Gateway and
 * backend Services, Gateway → GatewayClass and TLS Secrets, Certificate → Issuer/ClusterIssuer and
 * the Secret it writes, ServiceMonitor → Services and PodMonitor → pods by selector.
 */
export function operatorEdges(model: Model, sink: GraphSink): void {
  for (const r of model.references()) {
    const kind = DRAWN[r.type];
    const id = r.from.identity;
    if (!kind || !FROM.has(`${id.group}/${id.kind}`)) continue;
    const from = sink.nodeOf(r.from);
    if (!from) continue;
    const label = r.type === 'certificateSecret' ? 'writes' : r.fact.label;
    const resolution = model.resolve(r);
    if (resolution.status === 'resolved') {
      for (const t of resolution.targets) {
        const node = sink.nodeOf(t.object, t.pod);
        if (node) sink.addEdge(from, node, kind, label);
      }
    } else if (r.fact.name !== undefined) {
      sink.addEdge(from, sink.missing(r), kind, label);
    }
  }
}
