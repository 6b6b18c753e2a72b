// validateIngressClassSpec, validateIngressClassParametersReference (pkg/apis/networking/validation/validation.go).
import { rule } from '../../server/src/rules/ingressClass';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const ic = (spec: string) => `apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata: {name: c}\nspec:\n${spec}`;

ruleTester(rule, {
  valid: [
    {
      // validateIngressClassSpec: a controller of exactly 250 characters; a namespaced parameters reference.
      name: 'boundary: a controller name of 250 characters, Cluster parameters without namespace, Namespace parameters with one',
      boundary: true,
      code:
        ic(`  controller: example.com/${'c'.repeat(238)}\n  parameters: {apiGroup: k8s.example.com, kind: IngressParameters, name: p}\n`) +
        '---\n' +
        ic('  controller: example.com/nginx\n  parameters: {kind: ConfigMap, name: p, scope: Namespace, namespace: ingress}\n'),
    },
  ],
  invalid: [
    at(
      'networking:validateIngressClassSpec#1, networking:validateIngressClassSpec#2: no controller, a controller too long, not domain-prefixed',
      ic('  controller: ""\n') + '---\n' + ic(`  controller: example.com/${'c'.repeat(239)}\n`) + '---\n' + ic('  controller: nginx\n'),
      [
        ['""', 'an IngressClass needs spec.controller: the name of the controller that implements it, e.g. example.com/ingress-controller'],
        [`example.com/${'c'.repeat(239)}`, 'spec.controller is 251 characters long: the limit is 250'],
        ['controller: «nginx»', 'spec.controller "nginx" must be a domain-prefixed path, e.g. example.com/ingress-controller'],
      ],
    ),
    at(
      'networking:validateIngressClassParametersReference#1, #3, #5 (networking:validateIngressClassParametersReference#3, networking:validateIngressClassParametersReference#5), networking:validateIngressClassParametersReference#2, networking:validateIngressClassParametersReference#4: the reference',
      ic('  controller: example.com/c\n  parameters: {apiGroup: Example_Group, kind: "a/b", name: ".."}\n') +
        '---\n' +
        ic('  controller: example.com/c\n  parameters: {kind: "", name: ""}\n'),
      [
        ['Example_Group', 'parameters.apiGroup "Example_Group" is not an API group: use a DNS name such as k8s.example.com'],
        ['"a/b"', 'parameters.kind "a/b" may not be "." or "..", nor contain "/" or "%"'],
        ['".."', 'parameters.name ".." may not be "." or "..", nor contain "/" or "%"'],
        ['kind: «""»', 'parameters.kind must not be empty'],
        ['name: «""»', 'parameters.name must not be empty'],
      ],
    ),
    at(
      'networking:validateIngressClassParametersReference#7, networking:validateIngressClassParametersReference#8, networking:validateIngressClassParametersReference#9, networking:validateIngressClassParametersReference#10: scope and namespace',
      ic('  controller: example.com/c\n  parameters: {kind: K, name: p, scope: Global}\n') +
        '---\n' +
        ic('  controller: example.com/c\n  parameters: {kind: K, name: p, scope: Namespace}\n') +
        '---\n' +
        ic('  controller: example.com/c\n  parameters: {kind: K, name: p, scope: Namespace, namespace: Ingress_NS}\n') +
        '---\n' +
        ic('  controller: example.com/c\n  parameters: {kind: K, name: p, namespace: ingress}\n'),
      [
        ['Global', 'parameters.scope "Global" is not supported: use Cluster or Namespace'],
        ['scope: «Namespace»}', 'parameters.scope is Namespace, so parameters.namespace must name the namespace of the parameters object'],
        ['Ingress_NS', /^parameters\.namespace "Ingress_NS" is not a namespace name: /],
        [
          '«namespace»: ingress}',
          'parameters.namespace cannot be set when parameters.scope is Cluster (the default): remove it, or set scope: Namespace',
        ],
      ],
    ),
  ],
});
