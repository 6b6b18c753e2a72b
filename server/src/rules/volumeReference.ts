import type { Node } from 'yaml';
import { get, isBuiltin, isPlaceholder, mapItems, podSpecs, replaceScalar, scalarValue, stringValue } from './nodes';
import { nameOf, sameNamespace, usableDocuments } from './fileDocs';
import { closest, didYouMean, quoteList } from './text';
import type { FileRule } from './types';

const REFERENCES: { source: string; field: string; kind: string }[] = [
  { source: 'persistentVolumeClaim', field: 'claimName', kind: 'PersistentVolumeClaim' },
  { source: 'configMap', field: 'name', kind: 'ConfigMap' },
  { source: 'secret', field: 'secretName', kind: 'Secret' },
];

export const rule: FileRule = {
  id: 'k8s/volume-reference',
  title: 'Volumes name objects that the file defines',
  severity: 'info',
  scope: 'file',
  doc:
    'A pod volume `persistentVolumeClaim.claimName`, `configMap.name` or `secret.secretName` names an object the pod needs before it can start. ' +
    'When the file defines objects of that kind but none with that name (in the same namespace), the name is probably a typo; a quick fix offers the closest one. ' +
    'Files that define no object of that kind are not checked (the object may be created elsewhere), nor are references marked `optional: true`.',
  check(file, report) {
    const docs = usableDocuments(file);
    for (const doc of docs) {
      for (const pod of podSpecs(doc)) {
        for (const { map } of mapItems(get(pod.spec, 'volumes'))) {
          for (const ref of REFERENCES) {
            const source = get(map, ref.source);
            const node = get(source, ref.field) as Node | undefined;
            const name = stringValue(node);
            if (!node || !name || scalarValue(get(source, 'optional')) === true) continue;
            const defined = docs.filter((d) => isBuiltin(d, ref.kind) && sameNamespace(d, doc)).map(nameOf).filter((n): n is string => n !== undefined);
            if (!defined.length || defined.includes(name) || defined.some(isPlaceholder)) continue;
            const guess = closest(name, defined);
            report(doc, node, `no ${ref.kind} named "${name}" in this file (it defines ${quoteList(defined)}): the pod will not start until one exists${didYouMean(guess)}`, {
              fixes: guess ? [{ title: `Change to "${guess}"`, edits: [replaceScalar(node, guess)], preferred: true }] : undefined,
            });
          }
        }
      }
    }
  },
};
