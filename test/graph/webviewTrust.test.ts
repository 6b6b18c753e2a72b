// What the graph webview posts is checked field by field before the extension acts on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cspNonce, parseFromWebview } from '../../client/src/webviewTrust';

test('the two messages the webview sends are accepted as they are', () => {
  assert.deepEqual(parseFromWebview({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(parseFromWebview({ type: 'reveal', line: 12 }), { type: 'reveal', line: 12 });
});

test('a reveal without a usable line, unknown types, extra fields and non-objects are ignored', () => {
  for (const raw of [
    { type: 'reveal', line: 'abc' },
    { type: 'reveal', line: NaN },
    { type: 'reveal', line: -1 },
    { type: 'reveal', line: 1.5 },
    { type: 'reveal', line: 2 ** 60 },
    { type: 'reveal' },
    { type: 'reveal', line: 3, command: 'workbench.action.terminal.new' },
    { type: 'ready', extra: true },
    { type: 'openFile', path: '/etc/passwd' },
    ['reveal', 1],
    'reveal',
    null,
    undefined,
    42,
  ]) {
    assert.equal(parseFromWebview(raw), undefined, JSON.stringify(raw) ?? String(raw));
  }
});

test('the CSP nonce is 128 random bits, different every time', () => {
  const nonces = new Set(Array.from({ length: 200 }, cspNonce));
  assert.equal(nonces.size, 200);
  for (const n of nonces) assert.equal(Buffer.from(n, 'base64').length, 16);
});
