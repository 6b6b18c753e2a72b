import type { YAMLMap } from 'yaml';
import { dns1123Label, dns1123Subdomain, ianaSvcName, pathSegmentName } from '../k8s/names';
import { get, getIn, isBuiltin, itemsOf, keyNode, mapIn, mapItems, numberValue, replaceScalar, stringValue } from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

// ValidateIngressCreate and what it calls (pkg/apis/networking/validation): hosts, TLS, paths and
// backends of an Ingress. Missing required fields and the pathType enum are the schema check's.

const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';
const BAD_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const BAD_SUFFIXES = ['/..', '/.'];
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** A host of a rule or of TLS: a DNS subdomain, or `*.` and one (IsWildcardDNS1123Subdomain); never an IP. */
function hostProblem(host: string): string | undefined {
  if (IPV4.test(host) || (host.includes(':') && /^[0-9a-fA-F:.]+$/.test(host))) return t('it must be a DNS name, not an IP address');
  if (host.includes('*')) {
    if (!host.startsWith('*.') || host.slice(2).includes('*') || dns1123Subdomain(host.slice(2)).length)
      return t('a wildcard host is "*." followed by a DNS name, e.g. *.example.com');
    return undefined;
  }
  const p = dns1123Subdomain(host);
  return p.length ? t`${p.join('; ')}; it must be a DNS name (lowercase letters, digits, "-" and ".")` : undefined;
}

function checkBackend(backend: YAMLMap, where: string, report: Report) {
  const service = mapIn(backend, 'service');
  const resource = mapIn(backend, 'resource');
  if (service && resource) {
    report(keyNode(backend, 'resource'), t`${where} sets both service and resource: a backend is one of them`);
    return;
  }
  if (!service && !resource) {
    report(backend, t`${where} needs a service (name and port) or a resource`);
    return;
  }
  if (resource) {
    const group = get(resource, 'apiGroup');
    const g = stringValue(group);
    if (g && dns1123Subdomain(g).length)
      report(group, t`${where}.resource.apiGroup "${g}" is not an API group: use a DNS name such as k8s.example.com`);
    for (const field of ['kind', 'name']) {
      const node = get(resource, field);
      const v = stringValue(node);
      if (v === '') report(node, t`${where}.resource.${field} must not be empty`);
      else if (v && pathSegmentName(v).length)
        report(node, t`${where}.resource.${field} "${v}" may not be "." or "..", nor contain "/" or "%"`);
    }
    return;
  }
  const nameNode = get(service, 'name');
  const name = stringValue(nameNode);
  if (name === '') report(nameNode, t`${where}.service.name must not be empty: name the Service to send traffic to`);
  // validateIngressBackend: with RelaxedServiceNameValidation (beta, on by default in 1.36) a backend names its Service by
  // the same rule as a Service's own name, a DNS-1123 label (it may start with a digit).
  else if (name && dns1123Label(name).length)
    report(nameNode, t`${where}.service.name "${name}" is not a valid Service name: ${dns1123Label(name).join('; ')}`);
  const port = mapIn(service, 'port');
  const portName = stringValue(get(port, 'name'));
  const numberNode = get(port, 'number');
  const number = numberValue(numberNode);
  if (portName && number) report(keyNode(port, 'number'), t`${where}.service.port sets both name and number: use one of them`);
  else if (portName) {
    const p = ianaSvcName(portName);
    if (p.length) report(get(port, 'name'), t`${where}.service.port.name "${portName}" is not a port name: ${p.join('; ')}`);
  } else if (number !== undefined && number !== 0) {
    if (number < 1 || number > 65535) report(numberNode, t`${where}.service.port.number must be from 1 to 65535, not ${number}`);
  } else
    report(
      keyNode(service, 'port') ?? keyNode(backend, 'service'),
      t`${where}.service needs a port: a number (e.g. 80) or the name of a Service port`,
    );
}

