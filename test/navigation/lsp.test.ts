// Navigation over LSP (stdio, the built server) on the fixture workspace test/navigation/fixtures/shop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  CodeLensRequest,
  CodeLensResolveRequest,
  DefinitionRequest,
  DocumentHighlightRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  WorkspaceSymbolRequest,
  type CodeLens,
  type LocationLink,
  type Location,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lspClient';
import { DEFINITION_CASES, loadWorkspace, offsetIn, place, uriOf } from './workspace';

const ws = loadWorkspace();
let client: LspClient;
const messages: string[] = [];

before(async () => {
  client = new LspClient();
  const init = await client.initialize();
  const caps = init.capabilities;
  assert.equal(caps.definitionProvider, true);
  assert.equal(caps.referencesProvider, true);
  assert.equal(caps.documentHighlightProvider, true);
  assert.deepEqual(caps.renameProvider, { prepareProvider: true });
  assert.deepEqual(caps.codeLensProvider, { resolveProvider: true });
  assert.equal(caps.workspaceSymbolProvider, true);
  client.connection.onNotification('window/showMessage', (m: { message: string }) => void messages.push(m.message));
  for (const [name, text] of Object.entries(ws.texts)) await client.open(uriOf(name), text);
});

after(async () => client?.close());

function pos(file: string, context: string, word: string, nth = 0) {
  return {
    textDocument: { uri: uriOf(file) },
    position: ws.files.get(uriOf(file))!.lines.positionAt(offsetIn(ws.texts[file], context, word, nth)),
  };
}

test('textDocument/definition: a LocationLink from the whole reference to the name it names, per reference kind', async () => {
  const cases = DEFINITION_CASES;
  for (const [file, context, word, nth, expected] of cases) {
    const p = pos(file, context, word, nth);
    const links = (await client.connection.sendRequest(DefinitionRequest.type, p)) as LocationLink[];
    assert.deepEqual(
      links.map((l) => `${place(p.textDocument.uri, l.originSelectionRange!)} → ${place(l.targetUri, l.targetSelectionRange)}`),
      [expected],
      `${file}: ${context}`,
    );
    assert.ok(links[0].targetUri.startsWith('file:///'), 'absolute file uri');
  }
});

test('textDocument/references: the ConfigMap "web" of namespace shop, with and without its declaration', async () => {
  const p = pos('config.yaml', 'name: web', 'web');
  const withDecl = (await client.connection.sendRequest(ReferencesRequest.type, {
    ...p,
    context: { includeDeclaration: true },
  })) as Location[];
  assert.deepEqual(
    withDecl.map((l) => place(l.uri, l.range)),
    ['config.yaml:4:9-4:12', 'deployment.yaml:32:23-32:26', 'deployment.yaml:48:19-48:22'],
  );
  const without = (await client.connection.sendRequest(ReferencesRequest.type, {
    ...p,
    context: { includeDeclaration: false },
  })) as Location[];
  assert.deepEqual(
    without.map((l) => place(l.uri, l.range)),
    ['deployment.yaml:32:23-32:26', 'deployment.yaml:48:19-48:22'],
  );
});

test('textDocument/documentHighlight: the port name and its use in the probe', async () => {
  const highlights = await client.connection.sendRequest(DocumentHighlightRequest.type, pos('deployment.yaml', 'port: web', 'web'));
  assert.deepEqual(
    highlights?.map((h) => [place(uriOf('deployment.yaml'), h.range), h.kind]),
    [
      ['deployment.yaml:24:21-24:24', 3],
      ['deployment.yaml:29:21-29:24', 2],
    ],
  );
});

test('textDocument/prepareRename and rename: the container port "web" across two files', async () => {
  const p = pos('service.yaml', 'targetPort: web', 'web');
  const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, p);
  assert.deepEqual(prepared, { range: { start: { line: 11, character: 18 }, end: { line: 11, character: 21 } }, placeholder: 'web' });
  const edit = (await client.connection.sendRequest(RenameRequest.type, { ...p, newName: 'www' })) as WorkspaceEdit;
  assert.deepEqual(edit, {
    changes: {
      [uriOf('deployment.yaml')]: [
        { range: { start: { line: 23, character: 20 }, end: { line: 23, character: 23 } }, newText: 'www' },
        { range: { start: { line: 28, character: 20 }, end: { line: 28, character: 23 } }, newText: 'www' },
      ],
      [uriOf('service.yaml')]: [{ range: { start: { line: 11, character: 18 }, end: { line: 11, character: 21 } }, newText: 'www' }],
    },
  });
});

