import { get, mapItems, pairOf, podSpecs, stringValue } from './nodes';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const rule: DocumentRule = {
  id: 'k8s/git-repo-volume',
  title: 'The gitRepo volume is deprecated',
  severity: 'warning',
  scope: 'document',
  doc:
    'The `gitRepo` volume type is deprecated (and disabled by default since Kubernetes 1.33): it runs `git` on the node, as root. ' +
    'Clone the repository in an init container into an `emptyDir` volume that the app container mounts.',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      for (const { map } of mapItems(get(pod.spec, 'volumes'))) {
        const pair = pairOf(map, 'gitRepo');
        if (!pair) continue;
        const name = stringValue(get(map, 'name'));
        report(
          pair.key,
          t`gitRepo volume${name ? ` "${name}"` : ''} is deprecated: clone the repository in an init container (e.g. image alpine/git) into an emptyDir volume, and mount that volume in your container`,
        );
      }
    }
  },
};
