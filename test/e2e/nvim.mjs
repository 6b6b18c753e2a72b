// Neovim scenario: `nvim --headless` (0.7) with test/e2e/nvim/init.lua attaches
// `node bin/k8sense.js lsp --stdio` to a fixture; check.lua prints diagnostics, capabilities
// and a hover answer; this module asserts on them.
import fs from 'node:fs';
import path from 'node:path';
import { run } from './lib/util.mjs';

const HERE = path.dirname(new URL(import.meta.url).pathname);

/** The environment of a Neovim with a home of its own (created), so no user config or state leaks in. */
function nvimHome(home) {
  fs.mkdirSync(home, { recursive: true });
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_STATE_HOME: path.join(home, 'state'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
  };
}

export async function runNeovim({ root, fixtures, runDir, file, expected, hoverAt, check, features, logFile }) {
  const home = path.join(runDir, 'nvim-home');
  const env = {
    ...nvimHome(home),
    E2E_SERVER_CMD: JSON.stringify([process.execPath, path.join(root, 'bin/k8sense.js'), 'lsp', '--stdio']),
    E2E_ROOT: fixtures,
    E2E_HOVER_LINE: String(hoverAt.line),
    E2E_HOVER_COL: String(hoverAt.column),
  };
  const t0 = Date.now();
  const r = await run(
    'nvim',
    [
      '--headless',
      '-i',
      'NONE',
      '-n',
      '-u',
      path.join(HERE, 'nvim/init.lua'),
      path.join(fixtures, file),
      '-c',
      `luafile ${path.join(HERE, 'nvim/check.lua')}`,
    ],
    { env, cwd: fixtures, timeout: 45000 },
  );
  const wallMs = Date.now() - t0;
  fs.writeFileSync(logFile, r.out);
  const records = (tag) =>
    r.out
      .split(/\r?\n/)
      .filter((l) => l.startsWith(tag + ' '))
      .map((l) => JSON.parse(l.slice(tag.length + 1)));
  const luaError = r.out.split(/\r?\n/).find((l) => l.startsWith('LUA_ERROR'));
  const [caps] = records('CAPS');
  const diags = records('DIAG');
  const [hover] = records('HOVER');
  const [timing] = records('TIMING');
  const SEV = { error: 1, warning: 2, info: 3, hint: 4 };

  await check('neovim: language server attaches over stdio', async () => {
    if (luaError) throw new Error(luaError);
    if (r.code !== 0) throw new Error(`nvim exited with ${r.code}: ${r.out.slice(-800)}`);
    if (!caps || !caps.attached) throw new Error(`no LSP client attached: ${r.out.slice(-800)}`);
    return `nvim ${wallMs} ms in all; hover=${caps.hover} completion=${caps.completion}`;
  });

  await check(`neovim: diagnostics on ${file} (line + message + severity)`, async () => {
    const problems = [];
    const left = [...diags];
    for (const want of expected) {
      const i = left.findIndex(
        (d) =>
          d.line === want.line &&
          d.severity === SEV[want.severity] &&
          (want.message !== undefined ? d.message === want.message : new RegExp(want.messageMatch).test(d.message)),
      );
      if (i >= 0) left.splice(i, 1);
      else problems.push(`missing line ${want.line} ${want.severity}: ${want.message ?? want.messageMatch}`);
    }
    for (const d of left) problems.push(`unexpected line ${d.line}: ${d.message}`);
    if (problems.length) throw new Error(problems.join('; '));
    return `${diags.length} diagnostic(s), first after ${Math.round(timing?.first_diagnostics_ms ?? -1)} ms`;
  });

  // Hover: the request must be answered; its content is asserted once the server announces
  // hoverProvider (E2E_EXPECT_HOVER=1 forces it).
  const hoverExpected = features.hover || caps?.hover || process.env.E2E_EXPECT_HOVER === '1';
  await check(
    `neovim: hover request at ${hoverAt.line}:${hoverAt.column} ${hoverExpected ? 'returns content' : 'is answered'}`,
    async () => {
      if (!hover) throw new Error('no HOVER line printed');
      if (!hover.answered) throw new Error(`hover request not answered: ${hover.error ?? ''}`);
      const text = hoverText(hover.contents);
      if (hoverExpected) {
        if (!text.trim()) throw new Error('server announces hoverProvider but the hover is empty');
        if (hoverAt.expect && !new RegExp(hoverAt.expect, 'i').test(text)) {
          throw new Error(`expected /${hoverAt.expect}/i in hover: ${JSON.stringify(text.slice(0, 200))}`);
        }
        return `${Math.round(timing.hover_ms)} ms: ${JSON.stringify(text.slice(0, 100))}`;
      }
      return `answered in ${Math.round(timing.hover_ms)} ms${hover.error ? ` (error: ${hover.error.split('\n')[0].slice(0, 80)})` : ''}; content ${text ? 'present' : 'empty'} (not asserted: no hoverProvider yet)`;
    },
  );
  return { firstDiagnosticsMs: timing?.first_diagnostics_ms, wallMs };
}

