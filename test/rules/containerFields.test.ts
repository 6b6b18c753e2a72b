// validateContainers, validateInitContainers, validateContainerCommon and what they call
// (pkg/apis/core/validation/validation.go): ValidateEnv, validateEnvVarValueFrom, validateObjectFieldSelector,
// validateContainerResourceFieldSelector, validateContainerResourceDivisor, validateConfigMapKeySelector,
// validateSecretKeySelector, validateFileKeySelector, ValidateEnvFrom, validateProbe, validateSleepAction,
// validateHTTPGetAction, ValidatePortNumOrName, ValidateVolumeMounts, ValidateVolumeDevices, validateMountPropagation,
// validateMountRecursiveReadOnly, AccumulateUniqueHostPorts, validatePodHostNetworkDeps, validateResourceRequirements.
import { rule } from '../../server/src/rules/containerFields';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const c = (fields: string, spec = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec}  containers:\n    - name: app\n      image: app:1\n${fields}`;
const C = 'container "app"';

ruleTester(rule, {
  valid: [
    {
      name: 'boundary: a sleep of exactly the grace period, port 65535, divisor 1m, env names with dots and dashes',
      boundary: true,
      code: c(
        '      env:\n        - {name: my.var-1, value: x}\n        - {name: CPU, valueFrom: {resourceFieldRef: {resource: limits.cpu, divisor: 1m}}}\n        - {name: POD, valueFrom: {fieldRef: {fieldPath: metadata.name}}}\n        - {name: K, valueFrom: {configMapKeyRef: {name: cfg, key: app.conf}}}\n' +
          '      lifecycle: {preStop: {sleep: {seconds: 30}}}\n      livenessProbe: {tcpSocket: {port: 65535}}\n      readinessProbe: {httpGet: {port: http, httpHeaders: [{name: X-Trace, value: "1"}]}}\n      envFrom: [{prefix: CFG_, configMapRef: {name: cfg}}]\n',
      ),
    },
    {
      // validateInitContainerRestartPolicy, validateContainerRestartPolicy: RestartAllContainersOnContainerExits is on by default in 1.36.
      name: 'a sidecar with restart rules, RestartAllContainers, a sidecar restarted to resize',
      code: `apiVersion: v1\nkind: Pod\nspec:\n  initContainers:\n    - {name: proxy, image: p:1, restartPolicy: Always, resizePolicy: [{resourceName: cpu, restartPolicy: RestartContainer}], restartPolicyRules: [{action: RestartAllContainers, exitCodes: {operator: In, values: [42]}}]}\n  containers: [{name: app, image: app:1, restartPolicy: Never, restartPolicyRules: [{action: RestartAllContainers, exitCodes: {operator: NotIn, values: [0]}}]}]\n`,
    },
    {
      name: 'a sidecar init container with probes, hugepages with memory, a device from a claim',
      code: `apiVersion: v1\nkind: Pod\nspec:\n  initContainers:\n    - {name: proxy, image: p:1, restartPolicy: Always, readinessProbe: {tcpSocket: {port: 1}}}\n  containers:\n    - name: app\n      image: app:1\n      resources: {limits: {hugepages-2Mi: 100Mi, memory: 1Gi, example.com/gpu: 1}, requests: {example.com/gpu: 1}}\n      volumeDevices: [{name: raw, devicePath: /dev/xvda}]\n  volumes: [{name: raw, persistentVolumeClaim: {claimName: raw}}]\n`,
    },
  ],
  invalid: [
    at('ValidateEnv#2: an environment variable name with "="', c('      env: [{name: "A=B", value: x}]\n'), [
      ['"A=B"', 'environment variable name "A=B" is not valid: it may not contain "="'],
    ]),
    at(
      'validateEnvVarValueFrom#1, validateEnvVarValueFrom#3, validateEnvVarValueFrom#4: valueFrom sources',
      c(
        '      env:\n        - {name: A, valueFrom: {}}\n        - {name: B, value: x, valueFrom: {fieldRef: {fieldPath: metadata.name}}}\n        - {name: C, valueFrom: {fieldRef: {fieldPath: metadata.name}, secretKeyRef: {name: s, key: k}}}\n',
      ),
      [
        [
          'valueFrom',
          `valueFrom of env[0] of ${C} names no source: use one of fieldRef, resourceFieldRef, configMapKeyRef, secretKeyRef or fileKeyRef`,
        ],
        ['B, «value»', `env[1] of ${C} has both value and valueFrom: keep one of them`],
        ['secretKeyRef', `valueFrom of env[2] of ${C} already uses fieldRef: use one source only`],
      ],
    ),
    at(
      'validateObjectFieldSelector#3, validateObjectFieldSelector#4, validateObjectFieldSelector#5: fieldRef paths',
      c(
        '      env:\n        - {name: A, valueFrom: {fieldRef: {apiVersion: v2, fieldPath: metadata.name}}}\n        - {name: B, valueFrom: {fieldRef: {fieldPath: "spec.containers[\'app\']"}}}\n        - {name: C, valueFrom: {fieldRef: {fieldPath: metadata.labels}}}\n',
      ),
      [
        ['v2', `env[0] of ${C}: fieldRef.apiVersion must be v1 (the Pod's API version), not v2`],
        [
          '"spec.containers[\'app\']"',
          `env[1] of ${C}: fieldRef.fieldPath "spec.containers['app']": only metadata.labels and metadata.annotations take a ['key'] subscript`,
        ],
        [
          'metadata.labels',
          `env[2] of ${C}: fieldRef.fieldPath "metadata.labels" is not supported: use one of metadata.name, metadata.namespace, metadata.uid, spec.nodeName, spec.serviceAccountName, status.hostIP, status.hostIPs, status.podIP, status.podIPs`,
        ],
      ],
    ),
    at(
      'validateContainerResourceFieldSelector#1, validateContainerResourceFieldSelector#3, validateContainerResourceDivisor#1, validateContainerResourceDivisor#2, validateContainerResourceDivisor#3, validateContainerResourceDivisor#4: resourceFieldRef',
      c(
        '      env:\n        - {name: A, valueFrom: {resourceFieldRef: {resource: limits.gpu}}}\n        - {name: B, valueFrom: {resourceFieldRef: {resource: limits.cpu, divisor: 10m}}}\n        - {name: C, valueFrom: {resourceFieldRef: {resource: requests.memory, divisor: 2Mi}}}\n        - {name: D, valueFrom: {resourceFieldRef: {resource: limits.ephemeral-storage, divisor: 1m}}}\n        - {name: E, valueFrom: {resourceFieldRef: {resource: limits.hugepages-2Mi, divisor: 3}}}\n',
        '  volumes: [{name: info, downwardAPI: {items: [{path: cpu, resourceFieldRef: {resource: limits.cpu}}]}}]\n',
      ),
      [
        [
          'limits.gpu',
          `env[0] of ${C}: resourceFieldRef.resource "limits.gpu" is not supported: use one of limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory, requests.ephemeral-storage (or limits./requests.hugepages-<size>)`,
        ],
        ['10m', `env[1] of ${C}: resourceFieldRef.divisor 10m is not supported for limits.cpu: use one of 1m, 1`],
        [
          '2Mi',
          `env[2] of ${C}: resourceFieldRef.divisor 2Mi is not supported for requests.memory: use one of 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei`,
        ],
        [
          'divisor: «1m»',
          `env[3] of ${C}: resourceFieldRef.divisor 1m is not supported for limits.ephemeral-storage: use one of 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei`,
        ],
        [
          'divisor: «3»',
          `env[4] of ${C}: resourceFieldRef.divisor 3 is not supported for limits.hugepages-2Mi: use one of 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei`,
        ],
        [
          '«resource»: limits.cpu}}]',
          'volume "info": resourceFieldRef in a volume needs containerName: the container whose resources it shows',
        ],
      ],
    ),
    at(
      'validateConfigMapKeySelector#1, validateConfigMapKeySelector#3, validateSecretKeySelector#1, validateSecretKeySelector#3: key references',
      c(
        '      env:\n        - {name: A, valueFrom: {configMapKeyRef: {name: My_Config, key: "app conf"}}}\n        - {name: B, valueFrom: {secretKeyRef: {name: db.Secret, key: ../pw}}}\n',
      ),
      [
        ['My_Config', /^env\[0\] of container "app": configMapKeyRef\.name "My_Config" is not a valid name: /],
        [
          '"app conf"',
          `env[0] of ${C}: configMapKeyRef.key "app conf" is not a valid ConfigMap key: a key has only letters, digits, "-", "_" and "."`,
        ],
        ['db.Secret', /^env\[1\] of container "app": secretKeyRef\.name "db\.Secret" is not a valid name: /],
        ['../pw', `env[1] of ${C}: secretKeyRef.key "../pw" is not a valid Secret key: a key has only letters, digits, "-", "_" and "."`],
      ],
    ),
    at(
      'validateFileKeySelector#1, validateFileKeySelector#2, validateFileKeySelector#3, validateFileKeySelector#4, validateFileKeyRefVolumes#1: fileKeyRef',
      c(
        '      env:\n        - {name: A, valueFrom: {fileKeyRef: {key: "A=B", volumeName: cfg, path: env}}}\n        - {name: B, valueFrom: {fileKeyRef: {key: "", volumeName: "", path: ""}}}\n',
        '  volumes: [{name: cfg, configMap: {name: c}}]\n',
      ),
      [
        ['"A=B"', `env[0] of ${C}: fileKeyRef.key "A=B" is not a valid variable name: it may not contain "="`],
        ['volumeName: «cfg»', `env[0] of ${C}: fileKeyRef.volumeName "cfg" must name an emptyDir volume`],
        ['key: «""»', `env[1] of ${C}: fileKeyRef.key is required`],
        ['volumeName: «""»', `env[1] of ${C}: fileKeyRef.volumeName is required`],
        ['path: «""»', `env[1] of ${C}: fileKeyRef.path is required`],
      ],
    ),
    at(
      'ValidateEnvFrom#1, ValidateEnvFrom#3, ValidateEnvFrom#4, validateConfigMapEnvSource#1, validateConfigMapEnvSource#2, validateSecretEnvSource#1, validateSecretEnvSource#2: envFrom',
      c(
        '      envFrom:\n        - {prefix: "A="}\n        - {configMapRef: {name: c}, secretRef: {name: s}}\n        - {configMapRef: {optional: true}}\n        - {secretRef: {name: Bad_Name}}\n        - {configMapRef: {name: Bad_Name}}\n',
      ),
      [
        ['prefix', `envFrom[0] of ${C} names neither a configMapRef nor a secretRef`],
        ['"A="', `envFrom[0] of ${C}: prefix "A=" is not valid: it may not contain "="`],
        ['secretRef', `envFrom[1] of ${C} has both configMapRef and secretRef: use one per entry`],
        ['configMapRef', `envFrom[2] of ${C}: configMapRef.name is required: name the ConfigMap`, 1],
        ['Bad_Name', /^envFrom\[3\] of container "app": secretRef\.name "Bad_Name" is not a valid name: /],
        ['Bad_Name', /^envFrom\[4\] of container "app": configMapRef\.name "Bad_Name" is not a valid name: /, 1],
      ],
    ),
    at(
      'validateReadinessProbe#1, validateProbe#1, ValidatePortNumOrName#1, ValidatePortNumOrName#2, validateHTTPGetAction#3: probes',
      c(
        '      readinessProbe: {tcpSocket: {port: 0}, terminationGracePeriodSeconds: 10}\n      livenessProbe: {httpGet: {port: "8080", httpHeaders: [{name: "X Trace", value: "1"}]}, terminationGracePeriodSeconds: 0}\n',
      ),
      [
        [
          'terminationGracePeriodSeconds',
          `the readinessProbe of ${C} cannot set terminationGracePeriodSeconds: a failing readiness probe does not restart the container`,
        ],
        [
          'port: «0»',
          `the readinessProbe of ${C}: tcpSocket.port 0 is out of range: use a port number from 1 to 65535, or a container port name`,
        ],
        [
          '"8080"',
          /^the livenessProbe of container "app": httpGet\.port "8080" is not a valid port name: it must contain at least one letter; use a port number, or the name of a container port$/,
        ],
        [
          '"X Trace"',
          `the livenessProbe of ${C}: httpHeaders[0].name "X Trace" is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_\`|~, no spaces or ":")`,
        ],
        ['Seconds: «0»', `the livenessProbe of ${C}: terminationGracePeriodSeconds must be greater than zero, not 0`],
      ],
    ),
    at(
      'validateSleepAction#1: a sleep longer than the grace period',
      c('      lifecycle: {preStop: {sleep: {seconds: 31}}, postStart: {sleep: {seconds: -1}}}\n'),
      [
        ['31', `the preStop sleep of ${C} must be from 0 to the pod's terminationGracePeriodSeconds (30), not 31`],
        ['-1', `the postStart sleep of ${C} must be from 0 to the pod's terminationGracePeriodSeconds (30), not -1`],
      ],
    ),
    at(
      'validateInitContainers#2, validateInitContainers#3, validateInitContainers#4, validateInitContainers#5: probes on a plain init container',
      `apiVersion: v1\nkind: Pod\nspec:\n  initContainers:\n    - {name: init, image: i:1, lifecycle: {}, livenessProbe: {}, readinessProbe: {}, startupProbe: {}}\n  containers: [{name: app, image: app:1}]\n`,
      ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'].map(
        (f) =>
          [
            f,
            `init container "init" runs to completion before the app starts, so it cannot have a ${f}: remove it, or set restartPolicy: Always to make it a sidecar`,
          ] as [string, string],
      ),
    ),
    at(
      'ValidateVolumeMounts#4, ValidateVolumeMounts#5, ValidateVolumeMounts#6, ValidateVolumeDevices#2, ValidateVolumeDevices#3, ValidateVolumeDevices#5, ValidateVolumeDevices#6, ValidateVolumeDevices#7, ValidateVolumeDevices#8: mounts and devices',
      c(
        '      volumeMounts:\n        - {name: raw, mountPath: /dev/a, subPath: x, subPathExpr: $(POD)}\n      volumeDevices:\n        - {name: raw, devicePath: /dev/a}\n        - {name: raw, devicePath: /dev/../b}\n        - {name: tmp, devicePath: /dev/../b}\n',
        '  volumes: [{name: raw, persistentVolumeClaim: {claimName: raw}}, {name: tmp, emptyDir: {}}]\n',
      ),
      [
        [
          'name: «raw», mountPath',
          `volumeMounts[0] of ${C}: volume "raw" is also in volumeDevices: a volume is either mounted or attached as a device`,
        ],
        ['/dev/a', `volumeMounts[0] of ${C}: "/dev/a" is also the devicePath of a volumeDevice`],
        ['subPathExpr', `volumeMounts[0] of ${C} sets both subPath and subPathExpr: use one of them`],
        [
          'name: «raw», devicePath: /dev/a',
          `volumeDevices[0] of ${C}: volume "raw" is also in volumeMounts: a volume is either mounted or attached as a device`,
        ],
        ['devicePath: «/dev/a»', `volumeDevices[0] of ${C}: devicePath "/dev/a" is also the mountPath of a volumeMount`],
        ['name: «raw», devicePath: /dev/..', `volumeDevices[1] of ${C}: volume "raw" is attached twice: each volume device must be unique`],
        [
          'name: «raw», devicePath: /dev/..',
          `volumeDevices[1] of ${C}: volume "raw" is also in volumeMounts: a volume is either mounted or attached as a device`,
        ],
        ['/dev/../b', `volumeDevices[1] of ${C}: devicePath "/dev/../b" must not contain ".."`],
        [
          'name: «tmp», devicePath',
          `volumeDevices[2] of ${C}: volume "tmp" is not a persistentVolumeClaim or ephemeral volume, so it cannot be attached as a block device`,
        ],
        ['/dev/../b', `volumeDevices[2] of ${C}: devicePath "/dev/../b" is used twice`, 1],
        ['/dev/../b', `volumeDevices[2] of ${C}: devicePath "/dev/../b" must not contain ".."`, 1],
      ],
    ),
    at(
      'validateMountPropagation#2, validateMountRecursiveReadOnly#1, validateMountRecursiveReadOnly#2, validateMountRecursiveReadOnly#3, validateEphemeralContainers#2, validateEphemeralContainers#3',
      c(
        '      volumeMounts:\n        - {name: a, mountPath: /a, mountPropagation: Bidirectional}\n        - {name: b, mountPath: /b, recursiveReadOnly: Enabled}\n        - {name: c, mountPath: /c, readOnly: true, recursiveReadOnly: IfPossible, mountPropagation: HostToContainer}\n        - {name: d, mountPath: /d, recursiveReadOnly: Always}\n',
        '  ephemeralContainers: [{name: dbg, image: busybox, volumeMounts: [{name: a, mountPath: /a, subPath: x, subPathExpr: y}]}]\n',
      ),
      [
        [
          'Bidirectional',
          `volumeMounts[0] of ${C}: Bidirectional mount propagation needs a privileged container: set securityContext.privileged: true, or use HostToContainer`,
        ],
        ['Enabled', `volumeMounts[1] of ${C}: recursiveReadOnly Enabled needs readOnly: true`],
        ['IfPossible', `volumeMounts[2] of ${C}: recursiveReadOnly IfPossible needs mountPropagation None (or unset), not HostToContainer`],
        ['Always', `volumeMounts[3] of ${C}: recursiveReadOnly "Always" is not supported: use Disabled, IfPossible or Enabled`],
        ['subPath', 'volumeMounts[0] of ephemeral container "dbg": subPath cannot be set for an ephemeral container'],
        ['subPathExpr', 'volumeMounts[0] of ephemeral container "dbg" sets both subPath and subPathExpr: use one of them'],
        ['subPathExpr', 'volumeMounts[0] of ephemeral container "dbg": subPathExpr cannot be set for an ephemeral container'],
      ],
    ),
    at(
      'AccumulateUniqueHostPorts#1 and validatePodHostNetworkDeps#1: host ports',
      c(
        '      ports: [{containerPort: 80, hostPort: 8080}]\n    - name: side\n      image: s:1\n      ports: [{containerPort: 81, hostPort: 8080}]\n',
        '  hostNetwork: true\n',
      ),
      [
        ['8080', 'with hostNetwork: true, hostPort must equal containerPort (80), not 8080: the container listens on the node directly'],
        ['8080', 'with hostNetwork: true, hostPort must equal containerPort (81), not 8080: the container listens on the node directly', 1],
        ['8080', 'hostPort 8080/TCP is used twice in this pod: a node port can be taken once', 1],
      ],
    ),
    at(
      'validateResizePolicy#1, validateResizePolicy#2, validateResizePolicy#3, validateResizePolicy#4, validateResizePolicy#5, validateResizePolicy#6: resize policies',
      c(
        '      resizePolicy:\n        - {resourceName: cpu, restartPolicy: RestartContainer}\n        - {resourceName: cpu, restartPolicy: NotRequired}\n        - {resourceName: gpu, restartPolicy: Never}\n        - {resourceName: "", restartPolicy: ""}\n',
        '  restartPolicy: Never\n',
      ),
      [
        ['RestartContainer', `resizePolicy[0] of ${C}.restartPolicy must be NotRequired when the pod's restartPolicy is Never`],
        ['cpu', `resizePolicy[1] of ${C}: cpu has a resize policy already`, 1],
        ['gpu', `resizePolicy[2] of ${C}.resourceName "gpu" cannot be resized in place: use cpu or memory`],
        ['restartPolicy: «Never»}', `resizePolicy[2] of ${C}.restartPolicy "Never" is not supported: use NotRequired or RestartContainer`],
        ['resourceName: «""»', `resizePolicy[3] of ${C}.resourceName must not be empty: use cpu or memory`],
        ['restartPolicy: «""»', `resizePolicy[3] of ${C}.restartPolicy must not be empty: use NotRequired or RestartContainer`],
      ],
    ),
    at(
      'validateContainerRestartPolicy#1, validateContainerRestartPolicy#2, validateContainerRestartPolicy#3, validateContainerRestartPolicy#4, validateContainerRestartPolicy#5, validateContainerRestartPolicy#6, validateContainerRestartPolicy#7: restart rules',
      c('      restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}]\n') +
        '---\n' +
        c(
          `      restartPolicy: Sometimes\n      restartPolicyRules:\n${Array.from({ length: 21 }, () => '        - {action: Restart, exitCodes: {operator: In, values: [1]}}\n').join('')}`,
        ) +
        '---\n' +
        c(
          `      restartPolicy: Never\n      restartPolicyRules:\n        - {action: Stop, exitCodes: {operator: Equals, values: [${Array.from({ length: 256 }, (_, i) => i).join(', ')}]}}\n        - {action: Restart}\n`,
        ),
      [
        [
          'restartPolicyRules',
          `${C} has restartPolicyRules but no restartPolicy: set restartPolicy (the default for exits the rules do not match)`,
        ],
        ['Sometimes', `restartPolicy "Sometimes" of ${C} is not supported: use Always, OnFailure or Never`],
        ['restartPolicyRules', `${C} has 21 restartPolicyRules: the limit is 20`, 1],
        ['Stop', `restartPolicyRules[0] of ${C}.action "Stop" is not supported: use Restart or RestartAllContainers`],
        ['Equals', `restartPolicyRules[0] of ${C}.exitCodes.operator "Equals" is not supported: use In or NotIn`],
        ['«values»: [0', `restartPolicyRules[0] of ${C}.exitCodes lists 256 values: the limit is 255`],
        ['{«action»: Restart}', `restartPolicyRules[1] of ${C} needs exitCodes (operator In or NotIn, and the exit codes)`],
      ],
    ),
    at(
      'validateInitContainerRestartPolicy#1 and validateInitContainers#7: init container restart rules and resize policies',
      `apiVersion: v1\nkind: Pod\nspec:\n  initContainers:\n    - {name: a, image: a:1, restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [1]}}]}\n    - {name: b, image: b:1, resizePolicy: [{resourceName: cpu, restartPolicy: RestartContainer}]}\n  containers: [{name: app, image: app:1}]\n`,
      [
        [
          'restartPolicyRules',
          'init container "a" has restartPolicyRules but no restartPolicy: set restartPolicy (the default for exits the rules do not match)',
        ],
        [
          'RestartContainer',
          'resizePolicy[0] of init container "b".restartPolicy must be NotRequired: only a sidecar (restartPolicy: Always) init container can be restarted to resize',
        ],
      ],
    ),
    at(
      'validateContainerResourceName#1, validateResourceName#1, validateResourceName#2: resource names without a domain, and not a name at all',
      c('      resources:\n        limits: {gpu: 1}\n        requests: {pods: 1, "Memory Size": 1Gi}\n'),
      [
        [
          'gpu',
          `resources.limits of ${C}: "gpu" is not a resource a container can ask for: use cpu, memory, ephemeral-storage or hugepages-<size>, or an extended resource with its domain, e.g. nvidia.com/gpu`,
        ],
        [
          'pods',
          `resources.requests of ${C}: "pods" is not a resource a container can ask for: use cpu, memory, ephemeral-storage or hugepages-<size>, or an extended resource with its domain, e.g. nvidia.com/gpu`,
        ],
        ['"Memory Size"', /^resources\.requests of container "app": "Memory Size" is not a resource name: /],
      ],
    ),
    at(
      'validateResourceRequirements#2, validateResourceRequirements#4, validateResourceRequirements#6: resources that cannot be overcommitted',
      c(
        '      resources:\n        limits: {hugepages-2Mi: 100Mi, example.com/gpu: 2}\n        requests: {hugepages-2Mi: 50Mi, example.com/gpu: 1, example.com/fpga: 1}\n',
      ),
      [
        ['limits', `${C} asks for hugepages without cpu or memory: hugepages need a cpu or memory request or limit too`],
        [
          '50Mi',
          `${C} requests 50Mi of hugepages-2Mi but its limit is 100Mi: hugepages-2Mi cannot be overcommitted, so the request must equal the limit`,
        ],
        [
          'gpu: «1»',
          `${C} requests 1 of example.com/gpu but its limit is 2: example.com/gpu cannot be overcommitted, so the request must equal the limit`,
        ],
        [
          'example.com/fpga',
          `${C} requests example.com/fpga without a limit: example.com/fpga cannot be overcommitted, so set limits.example.com/fpga to the same amount`,
        ],
      ],
    ),
  ],
});
