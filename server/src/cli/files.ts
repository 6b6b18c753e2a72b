import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface InputFile {
  /** As given on the command line, or found in a directory. */
  path: string;
  text: string;
  /** Named on the command line (checked even when it does not look like Kubernetes). */
  explicit: boolean;
}

export class InputError extends Error {}

const YAML = /\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(full, out);
    } else if (e.isFile() && YAML.test(e.name)) out.push(full);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(buf: Buffer, name: string): string {
  try {
    return utf8.decode(buf).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`${name}: not UTF-8 text (Kubernetes manifests must be UTF-8)`);
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
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}

/** Resolve the command line's operands to files with their text; I/O problems throw InputError. */
export async function readInputs(operands: string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const operand of operands) {
    if (operand === '-') {
      files.push({ path: '-', text: decode(await readStdin(), '<stdin>'), explicit: true });
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(operand);
    } catch (err) {
      throw new InputError(`${operand}: ${describe(err)}`);
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      try {
        await walk(operand, found);
      } catch (err) {
        throw new InputError(`${operand}: ${describe(err)}`);
      }
      for (const f of found) {
        try {
          files.push({ path: f, text: decode(await fs.readFile(f), f), explicit: false });
        } catch (err) {
          // Found by a directory walk, not asked for by name: say so and go on.
          process.stderr.write(`k8sense: skipped ${err instanceof InputError ? err.message : `${f}: ${describe(err)}`}\n`);
        }
      }
    } else {
      let buf: Buffer;
      try {
        buf = await fs.readFile(operand);
      } catch (err) {
        throw new InputError(`${operand}: ${describe(err)}`);
      }
      files.push({ path: operand, text: decode(buf, operand), explicit: true });
    }
  }
  return files;
}
