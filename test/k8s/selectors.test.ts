import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelSelectorMatches, labelsOf, mapSelectorMatches, selectorText } from '../../server/src/k8s/selectors';
import { bindingVolume, claimSpec, volumeSpec } from '../../server/src/k8s/binding';

test('a Service selector needs every entry; an empty one selects nothing', () => {
  const pod = labelsOf({ app: 'web', tier: 'front', version: 2 });
  assert.equal(mapSelectorMatches({ app: 'web' }, pod), true);
  assert.equal(mapSelectorMatches({ app: 'web', tier: 'back' }, pod), false);
  assert.equal(mapSelectorMatches({ version: '2' }, pod), true, 'label values read as strings');
  assert.equal(mapSelectorMatches({}, pod), false);
  assert.equal(selectorText({ app: 'web', tier: 'front' }), 'app=web, tier=front');
});

test('a LabelSelector: matchLabels and every matchExpression (In, NotIn, Exists, DoesNotExist)', () => {
  const labels = { disk: 'ssd', zone: 'a' };
  const match = (matchExpressions: unknown[]) =>
    labelSelectorMatches({ matchLabels: { disk: 'ssd' }, matchExpressions: matchExpressions as never }, labels);
  assert.equal(match([{ key: 'zone', operator: 'In', values: ['a', 'b'] }]), true);
  assert.equal(match([{ key: 'zone', operator: 'NotIn', values: ['a'] }]), false);
  assert.equal(
    match([
      { key: 'zone', operator: 'Exists' },
      { key: 'gpu', operator: 'DoesNotExist' },
    ]),
    true,
  );
  assert.equal(match([{ key: 'gpu', operator: 'Exists' }]), false);
  assert.equal(match([{ key: 'zone', operator: 'Gt', values: ['1'] }]), false, 'an unknown operator matches nothing');
  assert.equal(labelSelectorMatches({ matchLabels: { disk: 'hdd' } }, labels), false);
  assert.equal(labelSelectorMatches(undefined, labels), true);
});

test('a claim binds to the smallest fitting volume; its selector and volumeMode must match too', () => {
  const claim = claimSpec('data', undefined, {
    accessModes: ['ReadWriteOnce'],
    resources: { requests: { storage: '2Gi' } },
    selector: { matchLabels: { tier: 'fast' } },
  });
  const pv = (name: string, size: string, labels: object, extra: object = {}) =>
    volumeSpec(name, labels, { capacity: { storage: size }, accessModes: ['ReadWriteOnce'], ...extra });
  const volumes = [
    pv('huge', '100Gi', { tier: 'fast' }),
    pv('slow', '5Gi', { tier: 'slow' }),
    pv('fast', '10Gi', { tier: 'fast' }),
    pv('block', '3Gi', { tier: 'fast' }, { volumeMode: 'Block' }),
    pv('tiny', '1Gi', { tier: 'fast' }),
  ];
  assert.deepEqual(bindingVolume(claim, volumes)?.volume.name, 'fast');
  assert.equal(bindingVolume(claimSpec('x', undefined, { volumeName: 'gone' }), volumes), undefined);
});
