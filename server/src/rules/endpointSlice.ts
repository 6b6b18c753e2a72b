import type { Node, YAMLMap } from 'yaml';
import { dns1123Subdomain, labelValue } from '../k8s/names';
import { entries, get, isBuiltin, itemsOf, keyNode, mapIn, mapItems, stringValue } from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

// The create checks of an EndpointSlice (pkg/apis/discovery/validation: validateEndpoints, validatePorts,
// validateHints). The address type and the port protocols are enums (schema/enum); a port without protocol is
// defaulted to TCP.

const MAX = { endpoints: 1000, addresses: 100, topology: 16, ports: 20000, zones: 8, nodes: 8 };
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function tooMany(map: YAMLMap | undefined, field: string, max: number, where: string, report: Report) {
  const node = get(map, field);
  const n = itemsOf(node).length || entries(node).length;
  if (n > max) report(keyNode(map, field)!, t`${where}${field} has ${n} entries: the limit is ${max}`);
}

/** `unnamed`: a port without a name is defaulted to the name "", so two of them clash. */
function duplicates(items: { map: YAMLMap; index: number }[], where: string, report: Report, unnamed = false) {
  const seen = new Set<string>();
  for (const { map, index } of items) {
    const node = get(map, 'name');
    const name = stringValue(node) ?? (unnamed && node === undefined ? '' : undefined);
    if (name === undefined) continue;
    if (seen.has(name) && name === '')
      report(map, t`${where}[${index}] has no name, like another port: give each port of a slice a name of its own`);
    else if (seen.has(name)) report(node, t`${where}[${index}].name "${name}" is listed twice`);
    seen.add(name);
  }
}

function checkEndpoint(ep: YAMLMap, where: string, type: string | undefined, report: Report) {
  const addresses = itemsOf(get(ep, 'addresses'));
  if (get(ep, 'addresses') !== undefined && !addresses.length)
    report(keyNode(ep, 'addresses')!, t`${where}.addresses must list at least one address`);
  tooMany(ep, 'addresses', MAX.addresses, `${where}.`, report);
  for (const node of addresses as Node[]) {
    const a = stringValue(node);
    if (!a) continue;
    if (type === 'IPv4' && a.includes(':')) report(node, t`${where}: "${a}" is not an IPv4 address, and this slice's addressType is IPv4`);
    else if (type === 'IPv6' && !a.includes(':'))
      report(node, t`${where}: "${a}" is not an IPv6 address, and this slice's addressType is IPv6`);
    else if (type === 'IPv4' && !IPV4.test(a)) report(node, t`${where}: "${a}" is not an IPv4 address such as 10.1.2.3`);
  }
  const nodeName = get(ep, 'nodeName');
  const nn = stringValue(nodeName);
  if (nn && dns1123Subdomain(nn).length)
    report(nodeName, t`${where}.nodeName "${nn}" is not a node name: ${dns1123Subdomain(nn).join('; ')}`);
  tooMany(ep, 'deprecatedTopology', MAX.topology, `${where}.`, report);
  const hints = mapIn(ep, 'hints');
  if (!hints) return;
  tooMany(hints, 'forZones', MAX.zones, `${where}.hints.`, report);
  tooMany(hints, 'forNodes', MAX.nodes, `${where}.hints.`, report);
  const zones = mapItems(get(hints, 'forZones'));
  const nodes = mapItems(get(hints, 'forNodes'));
  duplicates(zones, `${where}.hints.forZones`, report);
  duplicates(nodes, `${where}.hints.forNodes`, report);
  for (const { map, index } of zones) {
    const n = stringValue(get(map, 'name'));
    if (n && labelValue(n).length)
      report(get(map, 'name'), t`${where}.hints.forZones[${index}].name "${n}" is not a zone name: ${labelValue(n).join('; ')}`);
  }
  for (const { map, index } of nodes) {
    const n = stringValue(get(map, 'name'));
    if (n && dns1123Subdomain(n).length)
      report(get(map, 'name'), t`${where}.hints.forNodes[${index}].name "${n}" is not a node name: ${dns1123Subdomain(n).join('; ')}`);
  }
}

export const rule: DocumentRule = {
  id: 'k8s/endpoint-slice',
  title: 'EndpointSlice endpoints, ports and hints are valid',
  severity: 'error',
  scope: 'document',
  doc:
    'The create checks of an EndpointSlice (validateEndpoints, validatePorts, validateHints): at most 1000 endpoints, each with 1 to 100 addresses of the ' +
    "slice's `addressType` (IPv4 or IPv6), a valid `nodeName`, at most 16 `deprecatedTopology` labels, and hints for at most 8 zones and 8 nodes, each named " +
    'once and validly; at most 20000 ports, each name used once.',
  check(doc, report) {
    if (!isBuiltin(doc, 'EndpointSlice', ['discovery.k8s.io'])) return;
    const root = doc.root as YAMLMap | undefined;
    if (!root) return;
    const type = stringValue(get(root, 'addressType'));
    tooMany(root, 'endpoints', MAX.endpoints, '', report);
    for (const { map, index } of mapItems(get(root, 'endpoints'))) checkEndpoint(map, `endpoints[${index}]`, type, report);
    tooMany(root, 'ports', MAX.ports, '', report);
    duplicates(mapItems(get(root, 'ports')), 'ports', report, true);
  },
};
