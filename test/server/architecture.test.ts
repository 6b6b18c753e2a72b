import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/lspClient';

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) sources(full, out);
    else if (name.endsWith('.ts')) out.push(full);
  }
  return out;
}

test('the engine has no editor imports: only server.ts speaks LSP, nothing imports vscode', () => {
  const offenders: string[] = [];
  for (const file of sources(join(ROOT, 'server', 'src'))) {
    const rel = relative(join(ROOT, 'server', 'src'), file);
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const spec of imports) {
      if (spec === 'vscode') offenders.push(`${rel} imports vscode`);
      if (spec.startsWith('vscode-languageserver/') || spec === 'vscode-languageserver') {
        if (rel !== 'server.ts') offenders.push(`${rel} imports ${spec}`);
      }
    }
  }
  assert.deepEqual(offenders, []);
});
