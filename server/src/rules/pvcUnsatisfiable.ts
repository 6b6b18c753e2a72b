import { volumeSatisfies, type ClaimSpec, type VolumeSpec } from '../k8s/binding';
import { get, getIn, keyNode } from './nodes';
import type { FileRule, Report } from './types';
import { documentByIndex, type ManifestDocument } from '../yaml/parse';
import { memoized } from './memo';
import { t } from '../l10n';

export const rule: FileRule = {
  id: 'k8s/pvc-unsatisfiable',
  title: 'A claim can bind to a PersistentVolume in scope',
  severity: 'warning',
  scope: 'file',
  doc:
    'A PersistentVolumeClaim binds to a PersistentVolume of the same `storageClassName` and `volumeMode` that is at least as large as the request, offers all the requested access modes, ' +
    "matches the claim's `selector` and is not reserved (`claimRef`) for another claim — the PV controller's own order (the binder in k8s/binding is the one the graph draws too). " +
    "When the files in scope define PersistentVolumes of a claim's storage class (or the volume the claim names in `volumeName`) and none of them can take the claim, " +
    'the claim would stay Pending (unless a provisioner creates a volume for it). Reported at the request, the access modes, or the field that no volume meets.',
  check(file, report, { model, uri }) {
    if (!model.ofKind('PersistentVolume').length) return;
    // What binds depends on the claim's document and the scope's volumes only.
    const changedAt = model.changedAt({ fact: { type: 'claimBinding', targetKind: 'PersistentVolume' } });
    for (const claimObject of model.objectsIn(uri)) {
      const claim = claimObject.fact.claim;
      if (!claim || claimObject.fact.custom) continue;
      const doc = documentByIndex(file, claimObject.fact.docIndex);
      if (!doc) continue;
      memoized(rule.id, claimObject.fact, { model, uri }, changedAt, doc, report, (reportHere) => {
        if (model.bindingOf(claimObject)) return;
        // The binder never crosses storage classes: the volume named, or those of the claim's class.
        const candidates = claim.volumeName || claim.storageClassName !== undefined ? model.volumesFor(claim) : [];
        if (candidates.length) explain(claim, candidates, doc, reportHere, model.scopeName);
      });
    }
  },
};

function explain(claim: ClaimSpec, candidates: VolumeSpec[], doc: ManifestDocument, report: Report, scopeName: string): void {
  const spec = get(doc.root, 'spec');
  if (!spec) return;
  const requestNode = getIn(spec, 'resources', 'requests', 'storage');
  const scope = claim.volumeName
    ? t`the volume it names, "${claim.volumeName}"`
    : t`the PersistentVolumes of storage class "${claim.storageClassName}" in ${scopeName}`;
  const bigEnough = (v: VolumeSpec) => claim.request === undefined || v.capacity === undefined || v.capacity >= claim.request;
  const hasModes = (v: VolumeSpec) => claim.accessModes.every((m) => v.accessModes.includes(m));
  if (!candidates.some(bigEnough) && requestNode) {
    const sizes = candidates.map((v) => `${v.name}: ${v.capacityText ?? '?'}`).join(', ');
    report(
      requestNode,
      t`this claim asks for ${claim.requestText}, more than ${scope} can hold (${sizes}), so it would stay Pending: ask for less, or add a larger volume`,
    );
  } else if (!candidates.some((v) => bigEnough(v) && hasModes(v))) {
    const offered = candidates.map((v) => `${v.name}: ${v.accessModes.join(', ') || t('none')}`).join('; ');
    const modes = claim.accessModes.join(', ');
    const message = claim.volumeName
      ? t`the volume this claim names, "${claim.volumeName}", does not offer the access modes ${modes} at the requested size (${offered}), so the claim would stay Pending`
      : t`no PersistentVolume of storage class "${claim.storageClassName}" in ${scopeName} offers the access modes ${modes} at the requested size (${offered}), so the claim would stay Pending`;
    report(keyNode(spec, 'accessModes') ?? requestNode, message);
  } else if (!claim.volumeName) {
    const [field, why] = otherReason(
      claim,
      candidates.filter((v) => bigEnough(v) && hasModes(v)),
    );
    report(
      keyNode(spec, field) ?? keyNode(doc.root, 'spec'),
      t`no PersistentVolume of storage class "${claim.storageClassName}" in ${scopeName} can take this claim: ${why}, so the claim would stay Pending`,
    );
  }
}

/** Why volumes of the right size and modes still do not bind: the claim's volumeMode, selector, or another claim's reservation. */
function otherReason(claim: ClaimSpec, volumes: VolumeSpec[]): ['volumeMode' | 'selector' | 'storageClassName', string] {
  if (volumes.every((v) => v.volumeMode !== claim.volumeMode))
    return [
      'volumeMode',
      t`it wants volumeMode ${claim.volumeMode} (they are ${volumes.map((v) => `${v.name}: ${v.volumeMode}`).join(', ')})`,
    ];
  const modeOk = volumes.filter((v) => v.volumeMode === claim.volumeMode);
  const free = modeOk.filter((v) => volumeSatisfies({ ...v, labels: v.labels }, { ...claim, selector: undefined }));
  if (!free.length)
    return [
      'storageClassName',
      t`they are reserved for other claims (claimRef: ${modeOk.map((v) => `${v.name} → ${v.claimRef?.name ?? '?'}`).join(', ')})`,
    ];
  return ['selector', t`its selector matches none of their labels (${free.map((v) => v.name).join(', ')})`];
}
