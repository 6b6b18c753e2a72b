import { dns1123Label, dns1123Subdomain } from '../k8s/names';
import { containersOf, describeContainer, get, keyNode, mapItems, podSpecs, stringValue } from './nodes';
import type { DocumentRule } from './types';
import { t } from '../l10n';

// Dynamic resource allocation in a pod spec (GA since 1.34): validatePodResourceClaim and
// validateResourceClaimNames (pkg/apis/core/validation). The claims themselves are other objects.

export const rule: DocumentRule = {
  id: 'k8s/resource-claims',
  title: "A pod's resource claims are named once and used by name",
  severity: 'error',
  scope: 'document',
  doc:
    "Each entry of a pod's `resourceClaims` has a `name` (a DNS label, unique in the pod) and exactly one of `resourceClaimName` or " +
    "`resourceClaimTemplateName` (valid object names); a container's `resources.claims` names those entries, each once, and a claim is used " +
    'either whole or by its requests, not both (validatePodResourceClaim, validateResourceClaimNames).',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      const names = new Set<string>();
      for (const { map, index } of mapItems(get(pod.spec, 'resourceClaims'))) {
        const where = `resourceClaims[${index}]`;
        const nameNode = get(map, 'name');
        const name = stringValue(nameNode);
        if (name === '') report(nameNode, t`${where}.name must not be empty: containers use the claim by this name`);
        else if (name && names.has(name)) report(nameNode, t`${where}: the claim name "${name}" is used twice in this pod`);
        else if (name) {
          const p = dns1123Label(name);
          if (p.length) report(nameNode, t`${where}.name "${name}" is not valid: ${p.join('; ')}`);
          names.add(name);
        }
        const claim = get(map, 'resourceClaimName');
        const template = get(map, 'resourceClaimTemplateName');
        if (claim && template)
          report(
            keyNode(map, 'resourceClaimTemplateName'),
            t`${where} sets both resourceClaimName and resourceClaimTemplateName: use one of them`,
          );
        else if (!claim && !template)
          report(
            keyNode(map, 'name') ?? map,
            t`${where} needs resourceClaimName (an existing ResourceClaim) or resourceClaimTemplateName (one made per pod)`,
          );
        for (const [node, what] of [
          [claim, 'resourceClaimName'],
          [template, 'resourceClaimTemplateName'],
        ] as const) {
          const v = stringValue(node);
          const p = v ? dns1123Subdomain(v) : [];
          if (p.length) report(node, t`${where}.${what} "${v}" is not a valid name: ${p.join('; ')}`);
        }
      }
      for (const c of containersOf(pod.spec)) {
        const used = new Set<string>();
        for (const { map, index } of mapItems(get(get(c.map, 'resources'), 'claims'))) {
          const where = `resources.claims[${index}] of ${describeContainer(c)}`;
          const nameNode = get(map, 'name');
          const name = stringValue(nameNode);
          if (name === '' || (nameNode === undefined && !keyNode(map, 'name'))) {
            report(nameNode ?? map, t`${where} needs the name of one of the pod's resourceClaims`);
            continue;
          }
          if (!name) continue;
          const request = stringValue(get(map, 'request'));
          const key = request ? `${name}/${request}` : name;
          if (used.has(name) || used.has(key)) report(nameNode, t`${where} uses "${key}" again: list each claim (or request) once`);
          else if (!request && [...used].some((u) => u.startsWith(`${name}/`)))
            report(nameNode, t`${where} uses the whole claim "${name}" after one of its requests: use the claim whole or by requests`);
          used.add(key);
        }
      }
    }
  },
};
