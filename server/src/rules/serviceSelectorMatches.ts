import { entries, get, getIn, podSpecs, replaceScalar, scalarText } from './nodes';
import { sameNamespace, usableDocuments } from './fileDocs';
import { serviceSpec } from './serviceFields';
import { labelMatches, labelSet } from './workloadSelector';
import { closest, didYouMean, quoteList } from './text';
import type { FileRule } from './types';

export const rule: FileRule = {
  id: 'k8s/service-selector-matches',
  title: "A Service's selector matches pods of the file",
  severity: 'warning',
  scope: 'file',
  doc:
    "A Service sends traffic to the pods whose labels include all of its `selector`. When a file defines pods or pod templates (Pods, Deployments, StatefulSets, ...) " +
    'and a Service whose selector matches none of them (in the same namespace), the Service most likely has a typo and would have no endpoints. ' +
    'The problem is reported at the selector entry that the closest pod does not have, with a quick fix when a pod has a close value for that key. ' +
    'Files without pods are not checked: their pods may come from elsewhere.',
  check(file, report) {
    const docs = usableDocuments(file);
    const pods = docs.flatMap((doc) =>
      podSpecs(doc).map((pod) => ({
        doc,
        labels: labelSet(pod.template ? getIn(pod.template, 'metadata', 'labels') : getIn(doc.root, 'metadata', 'labels')),
        what: `${doc.kind} "${scalarText(getIn(doc.root, 'metadata', 'name')) ?? '?'}"`,
      })),
    );
    if (!pods.length) return;
    for (const doc of docs) {
      const svc = serviceSpec(doc);
      const selector = entries(get(svc?.spec, 'selector'));
      if (!svc || !selector.length) continue;
      const candidates = pods.filter((p) => sameNamespace(p.doc, doc));
      if (!candidates.length) continue;
      // A placeholder on either side (`app: ${APP}`) may match once filled in.
      const unmet = (labels: Map<string, string>) => selector.filter(({ key, pair }) => !labelMatches(labels.get(key), scalarText(pair.value)));
      if (candidates.some((p) => unmet(p.labels).length === 0)) continue;
      // Point at what the closest pod lacks.
      const best = candidates.reduce((a, b) => (unmet(b.labels).length < unmet(a.labels).length ? b : a));
      const miss = unmet(best.labels)[0];
      const want = scalarText(miss.pair.value) ?? '';
      const values = [...new Set(candidates.map((p) => p.labels.get(miss.key)).filter((v): v is string => v !== undefined))];
      const guess = closest(want, values);
      const podLabels = values.length ? `the pods here have ${miss.key}: ${quoteList(values, 'or')}` : `no pod here has the label "${miss.key}"`;
      report(doc, miss.pair.value ?? miss.pair.key, `this Service selects ${miss.key}: ${want}, but no pod in this file has that label (${podLabels}), so the Service would have no endpoints${didYouMean(guess)}`, {
        fixes: guess && miss.pair.value ? [{ title: `Change to "${guess}"`, edits: [replaceScalar(miss.pair.value, guess)], preferred: true }] : undefined,
      });
    }
  },
};
