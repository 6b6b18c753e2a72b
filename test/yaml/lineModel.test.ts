// Lines break where LSP clients (and kubectl) break them: `\n`, `\r\n` and a lone `\r`. A file with
// either line end gets the same diagnostics, hovers and fixes, at the same positions, as with `\n`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getLanguageService } from '../../server/src/languageService';
import { LineIndex } from '../../server/src/yaml/lineIndex';
import { ROOT } from '../helpers/lspClient';
import { diagnose } from '../helpers/engine';

const service = getLanguageService();

function examples(dir = join(ROOT, 'examples'), out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) examples(full, out);
    else if (name.endsWith('.yaml')) out.push(full);
  }
  return out;
}

test('the line index breaks at \\n, \\r\\n and a lone \\r; a position inside a line break is the line end', () => {
  const lines = new LineIndex('a\rbb\r\nccc\nd');
  assert.equal(lines.lineCount, 4);
  assert.deepEqual(
    [0, 1, 2, 3].map((l) => lines.lineText(l)),
    ['a', 'bb', 'ccc', 'd'],
  );
  assert.deepEqual(lines.positionAt(2), { line: 1, character: 0 });
  // Offsets 4 and 5 are the `\r\n`: both are the end of "bb".
  assert.deepEqual(
    [lines.positionAt(4), lines.positionAt(5)],
    [
      { line: 1, character: 2 },
      { line: 1, character: 2 },
    ],
  );
  assert.equal(lines.offsetAt({ line: 1, character: 99 }), 4);
  assert.equal(lines.offsetAt({ line: 2, character: 0 }), 6);
});

test('after a comment ended by a lone CR the next line is read as YAML, at its own line', () => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x # note\r  nmae: y\n';
  assert.deepEqual(diagnose(text), diagnose(text.replace('\r', '\n')));
  assert.ok(diagnose(text).some((d) => d.at.startsWith('5:3-') && d.code === 'schema/unknown-field'));
});

for (const path of examples()) {
  const name = path.slice(ROOT.length + 1);
  test(`${name} with CRLF and with lone CR line ends: the same diagnostics and hovers as with LF`, () => {
    const lf = readFileSync(path, 'utf8');
    for (const text of [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) {
      assert.deepEqual(diagnose(text), diagnose(lf));
      const a = service.parse(lf);
      const b = service.parse(text);
      for (let line = 0; line < a.lines.lineCount; line += 3) {
        for (const character of [2, 6, 12]) {
          assert.deepEqual(
            service.hover(b, { line, character })?.range,
            service.hover(a, { line, character })?.range,
            `${line}:${character}`,
          );
        }
      }
    }
  });
}
