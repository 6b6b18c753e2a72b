import type { Node } from 'yaml';
import { get, getIn, itemsOf, keyNode, mapItems, stringValue } from '../yaml/nodes';
import type { ReferenceFact, ReferenceType, SelectorFact, Span } from './types';

/** What extract() lends the readers of the operators' kinds. */
export interface Readers {
  root: Node;
  group: string;
  kind: string;
  ref: (type: ReferenceType, targetKind: string, node: Node | undefined, label: string, extra?: Partial<ReferenceFact>) => void;
  partRef: (
    type: ReferenceType,
    targetKind: string,
    objectName: string | undefined,
    node: Node | undefined,
    label: string,
    extra?: Partial<ReferenceFact>,
  ) => void;
  selector: (node: Node | undefined) => SelectorFact;
  push: (fact: ReferenceFact) => void;
  span: (node: Node | undefined) => Span;
}

const GATEWAY_GROUP = 'gateway.networking.k8s.io';
const ROUTES = new Set(['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute']);

/** `group`/`kind` of a Gateway API object reference, with the defaults the API gives them. */
function refersTo(map: Node, group: string, kind: string): boolean {
  return (stringValue(get(map, 'group')) ?? group) === group && (stringValue(get(map, 'kind')) ?? kind) === kind;
}

function namespaceOf(map: Node): Partial<ReferenceFact> {
  const namespace = stringValue(get(map, 'namespace'));
  return namespace !== undefined ? { namespace } : {};
}

/**
 * References of the popular operators' kinds (their schemas are bundled): Gateway API routes →
 * their parent Gateways and backend Services (and ports), a Gateway → its GatewayClass and TLS
 * Secrets, a cert-manager Certificate → its Issuer or ClusterIssuer and the Secret it writes, a
 * Prometheus ServiceMonitor → the Services its selector matches, a PodMonitor → pods.
 */
export function operatorReferences(r: Readers): void {
  const { root, group, kind, ref, partRef } = r;
  const spec = get(root, 'spec');
  if (group === GATEWAY_GROUP && ROUTES.has(kind)) {
    for (const { map } of mapItems(get(spec, 'parentRefs'))) {
      if (refersTo(map, GATEWAY_GROUP, 'Gateway')) ref('gateway', 'Gateway', get(map, 'name'), 'parentRef', namespaceOf(map));
    }
    for (const { map: rule } of mapItems(get(spec, 'rules'))) {
      for (const { map } of mapItems(get(rule, 'backendRefs'))) {
        if (!refersTo(map, '', 'Service')) continue;
        const name = get(map, 'name');
        ref('service', 'Service', name, 'backendRef', namespaceOf(map));
        partRef('servicePort', 'Service', stringValue(name), get(map, 'port'), 'backendRef', namespaceOf(map));
      }
    }
  }
  if (group === GATEWAY_GROUP && kind === 'Gateway') {
    ref('gatewayClass', 'GatewayClass', get(spec, 'gatewayClassName'), 'gatewayClassName');
    for (const { map: listener } of mapItems(get(spec, 'listeners'))) {
      for (const { map } of mapItems(getIn(listener, 'tls', 'certificateRefs'))) {
        if (refersTo(map, '', 'Secret'))
          ref('secret', 'Secret', get(map, 'name'), `tls ${stringValue(get(listener, 'name')) ?? ''}`.trim(), namespaceOf(map));
      }
    }
  }
  if (group === 'cert-manager.io' && kind === 'Certificate') {
    const issuer = get(spec, 'issuerRef');
    if (issuer && (stringValue(get(issuer, 'group')) ?? 'cert-manager.io') === 'cert-manager.io') {
      const issuerKind = stringValue(get(issuer, 'kind')) ?? 'Issuer';
      if (issuerKind === 'Issuer' || issuerKind === 'ClusterIssuer') ref('issuer', issuerKind, get(issuer, 'name'), 'issuerRef');
    }
    // the Secret cert-manager writes the certificate to: not required to exist beforehand
    ref('certificateSecret', 'Secret', get(spec, 'secretName'), 'secretName');
  }
  if (group === 'monitoring.coreos.com' && (kind === 'ServiceMonitor' || kind === 'PodMonitor')) {
    const selector = get(spec, 'selector');
    const keyAt = keyNode(spec, 'selector');
    if (selector && keyAt) {
      // one namespace named: the Services there; several, or `any: true`, are left to the monitor's own
      const names = itemsOf(getIn(spec, 'namespaceSelector', 'matchNames'));
      const single = names.length === 1 ? stringValue(names[0]) : undefined;
      r.push({
        type: kind === 'ServiceMonitor' ? 'serviceSelector' : 'selector',
        targetKind: kind === 'ServiceMonitor' ? 'Service' : 'Pod',
        span: r.span(keyAt),
        selector: r.selector(selector),
        label: 'selector',
        ...(single !== undefined ? { namespace: single } : {}),
      });
    }
  }
}
