// GetWarningsForService (pkg/api/service/warnings.go); GetWarningsForIP, GetWarningsForCIDR and parseIP with
// strict validation (k8s.io/apimachinery/pkg/util/validation/ip.go; StrictIPCIDRValidation is on by default in 1.36).
import { rule } from '../../server/src/rules/serviceWarnings';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const svc = (spec: string, meta = '') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n${meta}spec:\n  ports: [{port: 80}]\n${spec}`;

ruleTester(rule, {
  valid: [
    {
      // GetWarningsForCIDR: a /32 of one address and a network address are not ambiguous; 0 without leading zeros.
      name: 'boundary: 10.0.0.0/8, 192.0.2.7/32 and 0.0.0.0/0; a headless Service with sessionAffinity None',
      boundary: true,
      code:
        svc(
          '  type: LoadBalancer\n  loadBalancerSourceRanges: [10.0.0.0/8, 192.0.2.7/32, 0.0.0.0/0]\n  trafficDistribution: PreferSameZone\n',
        ) +
        '---\n' +
        svc('  clusterIP: None\n  sessionAffinity: None\n'),
    },
    {
      name: 'an ExternalName Service',
      code: svc('  type: ExternalName\n  externalName: db.example.com\n', '  annotations: {service.kubernetes.io/topology-mode: Auto}\n'),
    },
  ],
  invalid: [
    at(
      'GetWarningsForService: the deprecated topology-aware-hints annotation is renamed',
      svc('', '  annotations:\n    service.kubernetes.io/topology-aware-hints: Auto\n'),
      [
        [
          'service.kubernetes.io/topology-aware-hints',
          'annotation service.kubernetes.io/topology-aware-hints is deprecated: use service.kubernetes.io/topology-mode (its values are Auto or the empty string)',
        ],
      ],
      svc('', '  annotations:\n    service.kubernetes.io/topology-mode: Auto\n'),
    ),
    at(
      'GetWarningsForService: what a headless Service ignores',
      svc('  clusterIP: None\n  loadBalancerIP: 192.0.2.1\n  externalIPs: [192.0.2.2]\n  sessionAffinity: ClientIP\n'),
      [
        ['loadBalancerIP', 'loadBalancerIP is ignored by a headless Service (clusterIP: None): remove it'],
        ['externalIPs', 'externalIPs are ignored by a headless Service (clusterIP: None): remove them'],
        ['ClientIP', 'sessionAffinity ClientIP is ignored by a headless Service (clusterIP: None): clients connect to the pods directly'],
      ],
    ),
    at(
      'GetWarningsForService: externalIPs deprecated, or ignored by ExternalName; externalName ignored by other types',
      svc('  externalIPs: [192.0.2.2]\n  externalName: db.example.com\n') +
        '---\n' +
        svc('  type: ExternalName\n  externalName: db.example.com\n  externalIPs: [192.0.2.2]\n'),
      [
        [
          'externalIPs',
          'externalIPs is deprecated and may not be implemented in some clusters: prefer a LoadBalancer Service or a Gateway',
        ],
        [
          'externalName',
          'externalName is ignored unless type is ExternalName (this Service is ClusterIP): remove it, or set type: ExternalName',
        ],
        ['externalIPs', 'externalIPs are ignored by an ExternalName Service: remove them', 1],
      ],
    ),
    at(
      'GetWarningsForService: trafficDistribution PreferClose',
      svc('  trafficDistribution: PreferClose\n'),
      [['PreferClose', 'trafficDistribution PreferClose is deprecated: use PreferSameZone (the same behaviour)']],
      svc('  trafficDistribution: PreferSameZone\n'),
    ),
    at(
      'parseIP (strict) and GetWarningsForCIDR: leading zeros are rejected, host bits are ambiguous',
      svc('  type: LoadBalancer\n  loadBalancerIP: 192.000.2.010\n  loadBalancerSourceRanges: [10.1.2.3/8, 010.0.0.0/8]\n'),
      [
        [
          '192.000.2.010',
          'loadBalancerIP: "192.000.2.010" must not have leading zeros or be IPv4-mapped IPv6 (the API server rejects it since 1.36): write "192.0.2.10"',
          0,
          'error',
        ],
        [
          '10.1.2.3/8',
          'loadBalancerSourceRanges[0]: "10.1.2.3/8" is ambiguous: write "10.0.0.0/8" for the network, or "10.1.2.3/32" for one address',
        ],
        [
          '010.0.0.0/8',
          'loadBalancerSourceRanges[1]: "010.0.0.0/8" must not have leading zeros (the API server rejects it since 1.36): write "10.0.0.0/8"',
          0,
          'error',
        ],
      ],
      svc('  type: LoadBalancer\n  loadBalancerIP: 192.0.2.10\n  loadBalancerSourceRanges: [10.1.2.3/8, 010.0.0.0/8]\n'),
    ),
  ],
});
