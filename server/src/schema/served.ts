import { getSchemaStore, type DeprecationEntry, type KindInfo, type SchemaStore } from './store';
import { compareKubernetesVersions } from './versions';
import type { Settings } from '../settings';

// Which apiVersions of a kind the target Kubernetes release serves, and the one to write: the one
// answer validation, completion and hover give (a missing or wrong apiVersion, the kind's hover).

/**
 * How the target Kubernetes release sees one apiVersion of a kind:
 * `ok` served; `successor` the replacement of a version the target has not deprecated yet (it may
 * be too new for that release); `deprecated` served but on its way out; `removed` not served.
 */
export type ServedStatus = 'ok' | 'successor' | 'deprecated' | 'removed';

export interface ServedVersion {
  info: KindInfo;
  status: ServedStatus;
  /** The deprecation entry of this apiVersion, or (successor) of the version it replaces. */
  entry?: DeprecationEntry;
}

const RANK: Record<ServedStatus, number> = { ok: 0, successor: 1, deprecated: 2, removed: 3 };

/** The Kubernetes release checks and completion target: the `kubernetesVersion` setting, else the newest the schemas cover. */
export function targetRelease(settings: Partial<Settings> | undefined, store: SchemaStore = getSchemaStore()): string {
  return settings?.kubernetesVersion?.trim() || store.kubernetesVersion;
}

/** The apiVersions serving a kind, the one to write first: served and current, then newer, deprecated, removed. */
export function versionsAt(store: SchemaStore, kind: string, target: string): ServedVersion[] {
  const entries = store.deprecations().filter((d) => d.kind === kind);
  const out = store.kindsNamed(kind).map((info): ServedVersion => {
    const own = entries.find((d) => d.apiVersion === info.apiVersion);
    if (own?.removedIn && compareKubernetesVersions(target, own.removedIn) >= 0) return { info, status: 'removed', entry: own };
    if (own && compareKubernetesVersions(target, own.deprecatedIn) >= 0) return { info, status: 'deprecated', entry: own };
    // Kubernetes deprecates a version when its replacement ships: before that the old one is the safe choice.
    const replaced = entries.find((d) => d.replacement === info.apiVersion && compareKubernetesVersions(target, d.deprecatedIn) < 0);
    if (replaced) return { info, status: 'successor', entry: replaced };
    return { info, status: 'ok', ...(own ? { entry: own } : {}) };
  });
  // Stable sort: the store's order (GA, newest first) within each status.
  return out.sort((a, b) => RANK[a.status] - RANK[b.status]);
}

/**
 * The apiVersion of a kind to write in the target release (served and current, GA, newest); when
 * the release serves none, the newest it once did (what a message about the kind names).
 */
export function preferredVersion(store: SchemaStore, kind: string, target: string): ServedVersion | undefined {
  return versionsAt(store, kind, target)[0];
}

/** The apiVersion to write for a kind in the target release, undefined when the release serves none. */
export function preferredAt(store: SchemaStore, kind: string, target: string): ServedVersion | undefined {
  const first = preferredVersion(store, kind, target);
  return first && first.status !== 'removed' ? first : undefined;
}

/** Whether the target release serves this apiVersion of the kind. */
export function servedAt(store: SchemaStore, apiVersion: string, kind: string, target: string): boolean {
  const found = versionsAt(store, kind, target).find((v) => v.info.apiVersion === apiVersion);
  return !!found && found.status !== 'removed';
}

/**
 * Whether the target release serves an apiVersion at all. One the deprecation list names is served
 * while one of its kinds is (List kinds and subresources like Scale have no entries of their own).
 */
export function apiVersionServed(store: SchemaStore, apiVersion: string, target: string): boolean {
  const entries = store.deprecations().filter((d) => d.apiVersion === apiVersion);
  if (!entries.length) return true;
  return entries.some((d) => !d.removedIn || compareKubernetesVersions(target, d.removedIn) < 0);
}
