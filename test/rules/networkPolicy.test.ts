// ValidateNetworkPolicySpec, ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer, ValidateIPBlock (pkg/apis/networking/validation/validation.go).
import { rule } from '../../server/src/rules/networkPolicy';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const np = (spec: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: n}\nspec:\n  podSelector: {}\n${spec}`;

ruleTester(rule, {
  valid: [
    {
      // ValidateNetworkPolicyPort / ValidateIPBlock: port 65535, endPort equal to port, a 15-character port name, an except one bit longer than cidr.
      name: 'boundary: port and endPort 65535, a 15-character named port, an except one bit longer than its cidr, both policy types',
      boundary: true,
      code: np(
        '  policyTypes: [Ingress, Egress]\n  ingress:\n    - ports: [{port: 65535, endPort: 65535}, {port: abcdefghijklmno}]\n      from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.0.0.0/9]}}, {podSelector: {}, namespaceSelector: {}}]\n  egress:\n    - to: [{namespaceSelector: {matchLabels: {team: a}}}]\n',
      ),
    },
  ],
  invalid: [
    at(
      'networking:ValidateNetworkPolicyPort#2, networking:ValidateNetworkPolicyPort#3, networking:ValidateNetworkPolicyPort#4, networking:ValidateNetworkPolicyPort#5, networking:ValidateNetworkPolicyPort#6, networking:ValidateNetworkPolicyPort#7: ports and port ranges',
      np(
        '  ingress:\n    - ports: [{port: 0}, {port: 8080, endPort: 80}, {port: 80, endPort: 70000}, {port: http, endPort: 90}, {port: web_http}, {endPort: 90}]\n',
      ),
      [
        ['0', 'ingress[0].ports[0].port must be from 1 to 65535, not 0'],
        ['«80»}', 'ingress[0].ports[1].endPort (80) must not be below port (8080)'],
        ['70000', 'ingress[0].ports[2].endPort must be from 1 to 65535, not 70000'],
        ['«90»}', 'ingress[0].ports[3].endPort needs a numeric port: a port range cannot start at the named port "http"'],
        ['web_http', /^ingress\[0\]\.ports\[4\]\.port "web_http" is not a port name: /],
        ['«90»}', 'ingress[0].ports[5].endPort needs port: set the first port of the range', 1],
      ],
    ),
    at(
      'networking:ValidateNetworkPolicyPeer#1, networking:ValidateNetworkPolicyPeer#2, networking:ValidateIPBlock#1, networking:ValidateIPBlock#2: peers',
      np(
        '  egress:\n    - to: [{}, {ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}, {ipBlock: {except: [10.1.0.0/16]}}, {ipBlock: {cidr: 10.0.0.0/16, except: [10.0.0.0/16, 192.168.0.0/24]}}]\n',
      ),
      [
        ['{}', 'egress[0].to[0] selects nothing: give it a podSelector, a namespaceSelector or an ipBlock', 1],
        ['ipBlock', 'egress[0].to[1] combines ipBlock with a selector: put the ipBlock in a peer of its own'],
        ['ipBlock', 'egress[0].to[2].ipBlock needs a cidr, e.g. 10.0.0.0/8', 1],
        ['except: [«10.0.0.0/16»', 'egress[0].to[3].ipBlock.except[0] "10.0.0.0/16" must be a strict subset of cidr 10.0.0.0/16'],
        ['192.168.0.0/24', 'egress[0].to[3].ipBlock.except[1] "192.168.0.0/24" must be a strict subset of cidr 10.0.0.0/16'],
      ],
    ),
    at(
      'networking:ValidateNetworkPolicySpec#1 and networking:ValidateNetworkPolicySpec#2: policy types',
      np('  policyTypes: [Ingress, Egress, Ingress]\n') + '---\n' + np('  policyTypes: [ingress]\n'),
      [
        ['policyTypes', 'policyTypes can list at most two types (Ingress, Egress), not 3'],
        ['ingress', 'policyTypes "ingress" is not supported: use Ingress or Egress'],
      ],
    ),
  ],
});
