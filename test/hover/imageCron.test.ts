import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseImage } from '../../server/src/k8s/image';
import { describeSchedule, normalizeSchedule } from '../../server/src/k8s/cron';

test('image references: Docker Hub default, library/ prefix, registries with ports, digests', () => {
  assert.equal(parseImage('nginx')?.canonical, 'docker.io/library/nginx:latest');
  assert.equal(parseImage('bitnami/redis:7.2')?.canonical, 'docker.io/bitnami/redis:7.2');
  assert.deepEqual(
    { ...parseImage('localhost:5000/team/app:v1') },
    {
      text: 'localhost:5000/team/app:v1',
      registry: 'localhost:5000',
      repository: 'team/app',
      tag: 'v1',
      digest: undefined,
      effectiveTag: 'v1',
      canonical: 'localhost:5000/team/app:v1',
      defaultRegistry: false,
    },
  );
  const digest = `sha256:${'ab'.repeat(32)}`;
  const pinned = parseImage(`ghcr.io/org/app@${digest}`);
  assert.equal(pinned?.registry, 'ghcr.io');
  assert.equal(pinned?.effectiveTag, undefined);
  assert.equal(pinned?.digest, digest);
  assert.equal(parseImage('Nginx:1'), undefined, 'repositories are lowercase');
  assert.equal(parseImage('nginx:'), undefined);
});

test('cron schedules: macros, words, next runs, errors', () => {
  assert.equal(normalizeSchedule('@daily'), '0 0 * * *');
  assert.equal(normalizeSchedule('* * *'), undefined);
  const s = describeSchedule('0 3 * * 1-5', { from: new Date('2024-01-05T12:00:00Z'), count: 2 });
  assert.ok(!('error' in s));
  assert.equal(s.description, 'At 03:00, Monday through Friday');
  assert.deepEqual(
    s.next.map((d) => d.toISOString()),
    ['2024-01-08T03:00:00.000Z', '2024-01-09T03:00:00.000Z'],
  );
  const zoned = describeSchedule('0 3 * * *', { from: new Date('2024-01-05T12:00:00Z'), count: 1, timeZone: 'Europe/Berlin' });
  assert.ok(!('error' in zoned));
  assert.equal(zoned.next[0].toISOString(), '2024-01-06T02:00:00.000Z');
  assert.match(JSON.stringify(describeSchedule('0 25 * * *')), /error/);
});
