import type { YAMLMap } from 'yaml';
import { parseQuantity } from '../k8s/quantity';
import { containersOf, describeContainer, entries, get, getIn, keyNode, mapIn, podSpecs, scalarString, stringValue } from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

// Pod-level resources, spec.resources (validatePodResources, validatePodResourceName, the container-limit part of
// validatePodResourceConsistency; PodLevelResources is beta and on by default since 1.34), and Windows HostProcess
// pods (validateWindowsHostProcessPod), pkg/apis/core/validation/validation.go. The aggregate-request checks of
// validatePodResourceConsistency are left out: they depend on how requests are defaulted from limits.

/** resourcehelper.IsSupportedPodLevelResource. */
const podLevel = (name: string) => name === 'cpu' || name === 'memory' || name.startsWith('hugepages-');

function checkPodResources(spec: YAMLMap, report: Report) {
  const resources = mapIn(spec, 'resources');
  if (!resources) return;
  if (stringValue(getIn(spec, 'os', 'name')) === 'windows') {
    report(
      keyNode(spec, 'resources'),
      t('pod-level resources cannot be set for a Windows pod (os.name: windows): set resources on each container'),
    );
    return;
  }
  if (get(resources, 'claims') !== undefined)
    report(
      keyNode(resources, 'claims'),
      t('resources.claims cannot be set at pod level: list the claims in the resources of the containers that use them'),
    );
  for (const part of ['requests', 'limits'])
    for (const { key, pair } of entries(mapIn(resources, part)))
      if (!podLevel(key) && /^[a-z0-9.-]*\/?[A-Za-z0-9._-]+$/.test(key))
        report(pair.key, t`${key} cannot be set in pod-level resources.${part}: only cpu, memory and hugepages-<size> can`);
  const podLimits = mapIn(resources, 'limits');
  for (const c of containersOf(spec, ['containers']))
    for (const { key, pair } of entries(mapIn(c.map, 'resources', 'limits'))) {
      const own = parseQuantity(scalarString(pair.value) ?? '');
      const podText = scalarString(get(podLimits, key));
      const pod = podText === undefined ? undefined : parseQuantity(podText);
      if (own && pod && own.value > pod.value)
        report(
          pair.value ?? pair.key,
          t`${describeContainer(c)} has a ${key} limit of ${own.text}, above the pod's limit of ${pod.text}: a container cannot have more than its pod`,
        );
    }
}

function checkHostProcess(spec: YAMLMap, report: Report) {
  const podNode = getIn(spec, 'securityContext', 'windowsOptions', 'hostProcess');
  const pod = bool(podNode);
  const containers = containersOf(spec);
  let hostProcess = 0;
  for (const c of containers) {
    const node = getIn(c.map, 'securityContext', 'windowsOptions', 'hostProcess');
    const own = bool(node);
    if (pod !== undefined && own !== undefined && own !== pod)
      report(
        node!,
        t`${describeContainer(c)} sets hostProcess: ${own}, but the pod sets hostProcess: ${pod}: when both are set they must be the same`,
      );
    if (own ?? pod) hostProcess++;
  }
  if (!hostProcess) return;
  const at = keyNode(spec, 'containers') ?? spec;
  if (hostProcess !== containers.length)
    report(
      at,
      t`this pod has HostProcess containers, so every container must be one: set hostProcess: true in the pod's securityContext.windowsOptions`,
    );
  if (bool(get(spec, 'hostNetwork')) !== true)
    report(keyNode(spec, 'hostNetwork') ?? at, t('a pod with HostProcess containers needs hostNetwork: true'));
}

/** A YAML boolean; anything else (a string "true", a template) counts as not set. */
function bool(node: unknown): boolean | undefined {
  const v = (node as { value?: unknown } | undefined)?.value;
  return typeof v === 'boolean' ? v : undefined;
}

export const rule: DocumentRule = {
  id: 'k8s/pod-resources',
  title: 'Pod-level resources and HostProcess pods are consistent',
  severity: 'error',
  scope: 'document',
  doc:
    'Pod-level `resources` (beta, on by default since 1.34) take only `cpu`, `memory` and `hugepages-<size>`, no `claims`, are not allowed on a Windows pod, and no container ' +
    'may have a higher limit than the pod (validatePodResources, validatePodResourceName, validatePodResourceConsistency). A Windows pod with HostProcess containers has only ' +
    "HostProcess containers, sets `hostNetwork: true`, and a container's `windowsOptions.hostProcess` equals the pod's when both are set (validateWindowsHostProcessPod).",
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      checkPodResources(pod.spec, report);
      checkHostProcess(pod.spec, report);
    }
  },
};
