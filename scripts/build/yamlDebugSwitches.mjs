// esbuild plugin for the `yaml` package's Node build: its parser and composer read
// process.env.LOG_TOKENS / LOG_STREAM (debug printing) once per lexical token, a C++ call each,
// ~15% of a parse. The bundle reads them as unset; nothing else of the package changes.
import { readFile } from 'node:fs/promises';

const FILES = /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](?:parse[\\/]parser|compose[\\/]composer)\.js$/;
const SWITCH = /\bnode_process\.env\.(?:LOG_TOKENS|LOG_STREAM)\b/g;

export const yamlDebugSwitches = {
  name: 'yaml-debug-switches',
  setup(build) {
    build.onLoad({ filter: FILES }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(SWITCH, 'undefined');
      // A new yaml release that moved the switches must not pass silently.
      if (contents === source)
        throw new Error(`yaml-debug-switches: no debug switch found in ${args.path}; update scripts/build/yamlDebugSwitches.mjs`);
      return { contents, loader: 'js' };
    });
  },
};
