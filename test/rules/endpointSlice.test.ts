// validateEndpoints, validatePorts, validateHints (pkg/apis/discovery/validation/validation.go).
import { rule } from '../../server/src/rules/endpointSlice';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const slice = (type: string, body: string) =>
  `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: s}\naddressType: ${type}\n${body}`;
const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(', ');

ruleTester(rule, {
  valid: [
    {
      // validateEndpoints / validateHints: 100 addresses, 8 zone hints and 8 node hints are just allowed.
      name: 'boundary: 100 addresses, 8 zone and 8 node hints, ports with different names',
      boundary: true,
      code: slice(
        'IPv4',
        `endpoints:\n  - addresses: [${many(100, (i) => `10.0.0.${i}`)}]\n    nodeName: node-1\n    hints:\n      forZones: [${many(8, (i) => `{name: zone-${i}}`)}]\n      forNodes: [${many(8, (i) => `{name: node-${i}}`)}]\nports: [{name: http, port: 80}, {name: https, port: 443}]\n`,
      ),
    },
  ],
  invalid: [
    at(
      'discovery:validateEndpoints#2, discovery:validateEndpoints#3, discovery:validateEndpoints#4, discovery:validateEndpoints#5, discovery:validateEndpoints#6: endpoints',
      slice(
        'IPv4',
        `endpoints:\n  - addresses: []\n  - addresses: [${many(101, (i) => `10.0.1.${i}`)}]\n  - addresses: ["2001:db8::1"]\n    nodeName: Node_1\n`,
      ) +
        '---\n' +
        slice('IPv6', 'endpoints:\n  - addresses: [10.0.0.1]\n'),
      [
        ['addresses', 'endpoints[0].addresses must list at least one address'],
        ['addresses', 'endpoints[1].addresses has 101 entries: the limit is 100', 1],
        ['"2001:db8::1"', 'endpoints[2]: "2001:db8::1" is not an IPv4 address, and this slice\'s addressType is IPv4'],
        ['Node_1', /^endpoints\[2\]\.nodeName "Node_1" is not a node name: /],
        ['10.0.0.1', 'endpoints[0]: "10.0.0.1" is not an IPv6 address, and this slice\'s addressType is IPv6'],
      ],
    ),
    at(
      'discovery:validatePorts#2, discovery:validateHints#1, discovery:validateHints#2, discovery:validateHints#3, discovery:validateHints#4, discovery:validateHints#5, discovery:validateHints#6: ports and hints',
      slice(
        'IPv4',
        `endpoints:\n  - addresses: [10.0.0.1]\n    hints:\n      forZones: [{name: a}, {name: a}, {name: "bad zone"}]\n      forNodes: [{name: n1}, {name: n1}, {name: N_2}]\n  - addresses: [10.0.0.2]\n    hints:\n      forZones: [${many(9, (i) => `{name: z${i}}`)}]\n      forNodes: [${many(9, (i) => `{name: n${i}}`)}]\nports: [{name: http, port: 80}, {name: http, port: 81}, {port: 82}, {port: 83}]\n`,
      ),
      [
        ['{name: «a»}', 'endpoints[0].hints.forZones[1].name "a" is listed twice', 1],
        ['n1', 'endpoints[0].hints.forNodes[1].name "n1" is listed twice', 1],
        ['"bad zone"', /^endpoints\[0\]\.hints\.forZones\[2\]\.name "bad zone" is not a zone name: /],
        ['N_2', /^endpoints\[0\]\.hints\.forNodes\[2\]\.name "N_2" is not a node name: /],
        ['forZones', 'endpoints[1].hints.forZones has 9 entries: the limit is 8', 1],
        ['forNodes', 'endpoints[1].hints.forNodes has 9 entries: the limit is 8', 1],
        ['http', 'ports[1].name "http" is listed twice', 1],
        ['{port: 83}', 'ports[3] has no name, like another port: give each port of a slice a name of its own'],
      ],
    ),
    at(
      'discovery:validateEndpoints#1, discovery:validateEndpoints#7, discovery:validatePorts#1: the limits on endpoints, topology labels and ports',
      slice('IPv4', `endpoints: [${many(1001, () => '{addresses: [10.0.0.1]}')}]\n`) +
        '---\n' +
        slice('IPv4', `endpoints:\n  - addresses: [10.0.0.1]\n    deprecatedTopology: {${many(17, (i) => `k${i}: v`)}}\n`) +
        '---\n' +
        slice('IPv4', `endpoints: []\nports: [${many(20001, (i) => `{name: p${i}}`)}]\n`),
      [
        ['endpoints', 'endpoints has 1001 entries: the limit is 1000'],
        ['deprecatedTopology', 'endpoints[0].deprecatedTopology has 17 entries: the limit is 16'],
        ['ports', 'ports has 20001 entries: the limit is 20000'],
      ],
    ),
  ],
});
