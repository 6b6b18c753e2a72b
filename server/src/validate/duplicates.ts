import type { FileCheck } from '../checks';
import type { Problem } from '../problem';
import { isClusterScoped, splitApiVersion, targetRelease } from '../schema';
import type { ManifestDocument } from '../yaml/parse';
import { documentSchema } from './documentSchema';
import { t } from '../l10n';

const CARRY = 'k8s/duplicate-object';

interface Seen {
  /** Where the object's document content starts in the file. */
  start: number;
  namespace: string | undefined;
}

function metadataString(md: ManifestDocument, key: string): string | undefined {
  const v = md.root?.getIn(['metadata', key]);
  return typeof v === 'string' && v ? v : undefined;
}

/** Who a document is, kept on the document so an edit elsewhere does not recompute it. */
function identityOf(md: ManifestDocument) {
  const key = 'duplicates:identity';
  if (md.cache.has(key)) return md.cache.get(key) as ReturnType<typeof computeIdentity>;
  const identity = computeIdentity(md);
  md.cache.set(key, identity);
  return identity;
}

function computeIdentity(md: ManifestDocument) {
  const { apiVersion, kind } = md;
  const name = metadataString(md, 'name');
  if (!apiVersion || !kind || !name) return undefined;
  const scoped = !isClusterScoped(apiVersion, kind);
  const namespace = scoped ? metadataString(md, 'namespace') : undefined;
  return { apiVersion, kind, name, scoped, namespace, id: `${splitApiVersion(apiVersion).group}/${kind}/${name}` };
}

/** Whether the document's apiVersion is removed at the target version (kept on the document: an edit elsewhere asks again). */
function removedAt(md: ManifestDocument, version: string | undefined): boolean {
  const key = `duplicates:removed:${version}`;
  let removed = md.cache.get(key) as boolean | undefined;
  if (removed === undefined) {
    removed = documentSchema({ apiVersion: md.apiVersion, kind: md.kind }, { targetVersion: version }).none === 'removed';
    md.cache.set(key, removed);
  }
  return removed;
}

/**
 * Two documents for the same object (same group, kind, name and namespace): `kubectl apply` does
 * not create two, the second silently overwrites the first. A document without a namespace goes to
 * whatever namespace kubectl targets, so it only may clash with one that names a namespace: a warning.
 */
export const duplicateObjectCheck: FileCheck = {
  id: 'k8s/duplicate-object',
  check(file, ctx) {
    const version = targetRelease(ctx.settings);
    const out: { doc: ManifestDocument; problem: Problem }[] = [];
    // A slice of a larger file compares with the objects of the slices before it too.
    const carried = file.slice?.carry.get(CARRY) as Map<string, Seen[]> | undefined;
    const byIdentity = carried ?? new Map<string, Seen[]>();
    if (file.slice && !carried) file.slice.carry.set(CARRY, byIdentity);
    for (const md of file.documents) {
      if (md.isEmpty || md.hasStructuralErrors) continue;
      const identity = identityOf(md);
      if (!identity) continue;
      const { kind, name, scoped, namespace, id } = identity;
      // An object whose apiVersion the target Kubernetes no longer serves is never applied.
      if (removedAt(md, version)) continue;
      const earlier = byIdentity.get(id) ?? [];
      const clash =
        earlier.find((e) => e.namespace === namespace) ?? (scoped ? earlier.find((e) => !e.namespace || !namespace) : undefined);
      if (clash) {
        const nameNode = md.root?.getIn(['metadata', 'name'], true) as { range?: [number, number, number] } | undefined;
        const [start, end] = nameNode?.range ? [nameNode.range[0], nameNode.range[1]] : [0, 0];
        const firstLine = file.lines.positionAt(clash.start).line + 1;
        const certain = clash.namespace === namespace;
        const where = !scoped ? '' : certain ? (namespace ? t` in namespace "${namespace}"` : t(' in the same namespace')) : '';
        const message = certain
          ? t`a second ${kind} named "${name}"${where} (the first starts on line ${firstLine}): kubectl apply would not create two objects — this one overwrites the first; rename one of them`
          : t`this ${kind} "${name}" is the same object as the one on line ${firstLine} when both land in namespace "${clash.namespace ?? namespace}" (the one without a namespace goes to kubectl's current namespace): set metadata.namespace, or rename one`;
        out.push({ doc: md, problem: { start, end, severity: certain ? 'error' : 'warning', code: 'k8s/duplicate-object', message } });
      }
      earlier.push({ start: md.offset + (md.doc.contents?.range?.[0] ?? 0), namespace });
      byIdentity.set(id, earlier);
    }
    return out;
  },
};
