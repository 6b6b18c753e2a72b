import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDefaults } from '../../server/src/settings';
import { diagnose } from '../helpers/engine';

test('settings as VS Code sends them (nested validate.enable) and as other clients do', () => {
  assert.equal(withDefaults({ validate: { enable: false } }).validate, false);
  assert.equal(withDefaults({ validate: { enable: true } }).validate, true);
  assert.equal(withDefaults({ validate: false }).validate, false);
  assert.equal(withDefaults({}).validate, true);
  assert.equal(withDefaults({ kubernetesVersion: '' }).kubernetesVersion, undefined);
  assert.equal(withDefaults({ kubernetesVersion: '1.24' }).kubernetesVersion, '1.24');
  assert.deepEqual(withDefaults({ exclude: null } as never).exclude, []);
});

test('validate.enable: false silences every diagnostic', () => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n';
  assert.equal(diagnose(text).length, 1);
  assert.deepEqual(diagnose(text, withDefaults({ validate: { enable: false } })), []);
});

test('a rule turned off or re-graded in k8sense.rules', () => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n';
  assert.deepEqual(diagnose(text, { rules: { 'yaml/syntax': 'off' } }), []);
  assert.equal(diagnose(text, { rules: { 'yaml/syntax': 'info' } })[0].severity, 'info');
});
