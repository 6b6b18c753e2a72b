import { parseQuantity } from '../k8s/quantity';
import { get, getIn, isBuiltin, itemsOf, keyNode, scalarText, stringValue } from './nodes';
import { documentFacts, nameOf, usableDocuments } from './fileDocs';
import type { FileRule } from './types';

function modesOf(node: unknown): string[] {
  return itemsOf(node).map(stringValue).filter((m): m is string => m !== undefined);
}

function sizeOf(node: unknown) {
  const text = scalarText(node);
  return text === undefined ? undefined : parseQuantity(text);
}

export const rule: FileRule = {
  id: 'k8s/pvc-unsatisfiable',
  title: 'A claim can bind to a PersistentVolume of the file',
  severity: 'warning',
  scope: 'file',
  doc:
    'A PersistentVolumeClaim binds to a PersistentVolume of the same `storageClassName` that is at least as large as the request and offers all the requested access modes. ' +
    'When a file defines PersistentVolumes of a claim\'s storage class (or the volume the claim names in `volumeName`) and none of them can satisfy the claim, ' +
    'the claim would stay Pending (unless a provisioner creates a volume for it). Reported at the request or the access modes that no volume meets.',
  check(file, report) {
    const docs = usableDocuments(file);
    // What each volume offers, kept on its document across edits of the others.
    const volumes = docs.flatMap((doc) =>
      documentFacts(doc, 'persistent-volume', () => {
        if (!isBuiltin(doc, 'PersistentVolume')) return [];
        const spec = get(doc.root, 'spec');
        return [{ name: nameOf(doc) ?? '?', className: stringValue(get(spec, 'storageClassName')) ?? '', size: sizeOf(getIn(spec, 'capacity', 'storage')), modes: modesOf(get(spec, 'accessModes')) }];
      }),
    );
    if (!volumes.length) return;
    for (const doc of docs) {
      if (!documentFacts(doc, 'is-claim', () => isBuiltin(doc, 'PersistentVolumeClaim'))) continue;
      const spec = get(doc.root, 'spec');
      const className = stringValue(get(spec, 'storageClassName'));
      const volumeName = stringValue(get(spec, 'volumeName'));
      const candidates = volumes.filter((v) => (volumeName ? v.name === volumeName : className !== undefined && v.className === className));
      if (!candidates.length) continue;
      const requestNode = getIn(spec, 'resources', 'requests', 'storage');
      const request = sizeOf(requestNode);
      const modes = modesOf(get(spec, 'accessModes'));
      const bigEnough = (v: (typeof volumes)[number]) => !request || !v.size || v.size.value >= request.value;
      const hasModes = (v: (typeof volumes)[number]) => modes.every((m) => v.modes.includes(m));
      if (candidates.some((v) => bigEnough(v) && hasModes(v))) continue;
      const scope = volumeName ? `the volume it names, "${volumeName}"` : `the PersistentVolumes of storage class "${className}" in this file`;
      if (!candidates.some(bigEnough) && requestNode) {
        const sizes = candidates.map((v) => `${v.name}: ${v.size?.text ?? '?'}`).join(', ');
        report(doc, requestNode, `this claim asks for ${request!.text}, more than ${scope} can hold (${sizes}), so it would stay Pending: ask for less, or add a larger volume`);
      } else {
        const offered = candidates.map((v) => `${v.name}: ${v.modes.join(', ') || 'none'}`).join('; ');
        const message = volumeName
          ? `the volume this claim names, "${volumeName}", does not offer the access modes ${modes.join(', ')} at the requested size (${offered}), so the claim would stay Pending`
          : `no PersistentVolume of storage class "${className}" in this file offers the access modes ${modes.join(', ')} at the requested size (${offered}), so the claim would stay Pending`;
        report(doc, keyNode(spec, 'accessModes') ?? requestNode, message);
      }
    }
  },
};
