import type { Node, YAMLMap } from 'yaml';
import { ianaSvcName } from '../k8s/names';
import { get, isBuiltin, itemsOf, keyNode, mapIn, mapItems, numberValue, scalarValue, stringValue } from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

// The create checks of a NetworkPolicy (pkg/apis/networking/validation: ValidateNetworkPolicySpec,
// ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer, ValidateIPBlock). The CIDRs' own syntax and the selectors are
// checked by the rules that check them everywhere; `except` is compared with `cidr` for IPv4.

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** An IPv4 CIDR as [first address as a number, prefix length], or undefined. */
function cidr4(text: string | undefined): [number, number] | undefined {
  const m = text ? IPV4_CIDR.exec(text) : null;
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const bits = Number(m[5]);
  if (octets.some((o) => o > 255) || bits > 32) return undefined;
  const n = octets.reduce((a, o) => a * 256 + o, 0);
  return [n - (n % 2 ** (32 - bits)), bits];
}

function checkPort(port: YAMLMap, where: string, report: Report) {
  const portNode = get(port, 'port');
  const value = scalarValue(portNode);
  const endNode = get(port, 'endPort');
  const end = numberValue(endNode);
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 65535) report(portNode, t`${where}.port must be from 1 to 65535, not ${value}`);
    if (end !== undefined) {
      if (end < value) report(endNode, t`${where}.endPort (${end}) must not be below port (${value})`);
      else if (end > 65535) report(endNode, t`${where}.endPort must be from 1 to 65535, not ${end}`);
    }
  } else if (typeof value === 'string') {
    if (end !== undefined)
      report(endNode, t`${where}.endPort needs a numeric port: a port range cannot start at the named port "${value}"`);
    const problems = ianaSvcName(value);
    if (problems.length) report(portNode, t`${where}.port "${value}" is not a port name: ${problems.join('; ')}`);
  } else if (portNode === undefined && end !== undefined) report(endNode, t`${where}.endPort needs port: set the first port of the range`);
}

function checkPeer(peer: YAMLMap, where: string, report: Report) {
  const kinds = ['podSelector', 'namespaceSelector', 'ipBlock'].filter((k) => get(peer, k) !== undefined);
  if (!kinds.length) {
    report(peer, t`${where} selects nothing: give it a podSelector, a namespaceSelector or an ipBlock`);
    return;
  }
  const block = mapIn(peer, 'ipBlock');
  if (kinds.length > 1 && get(peer, 'ipBlock') !== undefined)
    report(keyNode(peer, 'ipBlock')!, t`${where} combines ipBlock with a selector: put the ipBlock in a peer of its own`);
  if (!block) return;
  const cidrNode = get(block, 'cidr');
  const cidr = stringValue(cidrNode);
  if (!cidr) {
    report(cidrNode ?? keyNode(peer, 'ipBlock')!, t`${where}.ipBlock needs a cidr, e.g. 10.0.0.0/8`);
    return;
  }
  const outer = cidr4(cidr);
  for (const [i, node] of itemsOf(get(block, 'except')).entries()) {
    const inner = cidr4(stringValue(node));
    if (!outer || !inner) continue;
    const inside = inner[0] >= outer[0] && inner[0] < outer[0] + 2 ** (32 - outer[1]);
    if (!inside || inner[1] <= outer[1])
      report(node, t`${where}.ipBlock.except[${i}] "${stringValue(node)}" must be a strict subset of cidr ${cidr}`);
  }
}

function checkRules(spec: YAMLMap, direction: 'ingress' | 'egress', report: Report) {
  const peersKey = direction === 'ingress' ? 'from' : 'to';
  for (const { map, index } of mapItems(get(spec, direction))) {
    for (const p of mapItems(get(map, 'ports'))) checkPort(p.map, `${direction}[${index}].ports[${p.index}]`, report);
    for (const p of mapItems(get(map, peersKey))) checkPeer(p.map, `${direction}[${index}].${peersKey}[${p.index}]`, report);
  }
}

export const rule: DocumentRule = {
  id: 'k8s/network-policy',
  title: 'NetworkPolicy ports, peers and policy types are valid',
  severity: 'error',
  scope: 'document',
  doc:
    'The create checks of a NetworkPolicy (ValidateNetworkPolicySpec): a port is a number from 1 to 65535 or a port name; `endPort` needs a numeric `port` ' +
    'and is not below it; a peer in `from`/`to` has a `podSelector`, a `namespaceSelector` or an `ipBlock`, and an `ipBlock` stands alone, has a `cidr`, and ' +
    'each `except` is a strict subset of it (IPv4); `policyTypes` holds at most Ingress and Egress. (ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer, ValidateIPBlock.)',
  check(doc, report) {
    if (!isBuiltin(doc, 'NetworkPolicy', ['networking.k8s.io'])) return;
    const spec = mapIn(doc.root, 'spec');
    if (!spec) return;
    checkRules(spec, 'ingress', report);
    checkRules(spec, 'egress', report);
    const types = itemsOf(get(spec, 'policyTypes'));
    if (types.length > 2)
      report(keyNode(spec, 'policyTypes')!, t`policyTypes can list at most two types (Ingress, Egress), not ${types.length}`);
    else
      for (const node of types as Node[]) {
        const v = stringValue(node);
        if (v !== undefined && v !== 'Ingress' && v !== 'Egress')
          report(node, t`policyTypes "${v}" is not supported: use Ingress or Egress`);
      }
  },
};
