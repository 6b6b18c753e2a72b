// A quick fix is offered only when applying it leaves the YAML no more broken than it was (the
// fuzzer found tab, indentation, missing-space and rename fixes that made broken files worse).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';

const service = getLanguageService();
const URI = 'file:///t.yaml';

function titles(text: string, withFile: boolean): string[] {
  const file = service.parse(text);
  const diagnostics = service.validate(file, { requireKubernetes: true });
  const all = { start: { line: 0, character: 0 }, end: { line: file.lines.lineCount, character: 0 } };
  return service.codeActions(URI, all, diagnostics, withFile ? file : undefined).map((a) => a.title);
}

test('an indentation fix that would leave the mapping more broken is not offered', () => {
  // The fuzzer's shrunk input: indenting the "-" 4 spaces makes two errors of one.
  const text = '    : \n    r: P\n     - : ';
  assert.deepEqual(titles(text, false), ['Indent "-" 4 spaces']);
  assert.deepEqual(titles(text, true), []);
});

test('a missing-space fix that would turn text into a syntax error ("type:]") is not offered', () => {
  // The fuzzer's shrunk input: one plain scalar, valid YAML as it is.
  assert.deepEqual(titles('type:]\n', false), ['Insert a space after "type:"']);
  assert.deepEqual(titles('type:]\n', true), []);
});

test('fixes that mend the mistake are still offered', () => {
  assert.deepEqual(titles('apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n', true), ['Replace tabs with 2 spaces']);
  assert.ok(titles('apiVersion:v1\nkind: Pod\nmetadata:\n  name: x\n', true).includes('Insert a space after "apiVersion:"'));
});
