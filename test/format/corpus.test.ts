// Formatting every file of the real-world corpus (../shared/corpus) that parses: formatting is
// idempotent, keeps every comment, and the result decodes (YAML 1.1, our own reader) to the same objects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Lexer } from 'yaml';
import { getLanguageService } from '../../server/src/languageService';
import { applyEdits } from './apply';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const service = getLanguageService();

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yamlFiles(full, out);
    else if (/\.ya?ml$/i.test(name)) out.push(full);
  }
  return out;
}

/** The comments of a text, in order (lexer tokens that start with `#`). */
function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((t) => t.startsWith('#')).map((t) => t.trimEnd());
}

function decoded(text: string): unknown[] {
  return service.parse(text).documents.map((d) => d.toJS().value);
}

async function formatted(text: string): Promise<string> {
  return applyEdits(text, await service.format(service.parse(text), { tabSize: 2 }));
}

test(
  'corpus: formatting twice equals formatting once, comments and YAML 1.1 values are kept',
  { skip: !existsSync(CORPUS) && 'no ../shared/corpus' },
  async () => {
    const failures: string[] = [];
    let parsed = 0;
    let changed = 0;
    for (const path of yamlFiles(CORPUS)) {
      const text = readFileSync(path, 'utf8');
      const file = service.parse(text);
      if (file.documents.some((d) => d.doc.errors.length > 0)) continue;
      parsed++;
      const once = await formatted(text);
      if (once !== text) changed++;
      const twice = await formatted(once);
      const name = relative(CORPUS, path);
      if (twice !== once) failures.push(`${name}: not idempotent`);
      if (!isDeepStrictEqual(decoded(once), decoded(text))) failures.push(`${name}: decodes differently`);
      if (!isDeepStrictEqual(comments(once), comments(text))) failures.push(`${name}: comments changed`);
    }
    assert.deepEqual(failures, []);
    assert.ok(parsed > 500, `${parsed} files parsed`);
    assert.ok(changed > 100, `${changed} files were reformatted (the formatter did something)`);
  },
);
