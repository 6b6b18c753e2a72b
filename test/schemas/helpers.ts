// Shared by test/schemas/*: makes sure schemas/generated/kubernetes.json is there and fresh.
import * as path from 'node:path';
import { setSchemaBundlePath } from '../../server/src/schema';

export const REPO = path.resolve(__dirname, '..', '..');
export const BUNDLE = path.join(REPO, 'schemas', 'generated', 'kubernetes.json');

export async function ensureBundle(): Promise<void> {
  const gen = await import('../../schemas/generate.mjs');
  if (gen.isStale(BUNDLE)) await gen.generate({ out: BUNDLE, quiet: true });
  setSchemaBundlePath(BUNDLE);
}
