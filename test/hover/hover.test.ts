import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';
import { hover } from '../../server/src/hover';
import { hoverAt, hoverText, withCursor } from '../completion/cursor';
import { inKorean } from '../l10n/korean';

test('on a key: field path, type, required or not, description, allowed values, link', () => {
  const text = hoverText('apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: d\nspec:\n  acc|essModes: [ReadWriteOnce]\n');
  assert.match(
    text,
    /^\*\*PersistentVolumeClaim\.spec\.accessModes\*\* `\[\]string` — optional\n\naccessModes contains the desired access modes/,
  );
  assert.match(text, /Allowed values:\n- `ReadOnlyMany`/);
  assert.match(
    text,
    /\[Kubernetes API reference\]\(https:\/\/kubernetes\.io\/docs\/reference\/kubernetes-api\/config-and-storage-resources\/persistent-volume-claim-v1\/#PersistentVolumeClaimSpec\)/,
  );
  assert.match(text, /`kubectl explain persistentvolumeclaim\.spec\.accessModes`/);
});

test('the hover range is the key', () => {
  const h = hoverAt('apiVersion: v1\nkind: PersistentVolumeClaim\nspec:\n  acc|essModes: [ReadWriteOnce]\n');
  assert.deepEqual(h?.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 13 } });
});

test('required fields say so; defaults stated by the description are shown', () => {
  assert.match(
    hoverText('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - na|me: web\n'),
    /\*\*Pod\.spec\.containers\.name\*\* `string` — required/,
  );
  const type = hoverText('apiVersion: v1\nkind: Service\nspec:\n  ty|pe: NodePort\n');
  assert.match(type, /Default: `ClusterIP`/);
  assert.match(type, /- `NodePort` means a service will be exposed on one port of every node/);
});

test('on a kind: what it is for, and its apiVersion', () => {
  const text = hoverText('apiVersion: v1\nkind: PersistentVolumeCl|aim\n');
  assert.match(text, /^\*\*PersistentVolumeClaim\*\* — `apiVersion: v1`\n\nA request for storage/);
  assert.match(hoverText('apiVersion: apps/v1\nkind: Stateful|Set\n'), /stable identity/);
  assert.match(hoverText('apiVersion: v1\nkind: Deploy|ment\n'), /`v1` does not serve Deployment; use `apps\/v1`\./);
});

test('on a quantity: the size in bytes and other units', () => {
  assert.match(
    hoverText('apiVersion: v1\nkind: PersistentVolumeClaim\nspec:\n  resources:\n    requests:\n      storage: 1G|i\n'),
    /^\*\*1Gi\*\* = 1,073,741,824 bytes\n\n= 1 GiB = 1\.074 GB/,
  );
  const g = hoverText('apiVersion: v1\nkind: PersistentVolumeClaim\nspec:\n  resources:\n    requests:\n      storage: 1|G\n');
  assert.match(g, /^\*\*1G\*\* = 1,000,000,000 bytes/);
  assert.match(g, /`Gi` would be 1,073,741,824 bytes/);
  assert.match(
    hoverText('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      resources:\n        limits:\n          cpu: 50|0m\n'),
    /^\*\*500m\*\* = 0\.5 CPU \(500 millicores\)/,
  );
});

test('on a schedule: its meaning in words and the next runs', () => {
  const { file, position } = withCursor('apiVersion: batch/v1\nkind: CronJob\nspec:\n  schedule: "*/15 2 * * 1-|5"\n');
  const h = hover(file, position, undefined, new Date('2024-01-01T00:00:00Z'));
  const text = (h?.contents as { value: string }).value;
  assert.match(text, /Every 15 minutes, between 02:00 and 02:59, Monday through Friday/);
  assert.match(text, /Next runs \(UTC\):\n- Mon, 01 Jan 2024, 02:00\n- Mon, 01 Jan 2024, 02:15/);
  assert.match(hoverText('apiVersion: batch/v1\nkind: CronJob\nspec:\n  schedule: "61 * * |* *"\n'), /is not a valid schedule: .*59/);
});

test("on a schedule in Korean: cronstrue's Korean words, Korean dates and notes", () => {
  const { file, position } = withCursor('apiVersion: batch/v1\nkind: CronJob\nspec:\n  schedule: "*/15 2 * * 1-|5"\n');
  const h = inKorean(() => hover(file, position, undefined, new Date('2024-01-01T00:00:00Z')));
  assert.equal(
    (h?.contents as { value: string }).value,
    '`*/15 2 * * 1-5`: **15분마다, 02:00부터 02:59까지, 월요일부터 금요일까지**\n\n' +
      '다음 실행 시각(UTC):\n- 2024년 1월 1일 (월) 02:00\n- 2024년 1월 1일 (월) 02:15\n- 2024년 1월 1일 (월) 02:30\n\n' +
      '시각은 kube-controller-manager의 시간대 기준입니다(여기서는 UTC로 표시). 시간대를 고정하려면 `spec.timeZone`을 설정하세요.',
  );
  // back in English afterwards: the locale is read per call
  assert.match(hoverText('apiVersion: batch/v1\nkind: CronJob\nspec:\n  schedule: "0 3 * * |1-5"\n'), /At 03:00, Monday through Friday/);
});

test('on an image: registry, repository, tag', () => {
  const text = hoverText('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: ngi|nx\n');
  assert.match(text, /^\*\*docker\.io\/library\/nginx:latest\*\*/);
  assert.match(text, /\| registry \| `docker\.io` \(default: Docker Hub\) \|/);
  assert.match(text, /\| repository \| `library\/nginx` \|/);
  assert.match(text, /Without a tag the image is `:latest`/);
  assert.match(
    hoverText('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: ghcr.io/org/a|pp:1.2\n'),
    /\| registry \| `ghcr\.io` \|[\s\S]*\| tag \| `1\.2` \|/,
  );
});

test('on a selector: the objects of the file it matches', () => {
  const text =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: lone\n  labels:\n    app: other\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  sel|ector:\n    app: web\n';
  const shown = hoverText(text);
  assert.match(shown, /This selector matches:\n- Deployment\/web \(its Pod template\)$/);
  assert.match(
    hoverText(
      text
        .replace('app: web\n---\napiVersion: v1\nkind: Pod', 'app: web\n---\napiVersion: v1\nkind: Pod')
        .replace('sel|ector:\n    app: web', 'selector:\n    app: no|ne'),
    ),
    /matches no Pod/,
  );
});

test("on a selector: only the model's pod selectors answer — a namespaceSelector's labels are not the policy's podSelector", () => {
  const policy = (from: string, pods: string) => `apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web, team: x}}
spec: {containers: [{name: c, image: "nginx:1.27"}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: np}
spec:
  podSelector:
    matchLabels: {${pods}}
  ingress:
    - from:
        - namespaceSelector:
            matchLabels: {${from}}
`;
  assert.match(hoverText(policy('team: x', 'ap|p: web')), /This selector matches:\n- Pod\/web$/);
  const onNamespaces = hoverText(policy('te|am: x', 'app: web'));
  assert.match(onNamespaces, /^\*\*NetworkPolicy\.spec\.ingress\.from\.namespaceSelector\.matchLabels\.team\*\*/);
  assert.doesNotMatch(onNamespaces, /selector matches/);
});

test('nothing to say: no hover', () => {
  assert.equal(hoverAt('apiVersion: v1\nkind: ConfigMap\ndata:\n  a: hel|lo\n'), null);
  const service = getLanguageService();
  const file = service.parse('');
  assert.equal(service.hover(file, { line: 0, character: 0 }), null);
});
