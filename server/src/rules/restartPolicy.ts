import { containersOf, describeContainer, get, podSpecs, replaceScalar, stringValue } from './nodes';
import { hasMisspelledKey } from './misspelled';
import { closest, didYouMean, quoteList } from './text';
import type { DocumentRule } from './types';

const ALL = ['Always', 'OnFailure', 'Never'];

export const rule: DocumentRule = {
  id: 'k8s/restart-policy',
  title: 'restartPolicy fits the kind of object',
  severity: 'error',
  scope: 'document',
  doc:
    'A Pod\'s `restartPolicy` is `Always` (the default), `OnFailure` or `Never`. The pods of a Deployment, ReplicaSet, StatefulSet, DaemonSet or ReplicationController run forever, ' +
    'so their template accepts only `Always`. A Job (and a CronJob\'s job template) runs to completion and needs `OnFailure` or `Never`, written out, since the default `Always` is rejected ' +
    '(ValidatePodSpec, apps and batch validation). An init container may only set `restartPolicy: Always`, which makes it a sidecar.',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      const allowed = pod.ownerKind === 'Pod' || pod.ownerKind === 'PodTemplate' ? ALL : pod.ownerKind === 'Job' || pod.ownerKind === 'CronJob' ? ['OnFailure', 'Never'] : ['Always'];
      const node = get(pod.spec, 'restartPolicy');
      const value = stringValue(node);
      if (!node) {
        if (!allowed.includes('Always') && !hasMisspelledKey(pod.spec, 'restartPolicy')) {
          report(pod.specKey, `the pod template of a ${pod.ownerKind} needs "restartPolicy: OnFailure" or "restartPolicy: Never": the default, Always, is not allowed for pods that run to completion`);
        }
      } else if (value !== undefined && !allowed.includes(value)) {
        const known = ALL.includes(value);
        const guess = known ? undefined : closest(value, allowed);
        const why = known
          ? `a ${pod.ownerKind}'s pods accept only ${quoteList(allowed, 'or')}${allowed.length === 1 ? ' (they are restarted whenever they stop)' : ''}`
          : `use ${quoteList(allowed, 'or')}`;
        const target = guess ?? (allowed.length === 1 ? allowed[0] : undefined);
        report(node, `restartPolicy "${value}" is not allowed here: ${why}${didYouMean(guess)}`, {
          fixes: target ? [{ title: `Change to "${target}"`, edits: [replaceScalar(node, target)], preferred: true }] : undefined,
        });
      }
      for (const c of containersOf(pod.spec, ['initContainers'])) {
        const policy = get(c.map, 'restartPolicy');
        const v = stringValue(policy);
        if (v !== undefined && v !== 'Always') report(policy, `${describeContainer(c)} may only set restartPolicy "Always" (which makes it a sidecar that keeps running); leave it out for a normal init container`);
      }
    }
  },
};
