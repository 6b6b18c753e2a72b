import { rule } from '../../server/src/rules/hostPathType';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
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
