// Edits through the server's Workspace: what it publishes after any sequence of edits equals a fresh
// validation of the final texts, and a one-character edit in one document of a 2,000-document file
// re-does the work of that document only (counted, not timed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Workspace } from '../../server/src/workspace/workspace';
import { Model, modelWork } from '../../server/src/model/model';
import { parseFile, parseWork } from '../../server/src/yaml/parse';
import { validateFile, validationWork } from '../../server/src/validation';
import { withDefaults } from '../../server/src/settings';
import { memoWork } from '../../server/src/rules/memo';
import { generateMessyManifest } from '../../scripts/bench/generate.mjs';

const settings = withDefaults({});

/** A Workspace with an editor that opens files and records what is published. */
function workspace() {
  const published = new Map<string, { diagnostics: Diagnostic[]; version?: number }>();
  const ws = new Workspace({
    settings: async () => settings,
    publish: (uri, diagnostics, version) => published.set(uri, { diagnostics, version }),
    notify: () => undefined,
    progress: async () => ({ report: () => undefined, done: () => undefined }),
    isYaml: () => true,
  });
  return { ws, published };
}

/** What a fresh model over the same texts (added in the same order) validates `uri` to. */
function fresh(texts: Map<string, string>, uri: string): Diagnostic[] {
  const model = new Model('the workspace');
  const files = new Map([...texts].map(([u, text]) => [u, parseFile(text)]));
  for (const [u, f] of files) model.setFile(u, f);
  return validateFile(files.get(uri)!, settings, { model, uri });
}

