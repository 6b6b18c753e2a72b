import type { ParsedFile } from '../yaml/parse';
import { buildModel, identityKey, type ModelReference } from '../model';
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
const FROM = new Set(['gateway.networking.k8s.io/HTTPRoute', 'gateway.networking.k8s.io/GRPCRoute', 'gateway.networking.k8s.io/TLSRoute', 'gateway.networking.k8s.io/TCPRoute', 'gateway.networking.k8s.io/UDPRoute', 'gateway.networking.k8s.io/Gateway', 'cert-manager.io/Certificate', 'monitoring.coreos.com/ServiceMonitor', 'monitoring.coreos.com/PodMonitor']);

export interface GraphSink {
  /** The node id of an object of the file, by identity key (`Kind/namespace/name`). */
  nodeOf(key: string): string | undefined;
  /** A dashed stand-in for an object the file does not define. */
  missing(kind: string, name: string, namespace: string | undefined, line: number): string;
  addEdge(from: string, to: string, kind: EdgeKind, label: string): void;
}

/**
 * Edges of Gateway API routes and Gateways, cert-manager Certificates and Prometheus monitors, as
 * the object model resolves their references (model/operators.ts): route → parent Gateway and
 * backend Services, Gateway → GatewayClass and TLS Secrets, Certificate → Issuer/ClusterIssuer and
 * the Secret it writes, ServiceMonitor → Services and PodMonitor → pods by selector.
 */
export function operatorEdges(file: ParsedFile, sink: GraphSink): void {
  if (!file.documents.some((d) => d.apiVersion && d.kind && FROM.has(`${d.apiVersion.split('/')[0]}/${d.kind}`))) return;
  const model = buildModel([{ uri: 'file:///graph.yaml', file }]);
  for (const r of model.references()) {
    const kind = DRAWN[r.type];
    const id = r.from.identity;
    if (!kind || !FROM.has(`${id.group}/${id.kind}`)) continue;
    const from = sink.nodeOf(identityKey(id));
    if (!from) continue;
    const label = r.type === 'certificateSecret' ? 'writes' : r.fact.label;
    const resolution = model.resolve(r);
    if (resolution.status === 'resolved') {
      for (const t of resolution.targets) {
        const key = identityKey(t.object.identity);
        const node = t.pod !== undefined && t.object.identity.kind !== 'Pod' ? sink.nodeOf(`${key}#template`) : sink.nodeOf(key);
        if (node) sink.addEdge(from, node, kind, label);
      }
    } else if (r.fact.name !== undefined) {
      sink.addEdge(from, sink.missing(r.fact.targetKind, r.fact.name, r.fact.namespace ?? id.namespace, r.location.range.start.line), kind, label);
    }
  }
}