test('rename of the label value app=web: every matching selector, and the immutable selector is said first', async () => {
  const p = pos('deployment.yaml', 'app: web', 'web', 1);
  messages.length = 0;
  await client.connection.sendRequest(PrepareRenameRequest.type, p);
  await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(messages, [
    'k8sense: spec.selector of Deployment "web" is immutable: a Deployment already in the cluster must be deleted and created again (kubectl apply refuses the change)',
  ]);
  const edit = (await client.connection.sendRequest(RenameRequest.type, { ...p, newName: 'shop' })) as WorkspaceEdit;
  assert.deepEqual(
    Object.entries(edit.changes!).flatMap(([uri, edits]) => edits.map((e) => `${place(uri, e.range)} ${e.newText}`)),
    ['deployment.yaml:10:12-10:15 shop', 'deployment.yaml:14:14-14:17 shop', 'policy.yaml:10:12-10:15 shop', 'service.yaml:8:10-8:13 shop'],
  );
});

test('prepareRename refusals and an invalid new name come back as errors with their message', async () => {
  await assert.rejects(client.connection.sendRequest(PrepareRenameRequest.type, pos('deployment.yaml', 'image: nginx', 'image')), {
    message: '"image" is a field name, fixed by the Kubernetes schema: only names and label values can be renamed',
  });
  await assert.rejects(client.connection.sendRequest(PrepareRenameRequest.type, pos('deployment.yaml', 'image: nginx', 'nginx')), {
    message:
      '"nginx:1.27" is not a name that other objects refer to: k8sense renames object names, container ports, volumes, ConfigMap and Secret keys, and label values',
  });
  await assert.rejects(client.connection.sendRequest(RenameRequest.type, { ...pos('config.yaml', 'name: web', 'web'), newName: 'Web' }), {
    message:
      '"Web" cannot be the new name of ConfigMap "web": it contains uppercase letters (only lowercase is allowed); it must be a DNS subdomain (lowercase letters, digits, "-" and ".", at most 253 characters)',
  });
});

test('workspace/symbol: objects by kind/name with their namespace', async () => {
  const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'configmap/web' });
  assert.deepEqual(
    (symbols as { name: string; containerName?: string; location: Location }[])
      .map((s) => `${s.name} [${s.containerName}] ${place(s.location.uri, s.location.range)}`)
      .sort(),
    ['ConfigMap/web [other] other.yaml:5:9-5:12', 'ConfigMap/web [shop] config.yaml:4:9-4:12'],
  );
});

test('textDocument/codeLens: lenses come without titles, codeLens/resolve gives the title and the peek command', async () => {
  const lenses = (await client.connection.sendRequest(CodeLensRequest.type, {
    textDocument: { uri: uriOf('storage.yaml') },
  })) as CodeLens[];
  assert.equal(lenses.length, 4);
  assert.ok(lenses.every((l) => !l.command));
  const resolved = await Promise.all(lenses.map((l) => client.connection.sendRequest(CodeLensResolveRequest.type, l)));
  assert.deepEqual(
    resolved.map((l) => l.command?.title),
    [
      'mounted by Deployment web',
      'bound to PV uploads-pv',
      'bound by claim uploads',
      'used by PersistentVolumeClaim uploads, PersistentVolume uploads-pv',
    ],
  );
  assert.deepEqual(resolved[0].command, {
    title: 'mounted by Deployment web',
    command: 'k8sense.showReferences',
    arguments: [
      uriOf('storage.yaml'),
      { line: 3, character: 8 },
      [{ uri: uriOf('deployment.yaml'), range: { start: { line: 44, character: 23 }, end: { line: 44, character: 30 } } }],
    ],
  });
});

test('k8sense.codeLens.enable = false turns lenses off', async () => {
  const off = new LspClient();
  try {
    await off.initialize({ settings: { codeLens: { enable: false } } });
    await off.open(uriOf('storage.yaml'), ws.texts['storage.yaml']);
    assert.deepEqual(await off.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf('storage.yaml') } }), []);
  } finally {
    await off.close();
  }
});
