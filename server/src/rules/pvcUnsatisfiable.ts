import { volumeSatisfies, type ClaimSpec, type VolumeSpec } from '../k8s/binding';
import { get, getIn, keyNode } from './nodes';
import type { FileRule } from './types';
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
    const volumes = model.ofKind('PersistentVolume').filter((v) => v.fact.volume && !v.fact.custom);
    if (!volumes.length) return;
    for (const claimObject of model.objectsIn(uri)) {
      const claim = claimObject.fact.claim;
      if (!claim || claimObject.fact.custom || model.bindingOf(claimObject)) continue;
      const candidates = volumes
        .map((v) => v.fact.volume!)
        .filter((v) =>
          claim.volumeName
            ? v.name === claim.volumeName
            : claim.storageClassName !== undefined && v.storageClassName === claim.storageClassName,
        );
      if (!candidates.length) continue;
      const doc = file.documents[claimObject.fact.docIndex];
      const spec = get(doc?.root, 'spec');
      if (!doc || !spec) continue;
      const requestNode = getIn(spec, 'resources', 'requests', 'storage');
      const scope = claim.volumeName
        ? t`the volume it names, "${claim.volumeName}"`
        : t`the PersistentVolumes of storage class "${claim.storageClassName}" in ${model.scopeName}`;
      const bigEnough = (v: VolumeSpec) => claim.request === undefined || v.capacity === undefined || v.capacity >= claim.request;
      const hasModes = (v: VolumeSpec) => claim.accessModes.every((m) => v.accessModes.includes(m));
      if (!candidates.some(bigEnough) && requestNode) {
        const sizes = candidates.map((v) => `${v.name}: ${v.capacityText ?? '?'}`).join(', ');
        report(
          doc,
          requestNode,
          t`this claim asks for ${claim.requestText}, more than ${scope} can hold (${sizes}), so it would stay Pending: ask for less, or add a larger volume`,
        );
      } else if (!candidates.some((v) => bigEnough(v) && hasModes(v))) {
        const offered = candidates.map((v) => `${v.name}: ${v.accessModes.join(', ') || 'none'}`).join('; ');
        const modes = claim.accessModes.join(', ');
        const message = claim.volumeName
          ? t`the volume this claim names, "${claim.volumeName}", does not offer the access modes ${modes} at the requested size (${offered}), so the claim would stay Pending`
          : t`no PersistentVolume of storage class "${claim.storageClassName}" in ${model.scopeName} offers the access modes ${modes} at the requested size (${offered}), so the claim would stay Pending`;
        report(doc, keyNode(spec, 'accessModes') ?? requestNode, message);
      } else if (!claim.volumeName) {
        const [field, why] = otherReason(
          claim,
          candidates.filter((v) => bigEnough(v) && hasModes(v)),
        );
        report(
          doc,
          keyNode(spec, field) ?? keyNode(doc.root, 'spec'),
          t`no PersistentVolume of storage class "${claim.storageClassName}" in ${model.scopeName} can take this claim: ${why}, so the claim would stay Pending`,
        );
      }
    }
  },
};

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
