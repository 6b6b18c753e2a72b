// warningsForPodSpecAndMeta, warningsForPodAffinityTerms, warningsForWeightedPodAffinityTerms and
// warningsForOverlappingVirtualPaths (pkg/api/pod/warnings.go); GetNodeLabelDeprecatedMessage and
// GetWarningsForNodeSelectorTerm (pkg/api/node/util.go); spec.serviceAccount is DeprecatedServiceAccount
// (pkg/apis/core/types.go).
import { rule } from '../../server/src/rules/podWarnings';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const pod = (spec: string, meta = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n${meta}spec:\n${spec}`;
const app = '  containers:\n    - name: app\n      image: app:1\n';

ruleTester(rule, {
  valid: [
    {
      // warningsForPodSpecAndMeta: the env entry that refers to the previous one ($(PATH)) is not a warning;
      // hostIP with a hostPort; the same containerPort with another protocol; paths side by side.
      name: 'boundary: PATH set again from $(PATH), hostIP with hostPort, 53/TCP and 53/UDP, items a and ab',
      boundary: true,
      code: pod(
        app +
          '      env:\n        - {name: PATH, value: /bin}\n        - {name: PATH, value: "$(PATH):/opt/bin"}\n' +
          '      ports:\n        - {containerPort: 53, hostIP: 10.0.0.1, hostPort: 53}\n        - {containerPort: 53, protocol: UDP}\n' +
          '  volumes:\n    - name: cfg\n      configMap:\n        name: cfg\n        items: [{key: a, path: a}, {key: b, path: ab}]\n' +
          '  nodeSelector: {kubernetes.io/os: linux}\n  serviceAccountName: app\n',
      ),
    },
    {
      name: 'a Deployment with topology spread and anti-affinity that select pods',
      code: `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata: {labels: {app: d}}\n    spec:\n      containers: [{name: app, image: app:1}]\n      topologySpreadConstraints:\n        - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: d}}}\n      affinity:\n        podAntiAffinity:\n          preferredDuringSchedulingIgnoredDuringExecution:\n            - {weight: 1, podAffinityTerm: {topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: d}}}}\n`,
    },
  ],
  invalid: [
    at(
      'warningsForPodSpecAndMeta (GetNodeLabelDeprecatedMessage): a deprecated node label in nodeSelector',
      pod(app + '  nodeSelector:\n    beta.kubernetes.io/os: linux\n'),
      [
        [
          'beta.kubernetes.io/os',
          'nodeSelector uses the node label "beta.kubernetes.io/os", deprecated since v1.14: use "kubernetes.io/os"',
        ],
      ],
      pod(app + '  nodeSelector:\n    kubernetes.io/os: linux\n'),
    ),
    at(
      'GetWarningsForNodeSelectorTerm and warningsForPodSpecAndMeta: deprecated labels in node affinity and topologyKey',
      pod(
        app +
          '  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n          - matchExpressions: [{key: failure-domain.beta.kubernetes.io/zone, operator: In, values: [a]}]\n' +
          '  topologySpreadConstraints:\n    - {maxSkew: 1, topologyKey: beta.kubernetes.io/instance-type, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {a: b}}}\n',
      ),
      [
        [
          'failure-domain.beta.kubernetes.io/zone',
          'nodeAffinity uses the node label "failure-domain.beta.kubernetes.io/zone", deprecated since v1.14: use "topology.kubernetes.io/zone"',
        ],
        [
          'beta.kubernetes.io/instance-type',
          'topologySpreadConstraints uses the node label "beta.kubernetes.io/instance-type", deprecated since v1.14: use "node.kubernetes.io/instance-type"',
        ],
      ],
      pod(
        app +
          '  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n          - matchExpressions: [{key: topology.kubernetes.io/zone, operator: In, values: [a]}]\n' +
          '  topologySpreadConstraints:\n    - {maxSkew: 1, topologyKey: node.kubernetes.io/instance-type, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {a: b}}}\n',
      ),
    ),
    at(
      'warningsForPodSpecAndMeta, warningsForPodAffinityTerms, warningsForWeightedPodAffinityTerms: terms without labelSelector',
      pod(
        app +
          '  topologySpreadConstraints:\n    - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule}\n' +
          '  affinity:\n    podAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        - {topologyKey: kubernetes.io/hostname}\n' +
          '    podAntiAffinity:\n      preferredDuringSchedulingIgnoredDuringExecution:\n        - {weight: 1, podAffinityTerm: {topologyKey: kubernetes.io/hostname}}\n',
      ),
      [
        [
          'topologyKey',
          "topologySpreadConstraints[0] has no labelSelector, so it matches no pod: add a labelSelector with the pods' labels",
        ],
        [
          'topologyKey',
          "podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0] has no labelSelector, so it matches no pod: add a labelSelector with the pods' labels",
          1,
        ],
        [
          'topologyKey',
          "podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm has no labelSelector, so it matches no pod: add a labelSelector with the pods' labels",
          2,
        ],
      ],
    ),
    at(
      'warningsForPodSpecAndMeta (deprecatedAnnotations, seccomp annotations without the field)',
      pod(
        app,
        '  annotations:\n    scheduler.alpha.kubernetes.io/critical-pod: ""\n    security.alpha.kubernetes.io/sysctls: kernel.shm_rmid_forced=1\n    seccomp.security.alpha.kubernetes.io/pod: runtime/default\n    container.seccomp.security.alpha.kubernetes.io/app: runtime/default\n',
      ),
      [
        [
          'scheduler.alpha.kubernetes.io/critical-pod',
          'annotation "scheduler.alpha.kubernetes.io/critical-pod" is deprecated: it does nothing since v1.16: set spec.priorityClassName (e.g. system-cluster-critical) instead',
        ],
        [
          'security.alpha.kubernetes.io/sysctls',
          'annotation "security.alpha.kubernetes.io/sysctls" is deprecated: it does nothing since v1.11: set spec.securityContext.sysctls instead',
        ],
        [
          'seccomp.security.alpha.kubernetes.io/pod',
          'annotation "seccomp.security.alpha.kubernetes.io/pod" does nothing since v1.27: set spec.securityContext.seccompProfile instead',
        ],
        [
          'container.seccomp.security.alpha.kubernetes.io/app',
          'annotation "container.seccomp.security.alpha.kubernetes.io/app" does nothing since v1.27: set securityContext.seccompProfile of container "app" instead',
        ],
      ],
    ),
    at(
      'warningsForPodSpecAndMeta (AppArmor annotations on a template without the appArmorProfile field; a Pod gets the field copied instead)',
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata:\n      labels: {app: d}\n      annotations:\n        container.apparmor.security.beta.kubernetes.io/app: runtime/default\n        container.apparmor.security.beta.kubernetes.io/side: runtime/default\n    spec:\n      containers:\n        - {name: app, image: app:1}\n        - {name: side, image: side:1, securityContext: {appArmorProfile: {type: RuntimeDefault}}}\n` +
        '---\n' +
        pod(app, '  annotations:\n    container.apparmor.security.beta.kubernetes.io/app: runtime/default\n'),
      [
        [
          'container.apparmor.security.beta.kubernetes.io/app',
          'annotation "container.apparmor.security.beta.kubernetes.io/app" is deprecated since v1.30: set securityContext.appArmorProfile of container "app" instead',
        ],
      ],
    ),
    at(
      'warningsForPodSpecAndMeta (removed volume plugins) and warningsForOverlappingVirtualPaths',
      pod(
        app +
          '  volumes:\n    - name: gl\n      glusterfs: {endpoints: ep, path: vol}\n' +
          '    - name: cfg\n      configMap:\n        name: cfg\n        items: [{key: a, path: conf}, {key: b, path: conf}, {key: c, path: conf/x}]\n' +
          '    - name: all\n      projected:\n        sources:\n          - secret: {name: s, items: [{key: a, path: x/}, {key: b, path: x/y}]}\n',
      ),
      [
        ['glusterfs', 'volume "gl" uses glusterfs, deprecated in v1.25 and not working since v1.26: use a CSI driver for this storage'],
        ['path: «conf»}, {key: c', 'volume "cfg" writes "conf" twice: the second item overwrites the first; give each item its own path'],
        [
          'conf/x',
          'volume "cfg" writes "conf/x" and "conf": one is a directory of the other, so the pod cannot start; use paths side by side',
        ],
        ['x/y', 'volume "all" writes "x/y" and "x": one is a directory of the other, so the pod cannot start; use paths side by side'],
      ],
    ),
    at(
      'warningsForPodSpecAndMeta: duplicate hostAliases and imagePullSecrets, an empty imagePullSecret, negative grace period',
      pod(
        app +
          '  hostAliases:\n    - {ip: 10.0.0.1, hostnames: [a]}\n    - {ip: 10.0.0.1, hostnames: [b]}\n' +
          '  imagePullSecrets: [{name: reg}, {name: reg}, {name: ""}]\n  terminationGracePeriodSeconds: -5\n',
      ),
      [
        ['10.0.0.1', 'hostAliases lists the IP "10.0.0.1" twice: put all its hostnames in one entry', 1],
        ['reg', 'imagePullSecrets lists "reg" twice: once is enough', 1],
        ['""', 'an imagePullSecrets entry has no name: name the Secret of type kubernetes.io/dockerconfigjson'],
        ['-5', 'terminationGracePeriodSeconds -5 is negative and is treated as 1: use 0 or more seconds'],
      ],
    ),
    at(
      'warningsForPodSpecAndMeta: an env var set twice, hostIP without hostPort, one port in two containers',
      pod(
        app +
          '      env:\n        - {name: MODE, value: a}\n        - {name: MODE, value: b}\n      ports:\n        - {containerPort: 8080, hostIP: 10.0.0.1}\n' +
          '    - name: side\n      image: side:1\n      ports: [{containerPort: 8080, hostIP: 10.0.0.1}]\n',
      ),
      [
        [
          'MODE',
          'container "app" sets the environment variable "MODE" twice: this one hides the first, which kubectl apply may drop; keep one',
          1,
        ],
        ['10.0.0.1', 'container "app" sets hostIP "10.0.0.1" without a hostPort: the IP is unused; add hostPort or remove hostIP'],
        ['10.0.0.1', 'container "side" sets hostIP "10.0.0.1" without a hostPort: the IP is unused; add hostPort or remove hostIP', 1],
        [
          '8080',
          'port 8080/TCP of container "side" is already defined by container "app": the pod\'s containers share one network, so define it once',
          1,
        ],
      ],
    ),
    at(
      'DeprecatedServiceAccount: serviceAccount alone is renamed',
      pod(app + '  serviceAccount: app\n'),
      [['serviceAccount', 'serviceAccount is deprecated: use serviceAccountName']],
      pod(app + '  serviceAccountName: app\n'),
    ),
    at('DeprecatedServiceAccount: serviceAccount beside serviceAccountName', pod(app + '  serviceAccount: a\n  serviceAccountName: b\n'), [
      ['serviceAccount', 'serviceAccount "a" is deprecated and differs from serviceAccountName "b": remove serviceAccount'],
    ]),
  ],
});
