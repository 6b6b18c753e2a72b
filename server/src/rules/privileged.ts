import { containersOf, describeContainer, getIn, podSpecs, scalarValue } from './nodes';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const rule: DocumentRule = {
  id: 'k8s/privileged',
  title: 'Privileged containers',
  severity: 'warning',
  scope: 'document',
  doc:
    "`securityContext.privileged: true` gives a container every capability and all of the node's devices: it is root on the node in all but name, " +
    "and the Pod Security 'baseline' level forbids it. Grant only the capabilities needed (`securityContext.capabilities.add`) instead.",
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      for (const c of containersOf(pod.spec)) {
        const node = getIn(c.map, 'securityContext', 'privileged');
        if (scalarValue(node) === true) {
          report(
            node,
            t`${describeContainer(c)} is privileged: it has full access to the node — add only the capabilities it needs (securityContext.capabilities.add) instead`,
          );
        }
      }
    }
  },
};
