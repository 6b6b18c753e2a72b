import { containersOf, describeContainer, getIn, missingAt, podSpecs } from './nodes';
import { missingByTypo } from './misspelled';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const rule: DocumentRule = {
  id: 'k8s/resources-missing',
  title: 'Containers declare resource requests and limits',
  severity: 'info',
  defaultOff: true,
  scope: 'document',
  doc:
    "Off by default. A container without `resources.requests` gets scheduled as if it needed nothing, and one without `resources.limits` can use a whole node's memory. " +
    'Setting `requests` (cpu and memory) lets the scheduler place pods well; a memory `limit` stops one container from starving the others. ' +
    'Enable with `"k8sense.rules": {"k8s/resources-missing": "info"}`.',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      for (const c of containersOf(pod.spec, ['containers', 'initContainers'])) {
        const missing = ['requests', 'limits'].filter((f) => !getIn(c.map, 'resources', f) && !missingByTypo(c.map, 'resources', f));
        if (!missing.length) continue;
        const at = c.nameNode ?? missingAt(c.map);
        const what = missing.length === 2 ? t('resource requests or limits') : `resource ${missing[0]}`;
        report(
          at,
          t`${describeContainer(c)} has no ${what}: set resources.requests (cpu, memory) so the scheduler can place it, and a memory limit so it cannot starve its neighbours`,
        );
      }
    }
  },
};
