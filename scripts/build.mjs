// Bundles the extension client, the language server and the CLI into dist/ with esbuild.
import { build } from 'esbuild';
import { readFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { yamlDebugSwitches } from './build/yamlDebugSwitches.mjs';
import { yamlBindings } from './build/yamlBindings.mjs';
import { buildValidators } from './build/validators.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = join(root, 'dist');
const production = process.argv.includes('--production');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  minify: production,
  minifySyntax: true,
  logLevel: 'warning',
  define: { K8SENSE_VERSION: JSON.stringify(pkg.version) },
  plugins: [yamlDebugSwitches, yamlBindings(root)],
};

await Promise.all([
  // Kubernetes schemas: regenerate if stale, copy to dist/schemas/kubernetes.json; then the
  // common kinds' validators, generated from them (dist/schemas/kubernetes.validators.js).
  import('../schemas/build-step.mjs')
    .then((m) => m.buildSchemas({ distDir: dist }))
    .then((bundleFile) => buildValidators({ root, distDir: dist, bundleFile, minify: production })),
  build({ ...common, entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(dist, 'client.js'), external: ['vscode'] }),
  build({ ...common, entryPoints: [join(root, 'server/src/server.ts')], outfile: join(dist, 'server.js') }),
  build({ ...common, entryPoints: [join(root, 'server/src/cli/main.ts')], outfile: join(dist, 'cli.js') }),
  // The graph view's script, run inside the webview (a browser).
  build({
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    entryPoints: [join(root, 'client/src/webview/graph.ts')],
    outfile: join(dist, 'graph.js'),
  }),
  // The engine alone, for the benchmark (not shipped in the .vsix).
  build({ ...common, entryPoints: [join(root, 'scripts/bench/engine.ts')], outfile: join(dist, 'engine.js') }),
]);
