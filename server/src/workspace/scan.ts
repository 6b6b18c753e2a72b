import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isExcluded } from '../exclude';
import { t } from '../l10n';

const YAML = /\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

export interface ScanResult {
  /** file: URIs of the YAML files found, in a stable order. */
  uris: string[];
  /** Why the folder was not scanned whole (a home directory, more files than maxFiles); undefined when it was. */
  notScanned?: string;
}

/** A folder that is a home directory (or holds one, like `/`) is never walked whole. */
export function isHomeOrAbove(dir: string): boolean {
  const home = resolve(homedir());
  const d = resolve(dir);
  return d === home || home.startsWith(d.endsWith('/') ? d : `${d}/`);
}

/** The `*.yaml` / `*.yml` files under `dir`, minus node_modules, .git and `exclude`; at most `maxFiles`. */
export async function scanFolder(dir: string, exclude: string[], maxFiles: number): Promise<ScanResult> {
  if (isHomeOrAbove(dir)) return { uris: [], notScanned: t`${dir} is a home directory` };
  const uris: string[] = [];
  let tooMany = false;
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(d, { withFileTypes: true });
    } catch {
      return; // unreadable folders are left out
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (tooMany) return;
      const full = join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !isExcluded(pathToFileURL(full).href + '/', exclude)) await walk(full);
      } else if (e.isFile() && YAML.test(e.name)) {
        const uri = pathToFileURL(full).href;
        if (isExcluded(uri, exclude)) continue;
        if (uris.length >= maxFiles) {
          tooMany = true;
          return;
        }
        uris.push(uri);
      }
    }
  };
  await walk(dir);
  return tooMany ? { uris: [], notScanned: t`${dir} holds more than ${maxFiles} YAML files (k8sense.maxFiles)` } : { uris };
}

/** The YAML files directly in one folder (the fallback scope: the folders of open files). */
export async function scanShallow(dir: string, exclude: string[]): Promise<string[]> {
  try {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && YAML.test(e.name))
      .map((e) => pathToFileURL(join(dir, e.name)).href)
      .filter((u) => !isExcluded(u, exclude))
      .sort();
  } catch {
    return [];
  }
}
