import type { Node } from 'yaml';
import { get, isBuiltin, isPlaceholder, mapItems, podSpecs, replaceScalar, scalarValue, stringValue } from './nodes';
import { documentFacts, nameOf, namespaceOf, usableDocuments } from './fileDocs';
import type { ManifestDocument } from '../yaml/parse';
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
    // Each referenced kind's objects, by name (with the namespaces that define it), once per file.
    const named = new Map(REFERENCES.map((ref) => [ref.kind, new Map<string, (string | undefined)[]>()]));
    for (const doc of docs) {
      const self = documentFacts(doc, 'identity', () => ({ kind: REFERENCES.find((r) => isBuiltin(doc, r.kind))?.kind, name: nameOf(doc), namespace: namespaceOf(doc) }));
      if (!self.kind || self.name === undefined) continue;
      const byName = named.get(self.kind)!;
      const namespaces = byName.get(self.name);
      if (namespaces) namespaces.push(self.namespace);
      else byName.set(self.name, [self.namespace]);
    }
    for (const doc of docs) {
      const namespace = namespaceOf(doc);
      const visible = (ns: string | undefined) => ns === undefined || namespace === undefined || ns === namespace;
      for (const { ref, node, name } of documentFacts(doc, 'volume-references', () => volumeReferences(doc))) {
        const byName = named.get(ref.kind)!;
        if (byName.get(name)?.some(visible)) continue;
        const defined = [...byName].filter(([, namespaces]) => namespaces.some(visible)).map(([n]) => n);
        if (!defined.length || defined.some(isPlaceholder)) continue;
        const guess = closest(name, defined);
        report(doc, node, `no ${ref.kind} named "${name}" in this file (it defines ${quoteList(defined)}): the pod will not start until one exists${didYouMean(guess)}`, {
          fixes: guess ? [{ title: `Change to "${guess}"`, edits: [replaceScalar(node, guess)], preferred: true }] : undefined,
        });
      }
    }
  },
};

/** The names this document's pod volumes refer to (optional references left out). */
function volumeReferences(doc: ManifestDocument): { ref: (typeof REFERENCES)[number]; node: Node; name: string }[] {
  const out: { ref: (typeof REFERENCES)[number]; node: Node; name: string }[] = [];
  for (const pod of podSpecs(doc)) {
    for (const { map } of mapItems(get(pod.spec, 'volumes'))) {
      for (const ref of REFERENCES) {
        const source = get(map, ref.source);
        const node = get(source, ref.field) as Node | undefined;
        const name = stringValue(node);
        if (node && name && scalarValue(get(source, 'optional')) !== true) out.push({ ref, node, name });
      }
    }
  }
  return out;
}