function hoverText(c) {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map(hoverText).join('\n');
  return String(c.value ?? '');
}

/** Navigation in Neovim: vim.lsp.buf.definition() from a claimName, vim.lsp.buf.rename() of the claim (nvim/nav.lua). */
export async function runNeovimNavigation({ root, fixtures, runDir, check, logFile }) {
  const home = path.join(runDir, 'nvim-nav-home');
  const env = {
    ...nvimHome(home),
    E2E_SERVER_CMD: JSON.stringify([process.execPath, path.join(root, 'bin/k8sense.js'), 'lsp', '--stdio']),
    E2E_ROOT: fixtures,
  };
  const r = await run(
    'nvim',
    [
      '--headless',
      '-i',
      'NONE',
      '-n',
      '-u',
      path.join(HERE, 'nvim/init.lua'),
      path.join(fixtures, 'nav/app.yaml'),
      '-c',
      `luafile ${path.join(HERE, 'nvim/nav.lua')}`,
    ],
    { env, cwd: fixtures, timeout: 45000 },
  );
  fs.writeFileSync(logFile, r.out);
  const record = (tag) => {
    const line = r.out.split(/\r?\n/).find((l) => l.startsWith(tag + ' '));
    return line ? JSON.parse(line.slice(tag.length + 1)) : undefined;
  };
  const luaError = r.out.split(/\r?\n/).find((l) => l.startsWith('LUA_ERROR'));
  const def = record('DEF');
  const renamed = record('RENAME');
  await check("neovim: vim.lsp.buf.definition() on a claimName opens the claim's file at its name", async () => {
    if (luaError) throw new Error(luaError);
    if (!def) throw new Error(`no DEF line: ${r.out.slice(-600)}`);
    if (def.file !== 'storage.yaml' || def.line !== 4 || def.column !== 9)
      throw new Error(`landed at ${JSON.stringify(def)}, expected storage.yaml 4:9`);
    return `${def.file}:${def.line}:${def.column}`;
  });
  await check('neovim: vim.lsp.buf.rename() renames the claim in both files', async () => {
    if (luaError) throw new Error(luaError);
    if (!renamed) throw new Error(`no RENAME line: ${r.out.slice(-600)}`);
    if (renamed.storage !== '  name: notes-files' || renamed.app !== '            claimName: notes-files')
      throw new Error(`after rename: ${JSON.stringify(renamed)}`);
    return `storage.yaml ${JSON.stringify(renamed.storage)}, app.yaml ${JSON.stringify(renamed.app)} (buffers, not saved)`;
  });
}

/**
 * The README's Neovim snippets, as written there: the 0.7 one (this machine's Neovim) is the init file of a
 * run over two project roots — a folder with `.git` and one with `kustomization.yaml` — and must attach all
 * YAML buffers of a root to one client with that root; the 0.8+ one (vim.lsp.start) must be valid Lua.
 * Only the server path of `cmd` is replaced, so the README cannot drift from what is tested.
 */
