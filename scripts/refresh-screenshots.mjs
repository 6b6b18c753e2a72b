#!/usr/bin/env node
// Copies the screenshots of the last e2e run (test-results/screenshots/, git-ignored) over the
// README's and docs' copies in docs/screenshots/. The e2e run never writes there itself, so that
// `.ci/run` leaves the working tree clean; refresh them on purpose, look at them, commit them.
//
//   npm run test:e2e && node scripts/refresh-screenshots.mjs [name.png …]   (names: only those)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(root, 'test-results', 'screenshots');
const to = path.join(root, 'docs', 'screenshots');
if (!fs.existsSync(from)) {
  console.error(`no screenshots in ${path.relative(root, from)}/: run npm run test:e2e first`);
  process.exit(2);
}
const only = process.argv.slice(2);
const tracked = fs.readdirSync(to).filter((f) => f.endsWith('.png') && (!only.length || only.includes(f)));
const taken = new Set(fs.readdirSync(from).filter((f) => f.endsWith('.png') && (!only.length || only.includes(f))));
const missing = (only.length ? only : tracked).filter((f) => !taken.has(f));
for (const f of taken) fs.copyFileSync(path.join(from, f), path.join(to, f));
if (only.length && missing.length) {
  console.error(`not taken by the last run: ${missing.join(', ')}`);
  process.exit(2);
}
console.log(
  `copied ${taken.size} screenshots to ${path.relative(root, to)}/${missing.length ? `; not taken by this run: ${missing.join(', ')}` : ''}`,
);
