// Build step: ajv standalone validators for the common built-in kinds (server/src/validate/precompile.ts),
// bundled into <dist>/schemas/kubernetes.validators.js, which dist/*.js load on their first validation.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function buildValidators({ root, distDir, bundleFile, minify = false }) {
  // The generator is TypeScript that shares its ajv options with the runtime: bundle it, then run it.
  const tmp = mkdtempSync(join(tmpdir(), 'k8sense-precompile-'));
  try {
    const generator = join(tmp, 'precompile.js');
    await build({
      entryPoints: [join(root, 'server/src/validate/precompile.ts')],
      outfile: generator,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'warning',
    });
    const { precompileBundle } = createRequire(generator)(generator);
    const { source } = precompileBundle(bundleFile, './formats');
    await build({
      stdin: { contents: source, resolveDir: join(root, 'server/src/validate'), sourcefile: 'kubernetes.validators.js', loader: 'js' },
      outfile: join(distDir, 'schemas', 'kubernetes.validators.js'),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify,
      minifySyntax: true,
      legalComments: 'none',
      logLevel: 'warning',
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
