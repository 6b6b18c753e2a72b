import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { printable } from './printable';

export interface InputFile {
  /** As given on the command line, or found in a directory. */
  path: string;
  text: string;
  /** Named on the command line (checked even when it does not look like Kubernetes). */
  explicit: boolean;
  /** The file began with a UTF-8 byte order mark (not part of `text`): `check --fix` writes it back. */
  bom?: boolean;
}

/** A usage error: the command line itself is wrong (exit 2, nothing checked). */
export class InputError extends Error {}

export interface Inputs {
  files: InputFile[];
  /** Inputs that could not be read (each already reported): the run exits 2 after checking the rest. */
  failed: number;
}

const YAML = /\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

// ignoreBOM keeps a byte order mark in the decoded text, so decode() can tell it was there.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

class Unreadable extends Error {}

function decode(buf: Buffer, name: string): { text: string; bom?: true } {
  try {
    const text = utf8.decode(buf);
    return text.startsWith('\uFEFF') ? { text: text.slice(1), bom: true } : { text };
  } catch {
    throw new Unreadable(`${name}: not UTF-8 text (Kubernetes manifests must be UTF-8)`);
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'too many levels of symbolic links (a symlink loop?)';
  if (code === 'ENAMETOOLONG') return 'file name too long';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  return err instanceof Error ? err.message : String(err);
}

/** What a non-regular file is, for the message that skips it (reading a FIFO would wait forever). */
function special(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** `*.yaml`/`*.yml` below `dir`, in name order; what cannot be read is reported and left out. */
async function walk(dir: string, out: string[], report: (message: string) => void): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    report(`${dir}: ${describe(err)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(full, out, report);
      continue;
    }
    if (!YAML.test(e.name)) continue;
    if (e.isFile()) {
      out.push(full);
      continue;
    }
    // A symlink is followed to a file (not to a directory: no loops); anything else is skipped.
    let stat: Stats;
    try {
      stat = await fs.stat(full);
    } catch (err) {
      report(`skipped ${full}: ${describe(err)}`);
      continue;
    }
    if (stat.isFile()) out.push(full);
    else if (!stat.isDirectory()) report(`skipped ${full}: ${special(stat)}`);
  }
}

async function readRegular(file: string): Promise<{ text: string; bom?: true }> {
  return decode(await fs.readFile(file), file);
}

/**
 * Resolve the command line's operands to files with their text. Each input that cannot be read is
 * reported through `report` and counted; the others are still read.
 */
export async function readInputs(operands: string[], report: (message: string) => void): Promise<Inputs> {
  const files: InputFile[] = [];
  let failed = 0;
  const fail = (message: string) => {
    report(printable(message));
    failed++;
  };
  let stdinRead = false;
  for (const operand of operands) {
    if (operand === '-') {
      if (stdinRead) {
        report('-: standard input is named more than once: it is read and checked once');
        continue;
      }
      stdinRead = true;
      try {
        files.push({ path: '-', ...decode(await readStdin(), '<stdin>'), explicit: true });
      } catch (err) {
        fail(err instanceof Unreadable ? err.message : `<stdin>: ${describe(err)}`);
      }
      continue;
    }
    let stat: Stats;
    try {
      stat = await fs.stat(operand);
    } catch (err) {
      fail(`${operand}: ${describe(err)}`);
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(operand, found, fail);
      if (!found.length) fail(`${operand}: no *.yaml or *.yml files in this directory`);
      for (const f of found) {
        try {
          files.push({ path: f, ...(await readRegular(f)), explicit: false });
        } catch (err) {
          fail(`skipped ${err instanceof Unreadable ? err.message : `${f}: ${describe(err)}`}`);
        }
      }
    } else if (!stat.isFile()) {
      fail(`skipped ${operand}: ${special(stat)}`);
    } else {
      try {
        files.push({ path: operand, ...(await readRegular(operand)), explicit: true });
      } catch (err) {
        fail(err instanceof Unreadable ? err.message : `${operand}: ${describe(err)}`);
      }
    }
  }
  return { files, failed };
}
