// esbuild plugin: our sources import the `yaml` package (CommonJS) through a small ES module of
// plain constants. Imported from CommonJS directly, each call (isScalar(node), ...) would go through
// a getter esbuild defines per export; the rules make millions of such calls (~20% of their time).
// The package itself is bundled unchanged.
import { createRequire } from 'node:module';

export function yamlBindings(root) {
  const require = createRequire(`${root}/package.json`);
  const entry = require.resolve('yaml');
  const names = Object.keys(require('yaml')).filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n));
  return {
    name: 'yaml-bindings',
    setup(build) {
      // The package's Node entry only (the webview's browser bundle resolves `yaml` its own way).
      if (build.initialOptions.platform !== 'node') return;
      build.onResolve({ filter: /^yaml$/ }, () => ({ path: 'yaml', namespace: 'yaml-bindings' }));
      build.onLoad({ filter: /.*/, namespace: 'yaml-bindings' }, () => ({
        contents: `const yaml = require(${JSON.stringify(entry)});\nexport const { ${names.join(', ')} } = yaml;\nexport default yaml;\n`,
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}
