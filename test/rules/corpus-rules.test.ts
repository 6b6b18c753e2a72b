// The API rules on the real-world corpus: files published as working examples (expected=valid)
// must get no error from any rule. Warnings are allowed (and reviewed by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../../server/src/yaml/parse';
import { validateFile } from '../../server/src/validation';
import { withDefaults } from '../../server/src/settings';
import { RULE_DOCUMENT_CHECKS, RULE_FILE_CHECKS } from '../../server/src/rules';

/**
 * Files marked valid in which a rule found a real defect that today's API server rejects
 * (checked by hand against Kubernetes' validation). Each must still be reported, with this rule.
 */
const KNOWN_DEFECTS: Record<string, { rule: string; why: string }> = {
  'real-world/kubernetes-engine-samples/cost-optimization__gke-shift-left-cost__api__testdata__manifests__test.yaml': {
    rule: 'k8s/requests-within-limits',
    why: 'requests memory 64Mi (67,108,864 bytes) above its limit 64M (64,000,000 bytes): "must be less than or equal to memory limit"',
  },
  'real-world/kubernetes-engine-samples/cost-optimization__gke-shift-left-cost__samples__k8s-cost-estimator-local__app-v1__deployment.yaml':
    {
      rule: 'k8s/requests-within-limits',
      why: 'same 64Mi request above a 64M limit',
    },
  'real-world/kubernetes-engine-samples/cost-optimization__gke-shift-left-cost__samples__k8s-cost-estimator-local__app-v2__deployment.yaml':
    {
      rule: 'k8s/requests-within-limits',
      why: 'same 64Mi request above a 64M limit',
    },
  'real-world/kubernetes-examples/_archived__volumes__aws_ebs__aws-ebs-web.yaml': {
    rule: 'k8s/container-ports',
    why: 'protocol "tcp": validateContainerPorts accepts only "TCP", "UDP", "SCTP" (case-sensitive)',
  },
  'real-world/kubernetes-examples/_archived__volumes__cinder__cinder-web.yaml': {
    rule: 'k8s/container-ports',
    why: 'protocol "tcp", as above',
  },
};

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const index = join(corpus, 'index.tsv');

test('no rule reports an error on the valid real-world corpus', { skip: !existsSync(index) && 'corpus not present' }, () => {
  const rows = readFileSync(index, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));
  const valid = rows.filter((r) => r[0].startsWith('real-world/') && r[6] === 'valid');
  assert.ok(valid.length > 500, `expected the corpus to list real-world files, found ${valid.length}`);
  const errors: string[] = [];
  const defectsFound = new Set<string>();
  for (const [path] of valid) {
    const file = parseFile(readFileSync(join(corpus, path), 'utf8'));
    const diagnostics = validateFile(file, withDefaults({ requireKubernetes: true }), {
      documentChecks: RULE_DOCUMENT_CHECKS,
      fileChecks: RULE_FILE_CHECKS,
    });
    for (const d of diagnostics) {
      if (d.severity !== 1 || !String(d.code).startsWith('k8s/')) continue;
      if (KNOWN_DEFECTS[path]?.rule === d.code) defectsFound.add(path);
      else errors.push(`${path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`);
    }
  }
  assert.deepEqual(errors, []);
  assert.deepEqual([...defectsFound].sort(), Object.keys(KNOWN_DEFECTS).sort(), 'every known defect is still reported');
});
