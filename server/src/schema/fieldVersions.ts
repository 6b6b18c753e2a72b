/**
 * Which fields of the built-in kinds each Kubernetes release has, from the table
 * schemas/generate-field-versions.mjs writes (fields that appeared after the oldest snapshot,
 * 1.25, with the first snapshot that has them). Loaded on first use, only when the target
 * release is older than the newest snapshot.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { schemaBundleCandidates } from './store';
import { compareKubernetesVersions } from './versions';

interface Table {
  oldest: string;
  newest: string;
  /** definition -> field -> "1.29" (first seen) or "1.30-1.33" (absent in 1.30, present in 1.33: no snapshot between) */
  fields: Record<string, Record<string, string>>;
}

export interface FieldAdded {
  /** the first snapshot that has the field */
  seen: string;
  /** the last snapshot without it, when releases between the two have no snapshot */
  after?: string;
}

let table: Table | null | undefined;

function load(): Table | null {
  for (const candidate of schemaBundleCandidates()) {
    const file = path.join(path.dirname(candidate), 'field-versions.json');
    if (!fs.existsSync(file)) continue;
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Table;
    } catch {
      return null;
    }
  }
  return null;
}

function getTable(): Table | null {
  if (table === undefined) table = load();
  return table;
}

/** True when some bundled field may be missing in the target release (it is older than the newest snapshot). */
export function targetLacksFields(target: string): boolean {
  const t = getTable();
  return !!t && compareKubernetesVersions(target, t.newest) < 0;
}

/** When a field of a built-in definition appeared, if the target release may not have it yet. */
export function fieldAddedAfter(definition: string, field: string, target: string): FieldAdded | undefined {
  const entry = getTable()?.fields[definition]?.[field];
  if (!entry) return undefined;
  const [after, seen] = entry.includes('-') ? entry.split('-') : [undefined, entry];
  if (compareKubernetesVersions(target, seen) >= 0) return undefined;
  return after ? { seen, after } : { seen };
}

/** "was added in Kubernetes 1.29" or "was added between Kubernetes 1.30 and 1.33". */
export function addedText(a: FieldAdded): string {
  return a.after ? `was added between Kubernetes ${a.after} and ${a.seen}` : `was added in Kubernetes ${a.seen}`;
}
