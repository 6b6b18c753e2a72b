import type { Node } from 'yaml';
import { entries, get, getIn, itemsOf, keyNode, mapIn, mapItems, numberValue, stringValue } from './nodes';
import { serviceSpec } from './serviceFields';
import type { DocumentRule } from './types';
import { t } from '../l10n';

// The Service checks of validateService and ValidateServiceClusterIPsRelatedFields
// (pkg/apis/core/validation/validation.go) that depend on the type and on each other.

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const isIPv6 = (v: string) => v.includes(':') && /^[0-9a-fA-F:.]+$/.test(v) && (v.match(/::/g) ?? []).length <= 1;
const family = (v: string) => (IPV4.test(v) ? 'IPv4' : isIPv6(v) ? 'IPv6' : undefined);
const TRAFFIC = ['PreferClose', 'PreferSameZone', 'PreferSameNode'];

export const rule: DocumentRule = {
  id: 'k8s/service-spec',
  title: 'Service fields fit the Service type and each other',
  severity: 'error',
  scope: 'document',
  doc:
    'The checks of validateService and ValidateServiceClusterIPsRelatedFields (pkg/apis/core/validation) across fields: an ExternalName Service sets no clusterIPs, ipFamilies or ipFamilyPolicy; ' +
    '`sessionAffinityConfig` goes with `sessionAffinity: ClientIP`, its timeout is 1 to 86400 seconds; `loadBalancerSourceRanges`, `allocateLoadBalancerNodePorts`, `loadBalancerClass` and `healthCheckNodePort` ' +
    'are only for LoadBalancer Services (the health check port only with externalTrafficPolicy Local, 1 to 65535); `externalTrafficPolicy` only for NodePort and LoadBalancer; no nodePort twice; ' +
    '`clusterIPs` starts with `clusterIP`, holds at most one IP per family, `None` alone, and matches `ipFamilies` (no family twice); externalIPs are valid, routable IPs; ' +
    'the topology-mode and topology-aware-hints annotations agree; `trafficDistribution` is PreferClose, PreferSameZone or PreferSameNode.',
  check(doc, report) {
    const svc = serviceSpec(doc);
    if (!svc || !svc.typeKnown) return;
    const { spec, type } = svc;
    const lb = type === 'LoadBalancer';
    const external = lb || type === 'NodePort';
    if (type === 'ExternalName') {
      for (const f of ['clusterIPs', 'ipFamilies', 'ipFamilyPolicy']) {
        const k = keyNode(spec, f);
        if (k) report(k, t`an ExternalName Service has no cluster IPs, so it cannot set ${f}: remove it`);
      }
    }
    const affinity = stringValue(get(spec, 'sessionAffinity')) ?? 'None';
    const config = mapIn(spec, 'sessionAffinityConfig');
    if (config && affinity === 'None')
      report(
        keyNode(spec, 'sessionAffinityConfig'),
        t('sessionAffinityConfig only applies with sessionAffinity: ClientIP: set it, or remove sessionAffinityConfig'),
      );
    const timeout = getIn(config, 'clientIP', 'timeoutSeconds');
    const seconds = numberValue(timeout);
    if (affinity === 'ClientIP' && seconds !== undefined && (seconds <= 0 || seconds > 86400))
      report(timeout, t`sessionAffinityConfig.clientIP.timeoutSeconds must be from 1 to 86400 (a day), not ${seconds}`);
    if (!lb) {
      for (const f of ['loadBalancerSourceRanges', 'allocateLoadBalancerNodePorts', 'loadBalancerClass']) {
        const k = keyNode(spec, f);
        if (k) report(k, t`${f} is only for Services of type LoadBalancer, and this one is ${type}: remove it, or set type: LoadBalancer`);
      }
      const ann = entries(mapIn(mapIn(doc.root, 'metadata'), 'annotations')).find(
        (e) => e.key === 'service.beta.kubernetes.io/load-balancer-source-ranges',
      );
      if (ann)
        report(
          ann.pair.key,
          t`the load-balancer-source-ranges annotation is only for Services of type LoadBalancer, and this one is ${type}`,
        );
    }
    const etp = get(spec, 'externalTrafficPolicy');
    if (etp !== undefined && !external)
      report(
        keyNode(spec, 'externalTrafficPolicy'),
        t`externalTrafficPolicy only applies to NodePort and LoadBalancer Services, and this one is ${type}: remove it`,
      );
    const hc = get(spec, 'healthCheckNodePort');
    if (hc !== undefined) {
      const n = numberValue(hc);
      if (!lb || stringValue(etp) !== 'Local')
        report(
          keyNode(spec, 'healthCheckNodePort'),
          t('healthCheckNodePort is only for a LoadBalancer Service with externalTrafficPolicy: Local'),
        );
      else if (n !== undefined && (n < 1 || n > 65535))
        report(hc, t`healthCheckNodePort ${n} is out of range: a port number is from 1 to 65535`);
    }
    const nodePorts = new Map<number, Node>();
    for (const { map } of mapItems(get(spec, 'ports'))) {
      const np = get(map, 'nodePort');
      const n = numberValue(np);
      if (!n) continue;
      if (nodePorts.has(n)) report(np, t`nodePort ${n} is used by two ports of this Service: each port needs its own node port`);
      nodePorts.set(n, np!);
    }
    if (type !== 'ExternalName') checkClusterIPs(spec, report);
    for (const ip of itemsOf(get(spec, 'externalIPs'))) {
      const v = stringValue(ip);
      if (v === undefined) continue;
      const f = family(v);
      if (!f) report(ip, t`externalIPs: "${v}" is not a valid IP address`);
      else if (v === '0.0.0.0' || v === '::') report(ip, t`externalIPs: ${v} is the unspecified address: use the IP clients connect to`);
      else if (/^127\./.test(v) || v === '::1') report(ip, t`externalIPs: ${v} is a loopback address: use an IP that reaches the nodes`);
      else if (/^169\.254\./.test(v) || /^fe[89ab]/i.test(v))
        report(ip, t`externalIPs: ${v} is a link-local address: use an IP that reaches the nodes`);
      else if (/^224\.0\.0\./.test(v) || /^ff02:/i.test(v))
        report(ip, t`externalIPs: ${v} is a link-local multicast address: use an IP that reaches the nodes`);
    }
    const annotations = mapIn(mapIn(doc.root, 'metadata'), 'annotations');
    const mode = stringValue(get(annotations, 'service.kubernetes.io/topology-mode'));
    const hints = stringValue(get(annotations, 'service.kubernetes.io/topology-aware-hints'));
    if (mode !== undefined && hints !== undefined && mode !== hints)
      report(
        keyNode(annotations, 'service.kubernetes.io/topology-mode'),
        t`the topology-mode annotation ("${mode}") and the older topology-aware-hints annotation ("${hints}") disagree: keep topology-mode only`,
      );
    const td = get(spec, 'trafficDistribution');
    const tv = stringValue(td);
    if (tv !== undefined && !TRAFFIC.includes(tv)) report(td, t`trafficDistribution "${tv}" is not supported: use ${TRAFFIC.join(', ')}`);
  },
};

