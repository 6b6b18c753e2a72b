import { rule } from '../../server/src/rules/gitRepoVolume';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  noBoundary: 'the presence of a gitRepo volume is the finding; there is no value to be just inside',
  valid: [
    yaml`
    apiVersion: v1
    kind: Pod
    spec:
      volumes: [{name: src, emptyDir: {}}]
  `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          volumes:
            - name: src
              gitRepo:
                repository: https://example.com/app.git
      `,
      errors: [
        {
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 14,
          message:
            'gitRepo volume "src" is deprecated: clone the repository in an init container (e.g. image alpine/git) into an emptyDir volume, and mount that volume in your container',
        },
      ],
    },
  ],
});
