import { containersOf, describeContainer, get, itemsOf, keyNode, missingAt, pairOf, podSpecs, stringValue } from './nodes';
import { missingByTypo } from './misspelled';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const rule: DocumentRule = {
  id: 'k8s/pod-containers',
  title: 'A pod has containers, and each container an image',
  severity: 'error',
  scope: 'document',
  doc:
    'A pod spec (a Pod, or the pod template of a Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob or ReplicationController) must list at least one container in `containers` ' +
    '(ValidatePodSpec: "spec.containers: Required value"), and every container and init container of a Pod must name an `image`. ' +
    'In a pod template an empty image is accepted, so that tools can fill it in later, but the pods cannot start without one: there it is a warning.',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      const containers = pairOf(pod.spec, 'containers');
      if ((!containers || !itemsOf(containers.value).length) && !missingByTypo(pod.spec, 'containers')) {
        report(
          containers?.key ?? pod.specKey,
          t`the pod spec of this ${pod.ownerKind} has no containers: list at least one under "containers" (with a name and an image)`,
        );
      }
      for (const c of containersOf(pod.spec, ['containers', 'initContainers'])) {
        const image = get(c.map, 'image');
        if (stringValue(image)?.trim() || missingByTypo(c.map, 'image')) continue;
        const at = keyNode(c.map, 'image') ?? missingAt(c.map);
        const message = pod.isTemplate
          ? t`${describeContainer(c)} has no image: the API server accepts the ${pod.ownerKind}, but its pods cannot start until something sets "image"`
          : t`${describeContainer(c)} has no image: set "image" to the container image to run, e.g. nginx:1.27`;
        report(at, message, { severity: pod.isTemplate ? 'warning' : undefined });
      }
    }
  },
};
