import { containersOf, describeContainer, get, mapItems, podSpecs, stringValue } from './nodes';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const rule: DocumentRule = {
  id: 'k8s/mount-path-unique',
  title: 'A container mounts at most one volume per path',
  severity: 'error',
  scope: 'document',
  doc:
    'Within one container, every `volumeMounts[].mountPath` must be different: two volumes cannot be mounted at the same path ' +
    '(validateVolumeMounts: "mountPath: Invalid value: must be unique"). Different containers may use the same path.',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      for (const c of containersOf(pod.spec)) {
        const seen = new Map<string, string>();
        for (const { map } of mapItems(get(c.map, 'volumeMounts'))) {
          const node = get(map, 'mountPath');
          const path = stringValue(node);
          if (path === undefined) continue;
          const other = seen.get(path);
          if (other !== undefined) {
            report(
              node,
              t`${describeContainer(c)} already mounts volume "${other}" at "${path}": each mount path of a container must be unique`,
            );
          } else seen.set(path, stringValue(get(map, 'name')) ?? '?');
        }
      }
    }
  },
};
