// validatePodResources, validatePodResourceName, validatePodResourceConsistency (container limits),
// validateWindowsHostProcessPod (pkg/apis/core/validation/validation.go).
import { rule } from '../../server/src/rules/podResources';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const pod = (spec: string, containers = '    - name: app\n      image: app:1\n') =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec}  containers:\n${containers}`;
const win = (sc: string, more = '') =>
  pod(
    `  os: {name: windows}\n${more}  securityContext:\n    windowsOptions: {hostProcess: true}\n`,
    `    - name: app\n      image: app:1\n${sc}    - name: b\n      image: b:1\n`,
  );

ruleTester(rule, {
  valid: [
    {
      name: 'boundary: a container limit equal to the pod limit; hugepages at pod level; every container HostProcess with hostNetwork',
      boundary: true,
      code:
        pod(
          '  resources:\n    requests: {cpu: 500m, hugepages-2Mi: 2Mi}\n    limits: {memory: 1Gi}\n',
          '    - name: app\n      image: app:1\n      resources: {limits: {memory: 1024Mi}}\n',
        ) +
        '---\n' +
        win('      securityContext: {windowsOptions: {hostProcess: true}}\n', '  hostNetwork: true\n'),
    },
  ],
  invalid: [
    at('validatePodResources#1: pod-level resources on a Windows pod', pod('  os: {name: windows}\n  resources: {limits: {cpu: "1"}}\n'), [
      ['resources', 'pod-level resources cannot be set for a Windows pod (os.name: windows): set resources on each container'],
    ]),
    at(
      'validatePodResources#2 and validatePodResourceName#1: claims and ephemeral-storage at pod level',
      pod('  resources:\n    claims: [{name: gpu}]\n    requests: {ephemeral-storage: 1Gi}\n'),
      [
        ['claims', 'resources.claims cannot be set at pod level: list the claims in the resources of the containers that use them'],
        ['ephemeral-storage', 'ephemeral-storage cannot be set in pod-level resources.requests: only cpu, memory and hugepages-<size> can'],
      ],
    ),
    at(
      'validatePodResourceConsistency#3: a container limit above the pod limit',
      pod('  resources: {limits: {cpu: 500m}}\n', '    - name: app\n      image: app:1\n      resources: {limits: {cpu: "1"}}\n'),
      [['"1"', 'container "app" has a cpu limit of 1, above the pod\'s limit of 500m: a container cannot have more than its pod']],
    ),
    at(
      'validateWindowsHostProcessPod#1, validateWindowsHostProcessPod#2, validateWindowsHostProcessPod#3: a container says false, so not all are HostProcess, and no hostNetwork',
      win('      securityContext: {windowsOptions: {hostProcess: false}}\n'),
      [
        [
          'hostProcess: «false»',
          'container "app" sets hostProcess: false, but the pod sets hostProcess: true: when both are set they must be the same',
        ],
        [
          'containers',
          "this pod has HostProcess containers, so every container must be one: set hostProcess: true in the pod's securityContext.windowsOptions",
        ],
        ['containers', 'a pod with HostProcess containers needs hostNetwork: true'],
      ],
    ),
  ],
});
