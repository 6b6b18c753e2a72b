// Objects alike get one answer (issue 13 item 11: a generated 20 MB file repeats the same
// Services and claims thousands of times): the work follows the distinct questions, not
// objects × candidates, and every object still gets its own report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/yaml/parse';
import { Model, modelWork } from '../../server/src/model/model';
import { validateFile } from '../../server/src/validation';
import { withDefaults } from '../../server/src/settings';

const URI = 'file:///ws/app.yaml';
const N = 400;

const pod = (i: number) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-${i}\n  labels:\n    app: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - name: http\n          containerPort: 8080\n`;
const service = (i: number, port: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: ${port}\n`;
const volume = (i: number, claimRef = '') =>
  `apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: pv-${i}\nspec:\n  storageClassName: manual\n  capacity:\n    storage: 1Gi\n  accessModes: [ReadWriteOnce]\n${claimRef}  hostPath:\n    path: /d/${i}\n`;
const claim = (i: number, size: string) =>
  `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: claim-${i}\nspec:\n  storageClassName: manual\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: ${size}\n`;

function check(docs: string[]) {
  const text = docs.join('---\n');
  const file = parseFile(text);
  const model = new Model('the workspace');
  model.setFile(URI, file);
  const lines = text.split('\n');
  return validateFile(file, withDefaults({}), { model, uri: URI }).map(
    (d) => `${d.range.start.line + 1} ${lines[d.range.start.line].trim()} ${d.code}`,
  );
}

test('Services alike select their pods and resolve their target port once, and each is still reported', () => {
  const docs = [
    ...Array.from({ length: N }, (_, i) => pod(i)),
    ...Array.from({ length: N }, (_, i) => service(i, i % 100 === 0 ? 'htp' : 'http')),
  ];
  const [matched, resolved] = [modelWork.selectorsMatched, modelWork.portsResolved];
  const reported = check(docs).filter((d) => d.includes('k8s/reference'));
  // One selector (`app: web`) and two port names among 400 Services.
  assert.ok(modelWork.selectorsMatched - matched <= 2, `${modelWork.selectorsMatched - matched} selector matches`);
  assert.equal(modelWork.portsResolved - resolved, 2);
  // Every Service naming the missing port "htp" is reported at its own line.
  const firstService = docs.slice(0, N).join('---\n').split('\n').length;
  assert.deepEqual(
    reported,
    [0, 100, 200, 300].map((i) => `${firstService + i * 11 + 10} targetPort: htp k8s/reference`),
  );
});

test('claims alike bind once per spec; a volume reserved by claimRef still goes to its claim only', () => {
  const reserved = '  claimRef:\n    name: claim-5\n';
  const docs = [
    ...Array.from({ length: N }, (_, i) => volume(i, i === 7 ? reserved : '')),
    ...Array.from({ length: N }, (_, i) => claim(i, i % 2 ? '1Gi' : '5Gi')),
  ];
  const before = modelWork.volumesCompared;
  const text = docs.join('---\n');
  const file = parseFile(text);
  const model = new Model('the workspace');
  model.setFile(URI, file);
  const claims = model.ofKind('PersistentVolumeClaim');
  const bound = claims.map((c) => model.bindingOf(c)?.volume.identity.name ?? '-');
  // Each claim is compared with the one reserved volume; the rest once per spec (1Gi, 5Gi): not N × N.
  assert.equal(modelWork.volumesCompared - before, N + 2 * (N - 1));
  assert.equal(bound[5], 'pv-7');
  assert.equal(bound[1], 'pv-0');
  assert.equal(bound[3], 'pv-0');
  assert.equal(bound[0], '-');
  assert.equal(bound[4], '-');
});

test('without a reserved volume, claims alike are one question', () => {
  const docs = [...Array.from({ length: N }, (_, i) => volume(i)), ...Array.from({ length: N }, (_, i) => claim(i, i % 2 ? '1Gi' : '5Gi'))];
  const before = modelWork.volumesCompared;
  const reported = check(docs).filter((d) => d.includes('k8s/pvc-unsatisfiable'));
  // Two specs (1Gi, 5Gi), each compared with the N volumes of the class once.
  assert.equal(modelWork.volumesCompared - before, 2 * N);
  // Every 5Gi claim is reported at its own request.
  assert.equal(reported.length, N / 2);
  assert.ok(reported.every((d) => d.includes('storage: 5Gi k8s/pvc-unsatisfiable')));
});
