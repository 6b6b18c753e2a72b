import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLanguageService } from '../../server/src/languageService';
import { ROOT } from '../helpers/lspClient';
import { ELSEWHERE, EXAMPLES } from './fixExamples';
import { fixTitlesInSource } from './fixTitles';

// The audit: every fix the engine can offer has a test stating its exact resulting text. The titles are
// found in the source (test/fixes/fixTitles.ts), so a new fix without an example here fails.

const service = getLanguageService();
const URI = 'file:///audit.yaml';

/** A title template as written in the source (`Change to "${guess}"`) as a pattern for rendered titles. */
function titlePattern(template: string): RegExp {
  const parts: string[] = [];
  let i = 0;
  let literal = '';
  while (i < template.length) {
    if (template.startsWith('${', i)) {
      let depth = 1;
      let j = i + 2;
      for (; j < template.length && depth; j++) depth += template[j] === '{' ? 1 : template[j] === '}' ? -1 : 0;
      parts.push(literal.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&'), '.*');
      literal = '';
      i = j;
    } else literal += template[i++];
  }
  parts.push(literal.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&'));
  return new RegExp(`^${parts.join('')}$`, 's');
}

const inSource = fixTitlesInSource(ROOT);

test('the audit finds the fix titles of the engine (the scan itself works)', () => {
  // Fixes of each kind of code path: syntax, duplicate keys, schema, identity, migration, a rule, a reference.
  for (const known of [
    'server/src/syntax/syntaxProblems.ts | Replace tabs with ${spaces(target)}',
    'server/src/syntax/duplicateKeys.ts | Remove the first "${name}" (kubectl ignores it and keeps the last)',
    'server/src/validate/messages.ts | Rename to "${suggestion}"',
    'server/src/validate/identity.ts | Add apiVersion: ${suggestion}',
    'server/src/validate/migrate.ts | Migrate to ${replacement}',
    'server/src/rules/restartPolicy.ts | Add "restartPolicy: Never"',
    'server/src/rules/reference.ts | Create ${fact.targetKind} "${fact.name}" in this file',
  ])
    assert.ok(inSource.includes(known), known);
  // A rule's own title is not a fix.
  assert.equal(
    inSource.some((k) => k.endsWith('| restartPolicy fits the kind of object')),
    false,
  );
});

test('every fix title in the engine has an example with its exact output (or names the test that has one)', () => {
  const missing = inSource.filter((k) => !EXAMPLES[k] && !ELSEWHERE[k]);
  assert.deepEqual(
    missing,
    [],
    'add an example to test/fixes/fixExamples.ts: the input, the diagnostic code and the exact text after the fix',
  );
  const stale = [...Object.keys(EXAMPLES), ...Object.keys(ELSEWHERE)].filter((k) => !inSource.includes(k));
  assert.deepEqual(stale, [], 'these examples name a fix title the source no longer has');
  for (const [key, file] of Object.entries(ELSEWHERE)) {
    const title = key.split(' | ')[1];
    assert.ok(readFileSync(join(ROOT, file), 'utf8').includes(title), `${file} should state the result of "${title}"`);
  }
});

for (const [key, examples] of Object.entries(EXAMPLES)) {
  examples.forEach((e, i) => {
    test(`fix ${key}${examples.length > 1 ? ` #${i + 1}` : ''}: "${e.title}" gives its exact text`, () => {
      assert.match(e.title, titlePattern(key.slice(key.indexOf(' | ') + 3)), 'the example shows a title of this template');
      const file = service.parse(e.text);
      const diagnostics = service.validate(file, {}).filter((d) => d.code === e.code);
      const actions = diagnostics.flatMap((d) => service.codeActions(URI, d.range, [d], file)).filter((a) => a.title === e.title);
      assert.equal(
        actions.length,
        1,
        `one "${e.title}" on ${e.code}; offered: ${diagnostics.flatMap((d) => service.codeActions(URI, d.range, [d])).map((a) => a.title)}`,
      );
      const [action] = actions;
      assert.equal(action.isPreferred === true, e.preferred, 'preferred');
      const edits = [...action.edit!.changes![URI]].sort((a, b) => file.lines.offsetAt(b.range.start) - file.lines.offsetAt(a.range.start));
      let out = e.text;
      for (const edit of edits)
        out = out.slice(0, file.lines.offsetAt(edit.range.start)) + edit.newText + out.slice(file.lines.offsetAt(edit.range.end));
      assert.equal(out, e.output);
    });
  });
}
