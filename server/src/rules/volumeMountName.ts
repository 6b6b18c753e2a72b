import { containersOf, describeContainer, get, isPlaceholder, mapItems, podSpecs, replaceScalar, stringValue } from './nodes';
import { closest, quoteList } from './text';
import type { DocumentRule } from './types';

export const rule: DocumentRule = {
  id: 'k8s/volume-mount-name',
  title: 'Each volume mount names a volume of the pod',
  severity: 'error',
  scope: 'document',
  doc:
    "`volumeMounts[].name` (and `volumeDevices[].name`) of every container must be the name of one of the pod's `volumes` " +
    '(validateVolumeMounts: "volumeMounts[0].name: Not found"). The message lists the pod\'s volumes; when one is close to the name written, ' +
    'a quick fix renames the mount to it. A StatefulSet\'s `volumeClaimTemplates` count as volumes of its pods.',
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
            if (!node || name === undefined || volumes.includes(name) || isPlaceholder(name)) continue;
            const guess = closest(name, volumes);
            const have = volumes.length ? `its volumes are ${quoteList(volumes)}` : 'it has no volumes';
            const hint = guess ? ` Did you mean "${guess}"?` : volumes.length ? '' : ' Add the volume under the pod\'s "volumes".';
            report(node, `The ${describeContainer(c)} mounts volume "${name}", but the pod has no volume with that name: ${have}.${hint}`, {
              fixes: guess ? [{ title: `Change to "${guess}"`, edits: [replaceScalar(node, guess)], preferred: true }] : undefined,
            });
          }
        }
      }
    }
  },
};
