import { dns1123Label } from '../k8s/names';
import { get, mapItems, missingAt, podSpecs, stringValue } from './nodes';
import { hasMisspelledKey } from './misspelled';
import { reasons } from './text';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const rule: DocumentRule = {
  id: 'k8s/volume-name',
  title: 'Volume names are DNS labels, unique in the pod',
  severity: 'error',
  scope: 'document',
  doc:
    "Every entry of a pod's `volumes` needs a `name` that is a DNS-1123 label (lowercase letters, digits and `-`, at most 63 characters), unique among the pod's volumes: " +
    'volume mounts find their volume by this name (ValidateVolumes: "Duplicate value").',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      const seen = new Set<string>();
      for (const { map, index } of mapItems(get(pod.spec, 'volumes'))) {
        const node = get(map, 'name');
        const name = stringValue(node);
        if (name === undefined) {
          if (!node && !hasMisspelledKey(map, 'name'))
            report(
              missingAt(map),
              t`this volume (volumes[${index}]) has no name: every volume needs a "name" that its volume mounts refer to`,
            );
          continue;
        }
        const problems = dns1123Label(name);
        if (problems.length)
          report(
            node,
            t`volume name "${name}" is not valid: ${reasons(problems)}; it must be a DNS label (lowercase letters, digits and "-", at most 63 characters)`,
          );
        else if (seen.has(name)) report(node, t`volume name "${name}" is used twice in this pod: volume names must be unique`);
        seen.add(name);
      }
    }
  },
};
