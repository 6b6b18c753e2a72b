import { rule } from '../../server/src/rules/pvRecycle';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    {
      // Retain and Delete are the supported policies.
      name: 'boundary: Retain and Delete are the supported policies',
      boundary: true,
      code: `apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv}\nspec:\n  persistentVolumeReclaimPolicy: Retain\n---\napiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv2}\nspec:\n  persistentVolumeReclaimPolicy: Delete\n`,
    },
    yaml`
      apiVersion: v1
      kind: PersistentVolume
      spec:
        persistentVolumeReclaimPolicy: Retain
    `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: PersistentVolume
        spec:
          persistentVolumeReclaimPolicy: Recycle
      `,
      errors: [
        {
          line: 4,
          column: 34,
          endLine: 4,
          endColumn: 41,
          message:
            'the Recycle reclaim policy is deprecated: use dynamic provisioning (a StorageClass, whose volumes are deleted with their claim), or Retain and clean up by hand',
        },
      ],
    },
  ],
});
