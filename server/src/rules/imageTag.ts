import { containersOf, describeContainer, get, isPlaceholder, podSpecs, stringValue } from './nodes';
import type { DocumentRule } from './types';
import { t } from '../l10n';

/** The tag of an image reference (`registry:5000/app:1.2@sha256:...`), and whether it is pinned by digest. */
export function imageTag(image: string): { tag?: string; digest: boolean } {
  const at = image.indexOf('@');
  const name = at === -1 ? image : image.slice(0, at);
  const lastSlash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  return { tag: colon > lastSlash ? name.slice(colon + 1) : undefined, digest: at !== -1 };
}

export const rule: DocumentRule = {
  id: 'k8s/image-tag',
  title: 'Images name a version',
  severity: 'warning',
  scope: 'document',
  doc:
    'An image without a tag means `:latest`, and `:latest` is whatever was pushed last: two nodes may run different code, a restart may upgrade silently, ' +
    'and a rollback cannot go back. The API server accepts it (and sets `imagePullPolicy: Always`). Name a version (`nginx:1.27`) or pin a digest (`@sha256:...`).',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      for (const c of containersOf(pod.spec)) {
        const node = get(c.map, 'image');
        const image = stringValue(node);
        if (!image || isPlaceholder(image)) continue;
        const { tag, digest } = imageTag(image.trim());
        if (digest) continue;
        if (tag === undefined)
          report(
            node,
            t`image "${image}" of the ${describeContainer(c)} has no tag, so it means "${image}:latest", which changes whenever a new version is pushed: name a version, e.g. ${image}:1.2.3`,
          );
        else if (tag === 'latest')
          report(
            node,
            t`${describeContainer(c)} uses the "latest" tag, which changes whenever a new version is pushed: name a version instead, e.g. ${image.slice(0, -'latest'.length)}1.2.3`,
          );
      }
    }
  },
};
