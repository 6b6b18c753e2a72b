// validateOS, validateWindows and validateLinux (pkg/apis/core/validation/validation.go), run from ValidatePodSpec.
import { rule } from '../../server/src/rules/podOs';
import { ruleTester, yaml, type InvalidCase } from './ruleTester';

const pod = (os: string, spec: string) => `apiVersion: v1\nkind: Pod\nspec:\n  os: {name: ${os}}\n${spec}`;

// [row id, where the field is, field]: one case per call site of validateWindows.
const WINDOWS: [string, 'spec' | 'pod' | 'container', string][] = [
  ['validateWindows#1', 'pod', 'appArmorProfile'],
  ['validateWindows#2', 'pod', 'seLinuxOptions'],
  ['validateWindows#3', 'spec', 'hostUsers'],
  ['validateWindows#4', 'spec', 'hostPID'],
  ['validateWindows#5', 'spec', 'hostIPC'],
  ['validateWindows#6', 'pod', 'seccompProfile'],
  ['validateWindows#7', 'pod', 'fsGroup'],
  ['validateWindows#8', 'pod', 'fsGroupChangePolicy'],
  ['validateWindows#9', 'pod', 'sysctls'],
  ['validateWindows#10', 'spec', 'shareProcessNamespace'],
  ['validateWindows#11', 'pod', 'runAsUser'],
  ['validateWindows#12', 'pod', 'runAsGroup'],
  ['validateWindows#13', 'pod', 'supplementalGroups'],
  ['validateWindows#14', 'pod', 'supplementalGroupsPolicy'],
  ['validateWindows#15', 'pod', 'seLinuxChangePolicy'],
  ['validateWindows#16', 'container', 'appArmorProfile'],
  ['validateWindows#17', 'container', 'seLinuxOptions'],
  ['validateWindows#18', 'container', 'seccompProfile'],
  ['validateWindows#19', 'container', 'capabilities'],
  ['validateWindows#20', 'container', 'readOnlyRootFilesystem'],
  ['validateWindows#21', 'container', 'privileged'],
  ['validateWindows#22', 'container', 'allowPrivilegeEscalation'],
  ['validateWindows#23', 'container', 'procMount'],
  ['validateWindows#24', 'container', 'runAsUser'],
  ['validateWindows#25', 'container', 'runAsGroup'],
];

const windowsCases: InvalidCase[] = WINDOWS.map(([id, where, field]) => {
  const value = 'x';
  const spec =
    where === 'spec'
      ? `  ${field}: ${value}\n  containers: [{name: app, image: app:1}]\n`
      : where === 'pod'
        ? `  securityContext:\n    ${field}: ${value}\n  containers: [{name: app, image: app:1}]\n`
        : `  containers:\n    - name: app\n      image: app:1\n      securityContext:\n        ${field}: ${value}\n`;
  const line = where === 'container' ? 9 : where === 'pod' ? 6 : 5;
  const column = where === 'spec' ? 3 : where === 'pod' ? 5 : 9;
  const label =
    where === 'spec'
      ? `spec.${field}`
      : where === 'pod'
        ? `spec.securityContext.${field}`
        : `the securityContext.${field} of container "app"`;
  return {
    name: `${id}: ${label}`,
    code: pod('windows', spec),
    errors: [
      {
        line,
        column,
        endLine: line,
        endColumn: column + field.length,
        message: `${label} cannot be set on a Windows pod (spec.os.name is windows): remove it${field === 'runAsUser' ? ', or use securityContext.windowsOptions.runAsUserName' : ''}`,
      },
    ],
  };
});

ruleTester(rule, {
  noBoundary: 'the rule has no numeric or length limit: it checks which fields an OS allows',
  valid: [
    {
      name: 'a Windows pod with windowsOptions',
      code: pod(
        'windows',
        '  securityContext:\n    windowsOptions: {runAsUserName: ContainerUser}\n  containers:\n    - name: app\n      image: app:1\n      securityContext: {windowsOptions: {hostProcess: false}}\n',
      ),
    },
    {
      name: 'a Linux pod with the Linux fields',
      code: pod(
        'linux',
        '  hostPID: true\n  securityContext: {runAsUser: 1000, fsGroup: 2000}\n  containers: [{name: app, image: app:1, securityContext: {privileged: false}}]\n',
      ),
    },
    {
      name: 'no spec.os: nothing to check',
      code: yaml`
      apiVersion: v1
      kind: Pod
      spec:
        securityContext: {runAsUser: 1000, windowsOptions: {runAsUserName: x}}
        containers: [{name: app, image: app:1}]
    `,
    },
  ],
  invalid: [
    ...windowsCases,
    {
      name: 'validateLinux#1 and validateLinux#2: windowsOptions on a Linux pod',
      code: pod(
        'linux',
        '  securityContext:\n    windowsOptions: {runAsUserName: x}\n  containers:\n    - name: app\n      image: app:1\n      securityContext:\n        windowsOptions: {runAsUserName: x}\n',
      ),
      errors: [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 19,
          message:
            'spec.securityContext.windowsOptions cannot be set on a Linux pod (spec.os.name is linux): remove it, or set spec.os.name to windows',
        },
        {
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 23,
          message:
            'the securityContext of container "app": windowsOptions cannot be set on a Linux pod (spec.os.name is linux): remove it, or set spec.os.name to windows',
        },
      ],
    },
    {
      name: 'validateOS#2: an OS Kubernetes does not know, with a fix for the case',
      code: pod('Linux', '  containers: [{name: app, image: app:1}]\n'),
      errors: [
        {
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 19,
          message: 'spec.os.name "Linux" is not supported: use linux or windows — did you mean "linux"?',
        },
      ],
      output: pod('linux', '  containers: [{name: app, image: app:1}]\n'),
    },
    {
      name: 'validateOS#1: an empty OS name (a missing one is schema/required)',
      code: pod('""', '  containers: [{name: app, image: app:1}]\n'),
      errors: [{ line: 4, column: 14, endLine: 4, endColumn: 16, message: 'spec.os.name must not be empty: use linux or windows' }],
    },
  ],
});
