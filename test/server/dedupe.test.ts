import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, applyFirstFix } from '../helpers/engine';

const PVC =
  'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: c\nspec:\n  accessModes:\n    - ReadWriteOnly\n  resources:\n    requests:\n      storage: 1GB\n';

test("a mistake seen by both the schema and an API rule is reported once, in the rule's words", () => {
  const seen = diagnose(PVC);
  assert.deepEqual(
    seen.map((d) => [d.at, d.code]),
    [
      ['7:7-7:20', 'k8s/persistent-volume-claim'],
      ['10:16-10:19', 'k8s/quantity'],
    ],
  );
  assert.match(seen[1].message, /did you mean "1G" \(10\^9 bytes\) or "1Gi" \(2\^30 bytes\)\?/);
});

test("turning the rule off brings back the schema's report of the same spot", () => {
  const seen = diagnose(PVC, { rules: { 'k8s/quantity': 'off', 'k8s/persistent-volume-claim': 'off' } });
  assert.deepEqual(
    seen.map((d) => d.code),
    ['schema/enum', 'schema/format'],
  );
});

test('the kept report carries a fix when only the dropped one had it', () => {
  const svc =
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector:\n    app: s\n  ports:\n    - port: 80\n      protocol: tcp\n';
  const [d] = diagnose(svc);
  assert.equal(d.at, '10:17-10:20');
  assert.equal(applyFirstFix(svc, d.code), svc.replace('tcp', 'TCP'));
});

test('diagnostics come in reading order, whichever check found them', () => {
  const text =
    'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessMkode:\n    - ReadWriteOnce\n  resources:\n    requests:\n      storage: 1GB\n';
  const lines = diagnose(text).map((d) => Number(d.at.split(':')[0]));
  assert.ok(lines.length >= 2);
  assert.deepEqual(
    lines,
    [...lines].sort((a, b) => a - b),
  );
});
