#!/usr/bin/env node
'use strict';
// The command line: `k8sense check ...` and `k8sense lsp --stdio`, over the bundled engine in dist/.
const path = require('node:path');
const dist = path.join(__dirname, '..', 'dist');
const args = process.argv.slice(2);

if (args[0] === 'lsp') {
  if (!args.some((a) => a === '--stdio' || a.startsWith('--socket') || a === '--node-ipc')) process.argv.push('--stdio');
  require(path.join(dist, 'server.js')).main();
} else {
  // `k8sense check ... | head`: a reader that stops early is not an error.
  process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  require(path.join(dist, 'cli.js'))
    .run(args)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err) => {
        process.stderr.write(`k8sense: internal error: ${err && err.stack ? err.stack : err}\n`);
        process.exitCode = 2;
      },
    );
}
