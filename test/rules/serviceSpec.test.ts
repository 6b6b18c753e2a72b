// validateService, validateServiceExternalTrafficPolicy, validateAffinityTimeout, validateLoadBalancerClassField,
// validateServiceTrafficDistribution, ValidateServiceClusterIPsRelatedFields and ValidateEndpointIP (externalIPs),
// pkg/apis/core/validation/validation.go.
import { rule } from '../../server/src/rules/serviceSpec';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const svc = (spec: string, meta = '') => `apiVersion: v1\nkind: Service\nmetadata: {name: s${meta}}\nspec:\n  ports: [{port: 80}]\n${spec}`;

ruleTester(rule, {
  valid: [
    {
      name: 'boundary: affinity timeout 86400, health check port 65535, dual stack',
      boundary: true,
      code: svc(
        '  type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: 65535\n  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 86400}}\n  clusterIP: 10.0.0.10\n  clusterIPs: [10.0.0.10, "fd00::10"]\n  ipFamilies: [IPv4, IPv6]\n  loadBalancerSourceRanges: [10.0.0.0/8]\n  trafficDistribution: PreferClose\n  externalIPs: [192.0.2.10]\n',
      ),
    },
    {
      name: 'headless, and an ExternalName Service',
      code:
        svc('  clusterIP: None\n  clusterIPs: [None]\n') +
        '---\n' +
        'apiVersion: v1\nkind: Service\nspec:\n  type: ExternalName\n  externalName: db.example.com\n',
    },
  ],
  invalid: [
    at(
      'validateService#5, validateService#6, validateService#7: cluster IP fields on an ExternalName Service',
      'apiVersion: v1\nkind: Service\nspec:\n  type: ExternalName\n  externalName: db.example.com\n  clusterIPs: [10.0.0.1]\n  ipFamilies: [IPv4]\n  ipFamilyPolicy: SingleStack\n',
      ['clusterIPs', 'ipFamilies', 'ipFamilyPolicy'].map(
        (f) => [f, `an ExternalName Service has no cluster IPs, so it cannot set ${f}: remove it`] as [string, string],
      ),
    ),
    at(
      'validateService#11 and validateAffinityTimeout#1: session affinity',
      svc('  sessionAffinityConfig: {clientIP: {timeoutSeconds: 10}}\n') +
        '---\n' +
        svc('  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 86401}}\n'),
      [
        [
          'sessionAffinityConfig',
          'sessionAffinityConfig only applies with sessionAffinity: ClientIP: set it, or remove sessionAffinityConfig',
        ],
        ['86401', 'sessionAffinityConfig.clientIP.timeoutSeconds must be from 1 to 86400 (a day), not 86401'],
      ],
    ),
    at(
      'validateService#17, validateService#18, validateService#19, validateLoadBalancerClassField#2: LoadBalancer-only fields on a ClusterIP Service',
      svc(
        '  loadBalancerSourceRanges: [10.0.0.0/8]\n  allocateLoadBalancerNodePorts: false\n  loadBalancerClass: example.com/lb\n',
        ', annotations: {service.beta.kubernetes.io/load-balancer-source-ranges: 10.0.0.0/8}',
      ),
      [
        [
          'service.beta.kubernetes.io/load-balancer-source-ranges',
          'the load-balancer-source-ranges annotation is only for Services of type LoadBalancer, and this one is ClusterIP',
        ],
        ...['loadBalancerSourceRanges', 'allocateLoadBalancerNodePorts', 'loadBalancerClass'].map(
          (f) =>
            [f, `${f} is only for Services of type LoadBalancer, and this one is ClusterIP: remove it, or set type: LoadBalancer`] as [
              string,
              string,
            ],
        ),
      ],
    ),
    at(
      'validateServiceExternalTrafficPolicy#1, validateServiceExternalTrafficPolicy#4, validateServiceExternalTrafficPolicy#6: traffic policy and health check port',
      svc('  externalTrafficPolicy: Local\n') +
        '---\n' +
        svc('  type: LoadBalancer\n  healthCheckNodePort: 30000\n') +
        '---\n' +
        svc('  type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: 70000\n'),
      [
        [
          'externalTrafficPolicy',
          'externalTrafficPolicy only applies to NodePort and LoadBalancer Services, and this one is ClusterIP: remove it',
        ],
        ['healthCheckNodePort', 'healthCheckNodePort is only for a LoadBalancer Service with externalTrafficPolicy: Local'],
        ['70000', 'healthCheckNodePort 70000 is out of range: a port number is from 1 to 65535'],
      ],
    ),
    at(
      'validateService#15: one nodePort for two ports',
      'apiVersion: v1\nkind: Service\nspec:\n  type: NodePort\n  ports: [{name: a, port: 80, nodePort: 30080}, {name: b, port: 81, nodePort: 30080}]\n',
      [['30080', 'nodePort 30080 is used by two ports of this Service: each port needs its own node port', 1]],
    ),
    at(
      'ValidateServiceClusterIPsRelatedFields#2, ValidateServiceClusterIPsRelatedFields#3, ValidateServiceClusterIPsRelatedFields#5, ValidateServiceClusterIPsRelatedFields#7: clusterIPs',
      svc('  clusterIP: 10.0.0.1\n  clusterIPs: [10.0.0.2]\n') +
        '---\n' +
        svc('  clusterIPs: [10.0.0.2]\n  ipFamilies: [IPv4, IPv4]\n') +
        '---\n' +
        svc('  clusterIP: None\n  clusterIPs: [None, 10.0.0.1]\n'),
      [
        ['[«10.0.0.2»]', 'the first of clusterIPs ("10.0.0.2") must be clusterIP ("10.0.0.1")'],
        ['clusterIPs', 'clusterIPs is set but clusterIP is not: set clusterIP to the first of clusterIPs', 1],
        ['«IPv4»]', 'ipFamilies lists IPv4 twice'],
        ['clusterIPs', 'clusterIPs: None (headless) must be the only value', 2],
      ],
    ),
    at(
      'ValidateServiceClusterIPsRelatedFields#8, ValidateServiceClusterIPsRelatedFields#9, ValidateServiceClusterIPsRelatedFields#10, ValidateServiceClusterIPsRelatedFields#11: families',
      svc('  clusterIP: 10.0.0.1\n  clusterIPs: [10.0.0.1, "fd00::1", 10.0.0.2]\n') +
        '---\n' +
        svc('  clusterIP: 10.0.0.1\n  clusterIPs: [10.0.0.1, 10.0.0.2]\n') +
        '---\n' +
        svc('  clusterIP: 10.0.0.1\n  clusterIPs: [10.0.0.1, "fd00::1"]\n  ipFamilies: [IPv6, IPv4]\n'),
      [
        ['clusterIPs', 'clusterIPs holds 3 values: the most is 2, one IPv4 and one IPv6'],
        ['«10.0.0.2»]', 'clusterIPs holds two IPs of one family: a dual-stack Service has one IPv4 and one IPv6 address', 1],
        ['[«10.0.0.1», "fd00::1"]\n  ipFamilies', 'clusterIPs[0] is an IPv4 address, but ipFamilies[0] is IPv6'],
        ['«"fd00::1"»]\n  ipFamilies', 'clusterIPs[1] is an IPv6 address, but ipFamilies[1] is IPv4'],
      ],
    ),
    at(
      'ValidateEndpointIP#1, ValidateEndpointIP#2, ValidateEndpointIP#3, ValidateEndpointIP#4, ValidateEndpointIP#5: externalIPs',
      svc('  externalIPs: [10.0.0.300, 0.0.0.0, 127.0.0.1, 169.254.1.1, 224.0.0.5]\n'),
      [
        ['10.0.0.300', 'externalIPs: "10.0.0.300" is not a valid IP address'],
        ['0.0.0.0', 'externalIPs: 0.0.0.0 is the unspecified address: use the IP clients connect to'],
        ['127.0.0.1', 'externalIPs: 127.0.0.1 is a loopback address: use an IP that reaches the nodes'],
        ['169.254.1.1', 'externalIPs: 169.254.1.1 is a link-local address: use an IP that reaches the nodes'],
        ['224.0.0.5', 'externalIPs: 224.0.0.5 is a link-local multicast address: use an IP that reaches the nodes'],
      ],
    ),
    at(
      'validateService#1 and validateServiceTrafficDistribution#1: topology annotations that disagree, an unknown traffic distribution',
      svc(
        '  trafficDistribution: Nearest\n',
        ', annotations: {service.kubernetes.io/topology-mode: Auto, service.kubernetes.io/topology-aware-hints: Disabled}',
      ),
      [
        [
          'service.kubernetes.io/topology-mode',
          'the topology-mode annotation ("Auto") and the older topology-aware-hints annotation ("Disabled") disagree: keep topology-mode only',
        ],
        ['Nearest', 'trafficDistribution "Nearest" is not supported: use PreferClose, PreferSameZone, PreferSameNode'],
      ],
    ),
  ],
});
