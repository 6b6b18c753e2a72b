import { rule } from '../../server/src/rules/labels';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // ValidateLabels: a 63-character value and name, a 253-character prefix.
      name: 'boundary: ValidateLabels: a 63-character value and name, a 253-character prefix',
      boundary: true,
      code: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    ${'a'.repeat(63)}: ${'b'.repeat(63)}\n    ${'p'.repeat(253)}/n: v\n`,
    },
    {
      name: 'a merge key in labels is not a label',
      code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        labels: &common {app: web}
      spec:
        template:
          metadata:
            labels:
              <<: *common
              tier: front
    `,
    },
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        labels: {app.kubernetes.io/name: web, tier: "", Version_2: v1.2-rc}
        annotations:
          description: "Free text, with spaces: anything goes."
      spec:
        selector:
          matchLabels: {app.kubernetes.io/name: web}
        template:
          metadata:
            labels: {app.kubernetes.io/name: web}
          spec:
            nodeSelector: {kubernetes.io/os: linux}
    `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata:
          labels:
            app/name/x: web
            team: "platform team"
          annotations:
            -bad: x
        spec:
          selector:
            app: "web_"
      `,
      errors: [
        {
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 15,
          message:
            'label key "app/name/x" is not valid: it may contain at most one "/" (prefix/name); a key is "name" or "prefix/name", e.g. app or app.kubernetes.io/name',
        },
        {
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 26,
          message:
            'label value "platform team" (of team) is not valid: it must consist of letters, digits, "-", "_" or ".", and start and end with a letter or digit — labels are short identifiers; put longer text in an annotation',
        },
        { line: 8, column: 5, endLine: 8, endColumn: 9, message: /^annotation key "-bad" is not valid: the name part must/ },
        { line: 11, column: 10, endLine: 11, endColumn: 16, message: /^selector label value "web_" \(of app\) is not valid/ },
      ],
    },
    {
      name: 'a label value over 63 characters in a pod template',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        spec:
          template:
            metadata:
              labels:
                build: ${'x'.repeat(64)}
            spec:
              containers: []
      `,
      errors: [
        {
          line: 7,
          column: 16,
          endLine: 7,
          endColumn: 80,
          message: /^label value "x{64}" \(of build\) is not valid: it is 64 characters long, the limit is 63 — /,
        },
      ],
    },
  ],
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
ruleTester(rule, {
  noBoundary: 'the 63-character boundary is in the table above',
  valid: [],
  invalid: [
    at(
      'ValidateLabels#1 and ValidateLabelName#1: a label key and a label value that are not valid',
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: {"-tier": web, team: "a b"}\n`,
      [
        ['"-tier"', /^label key "-tier" is not valid/],
        ['"a b"', /^label value "a b" \(of team\) is not valid/],
      ],
    ),
    at(
      'ValidateAnnotations#1: an annotation key that is not valid',
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations: {"a/b/c": x}\n`,
      [['"a/b/c"', /^annotation key "a\/b\/c" is not valid/]],
    ),
  ],
});
