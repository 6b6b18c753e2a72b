import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isExcluded } from '../../server/src/exclude';

test('k8sense.exclude globs match file URIs anywhere below the root', () => {
  const globs = ['charts/*/templates/**', '**/*.generated.yaml'];
  assert.equal(isExcluded('file:///home/me/repo/charts/web/templates/deploy.yaml', globs), true);
  assert.equal(isExcluded('file:///home/me/repo/out/pods.generated.yaml', globs), true);
  assert.equal(isExcluded('file:///home/me/repo/manifests/deploy.yaml', globs), false);
  assert.equal(isExcluded('file:///home/me/my%20repo/charts/a/templates/x.yaml', globs), true);
  assert.equal(isExcluded('file:///anything.yaml', []), false);
});