function checkClusterIPs(spec: Parameters<typeof get>[0], report: Parameters<DocumentRule['check']>[1]) {
  const clusterIP = stringValue(get(spec, 'clusterIP'));
  const ipsNode = get(spec, 'clusterIPs');
  const ips = itemsOf(ipsNode);
  const families = itemsOf(get(spec, 'ipFamilies'));
  const seen = new Set<string>();
  for (const f of families) {
    const v = stringValue(f);
    if (v && seen.has(v)) report(f, t`ipFamilies lists ${v} twice`);
    if (v) seen.add(v);
  }
  if (!ips.length) return;
  const first = stringValue(ips[0]);
  if (!clusterIP)
    report(keyNode(spec, 'clusterIPs'), t('clusterIPs is set but clusterIP is not: set clusterIP to the first of clusterIPs'));
  else if (first !== clusterIP) report(ips[0], t`the first of clusterIPs ("${first}") must be clusterIP ("${clusterIP}")`);
  if (ips.some((i) => stringValue(i) === 'None') && ips.length > 1)
    report(keyNode(spec, 'clusterIPs'), t('clusterIPs: None (headless) must be the only value'));
  else if (ips.length > 2)
    report(keyNode(spec, 'clusterIPs'), t`clusterIPs holds ${ips.length} values: the most is 2, one IPv4 and one IPv6`);
  else if (ips.length === 2 && family(stringValue(ips[0]) ?? '') && family(stringValue(ips[0]) ?? '') === family(stringValue(ips[1]) ?? ''))
    report(ips[1], t('clusterIPs holds two IPs of one family: a dual-stack Service has one IPv4 and one IPv6 address'));
  ips.forEach((ip, i) => {
    const want = stringValue(families[i]);
    const got = family(stringValue(ip) ?? '');
    if (want && got && want !== got) report(ip, t`clusterIPs[${i}] is an ${got} address, but ipFamilies[${i}] is ${want}`);
  });
}
