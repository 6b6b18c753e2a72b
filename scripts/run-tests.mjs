// Runs every test file under test/ (except the end-to-end suite) with node's test runner, through tsx.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const only = process.argv.slice(2);

function find(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'e2e' && name !== 'fixtures' && name !== 'node_modules') find(full, out);
    } else if (/\.test\.(ts|mjs|js)$/.test(name)) out.push(relative(root, full));
  }
  return out;
}

const files = find(join(root, 'test'), []).filter((f) => !only.length || only.some((o) => f.includes(o)));
if (!files.length) {
  console.error('no test files found');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
