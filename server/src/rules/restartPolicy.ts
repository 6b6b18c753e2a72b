import { containersOf, describeContainer, get, podSpecs, replaceScalar, stringValue } from './nodes';
import { hasMisspelledKey } from './misspelled';
import { closest, didYouMean, quoteList } from './text';
import type { DocumentRule } from './types';
import type { YAMLMap } from 'yaml';
import type { TextEdit } from '../problem';
import { placeValues } from '../schema';
import { t } from '../l10n';

const ALL = ['Always', 'OnFailure', 'Never'];

/** A `key: value` line inserted above the first key of a block mapping, at its column. */
function insertFirstKey(text: string, map: YAMLMap, line: string): TextEdit | undefined {
  const first = (map.items[0]?.key as { range?: [number, number, number] } | null)?.range?.[0];
  if (map.flow || first === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', first - 1) + 1;
  if (text.slice(lineStart, first).trim() !== '') return undefined;
  return { start: lineStart, end: lineStart, newText: `${' '.repeat(first - lineStart)}${line}\n` };
}

export const rule: DocumentRule = {
  id: 'k8s/restart-policy',
  title: 'restartPolicy fits the kind of object',
  severity: 'error',
  scope: 'document',
  doc:
    "A Pod's `restartPolicy` is `Always` (the default), `OnFailure` or `Never`. The pods of a Deployment, ReplicaSet, StatefulSet, DaemonSet or ReplicationController run forever, " +
    "so their template accepts only `Always`. A Job (and a CronJob's job template) runs to completion and needs `OnFailure` or `Never`, written out, since the default `Always` is rejected " +
    '(ValidatePodSpec, apps and batch validation). An init container may only set `restartPolicy: Always`, which makes it a sidecar.',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      // The same data completion offers from (schemas/overlays/placeValues.json).
      const allowed = placeValues(pod.ownerKind, 'restartPolicy') ?? ALL;
      const node = get(pod.spec, 'restartPolicy');
      const value = stringValue(node);
      if (!node) {
        if (!allowed.includes('Always') && !hasMisspelledKey(pod.spec, 'restartPolicy')) {
          const insert = insertFirstKey(doc.chunk.text, pod.spec, `restartPolicy: ${allowed.includes('Never') ? 'Never' : allowed[0]}`);
          report(
            pod.specKey,
            t`the pod template of a ${pod.ownerKind} needs "restartPolicy: OnFailure" or "restartPolicy: Never": the default, Always, is not allowed for pods that run to completion`,
            {
              fixes: insert ? [{ title: t('Add "restartPolicy: Never"'), edits: [insert], preferred: true }] : undefined,
            },
          );
        }
      } else if (value !== undefined && !allowed.includes(value)) {
        const known = ALL.includes(value);
        const guess = known ? undefined : closest(value, allowed);
        const why = known
          ? t`a ${pod.ownerKind}'s pods accept only ${quoteList(allowed, 'or')}${allowed.length === 1 ? t(' (they are restarted whenever they stop)') : ''}`
          : t`use ${quoteList(allowed, 'or')}`;
        // kubectl create job writes Never: the one to prefer when either would do.
        const targets = guess ? [guess] : [...allowed].sort((a, b) => (b === 'Never' ? 1 : 0) - (a === 'Never' ? 1 : 0));
        report(node, t`restartPolicy "${value}" is not allowed here: ${why}${didYouMean(guess)}`, {
          fixes: targets.map((target, i) => ({
            title: t`Change to "${target}"`,
            edits: [replaceScalar(node, target)],
            ...(i === 0 ? { preferred: true } : {}),
          })),
        });
      }
      for (const c of containersOf(pod.spec, ['initContainers'])) {
        const policy = get(c.map, 'restartPolicy');
        const v = stringValue(policy);
        if (v !== undefined && v !== 'Always')
          report(
            policy,
            t`${describeContainer(c)} may only set restartPolicy "Always" (which makes it a sidecar that keeps running); leave it out for a normal init container`,
          );
      }
    }
  },
};
