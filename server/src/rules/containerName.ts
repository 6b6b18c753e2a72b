import { dns1123Label } from '../k8s/names';
import { containersOf, describeContainer, keyNode, missingAt, podSpecs } from './nodes';
import { hasMisspelledKey } from './misspelled';
import { reasons } from './text';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const rule: DocumentRule = {
  id: 'k8s/container-name',
  title: 'Container names are DNS labels, unique in the pod',
  severity: 'error',
  scope: 'document',
  doc:
    'Every container, init container and ephemeral container needs a `name` that is a DNS-1123 label (lowercase letters, digits and `-`, at most 63 characters), ' +
    'and the names must be unique across all of them, since `kubectl logs -c`, probes and status refer to containers by name (validateContainers / validateInitContainers: "Duplicate value").',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      const seen = new Map<string, string>();
      // In document order, so that the later of two equal names is the one reported.
      for (const c of [...containersOf(pod.spec)].sort((a, b) => (a.map.range?.[0] ?? 0) - (b.map.range?.[0] ?? 0))) {
        if (c.name === undefined) {
          if (!c.nameNode && !keyNode(c.map, 'name') && !hasMisspelledKey(c.map, 'name'))
            report(missingAt(c.map), t`this container (${c.group}[${c.index}]) has no name: every container needs a "name"`);
          continue;
        }
        const problems = dns1123Label(c.name);
        if (problems.length) {
          report(
            c.nameNode,
            t`container name "${c.name}" is not valid: ${reasons(problems)}; it must be a DNS label (lowercase letters, digits and "-", at most 63 characters)`,
          );
          continue;
        }
        const first = seen.get(c.name);
        if (first)
          report(
            c.nameNode,
            t`container name "${c.name}" is used twice in this pod (also by the ${first}): container names must be unique across containers and init containers`,
          );
        else seen.set(c.name, describeContainer(c));
      }
    }
  },
};
