// ValidateIngressCreate, ValidateIngressSpec, validateIngressTLS, validateIngressRules, validateHTTPIngressRuleValue,
// validateHTTPIngressPath, validateIngressBackend, validateIngressTypedLocalObjectReference
// (pkg/apis/networking/validation/validation.go).
import { rule } from '../../server/src/rules/ingressFields';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const ing = (spec: string, meta = '') => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\n${meta}spec:\n${spec}`;
const path = (p: string) => `  rules:\n    - http:\n        paths:\n          - ${p}\n`;
const svc = 'backend: {service: {name: web, port: {number: 80}}}';

ruleTester(rule, {
  valid: [
    {
      // validateIngressBackend / validateHTTPIngressPath: port 65535, a 15-character port name, a 63-character Service name that starts
      // with a digit (RelaxedServiceNameValidation, on by default in 1.36: a DNS-1123 label), a wildcard host.
      name: 'boundary: port 65535, a 15-character port name, a 63-character Service name starting with a digit, a wildcard host, an ImplementationSpecific path left empty',
      boundary: true,
      code: ing(
        `  ingressClassName: nginx\n  tls: [{hosts: ["*.example.com"], secretName: tls-cert}]\n  rules:\n    - host: "*.example.com"\n      http:\n        paths:\n          - {path: /, pathType: Prefix, backend: {service: {name: 1${'w'.repeat(62)}, port: {number: 65535}}}}\n          - {pathType: ImplementationSpecific, backend: {service: {name: web, port: {name: abcdefghijklmno}}}}\n`,
        '  annotations: {kubernetes.io/ingress.class: nginx}\n',
      ),
    },
    {
      name: 'a default backend alone, a resource backend',
      code: ing('  defaultBackend: {resource: {apiGroup: k8s.example.com, kind: StorageBucket, name: static}}\n'),
    },
  ],
  invalid: [
    at('networking:ValidateIngressSpec#1: neither rules nor a default backend', ing('  tls: []\n'), [
      ['spec', 'an Ingress needs rules or a defaultBackend: it would route nothing'],
    ]),
    at(
      'networking:validateIngressRules#1, networking:validateIngressRules#2, networking:validateIngressRules#3, networking:validateHTTPIngressRuleValue#1: hosts and empty paths',
      ing('  rules:\n    - host: 10.0.0.1\n    - host: "*.*.example.com"\n    - host: Example.com\n      http: {paths: []}\n'),
      [
        ['10.0.0.1', 'rules[0].host "10.0.0.1" is not valid: it must be a DNS name, not an IP address'],
        [
          '"*.*.example.com"',
          'rules[1].host "*.*.example.com" is not valid: a wildcard host is "*." followed by a DNS name, e.g. *.example.com',
        ],
        ['Example.com', /^rules\[2\]\.host "Example\.com" is not valid: it contains uppercase letters .*; it must be a DNS name/],
        ['[]', 'rules[2].http.paths is empty: list at least one path (e.g. path: /, pathType: Prefix)'],
      ],
    ),
    at(
      'networking:validateHTTPIngressPath#2: a Prefix path without the leading slash is fixed',
      ing(path(`{path: api, pathType: Prefix, ${svc}}`)),
      [['{path: «api»', 'rules[0].http.paths[0].path must be an absolute path starting with "/" for pathType Prefix: write "/api"']],
      ing(path(`{path: /api, pathType: Prefix, ${svc}}`)),
    ),
    at(
      'networking:validateHTTPIngressPath#3, networking:validateHTTPIngressPath#4, networking:validateHTTPIngressPath#5: path sequences and suffixes',
      ing(
        `  rules:\n    - http:\n        paths:\n          - {path: /a//b/.., pathType: Exact, ${svc}}\n          - {path: static, pathType: ImplementationSpecific, ${svc}}\n`,
      ),
      [
        ['/a//b/..', 'rules[0].http.paths[0].path "/a//b/.." must not contain "//"'],
        ['/a//b/..', 'rules[0].http.paths[0].path "/a//b/.." cannot end with "/.."'],
        ['static', 'rules[0].http.paths[1].path must be an absolute path starting with "/": write "/static"'],
      ],
      ing(
        `  rules:\n    - http:\n        paths:\n          - {path: /a//b/.., pathType: Exact, ${svc}}\n          - {path: /static, pathType: ImplementationSpecific, ${svc}}\n`,
      ),
    ),
    at(
      'networking:validateIngressBackend#1, networking:validateIngressBackend#4, networking:validateIngressBackend#7, networking:validateIngressBackend#8: what a backend holds',
      ing(
        '  rules:\n    - http:\n        paths:\n          - {path: /a, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}, resource: {kind: K, name: n}}}\n          - {path: /b, pathType: Prefix, backend: {service: {name: web, port: {name: http, number: 80}}}}\n          - {path: /c, pathType: Prefix, backend: {service: {name: web}}}\n          - {path: /d, pathType: Prefix, backend: {}}\n',
      ),
      [
        ['resource', 'rules[0].http.paths[0].backend sets both service and resource: a backend is one of them'],
        [
          '«number»: 80}}}}\n          - {path: /c',
          'rules[0].http.paths[1].backend.service.port sets both name and number: use one of them',
        ],
        [
          '«service»: {name: web}}',
          'rules[0].http.paths[2].backend.service needs a port: a number (e.g. 80) or the name of a Service port',
        ],
        ['{}', 'rules[0].http.paths[3].backend needs a service (name and port) or a resource'],
      ],
    ),
    at(
      'networking:validateIngressBackend#2, networking:validateIngressBackend#3, networking:validateIngressBackend#5, networking:validateIngressBackend#6: service names and ports',
      ing(
        '  rules:\n    - http:\n        paths:\n          - {path: /a, pathType: Prefix, backend: {service: {name: "", port: {number: 80}}}}\n          - {path: /b, pathType: Prefix, backend: {service: {name: Web, port: {name: web_http}}}}\n          - {path: /c, pathType: Prefix, backend: {service: {name: web, port: {number: 70000}}}}\n',
      ),
      [
        ['""', 'rules[0].http.paths[0].backend.service.name must not be empty: name the Service to send traffic to'],
        ['Web', /^rules\[0\]\.http\.paths\[1\]\.backend\.service\.name "Web" is not a valid Service name: /],
        ['web_http', /^rules\[0\]\.http\.paths\[1\]\.backend\.service\.port\.name "web_http" is not a port name: /],
        ['70000', 'rules[0].http.paths[2].backend.service.port.number must be from 1 to 65535, not 70000'],
      ],
    ),
    at(
      'networking:validateIngressTypedLocalObjectReference#1, #3, #5 (networking:validateIngressTypedLocalObjectReference#3, networking:validateIngressTypedLocalObjectReference#5) and empty kind and name (networking:validateIngressTypedLocalObjectReference#2, networking:validateIngressTypedLocalObjectReference#4)',
      ing('  defaultBackend: {resource: {apiGroup: "Example_Group", kind: "a/b", name: ".."}}\n') +
        '---\n' +
        ing('  defaultBackend: {resource: {kind: "", name: ""}}\n'),
      [
        ['"Example_Group"', 'defaultBackend.resource.apiGroup "Example_Group" is not an API group: use a DNS name such as k8s.example.com'],
        ['"a/b"', 'defaultBackend.resource.kind "a/b" may not be "." or "..", nor contain "/" or "%"'],
        ['".."', 'defaultBackend.resource.name ".." may not be "." or "..", nor contain "/" or "%"'],
        ['kind: «""»', 'defaultBackend.resource.kind must not be empty'],
        ['name: «""»', 'defaultBackend.resource.name must not be empty'],
      ],
    ),
    at(
      'networking:validateIngressTLS#1, networking:validateIngressTLS#2, networking:validateIngressTLS#3, networking:ValidateIngressSpec#2, networking:ValidateIngressCreate#1: TLS, the class and its annotation',
      ing(
        '  ingressClassName: Nginx_Public\n  defaultBackend: {service: {name: web, port: {number: 80}}}\n  tls: [{hosts: ["*.a.*", bad_host], secretName: My_Cert}]\n',
        '  annotations: {kubernetes.io/ingress.class: nginx}\n',
      ),
      [
        ['"*.a.*"', 'tls[0] host "*.a.*" is not valid: a wildcard host is "*." followed by a DNS name, e.g. *.example.com'],
        ['bad_host', /^tls\[0\] host "bad_host" is not valid: it contains "_"/],
        ['My_Cert', /^tls\[0\]\.secretName "My_Cert" is not a valid Secret name: /],
        ['Nginx_Public', /^ingressClassName "Nginx_Public" is not a valid IngressClass name: /],
        [
          'Nginx_Public',
          'ingressClassName "Nginx_Public" differs from the kubernetes.io/ingress.class annotation "nginx": make them equal, or remove the annotation',
        ],
      ],
    ),
  ],
});
