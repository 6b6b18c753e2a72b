// `npm run demo`: checks the bundled examples. Finding problems in examples/mistakes/ is the point,
// so exit 1 ("errors found") counts as success here; a usage or internal error (2) still fails.
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const r = spawnSync(process.execPath, [join(root, 'bin', 'k8sense.js'), 'check', ...(args.length ? args : ['examples/'])], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status === 0 || r.status === 1 ? 0 : (r.status ?? 2));
