import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';
import { loadWorkspace, place, uriOf } from './workspace';

const service = getLanguageService();
const ws = loadWorkspace();

function lenses(file: string, w = ws): string[] {
  return service.codeLenses(w.model, uriOf(file)).map((lens) => {
    assert.equal(lens.command, undefined, 'titles come on resolve');
    const resolved = service.resolveCodeLens(w.model, JSON.parse(JSON.stringify(lens)));
    const locations = ((resolved.command?.arguments?.[2] ?? []) as { uri: string; range: never }[]).map((l) => place(l.uri, l.range));
    return `${place(uriOf(file), resolved.range)} ${resolved.command!.title}${resolved.command!.command ? ` → ${locations.join(' ')}` : ''}`;
  });
}

test('code lenses: what uses an object, what a selector selects, what selects a workload, claim bindings', () => {
  assert.deepEqual(lenses('config.yaml'), [
    'config.yaml:4:9-4:12 used by Deployment web → deployment.yaml:32:23-32:26 deployment.yaml:48:19-48:22',
    'config.yaml:12:9-12:12 used by Deployment web → deployment.yaml:37:25-37:28',
    'config.yaml:20:9-20:15 used by Deployment web → deployment.yaml:17:27-17:33',
    'config.yaml:26:9-26:17 used by Deployment web → deployment.yaml:19:17-19:25',
  ]);
  assert.deepEqual(lenses('deployment.yaml'), [
    'deployment.yaml:4:9-4:12 selected by PodDisruptionBudget web, Service web → policy.yaml:8:3-8:11 service.yaml:7:3-7:11',
  ]);
  assert.deepEqual(lenses('service.yaml'), ['service.yaml:4:9-4:12 selects the pods of Deployment web → deployment.yaml:11:3-11:11']);
  assert.deepEqual(lenses('storage.yaml'), [
    'storage.yaml:4:9-4:16 mounted by Deployment web → deployment.yaml:45:24-45:31',
    'storage.yaml:4:9-4:16 bound to PV uploads-pv → storage.yaml:16:9-16:19',
    'storage.yaml:16:9-16:19 bound by claim uploads → storage.yaml:4:9-4:16',
    'storage.yaml:31:9-31:13 used by PersistentVolumeClaim uploads, PersistentVolume uploads-pv → storage.yaml:7:21-7:25 storage.yaml:18:21-18:25',
  ]);
  assert.deepEqual(lenses('other.yaml'), [
    'other.yaml:5:9-5:12 used by Pod worker → other.yaml:23:19-23:22',
    'other.yaml:13:9-13:15 no Service or policy selects its pods',
  ]);
});

test('code lenses say when nothing matches, and a lens of an object that is gone has no command', () => {
  const w = loadWorkspace({
    'lonely.yaml':
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: lonely\n  namespace: shop\nspec:\n  selector: { app: nobody }\n  ports: [{ port: 80 }]\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: unused\n  namespace: shop\n',
  });
  assert.deepEqual(lenses('lonely.yaml', w), [
    'lonely.yaml:4:9-4:15 no pod matches',
    'lonely.yaml:13:9-13:15 not used by any object in the workspace',
  ]);
  const stale = service.resolveCodeLens(w.model, {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    data: { uri: uriOf('lonely.yaml'), start: 1, lens: 'usedBy' },
  });
  assert.deepEqual(stale.command, { title: '', command: '' });
});

test('workspace symbols: every object as Kind/name with its namespace, by name, kind or kind/name', () => {
  const find = (q: string) =>
    service.workspaceSymbols(ws.model, q).map((s) => `${s.name} [${s.containerName ?? ''}] ${place(s.location.uri, s.location.range)}`);
  assert.deepEqual(find('deployment/web'), ['Deployment/web [shop] deployment.yaml:4:9-4:12']);
  assert.deepEqual(find('configmap'), ['ConfigMap/web [shop] config.yaml:4:9-4:12', 'ConfigMap/web [other] other.yaml:5:9-5:12']);
  assert.deepEqual(find('uploads'), [
    'PersistentVolumeClaim/uploads [shop] storage.yaml:4:9-4:16',
    'PersistentVolume/uploads-pv [] storage.yaml:16:9-16:19',
  ]);
  assert.equal(find('').length, 14);
});
