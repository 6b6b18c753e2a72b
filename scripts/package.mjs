// Builds for production and packs the extension into k8sense.vsix with @vscode/vsce, then prints its
// size. Dependencies are bundled into dist/, so the package carries no node_modules.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production']);
run(process.execPath, [
  join(root, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package',
  '--no-dependencies',
  '--skip-license',
  '--allow-missing-repository',
  // The README's screenshots live in the repository, not in the package.
  '--no-rewrite-relative-links',
  '--out',
  join(root, 'k8sense.vsix'),
]);
const size = statSync(join(root, 'k8sense.vsix')).size;
console.log(`k8sense.vsix: ${(size / 1024).toFixed(0)} KiB`);
