import { test } from 'node:test';
import assert from 'node:assert/strict';
import { t, languageOf, localeFromEnv, setLocale } from '../../server/src/l10n';

test('t`…` without a bundle builds exactly what the template literal builds', () => {
  setLocale('en');
  const name = 'accessMkode';
  const n = 3;
  const none = undefined;
  assert.equal(
    t`unknown field "${name}" in ${'PersistentVolumeClaim.spec'} — ${n} {x} {1} ${none}`,
    `unknown field "${name}" in ${'PersistentVolumeClaim.spec'} — ${n} {x} {1} ${none}`,
  );
  // A value that looks like a placeholder is not formatted again.
  assert.equal(t`a ${'{1}'} b ${'c'}`, 'a {1} b c');
  assert.equal(t`no interpolation`, 'no interpolation');
});

test('the locale comes from --locale, else LC_ALL, LC_MESSAGES, LANG', () => {
  assert.equal(languageOf('ko_KR.UTF-8'), 'ko');
  assert.equal(languageOf('ko-KR'), 'ko');
  assert.equal(languageOf('ko'), 'ko');
  assert.equal(languageOf('C.UTF-8'), undefined);
  assert.equal(languageOf('POSIX'), undefined);
  assert.equal(localeFromEnv({ LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }), 'ko_KR.UTF-8');
  assert.equal(localeFromEnv({ LC_MESSAGES: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }), 'ko_KR.UTF-8');
  assert.equal(localeFromEnv({ LANG: 'en_US.UTF-8' }), 'en_US.UTF-8');
  assert.equal(localeFromEnv({}), undefined);
  assert.equal(setLocale('xx_XX'), 'en', 'a language without a bundle is English');
});
