// A duplicated key: kubectl keeps the last value (go-yaml v2), so the rules must read the last one too —
// the same value the schema validation sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/engine';

const job = (first: string, last: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: once
spec:
  template:
    spec:
      restartPolicy: ${first}
      restartPolicy: ${last}
      containers:
        - name: run
          image: busybox:1.36
`;

test('a duplicated restartPolicy is judged by its last value, as kubectl keeps it', () => {
  const seen = (text: string) => diagnose(text).map((d) => `${d.at} ${d.code}`);
  // Always then Never: kubectl keeps Never, which a Job allows — only the duplicate is reported.
  assert.deepEqual(seen(job('Always', 'Never')), ['9:7-9:20 yaml/duplicate-key']);
  // Never then Always: kubectl keeps Always, which a Job refuses — reported at the value kubectl keeps.
  assert.deepEqual(seen(job('Never', 'Always')), ['9:7-9:20 yaml/duplicate-key', '9:22-9:28 k8s/restart-policy']);
});
