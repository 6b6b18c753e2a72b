import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRulesDoc } from '../../server/src/rules/doc';
import { RULES } from '../../server/src/rules';

test('docs/rules.md is current (regenerate with: node scripts/rules-doc.mjs)', () => {
  assert.equal(readFileSync(join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8'), renderRulesDoc());
});

test('every rule has an id k8s/<name>, a title, a doc paragraph and a test file', () => {
  const ids = new Set<string>();
  for (const r of RULES) {
    assert.match(r.id, /^k8s\/[a-z][a-z0-9-]*$/);
    assert.ok(!ids.has(r.id), `duplicate id ${r.id}`);
    ids.add(r.id);
    assert.ok(r.title.length > 10 && r.doc.length > 80, `${r.id} needs a title and a doc`);
    assert.ok(!r.doc.includes('\n\n'), `${r.id}: the doc is one paragraph`);
  }
  for (const r of RULES) {
    // k8s/volume-mount-name is server/src/rules/volumeMountName.ts, tested in test/rules/volumeMountName.test.ts.
    const module = r.id.slice(4).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    assert.ok(existsSync(join(__dirname, `${module}.test.ts`)), `no test file ${module}.test.ts for ${r.id}`);
  }
});
