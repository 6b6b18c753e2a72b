// The server's open-document text (EditedText) against vscode-languageserver-textdocument: the same
// changes give the same text, lines, offsets and positions — only the cost of a change differs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { EditedText } from '../../server/src/editedText';

function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const PIECES = ['a', 'b: c', '\n', '\r\n', '\r', '  ', '---\n', 'xyz\n  k: v\r\n', '', 'é', '😀'];

test('random incremental and full changes (CRLF, lone CR, characters past a line end, reversed ranges) give what TextDocument gives', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const pick = random(seed);
    const start = 'apiVersion: v1\r\nkind: ConfigMap\nmetadata:\r  name: x\n';
    const reference = TextDocument.create('file:///a.yaml', 'yaml', 1, start);
    const edited = EditedText.create('file:///a.yaml', 'yaml', 1, start);
    for (let step = 0; step < 60; step++) {
      // A batch of changes, each on the text the previous ones left (as a client sends them).
      const changes: TextDocumentContentChangeEvent[] = [];
      for (let n = 1 + pick(4); n > 0; n--) {
        const text = Array.from({ length: pick(4) }, () => PIECES[pick(PIECES.length)]).join('');
        // Lines the text has (characters past a line's end included); reversed ranges too.
        const pos = () => ({ line: pick(reference.lineCount), character: pick(14) });
        const change = pick(40) === 0 ? { text } : { range: { start: pos(), end: pos() }, text };
        changes.push(change);
        TextDocument.update(reference, [change], step + 2);
      }
      EditedText.update(edited, changes, step + 2);
      // Read only now and then: pieces pile up between reads, as in a burst.
      if (pick(3) === 0 || step === 59) {
        const where = `seed ${seed} step ${step}`;
        assert.equal(edited.getText(), reference.getText(), where);
        assert.equal(edited.lineCount, reference.lineCount, where);
        assert.equal(edited.version, reference.version, where);
        for (let k = 0; k < 6; k++) {
          const offset = pick(reference.getText().length + 3) - 1;
          assert.deepEqual(edited.positionAt(offset), reference.positionAt(offset), `${where} positionAt(${offset})`);
          const position = { line: pick(reference.lineCount + 1), character: pick(12) };
          assert.equal(edited.offsetAt(position), reference.offsetAt(position), `${where} offsetAt`);
        }
        for (const line of [-1, 0, 1, reference.lineCount - 1, reference.lineCount]) {
          assert.deepEqual(edited.getLineRange(line), reference.getLineRange(line), `${where} getLineRange(${line})`);
          assert.equal(edited.getEOLCharacters(line), reference.getEOLCharacters(line), `${where} getEOLCharacters(${line})`);
        }
        const range = { start: reference.positionAt(1), end: reference.positionAt(9) };
        assert.equal(edited.getText(range), reference.getText(range), where);
      }
    }
  }
});
