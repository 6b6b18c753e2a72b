// What the graph webview posts is checked field by field before the extension acts on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cspNonce, openTarget, parseFromWebview } from '../../client/src/webviewTrust';

const RANGE = { start: { line: 4, character: 8 }, end: { line: 4, character: 22 } };
const OPEN = { type: 'open', uri: 'file:///work/app/settings.yaml', range: RANGE };

test('the three messages the webview sends are accepted as they are', () => {
  assert.deepEqual(parseFromWebview({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(parseFromWebview({ type: 'reveal', line: 12 }), { type: 'reveal', line: 12 });
  assert.deepEqual(parseFromWebview(OPEN), OPEN);
  // a file on a UNC share (Windows)
  assert.deepEqual(parseFromWebview({ ...OPEN, uri: 'file://server/share/x.yaml' }), { ...OPEN, uri: 'file://server/share/x.yaml' });
  // an empty range (a cursor) and an unsaved document
  const empty = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  assert.deepEqual(parseFromWebview({ type: 'open', uri: 'untitled:Untitled-1', range: empty }), {
    type: 'open',
    uri: 'untitled:Untitled-1',
    range: empty,
  });
});

test('an open with a uri that is not a file, or a range that is not a range, is ignored', () => {
  const at = (line: unknown, character: unknown) => ({ line, character });
  for (const [why, raw] of [
    ['no uri', { type: 'open', range: RANGE }],
    ['uri not a string', { type: 'open', uri: 42, range: RANGE }],
    ['a web address', { ...OPEN, uri: 'https://example.com/x.yaml' }],
    ['a command uri', { ...OPEN, uri: 'command:workbench.action.terminal.new' }],
    ['a relative path', { ...OPEN, uri: '../../etc/passwd' }],
    ['a file uri without slashes', { ...OPEN, uri: 'file:x.yaml' }],
    ['not a uri at all', { ...OPEN, uri: 'file://[' }],
    ['a uri longer than any file', { ...OPEN, uri: `file:///${'a'.repeat(5000)}.yaml` }],
    ['no range', { type: 'open', uri: OPEN.uri }],
    ['range not an object', { ...OPEN, range: [4, 8, 4, 22] }],
    ['range without end', { ...OPEN, range: { start: RANGE.start } }],
    ['range with extra field', { ...OPEN, range: { ...RANGE, uri: 'file:///etc/passwd' } }],
    ['negative line', { ...OPEN, range: { start: at(-1, 0), end: RANGE.end } }],
    ['fractional character', { ...OPEN, range: { start: at(4, 1.5), end: RANGE.end } }],
    ['line as text', { ...OPEN, range: { start: at('4', 8), end: RANGE.end } }],
    ['position with extra field', { ...OPEN, range: { start: { ...RANGE.start, x: 1 }, end: RANGE.end } }],
    ['end before start (line)', { ...OPEN, range: { start: at(5, 0), end: at(4, 22) } }],
    ['end before start (character)', { ...OPEN, range: { start: at(4, 22), end: at(4, 8) } }],
    ['huge line', { ...OPEN, range: { start: at(2 ** 60, 0), end: at(2 ** 60, 0) } }],
    ['extra field', { ...OPEN, command: 'workbench.action.terminal.new' }],
  ] as const) {
    assert.equal(parseFromWebview(raw), undefined, why);
  }
});

test('an open goes only to a file of the graph on screen', () => {
  const graph = {
    nodes: [{ id: 'a', kind: 'ConfigMap', apiVersion: 'v1', name: 'a', line: 4, uri: 'file:///work/app/settings.yaml' }],
    edges: [],
  };
  const open = parseFromWebview(OPEN);
  assert.ok(open?.type === 'open');
  assert.equal(openTarget(open, graph), 'file:///work/app/settings.yaml');
  assert.equal(openTarget({ ...open, uri: 'file:///home/me/.ssh/config' }, graph), undefined);
  assert.equal(openTarget(open, undefined), undefined, 'no graph on screen (an error, or nothing drawn yet)');
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
