import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/lspClient';

const BIN = join(ROOT, 'bin', 'k8sense.js');
const FILES = [
  'examples/mistakes/pvc-typo.yaml',
  'examples/mistakes/missing-space.yaml',
  'examples/mistakes/tabs.yaml',
  'examples/mistakes/old-cronjob.yaml',
];

function k8sense(args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(LANG|LC_ALL|LC_MESSAGES)$/.test(k)));
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...clean, ...env } });
}

const KOREAN = [
  'examples/mistakes/pvc-typo.yaml:7:3: error [schema/unknown-field] PersistentVolumeClaim.spec에 알 수 없는 필드 "accessMkode" — "accessModes"을(를) 의도했나요?',
  'examples/mistakes/missing-space.yaml:2:1: error [yaml/syntax] "apiVersion:v1"에서 콜론 뒤에 공백이 없습니다: YAML은 이것을 값이 있는 키 "apiVersion"가 아니라 텍스트 "apiVersion:v1"로 읽습니다 — "apiVersion: v1"로 쓰세요',
  'examples/mistakes/missing-space.yaml:11:11: error [yaml/syntax] "containerPort:8090"에서 콜론 뒤에 공백이 없습니다: YAML은 이것을 값이 있는 키 "containerPort"가 아니라 텍스트 "containerPort:8090"으로 읽습니다 — "containerPort: 8090"으로 쓰세요',
  'examples/mistakes/tabs.yaml:5:1: error [yaml/syntax] 들여쓰기에 탭 문자를 썼습니다: YAML은 공백으로만 들여씁니다 — 탭을 공백 2칸으로 바꾸세요',
  'examples/mistakes/old-cronjob.yaml:2:13: error [schema/removed-api] batch/v1beta1 CronJob은 쿠버네티스 1.25에서 제거되었습니다: batch/v1을 쓰세요',
  '파일 4개(문서 4개)에서 오류 5개, 경고 0개',
];

test('LANG=ko_KR.UTF-8: the CLI reports in Korean (rule ids, severities and positions unchanged)', () => {
  const r = k8sense(['check', ...FILES], { LANG: 'ko_KR.UTF-8' });
  assert.equal(r.status, 1);
  assert.deepEqual(r.stdout.trimEnd().split('\n'), KOREAN);
});

test('--locale ko and LC_ALL / LC_MESSAGES choose Korean; LC_ALL outranks LANG; --locale outranks both', () => {
  assert.deepEqual(
    k8sense(['check', '--locale', 'ko', ...FILES], {})
      .stdout.trimEnd()
      .split('\n'),
    KOREAN,
  );
  assert.deepEqual(
    k8sense(['check', ...FILES], { LC_MESSAGES: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' })
      .stdout.trimEnd()
      .split('\n'),
    KOREAN,
  );
  const english = k8sense(['check', FILES[2]], { LC_ALL: 'C', LANG: 'ko_KR.UTF-8' }).stdout.trimEnd().split('\n');
  assert.deepEqual(english, [
    'examples/mistakes/tabs.yaml:5:1: error [yaml/syntax] tab character used for indentation: YAML indents with spaces only — replace the tab with 2 spaces',
    '1 error, 0 warnings in 1 file (1 document)',
  ]);
  assert.deepEqual(k8sense(['check', '--locale=en', FILES[2]], { LANG: 'ko_KR.UTF-8' }).stdout.trimEnd().split('\n'), english);
});
