import { rule } from '../../server/src/rules/hostPathType';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    {
      // validateHostPathType: an empty type and the last of the list.
      name: 'boundary: validateHostPathType: an empty type and the last of the list',
      boundary: true,
      code: `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: app:1}]\n  volumes:\n    - {name: a, hostPath: {path: /a, type: ""}}\n    - {name: b, hostPath: {path: /dev/sda, type: BlockDevice}}\n`,
    },
    yaml`
      apiVersion: v1
      kind: Pod
      spec:
        volumes:
          - name: a
            hostPath: {path: /var/log, type: Directory}
          - name: b
            hostPath: {path: /run/x.sock, type: ""}
          - name: c
            hostPath: {path: /data}
    `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: PersistentVolume
        spec:
          hostPath:
            path: /mnt/data
            type: directory
      `,
      errors: [
        {
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 20,
          message:
            'hostPath type "directory" is not supported: use one of DirectoryOrCreate, Directory, FileOrCreate, File, Socket, CharDevice, BlockDevice (or leave it out to skip the check) — did you mean "Directory"?',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: PersistentVolume
        spec:
          hostPath:
            path: /mnt/data
            type: Directory
      `,
    },
  ],
});
