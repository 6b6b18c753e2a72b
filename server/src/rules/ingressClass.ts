import type { YAMLMap } from 'yaml';
import { dns1123Label, dns1123Subdomain, pathSegmentName } from '../k8s/names';
import { get, isBuiltin, keyNode, mapIn, stringValue } from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

// The create checks of an IngressClass (pkg/apis/networking/validation: validateIngressClassSpec,
// validateIngressClassParametersReference). The parameters' scope is defaulted to Cluster (SetDefaults_IngressClass).

const MAX_CONTROLLER = 250;
/** IsDomainPrefixedPath: a DNS subdomain, then a path, e.g. example.com/ingress-controller. */
const DOMAIN_PREFIXED = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)\/[\x21-\x7e]*$/;

function checkParameters(params: YAMLMap, report: Report) {
  const groupNode = get(params, 'apiGroup');
  const group = stringValue(groupNode);
  if (group && dns1123Subdomain(group).length)
    report(groupNode, t`parameters.apiGroup "${group}" is not an API group: use a DNS name such as k8s.example.com`);
  for (const field of ['kind', 'name']) {
    const node = get(params, field);
    const v = stringValue(node);
    if (v === '') report(node, t`parameters.${field} must not be empty`);
    else if (v && pathSegmentName(v).length) report(node, t`parameters.${field} "${v}" may not be "." or "..", nor contain "/" or "%"`);
  }
  const scopeNode = get(params, 'scope');
  const scope = stringValue(scopeNode) ?? 'Cluster';
  const nsNode = get(params, 'namespace');
  const ns = stringValue(nsNode);
  if (scope !== 'Cluster' && scope !== 'Namespace')
    report(scopeNode, t`parameters.scope "${scope}" is not supported: use Cluster or Namespace`);
  else if (scope === 'Namespace' && nsNode === undefined)
    report(scopeNode!, t`parameters.scope is Namespace, so parameters.namespace must name the namespace of the parameters object`);
  else if (scope === 'Namespace' && ns !== undefined && dns1123Label(ns).length)
    report(nsNode, t`parameters.namespace "${ns}" is not a namespace name: ${dns1123Label(ns).join('; ')}`);
  else if (scope === 'Cluster' && nsNode !== undefined)
    report(
      keyNode(params, 'namespace')!,
      t`parameters.namespace cannot be set when parameters.scope is Cluster (the default): remove it, or set scope: Namespace`,
    );
}

export const rule: DocumentRule = {
  id: 'k8s/ingress-class',
  title: 'IngressClass controller and parameters are valid',
  severity: 'error',
  scope: 'document',
  doc:
    'An IngressClass names its `controller` as a domain-prefixed path (e.g. `example.com/ingress-controller`, at most 250 characters); its `parameters` ' +
    'reference has a valid `apiGroup`, a `kind` and a `name`, and `namespace` exactly when `scope` is Namespace (scope defaults to Cluster). ' +
    '(validateIngressClassSpec, validateIngressClassParametersReference.)',
  check(doc, report) {
    if (!isBuiltin(doc, 'IngressClass', ['networking.k8s.io'])) return;
    const spec = mapIn(doc.root, 'spec');
    if (!spec) return;
    const node = get(spec, 'controller');
    const controller = stringValue(node);
    if (controller === '' || (node === undefined && keyNode(doc.root, 'spec')))
      report(
        node ?? keyNode(doc.root, 'spec')!,
        t`an IngressClass needs spec.controller: the name of the controller that implements it, e.g. example.com/ingress-controller`,
      );
    else if (controller && controller.length > MAX_CONTROLLER)
      report(node, t`spec.controller is ${controller.length} characters long: the limit is ${MAX_CONTROLLER}`);
    else if (controller && !DOMAIN_PREFIXED.test(controller))
      report(node, t`spec.controller "${controller}" must be a domain-prefixed path, e.g. example.com/ingress-controller`);
    const params = mapIn(spec, 'parameters');
    if (params) checkParameters(params, report);
  },
};