/** A small seeded generator, so a failure names the seed and step to replay. */
function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const CONFIG = (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${i}\ndata:\n  MODE: prod\n`;

/** One random edit of a multi-document text: typing, deleting, renaming, moving and copying documents. */
function mutate(text: string, pick: (n: number) => number): string {
  const docs = text.split('---\n');
  const d = pick(docs.length);
  const lines = docs[d].split('\n');
  const l = pick(Math.max(1, lines.length - 1));
  switch (pick(8)) {
    case 0: // type a letter at the end of a line (a name, a label, an image)
      lines[l] += 'xyz'[pick(3)];
      break;
    case 1: // delete the last letter of a line
      lines[l] = lines[l].slice(0, -1);
      break;
    case 2: // delete a line
      lines.splice(l, 1);
      break;
    case 3: // a label value or name another document has
      lines[l] = lines[l].replace(/(web|api|claim|settings)-(\d+)/, (_m, w, n) => `${w}-${(Number(n) + 1) % 12}`);
      break;
    case 4: {
      // swap two documents (identical texts keep their parse: the model must follow the new order)
      const e = pick(docs.length);
      [docs[d], docs[e]] = [docs[e], docs[d]];
      return docs.join('---\n');
    }
    case 5: // copy a document (a duplicate object)
      docs.splice(pick(docs.length + 1), 0, docs[d]);
      return docs.join('---\n');
    case 6: // delete a document
      if (docs.length > 2) docs.splice(d, 1);
      return docs.join('---\n');
    default: // a broken line (a syntax error) or its repair
      lines[l] = lines[l].includes(': :') ? lines[l].replace(': :', ':') : lines[l].replace(':', ': :');
  }
  docs[d] = lines.join('\n');
  return docs.join('---\n');
}

test('after random edits to two open multi-document files, single and in bursts, the published diagnostics equal a fresh validation of the final texts', async () => {
  for (const seed of [1, 2, 3]) {
    const pick = random(seed);
    const { ws, published } = workspace();
    const texts = new Map([
      ['file:///ws/app.yaml', generateMessyManifest(20)],
      ['file:///ws/config.yaml', [0, 5, 10, 15].map(CONFIG).join('---\n')],
    ]);
    const versions = new Map<string, number>();
    for (const [uri, text] of texts) {
      versions.set(uri, 1);
      ws.opened(uri, text, 1, 'yaml');
      await ws.idle();
    }
    for (let step = 0; step < 25; step++) {
      // Mostly the big file; a burst of edits is sent without waiting in between.
      const burst = pick(4) === 0 ? 1 + pick(6) : 1;
      for (let b = 0; b < burst; b++) {
        const uri = pick(5) === 0 ? 'file:///ws/config.yaml' : 'file:///ws/app.yaml';
        texts.set(uri, mutate(texts.get(uri)!, pick));
        versions.set(uri, versions.get(uri)! + 1);
        ws.opened(uri, texts.get(uri)!, versions.get(uri)!, 'yaml');
      }
      await ws.idle();
      for (const uri of texts.keys()) {
        const got = published.get(uri);
        assert.equal(got?.version, versions.get(uri), `seed ${seed} step ${step}: ${uri} published its newest version`);
        assert.deepEqual(got?.diagnostics, fresh(texts, uri), `seed ${seed} step ${step}: ${uri}`);
      }
    }
  }
});

test('a one-character edit in one document of a 2,000-document file re-parses, re-indexes and re-checks that document only', async () => {
  const { ws, published } = workspace();
  const uri = 'file:///ws/messy.yaml';
  let text = generateMessyManifest(2000);
  ws.opened(uri, text, 1, 'yaml');
  await ws.idle();
  assert.ok(published.get(uri)!.diagnostics.length > 500, 'a messy file');
  const edits = [
    // A Deployment's image: no name, label, port or binding changes.
    ['image: registry.example.com/api:2.4.0', 'image: registry.example.com/api:2.4.01'],
    // A PersistentVolume's path.
    ['path: /mnt/data/1002\n', 'path: /mnt/data/10022\n'],
  ];
  let version = 1;
  for (const [from, to] of edits) {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
    const before = {
      chunks: parseWork.chunks,
      indexed: modelWork.objectsIndexed,
      checked: validationWork.documentsChecked,
      computed: memoWork.computed,
      validations: ws.stats.validations,
    };
    ws.opened(uri, text, ++version, 'yaml');
    await ws.idle();
    const edited = ws.model.objectsIn(uri).find((o) => text.slice(o.base + o.fact.span.start, o.base + o.fact.span.end).includes(to))!;
    const ownReferences = ws.model.referencesIn(uri).filter((r) => r.from === edited).length;
    assert.equal(parseWork.chunks - before.chunks, 1, 'one chunk parsed');
    assert.equal(modelWork.objectsIndexed - before.indexed, 1, 'one object re-indexed');
    assert.equal(validationWork.documentsChecked - before.checked, 1, 'one document checked');
    assert.equal(ws.stats.validations - before.validations, 1, 'one validation of the file');
    // Cross-document answers: the edited document's own references; every other one is replayed.
    assert.ok(memoWork.computed - before.computed <= ownReferences, `${memoWork.computed - before.computed} of ${ownReferences}`);
    assert.equal(published.get(uri)!.version, version);
  }
  assert.deepEqual(published.get(uri)!.diagnostics, fresh(new Map([[uri, text]]), uri));
});

test('a request being answered goes before pending validation, even while its settings are on the way from the client', async () => {
  let slow = false;
  let release!: () => void;
  const arrived = new Promise<void>((r) => (release = r));
  const events: string[] = [];
  const ws = new Workspace({
    settings: async (uri) => {
      if (slow && uri.endsWith('b.yaml')) await arrived;
      return settings;
    },
    publish: (uri, _d, version) => events.push(`publish ${uri.slice(-6)} v${version}`),
    notify: () => undefined,
    progress: async () => ({ report: () => undefined, done: () => undefined }),
    isYaml: () => true,
  });
  ws.opened('file:///ws/a.yaml', CONFIG(1), 1, 'yaml');
  ws.opened('file:///ws/b.yaml', CONFIG(2), 1, 'yaml');
  await ws.idle();
  events.length = 0;
  slow = true;
  const answered = ws.current('file:///ws/b.yaml').then((c) => events.push(`answer ${c?.file.documents.length}`));
  ws.opened('file:///ws/a.yaml', CONFIG(3), 2, 'yaml');
  await new Promise((r) => setTimeout(r, 30));
  assert.deepEqual(events, [], 'validation waits for the request');
  release();
  await answered;
  await ws.idle();
  assert.deepEqual(events, ['answer 1', 'publish a.yaml v2']);
});
