// Bad input never crashes the engine: every example file, cut short at many points and with junk typed
// into it, is parsed, validated, completed and hovered at many positions without throwing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getLanguageService } from '../../server/src/languageService';
import { ROOT } from '../helpers/lspClient';

const service = getLanguageService();

function examples(dir = join(ROOT, 'examples'), out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) examples(full, out);
    else if (name.endsWith('.yaml')) out.push(full);
  }
  return out;
}

/** A small deterministic generator, so a failure reproduces. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const JUNK = [
  ':',
  '- ',
  '\t',
  '{',
  '[',
  '"',
  "'",
  '*a',
  '&a ',
  '<<: ',
  '|',
  '>',
  '---\n',
  '\n',
  '  ',
  '#',
  '%',
  '!!str ',
  '? ',
  '\u0000',
  '\uFFFD',
];

function exercise(text: string): void {
  const file = service.parse(text);
  service.validate(file, { requireKubernetes: true });
  const lines = text.split('\n');
  for (let line = 0; line < lines.length + 1; line += 2) {
    for (const character of [0, 2, 4, 7, 12, 40]) {
      service.complete(file, { line, character });
      service.hover(file, { line, character });
    }
  }
}

for (const path of examples()) {
  test(`no crash on mangled ${path.slice(ROOT.length + 1)}`, () => {
    const text = readFileSync(path, 'utf8');
    const random = rng(text.length);
    for (let i = 0; i < 12; i++) {
      const cut = Math.floor(random() * text.length);
      const junk = JUNK[Math.floor(random() * JUNK.length)];
      assert.doesNotThrow(() => exercise(text.slice(0, cut)), `cut at ${cut}`);
      assert.doesNotThrow(() => exercise(text.slice(0, cut) + junk + text.slice(cut)), `${JSON.stringify(junk)} at ${cut}`);
    }
  });
}
