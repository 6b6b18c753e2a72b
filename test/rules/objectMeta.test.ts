// ValidateObjectMetaAccessor, validateObjectMetaAccessorWithOptsCommon, ValidateAnnotations, validateOwnerReference,
// ValidateOwnerReferences, ValidateFinalizerName, ValidateFinalizers (apimachinery pkg/api/validation/objectmeta.go),
// ValidateManagedFields and ValidateFieldManager (pkg/apis/meta/v1/validation), validateKubeFinalizerName (core).
import { rule } from '../../server/src/rules/objectMeta';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const cm = (meta: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n${meta}`;

ruleTester(rule, {
  valid: [
    {
      name: 'boundary: annotations of exactly 256 KiB, a manager of 128 characters, a namespace of 63',
      boundary: true,
      code: cm(
        `  namespace: ${'n'.repeat(63)}\n  annotations: {a: ${'x'.repeat(256 * 1024 - 1)}}\n  managedFields: [{manager: ${'m'.repeat(128)}, operation: Apply, fieldsType: FieldsV1}]\n`,
      ),
    },
    {
      name: 'generateName with a trailing dash, standard and qualified finalizers, one controller',
      code: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: web-\n  finalizers: [kubernetes, example.com/cleanup]\n  ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: u1, controller: true}, {apiVersion: v1, kind: Pod, name: p, uid: u2, controller: false}]\n`,
    },
  ],
  invalid: [
    at(
      'ValidateObjectMetaAccessor#1 and validateObjectMetaAccessorWithOptsCommon#2: generateName and namespace',
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: Web_\n  namespace: Team.A\n`,
      [
        ['Web_', /^generateName "Web_" is not a valid name prefix: /],
        ['Team.A', 'namespace "Team.A" is not a valid namespace name: lowercase letters, digits and "-", at most 63 characters'],
      ],
    ),
    at(
      'ValidateAnnotations#2 and ValidateUserAnnotations#1: annotations over 256 KiB',
      cm(`  annotations: {a: ${'x'.repeat(256 * 1024)}}\n`),
      [
        [
          'annotations',
          'the annotations of this object are 262145 bytes in all: the limit is 256 KiB (262144); keep large data in a ConfigMap',
        ],
      ],
    ),
    at(
      'validateOwnerReference#1, validateOwnerReference#2, validateOwnerReference#3, validateOwnerReference#4, ValidateOwnerReferences#1: owner references',
      cm(
        '  ownerReferences:\n    - {apiVersion: "", kind: "", name: "", uid: "", controller: true}\n    - {apiVersion: v1, kind: Pod, name: p, uid: u, controller: true}\n',
      ),
      [
        ...['apiVersion', 'kind', 'name', 'uid'].map(
          (f, i) => ['""', `ownerReferences[0].${f} must not be empty`, i] as [string, string, number],
        ),
        ['controller', 'only one owner reference can have controller: true', 1],
      ],
    ),
    at(
      'ValidateFinalizerName#1, ValidateFinalizers#1, validateKubeFinalizerName#1: finalizers',
      cm('  finalizers: ["bad finalizer", orphan, foregroundDeletion]\n') +
        '---\n' +
        'apiVersion: v1\nkind: Namespace\nmetadata: {name: team}\nspec:\n  finalizers: [cleanup]\n',
      [
        ['"bad finalizer"', /^finalizer "bad finalizer" is not a valid name: /],
        ['finalizers', 'finalizers orphan and foregroundDeletion cannot both be set: they ask for opposite deletions'],
        ['cleanup', 'Namespace finalizer "cleanup" is neither the standard "kubernetes" nor a qualified name (example.com/name)'],
      ],
    ),
    at(
      'ValidateManagedFields#1, ValidateManagedFields#2, ValidateManagedFields#3, ValidateFieldManager#1, ValidateFieldManager#2: managed fields',
      cm(
        `  managedFields:\n    - {manager: ${'m'.repeat(129)}, operation: Create, fieldsType: FieldsV2, subresource: ${'s'.repeat(257)}}\n    - {manager: "kubectl\\u0007"}\n`,
      ),
      [
        ['m'.repeat(129), 'managedFields[0].manager is 129 characters long: the limit is 128'],
        ['Create', 'managedFields[0].operation must be Apply or Update'],
        ['FieldsV2', 'managedFields[0].fieldsType must be FieldsV1'],
        ['s'.repeat(257), 'managedFields[0].subresource is 257 characters long: the limit is 256'],
        ['"kubectl\\u0007"', 'managedFields[1].manager has a control character: use printable characters only'],
      ],
    ),
  ],
});
