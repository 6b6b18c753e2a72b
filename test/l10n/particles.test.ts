import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveParticles } from '../../server/src/l10n/particles';
import { t } from '../../server/src/l10n';
import { inKorean } from './korean';

test('Korean particles follow the last sound of a Hangul word or a number', () => {
  assert.equal(resolveParticles('파드이(가) 없습니다'), '파드가 없습니다');
  assert.equal(resolveParticles('컨테이너 "web"이(가)'), '컨테이너 "web"이(가)', 'a Latin word keeps the neutral form');
  assert.equal(resolveParticles('"컨피그맵"을(를) 지우세요'), '"컨피그맵"을 지우세요', 'the word inside quotes decides');
  assert.equal(resolveParticles('서비스은(는) · 볼륨은(는) · 레이블과(와) · 파드과(와)'), '서비스는 · 볼륨은 · 레이블과 · 파드와');
  assert.equal(resolveParticles('스케일(으)로 · 파드(으)로 · 정책(으)로'), '스케일로 · 파드로 · 정책으로', 'ㄹ takes 로');
  assert.equal(
    resolveParticles('포트 80이(가) · 포트 65535이(가) · 1(으)로 · 10(으)로 · 3(으)로 · 2(으)로'),
    '포트 80이 · 포트 65535가 · 1로 · 10으로 · 3으로 · 2로',
  );
  assert.equal(resolveParticles('100%이(가)'), '100%가');
  assert.equal(resolveParticles('정수(이)어야 · 리스트(이)어야 · ClusterIP(이)어야'), '정수여야 · 리스트여야 · ClusterIP이어야');
  // a bare kind is read as the Korean docs write it; quoted, inside a path or unknown, it stays neutral
  assert.equal(
    resolveParticles('Secret이(가) · 이 Deployment은(는) · ConfigMap을(를) · Role(으)로 · CronJob(으)로 · Pod과(와)'),
    'Secret이 · 이 Deployment는 · ConfigMap을 · Role로 · CronJob으로 · Pod와',
  );
  assert.equal(
    resolveParticles('"Secret"이(가) · io.k8s.Secret이(가) · Widget이(가) · Secrets이(가)'),
    '"Secret"이(가) · io.k8s.Secret이(가) · Widget이(가) · Secrets이(가)',
  );
});

test('t() resolves them in Korean messages once the placeholders are filled in', () => {
  const quoted = (v: string) => t`${v} must be ${'문자열'}, not ${v}`;
  assert.equal(
    inKorean(() => t`${'Deployment.spec.replicas'} must be ${t('an integer')}, but it is ${t`the string ${'"three"'}`}`),
    'Deployment.spec.replicas은(는) 정수여야 하는데, 문자열 "three"입니다',
  );
  assert.equal(
    inKorean(() => t`Service port ${80} is out of range: a port number is from 1 to 65535`),
    '서비스 포트 80이 범위를 벗어났습니다: 포트 번호는 1부터 65535까지입니다',
  );
  assert.equal(quoted('x'), 'x must be 문자열, not x', 'English is untouched');
});
