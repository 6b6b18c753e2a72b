import { containersOf, describeContainer, get, isPlaceholder, mapItems, podSpecs, replaceScalar, stringValue } from './nodes';
import { closest, didYouMean, quoteList } from './text';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const rule: DocumentRule = {
  id: 'k8s/volume-mount-name',
  title: 'Each volume mount names a volume of the pod',
  severity: 'error',
  scope: 'document',
  doc:
    "`volumeMounts[].name` (and `volumeDevices[].name`) of every container must be the name of one of the pod's `volumes` " +
    '(validateVolumeMounts: "volumeMounts[0].name: Not found"). The message lists the pod\'s volumes; when one is close to the name written, ' +
    "a quick fix renames the mount to it. A StatefulSet's `volumeClaimTemplates` count as volumes of its pods.",
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      const volumes = mapItems(get(pod.spec, 'volumes'))
        .map(({ map }) => stringValue(get(map, 'name')))
        .filter((n): n is string => n !== undefined);
      // A StatefulSet's claim templates become volumes of its pods, under the template's name.
      volumes.push(...pod.claimTemplateNames);
      for (const c of containersOf(pod.spec)) {
        for (const field of ['volumeMounts', 'volumeDevices'] as const) {
          for (const { map } of mapItems(get(c.map, field))) {
            const node = get(map, 'name');
            const name = stringValue(node);
            // A volume whose name a tool fills in later may be the one.
            if (!node || name === undefined || volumes.includes(name) || isPlaceholder(name) || volumes.some(isPlaceholder)) continue;
            const guess = closest(name, volumes);
            const message = volumes.length
              ? t`${describeContainer(c)} mounts volume "${name}", but the pod has no volume with that name: its volumes are ${quoteList(volumes)}${didYouMean(guess)}`
              : t`${describeContainer(c)} mounts volume "${name}", but the pod has no volumes: add one named "${name}" under the pod's "volumes"`;
            report(node, message, {
              fixes: guess ? [{ title: t`Change to "${guess}"`, edits: [replaceScalar(node, guess)], preferred: true }] : undefined,
            });
          }
        }
      }
    }
  },
};