function checkPath(path: YAMLMap, where: string, report: Report) {
  const type = stringValue(get(path, 'pathType'));
  const node = get(path, 'path');
  const value = stringValue(node) ?? '';
  if (type === 'Exact' || type === 'Prefix') {
    if (!value.startsWith('/'))
      report(
        node ?? keyNode(path, 'pathType'),
        t`${where}.path must be an absolute path starting with "/" for pathType ${type}${value ? t`: write "/${value}"` : ''}`,
        {
          fixes:
            node && value ? [{ title: t`Change to /${value}`, edits: [replaceScalar(node, `/${value}`)], preferred: true }] : undefined,
        },
      );
    for (const seq of BAD_SEQUENCES) if (value.includes(seq)) report(node, t`${where}.path "${value}" must not contain "${seq}"`);
    for (const suffix of BAD_SUFFIXES) if (value.endsWith(suffix)) report(node, t`${where}.path "${value}" cannot end with "${suffix}"`);
  } else if (type === 'ImplementationSpecific' && value && !value.startsWith('/'))
    report(node, t`${where}.path must be an absolute path starting with "/": write "/${value}"`, {
      fixes: [{ title: t`Change to /${value}`, edits: [replaceScalar(node!, `/${value}`)], preferred: true }],
    });
  const backend = mapIn(path, 'backend');
  if (backend) checkBackend(backend, `${where}.backend`, report);
}

export const rule: DocumentRule = {
  id: 'k8s/ingress-fields',
  title: 'Ingress rules, paths and backends are valid',
  severity: 'error',
  scope: 'document',
  doc:
    'What the API server checks in an Ingress (ValidateIngressCreate): it has `rules` or a `defaultBackend`; hosts are DNS names (`*.example.com` for a wildcard), ' +
    'never IP addresses; an `Exact` or `Prefix` path starts with `/` and has no `//`, `/./`, `/../` or `%2f` and does not end with `/.` or `/..`; an `http` rule lists paths; ' +
    'a backend is a `service` (a valid Service name and one port, by number 1–65535 or by name) or a `resource`, not both; TLS hosts are DNS names and `secretName` a valid ' +
    'Secret name; `ingressClassName` is a valid name and agrees with the older `kubernetes.io/ingress.class` annotation when both are set.',
  check(doc, report) {
    if (!isBuiltin(doc, 'Ingress', ['networking.k8s.io'])) return;
    const spec = mapIn(doc.root, 'spec');
    if (!spec) return;
    const rules = mapItems(get(spec, 'rules'));
    const defaultBackend = mapIn(spec, 'defaultBackend');
    if (!rules.length && !defaultBackend)
      report(keyNode(doc.root, 'spec'), t`an Ingress needs rules or a defaultBackend: it would route nothing`);
    if (defaultBackend) checkBackend(defaultBackend, 'defaultBackend', report);
    for (const { map, index } of rules) {
      const where = `rules[${index}]`;
      const hostNode = get(map, 'host');
      const host = stringValue(hostNode);
      const problem = host ? hostProblem(host) : undefined;
      if (problem) report(hostNode, t`${where}.host "${host}" is not valid: ${problem}`);
      const http = mapIn(map, 'http');
      const paths = get(http, 'paths');
      if (paths !== undefined && !itemsOf(paths).length)
        report(paths, t`${where}.http.paths is empty: list at least one path (e.g. path: /, pathType: Prefix)`);
      for (const { map: p, index: j } of mapItems(paths)) checkPath(p, `${where}.http.paths[${j}]`, report);
    }
    for (const { map, index } of mapItems(get(spec, 'tls'))) {
      for (const hostNode of itemsOf(get(map, 'hosts'))) {
        const host = stringValue(hostNode);
        const problem = host ? hostProblem(host) : undefined;
        if (problem) report(hostNode, t`tls[${index}] host "${host}" is not valid: ${problem}`);
      }
      const secret = get(map, 'secretName');
      const name = stringValue(secret);
      if (name && dns1123Subdomain(name).length)
        report(secret, t`tls[${index}].secretName "${name}" is not a valid Secret name: ${dns1123Subdomain(name).join('; ')}`);
    }
    const classNode = get(spec, 'ingressClassName');
    const className = stringValue(classNode);
    if (className !== undefined && dns1123Subdomain(className).length)
      report(classNode, t`ingressClassName "${className}" is not a valid IngressClass name: ${dns1123Subdomain(className).join('; ')}`);
    const annotation = stringValue(getIn(doc.root, 'metadata', 'annotations', CLASS_ANNOTATION));
    if (annotation !== undefined && className !== undefined && annotation !== className)
      report(
        classNode,
        t`ingressClassName "${className}" differs from the ${CLASS_ANNOTATION} annotation "${annotation}": make them equal, or remove the annotation`,
      );
  },
};
