import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  CompletionRequest,
  DidChangeConfigurationNotification,
  HoverRequest,
  type CompletionList,
  type Hover,
} from 'vscode-languageserver-protocol/node';
import { LspClient, ROOT } from '../helpers/lspClient';

let client: LspClient;

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist', 'server.js')), 'run `npm run build` first');
  client = new LspClient();
  const init = await client.initialize();
  assert.deepEqual(init.capabilities.completionProvider?.triggerCharacters, [':', ' ', '-']);
  assert.equal(init.capabilities.hoverProvider, true);
});

after(async () => client?.close());

test('completion and hover through the built server, on the version just sent', async () => {
  const uri = 'file:///work/claim.yaml';
  await client.open(
    uri,
    'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  resources:\n    requests:\n      storage: 1Gi\n',
  );
  // Type a new key without waiting for diagnostics: the request must see this version.
  void client.change(uri, 2, { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, '  acc').catch(() => undefined);
  const list = (await client.connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: { line: 8, character: 5 },
  })) as CompletionList;
  const access = list.items.find((i) => i.label === 'accessModes');
  assert.ok(access, 'accessModes offered');
  assert.equal(access.detail, '[]string');
  assert.deepEqual(access.textEdit, {
    range: { start: { line: 8, character: 2 }, end: { line: 8, character: 5 } },
    newText: 'accessModes:\n    - ${1|ReadOnlyMany,ReadWriteMany,ReadWriteOnce,ReadWriteOncePod|}',
  });

  const h = (await client.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri },
    position: { line: 7, character: 16 },
  })) as Hover;
  assert.match((h.contents as { value: string }).value, /^\*\*1Gi\*\* = 1,073,741,824 bytes/);
  assert.deepEqual(h.range, { start: { line: 7, character: 15 }, end: { line: 7, character: 18 } });
});

test('templates in a new empty file', async () => {
  const uri = 'file:///work/new.yaml';
  await client.open(uri, '');
  const list = (await client.connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: { line: 0, character: 0 },
  })) as CompletionList;
  assert.ok(list.items.some((i) => i.label === 'Deployment' && i.kind === 15));
});

test('settings.kubernetesVersion reaches completion (initialization options, then a configuration change)', async () => {
  const versioned = new LspClient();
  try {
    await versioned.initialize({ settings: { kubernetesVersion: '1.20' } });
    const uri = 'file:///work/cron.yaml';
    await versioned.open(uri, 'apiVersion: \nkind: CronJob\n');
    const ask = async () => {
      const list = (await versioned.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri },
        position: { line: 0, character: 12 },
      })) as CompletionList;
      return [...list.items]
        .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label))
        .map((i) => `${i.label}: ${i.detail}`);
    };
    assert.deepEqual((await ask()).slice(0, 2), [
      'batch/v1beta1: preferred for CronJob in Kubernetes 1.20',
      'batch/v1: replaces batch/v1beta1 from Kubernetes 1.21',
    ]);
    await versioned.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { k8sense: { kubernetesVersion: '1.24' } },
    });
    assert.deepEqual((await ask()).slice(0, 2), [
      'batch/v1: preferred for CronJob in Kubernetes 1.24',
      'batch/v1beta1: deprecated since Kubernetes 1.21, removed in 1.25',
    ]);
  } finally {
    await versioned.close();
  }
});
