// ValidateSecret and ValidateConfigMap (pkg/apis/core/validation/validation.go).
import { rule } from '../../server/src/rules/configData';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const secret = (type: string, body: string) => `apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ntype: ${type}\n${body}`;
const b64 = (s: string) => Buffer.from(s).toString('base64');

ruleTester(rule, {
  valid: [
    {
      name: 'boundary: a ConfigMap of exactly 1 MiB, a key of 253 characters',
      boundary: true,
      code: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  ${'k'.repeat(253)}: ${'x'.repeat(1024 * 1024 - 253)}\n`,
    },
    {
      name: 'every Secret type with its keys',
      code: [
        secret('kubernetes.io/tls', 'data: {tls.crt: eA==, tls.key: eA==}\n'),
        secret('kubernetes.io/dockerconfigjson', `data: {.dockerconfigjson: ${b64('{"auths":{}}')}}\n`),
        secret('kubernetes.io/dockercfg', "stringData: {.dockercfg: '{}'}\n"),
        secret('kubernetes.io/ssh-auth', 'stringData: {ssh-privatekey: key}\n'),
        secret('kubernetes.io/basic-auth', 'stringData: {username: admin}\n'),
        secret('Opaque', 'data: {a.b_c-d: eA==}\n'),
        'apiVersion: v1\nkind: Secret\nmetadata: {name: t, annotations: {kubernetes.io/service-account.name: build}}\ntype: kubernetes.io/service-account-token\n',
      ].join('---\n'),
    },
  ],
  invalid: [
    at('ValidateSecret#1: a data key with a space', secret('Opaque', 'data: {"my key": eA==}\n'), [
      ['"my key"', 'Secret data key "my key" is not valid: a key has only letters, digits, "-", "_" and "."'],
    ]),
    at('ValidateSecret#2: a Secret over 1 MiB', secret('Opaque', `stringData: {big: ${'x'.repeat(1024 * 1024)}}\n`), [
      ['stringData', 'this Secret holds 1048579 bytes: the limit is 1 MiB (1048576)'],
    ]),
    at('ValidateSecret#3: a service account token without its account', secret('kubernetes.io/service-account-token', ''), [
      [
        'kubernetes.io/service-account-token',
        'a kubernetes.io/service-account-token Secret needs the annotation kubernetes.io/service-account.name: the ServiceAccount whose token it holds',
      ],
    ]),
    at(
      'ValidateSecret#4 and ValidateSecret#6: docker config Secrets without their key',
      secret('kubernetes.io/dockercfg', 'data: {}\n') + '---\n' + secret('kubernetes.io/dockerconfigjson', 'data: {config.json: eA==}\n'),
      [
        ['kubernetes.io/dockercfg', 'a kubernetes.io/dockercfg Secret needs the key ".dockercfg" under data or stringData'],
        [
          'kubernetes.io/dockerconfigjson',
          'a kubernetes.io/dockerconfigjson Secret needs the key ".dockerconfigjson" under data or stringData',
        ],
      ],
    ),
    at(
      'ValidateSecret#5 and ValidateSecret#7: docker config that is not JSON',
      secret('kubernetes.io/dockercfg', "stringData: {.dockercfg: 'auths: {}'}\n") +
        '---\n' +
        secret('kubernetes.io/dockerconfigjson', `data: {.dockerconfigjson: ${b64('not json')}}\n`),
      [
        ['.dockercfg', '".dockercfg" of a kubernetes.io/dockercfg Secret must hold JSON (the registry credentials, as docker writes them)'],
        [
          '.dockerconfigjson',
          '".dockerconfigjson" of a kubernetes.io/dockerconfigjson Secret must hold JSON (the registry credentials, as docker writes them)',
        ],
      ],
    ),
    at(
      'ValidateSecret#8 and ValidateSecret#9: basic auth with neither username nor password',
      secret('kubernetes.io/basic-auth', 'stringData: {user: admin}\n'),
      [['kubernetes.io/basic-auth', 'a kubernetes.io/basic-auth Secret needs "username" or "password" (or both) under data or stringData']],
    ),
    at('ValidateSecret#10: an empty ssh key', secret('kubernetes.io/ssh-auth', 'stringData: {ssh-privatekey: ""}\n'), [
      ['ssh-privatekey', 'the ssh-privatekey of a kubernetes.io/ssh-auth Secret must not be empty'],
    ]),
    at(
      'ValidateSecret#11 and ValidateSecret#12: a TLS Secret without its certificate and key',
      secret('kubernetes.io/tls', 'data: {ca.crt: eA==}\n'),
      [
        ['kubernetes.io/tls', 'a kubernetes.io/tls Secret needs the key "tls.crt" under data or stringData'],
        ['kubernetes.io/tls', 'a kubernetes.io/tls Secret needs the key "tls.key" under data or stringData'],
      ],
    ),
    at(
      'ValidateConfigMap#1, ValidateConfigMap#2, ValidateConfigMap#3: ConfigMap keys',
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {app/conf: x, logo.png: y}\nbinaryData: {logo.png: eA==, ..meta: eA==}\n`,
      [
        ['app/conf', 'ConfigMap data key "app/conf" is not valid: a key has only letters, digits, "-", "_" and "."'],
        ['logo.png', 'ConfigMap key "logo.png" is in both data and binaryData: keep it in one of them', 1],
        ['..meta', 'ConfigMap binaryData key "..meta" is not valid: it may not be "." or start with ".."'],
      ],
    ),
    at(
      'ValidateConfigMap#4: a ConfigMap over 1 MiB',
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: ${'x'.repeat(1024 * 1024)}\n`,
      [['\n«data»:', 'this ConfigMap holds 1048577 bytes: the limit is 1 MiB (1048576); put large files in a volume or an image']],
    ),
  ],
});
