import type { Node } from 'yaml';
import { get, isBuiltin, itemsOf, keyNode, mapIn, pairOf, replaceScalar, stringValue } from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

// The warnings the API server returns when a Service is created, though it accepts it
// (GetWarningsForService, pkg/api/service/warnings.go; GetWarningsForIP and GetWarningsForCIDR,
// k8s.io/apimachinery/pkg/util/validation/ip.go). IPv4 only: an IPv6 address's canonical form is left alone.

const HINTS = 'service.kubernetes.io/topology-aware-hints';
const MODE = 'service.kubernetes.io/topology-mode';
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** An IPv4 address with leading zeros ("010.0.0.1"), or IPv4-mapped IPv6: the standard form, else undefined. */
function standardIp(value: string): string | undefined {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped && IPV4.test(mapped[1])) return standardIp(mapped[1]) ?? mapped[1];
  const m = IPV4.exec(value);
  if (!m || !m.slice(1).some((o) => o.length > 1 && o.startsWith('0'))) return undefined;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets.join('.') : undefined;
}

function checkIp(node: Node | undefined, where: string, report: Report) {
  const v = stringValue(node);
  const use = v ? standardIp(v) : undefined;
  if (use)
    // An error since 1.36: StrictIPCIDRValidation (beta, on by default) rejects what older releases only warned about.
    report(
      node,
      t`${where}: "${v}" must not have leading zeros or be IPv4-mapped IPv6 (the API server rejects it since 1.36): write "${use}"`,
      {
        severity: 'error',
        fixes: [{ title: t`Change to ${use}`, edits: [replaceScalar(node!, use)], preferred: true }],
      },
    );
}

function checkCidr(node: Node | undefined, where: string, report: Report) {
  const v = stringValue(node);
  const m = v ? /^(\d+\.\d+\.\d+\.\d+)\/(\d{1,2})$/.exec(v) : null;
  if (!m || Number(m[2]) > 32) return;
  const ip = standardIp(m[1]) ?? m[1];
  const octets = ip.split('.').map(Number);
  if (octets.some((o) => o > 255)) return;
  const bits = Number(m[2]);
  const n = octets.reduce((a, o) => a * 256 + o, 0);
  // Arithmetic, not `&`: JavaScript's bitwise operators are signed 32-bit.
  const network = n - (n % 2 ** (32 - bits));
  const net = [24, 16, 8, 0].map((s) => Math.floor(network / 2 ** s) % 256).join('.');
  if (net !== ip) report(node, t`${where}: "${v}" is ambiguous: write "${net}/${bits}" for the network, or "${ip}/32" for one address`);
  else if (ip !== m[1])
    report(node, t`${where}: "${v}" must not have leading zeros (the API server rejects it since 1.36): write "${ip}/${bits}"`, {
      severity: 'error',
    });
}

export const rule: DocumentRule = {
  id: 'k8s/service-warnings',
  title: 'What the API server warns about when a Service is created',
  severity: 'warning',
  scope: 'document',
  doc:
    'The warnings `kubectl apply` prints for a Service that the API server accepts (GetWarningsForService): the deprecated ' +
    '`service.kubernetes.io/topology-aware-hints` annotation (use `service.kubernetes.io/topology-mode`), `externalIPs` (deprecated, and ignored by ' +
    'headless and ExternalName Services), `loadBalancerIP` and `sessionAffinity` on a headless Service (ignored), `externalName` on a Service that is not ' +
    'ExternalName (ignored), `trafficDistribution: PreferClose` (deprecated: PreferSameZone), and a `loadBalancerSourceRanges` CIDR with host bits set. ' +
    'An IPv4 address or CIDR with leading zeros, or an IPv4-mapped IPv6 address, was a warning before 1.36 and is an error since (StrictIPCIDRValidation, on by default): those are reported as errors.',
  check(doc, report) {
    if (!isBuiltin(doc, 'Service')) return;
    const root = doc.root;
    const spec = mapIn(root, 'spec');
    const annotations = mapIn(root, 'metadata', 'annotations');
    const hints = pairOf(annotations, HINTS);
    if (hints) {
      const key = hints.key as Node;
      report(key, t`annotation ${HINTS} is deprecated: use ${MODE} (its values are Auto or the empty string)`, {
        fixes:
          get(annotations, MODE) === undefined
            ? [{ title: t`Rename to ${MODE}`, edits: [replaceScalar(key, MODE)], preferred: true }]
            : undefined,
      });
    }
    if (!spec) return;
    const type = stringValue(get(spec, 'type')) ?? 'ClusterIP';
    const headless = type === 'ClusterIP' && stringValue(get(spec, 'clusterIP')) === 'None';
    const externalIPs = itemsOf(get(spec, 'externalIPs'));
    if (headless) {
      if (stringValue(get(spec, 'loadBalancerIP')))
        report(keyNode(spec, 'loadBalancerIP'), t('loadBalancerIP is ignored by a headless Service (clusterIP: None): remove it'));
      if (externalIPs.length)
        report(keyNode(spec, 'externalIPs'), t('externalIPs are ignored by a headless Service (clusterIP: None): remove them'));
      const affinity = stringValue(get(spec, 'sessionAffinity'));
      if (affinity && affinity !== 'None')
        report(
          get(spec, 'sessionAffinity'),
          t`sessionAffinity ${affinity} is ignored by a headless Service (clusterIP: None): clients connect to the pods directly`,
        );
    } else if (type === 'ExternalName' && externalIPs.length)
      report(keyNode(spec, 'externalIPs'), t('externalIPs are ignored by an ExternalName Service: remove them'));
    else if (externalIPs.length)
      report(
        keyNode(spec, 'externalIPs'),
        t('externalIPs is deprecated and may not be implemented in some clusters: prefer a LoadBalancer Service or a Gateway'),
      );
    if (type !== 'ExternalName' && stringValue(get(spec, 'externalName')))
      report(
        keyNode(spec, 'externalName'),
        t`externalName is ignored unless type is ExternalName (this Service is ${type}): remove it, or set type: ExternalName`,
      );
    const traffic = get(spec, 'trafficDistribution');
    if (stringValue(traffic) === 'PreferClose')
      report(traffic, t('trafficDistribution PreferClose is deprecated: use PreferSameZone (the same behaviour)'), {
        fixes: [{ title: t('Change to PreferSameZone'), edits: [replaceScalar(traffic!, 'PreferSameZone')], preferred: true }],
      });
    itemsOf(get(spec, 'clusterIPs')).forEach((n, i) => checkIp(n, `clusterIPs[${i}]`, report));
    // externalIPs with leading zeros: k8s/service-spec reports them as invalid already.
    checkIp(get(spec, 'loadBalancerIP'), 'loadBalancerIP', report);
    itemsOf(get(spec, 'loadBalancerSourceRanges')).forEach((n, i) => checkCidr(n, `loadBalancerSourceRanges[${i}]`, report));
  },
};
