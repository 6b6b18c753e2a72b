import { rule } from '../../server/src/rules/objectName';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // ValidateServiceCreate (RelaxedServiceNameValidation, on by default in 1.36): a label of exactly 63 characters that starts with a digit.
      name: 'boundary: a Service name of 63 characters starting with a digit',
      boundary: true,
      code: `apiVersion: v1\nkind: Service\nmetadata:\n  name: 1${'a'.repeat(62)}\n`,
    },
    yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app.config-1
    `,
    yaml`
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: system:controller:pv-binder
    `,
    {
      name: 'custom resources keep their own rules',
      code: yaml`
      apiVersion: example.com/v1
      kind: Service
      metadata:
        name: My_Service
    `,
    },
    {
      name: 'generateName instead of name',
      code: yaml`
      apiVersion: batch/v1
      kind: Job
      metadata:
        generateName: pi-
    `,
    },
  ],
  invalid: [
    {
      name: 'uppercase and underscore in a Deployment name',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: My_App
      `,
      errors: [
        {
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 15,
          message:
            'Deployment name "My_App" is not valid: it contains uppercase letters (only lowercase is allowed); it contains "_" (only lowercase letters, digits, "-" and "." are allowed); it must be a DNS subdomain (lowercase letters, digits, "-" and ".", at most 253 characters)',
        },
      ],
      output: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: my-app
      `,
    },
    {
      // ValidateServiceCreate: a DNS-1123 label since 1.36 (RelaxedServiceNameValidation on by default), so "1st" is fine.
      name: 'a Service name has no dots',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: "1st.svc"
      `,
      errors: [
        {
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 18,
          message:
            'Service name "1st.svc" is not valid: it contains "." (only lowercase letters, digits, "-" are allowed); it must be a DNS label (lowercase letters, digits and "-", at most 63 characters)',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: "1st-svc"
      `,
    },
    {
      // ValidateNamespace.
      name: 'Namespace names are labels',
      code: yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: team.a
      `,
      errors: [{ line: 4, column: 9, endLine: 4, endColumn: 15, message: /^Namespace name "team\.a" is not valid: it contains "\."/ }],
      output: yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: team-a
      `,
    },
    {
      // ValidateStatefulSet: ValidateStatefulSetName is NameIsDNSLabel (the pods' hostnames are "<name>-<ordinal>").
      name: 'StatefulSet names are labels',
      code: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db.primary\n',
      errors: [
        { line: 4, column: 9, endLine: 4, endColumn: 19, message: /^StatefulSet name "db\.primary" is not valid: it contains "\."/ },
      ],
      output: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db-primary\n',
    },
    {
      name: 'batch:ValidateCronJobCreate#1: CronJob names are limited to 52 characters',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: ${'a'.repeat(53)}
      `,
      errors: [{ line: 4, column: 9, endLine: 4, endColumn: 62, message: /it is 53 characters long, the limit for a CronJob is 52/ }],
      output: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: ${'a'.repeat(52)}
      `,
    },
  ],
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
ruleTester(rule, {
  noBoundary: 'the length boundaries are in the table above',
  valid: [],
  invalid: [
    at(
      'ValidateObjectMetaAccessor#3, ValidateDNS1123Subdomain#1: a Pod name that is not a DNS subdomain',
      `apiVersion: v1\nkind: Pod\nmetadata: {name: My_Pod}\nspec: {containers: [{name: a, image: a:1}]}\n`,
      [['My_Pod', /^Pod name "My_Pod" is not valid/]],
      `apiVersion: v1\nkind: Pod\nmetadata: {name: my-pod}\nspec: {containers: [{name: a, image: a:1}]}\n`,
    ),
  ],
});
