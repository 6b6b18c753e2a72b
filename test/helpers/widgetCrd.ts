/** A CustomResourceDefinition of the shop's Widget (example.com/v1), for tests of custom resources across files. */
export const WIDGET_CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          description: A widget of the shop.
          properties:
            spec:
              type: object
              properties:
                size: {type: integer, description: How many parts the widget has.}
                color: {type: string, enum: [red, blue]}
`;