export async function runNeovimReadme({ root, runDir, check, logFile }) {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```lua\n([\s\S]*?)```/g)].map((m) => m[1]);
  const v07 = blocks.find((b) => b.includes('vim.lsp.start_client('));
  const v08 = blocks.find((b) => b.includes('vim.lsp.start({'));
  const CMD = `'node', '/path/to/k8sense/bin/k8sense.js'`;
  const ours = `${JSON.stringify(process.execPath)}, ${JSON.stringify(path.join(root, 'bin/k8sense.js'))}`;
  fs.mkdirSync(path.join(runDir, 'nvim-readme'), { recursive: true });
  // Neovim reports roots with symlinks resolved (.cache may be one)
  const dir = fs.realpathSync(path.join(runDir, 'nvim-readme'));
  const a = path.join(dir, 'project-a');
  const b = path.join(dir, 'project-b');
  fs.mkdirSync(path.join(a, '.git'), { recursive: true });
  fs.mkdirSync(path.join(a, 'sub'), { recursive: true });
  fs.mkdirSync(b, { recursive: true });
  fs.writeFileSync(path.join(b, 'kustomization.yaml'), 'resources:\n  - pod.yaml\n');
  const configMap = (name) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  key: value\n`;
  const files = [path.join(a, 'one.yaml'), path.join(a, 'sub/two.yaml'), path.join(b, 'pod.yaml')];
  fs.writeFileSync(files[0], configMap('one'));
  fs.writeFileSync(files[1], configMap('two'));
  // no tag (k8s/image-tag, turned off by the snippet's init_options) and a misspelt field (reported)
  fs.writeFileSync(
    files[2],
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx\n      imagePullPolice: Always\n',
  );
  const init = path.join(dir, 'init.lua');
  fs.writeFileSync(init, (v07 ?? '').replace(CMD, ours));
  const home = path.join(dir, 'home');
  const env = {
    ...nvimHome(home),
    E2E_README_FILES: JSON.stringify(files),
    E2E_README_08: v08 ?? '',
  };
  const r =
    v07 && v07.includes(CMD)
      ? await run('nvim', ['--headless', '-i', 'NONE', '-n', '-u', init, files[0], '-c', `luafile ${path.join(HERE, 'nvim/readme.lua')}`], {
          env,
          cwd: dir,
          timeout: 45000,
        })
      : { code: -1, out: '' };
  fs.writeFileSync(logFile, r.out);
  const lines = r.out.split(/\r?\n/);
  const records = (tag) => lines.filter((l) => l.startsWith(tag + ' ')).map((l) => JSON.parse(l.slice(tag.length + 1)));
  const luaError = lines.find((l) => l.startsWith('LUA_ERROR'));
  const bufs = records('BUF');
  const diags = records('DIAG');
  const [clients] = records('CLIENTS');
  const [parse08] = records('PARSE08');

  await check(
    "neovim: the README's 0.7 snippet starts one client per root (.git, kustomization.yaml) and attaches every YAML buffer",
    async () => {
      if (!v07) throw new Error('README.md has no ```lua block with vim.lsp.start_client(');
      if (!v07.includes(CMD))
        throw new Error(`the README's 0.7 snippet no longer has cmd = { ${CMD}, … }: update test/e2e/nvim.mjs with it`);
      if (luaError) throw new Error(luaError);
      if (r.code !== 0) throw new Error(`nvim exited with ${r.code}: ${r.out.slice(-600)}`);
      const [one, two, pod] = bufs;
      const show = JSON.stringify(bufs.map((x) => ({ file: path.relative(dir, x.file), clients: x.clients, roots: x.roots })));
      if (bufs.length !== 3 || bufs.some((x) => x.clients.length !== 1)) throw new Error(`each buffer needs exactly one client: ${show}`);
      if (one.clients[0] !== two.clients[0] || one.roots[0] !== a)
        throw new Error(`project-a's two files need one client with root ${a}: ${show}`);
      if (pod.clients[0] === one.clients[0] || pod.roots[0] !== b)
        throw new Error(`project-b needs its own client with root ${b}: ${show}`);
      if (clients !== 2) throw new Error(`${clients} clients running, expected 2: ${show}`);
      return `2 clients for 3 buffers: project-a (one.yaml, sub/two.yaml) → client ${one.clients[0]}, project-b (pod.yaml) → client ${pod.clients[0]}`;
    },
  );

  await check("neovim: the README snippet's init_options reach the server (k8sense.rules: image-tag off)", async () => {
    if (luaError) throw new Error(luaError);
    const codes = diags.map((d) => d.code);
    if (!codes.includes('schema/unknown-field')) throw new Error(`pod.yaml diagnostics: ${JSON.stringify(diags)}`);
    if (codes.includes('k8s/image-tag'))
      throw new Error(`k8s/image-tag reported although the snippet turns it off: ${JSON.stringify(diags)}`);
    return `pod.yaml: ${diags.map((d) => `${d.line}: [${d.code}]`).join(', ')}; no [k8s/image-tag]`;
  });

  await check("neovim: the README's 0.8+ snippet (vim.lsp.start) is valid Lua (this Neovim is 0.7: not run)", async () => {
    if (!v08) throw new Error('README.md has no ```lua block with vim.lsp.start({');
    if (!parse08) throw new Error(`no PARSE08 line: ${r.out.slice(-400)}`);
    if (!parse08.ok) throw new Error(`does not parse: ${parse08.error}`);
    return 'parses (loadstring)';
  });
}
