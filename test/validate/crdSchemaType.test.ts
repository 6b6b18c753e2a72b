// ValidateCustomResourceDefinitionOpenAPISchema: a type that is set must be one of the OpenAPI types
// (schemas/overlays/constraints.json); empty is allowed, as with x-kubernetes-int-or-string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/engine';

const crd = (type: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names:
    kind: Widget
    plural: widgets
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                size:
                  ${type}
`;

test('a CRD schema type that is no OpenAPI type is an error at the value, with did-you-mean and its fix', () => {
  assert.deepEqual(diagnose(crd('type: strng')), [
    {
      at: '23:25-23:30',
      severity: 'error',
      code: 'schema/enum',
      message:
        '"strng" is not a valid value for CustomResourceDefinition.spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.size.type: allowed values are "", array, boolean, integer, number, object, string — did you mean "string"?',
    },
  ]);
});

test('every OpenAPI type, and an empty type beside x-kubernetes-int-or-string, are accepted', () => {
  for (const type of ['array', 'boolean', 'integer', 'number', 'object', 'string'])
    assert.deepEqual(diagnose(crd(`type: ${type}`)), [], type);
  assert.deepEqual(diagnose(crd('type: ""\n                  x-kubernetes-int-or-string: true')), []);
});
