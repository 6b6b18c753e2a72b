// ValidatePodSpec and the checks it calls (pkg/apis/core/validation/validation.go): validatePodDNSConfig,
// validateHostUsers, validatePodSpecSecurityContext, ValidateSecurityContext, validateSysctls, ValidateHostSysctl,
// ValidateTolerations, validatePodAffinityTerm, validateTopologySpreadConstraints, validateSeccompProfileField,
// ValidateAppArmorProfileField, validateSchedulingGates, validateImagePullSecrets, ValidatePodCreate, ValidatePodTemplateSpec.
import { rule } from '../../server/src/rules/podSpecFields';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: app:1}]\n${spec}`;
const ctr = (sc: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: app:1\n      securityContext: ${sc}\n`;

ruleTester(rule, {
  valid: [
    {
      name: 'boundary: the smallest and largest allowed values',
      boundary: true,
      code: pod(
        '  activeDeadlineSeconds: 1\n  securityContext: {runAsUser: 0, runAsGroup: 2147483647, fsGroup: 0, supplementalGroups: [0, 2147483647]}\n' +
          '  dnsPolicy: None\n  dnsConfig:\n    nameservers: [1.1.1.1, 8.8.8.8, 9.9.9.9]\n    searches: [' +
          Array.from({ length: 32 }, (_, i) => `s${i}.example.com`).join(', ') +
          ']\n' +
          '  affinity:\n    nodeAffinity:\n      preferredDuringSchedulingIgnoredDuringExecution:\n        - {weight: 1, preference: {matchExpressions: [{key: a, operator: Exists}]}}\n        - {weight: 100, preference: {matchExpressions: [{key: b, operator: Exists}]}}\n' +
          '  topologySpreadConstraints:\n    - {maxSkew: 1, minDomains: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}\n    - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway}\n',
      ),
    },
    {
      name: 'tolerations of every valid shape',
      code: pod(
        '  tolerations:\n    - operator: Exists\n    - {key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}\n    - {key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 300}\n',
      ),
    },
    {
      name: 'Localhost profiles with their files, sysctls, hostUsers false alone',
      code: pod(
        '  hostUsers: false\n  securityContext:\n    seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}\n    appArmorProfile: {type: RuntimeDefault}\n    sysctls: [{name: net.ipv4.ip_local_port_range, value: "1024 65535"}, {name: kernel.shm_rmid_forced, value: "1"}]\n',
      ),
    },
    {
      name: 'a template with ephemeral-container-free spec and a serviceAccountName',
      code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        template:
          spec:
            serviceAccountName: build-bot
            priorityClassName: <PRIORITY_CLASS>
            containers: [{name: app, image: " app:1"}]
    `,
    },
  ],
  invalid: [
    at(
      'ValidatePodSpec#4: activeDeadlineSeconds 0 and too large',
      pod('  activeDeadlineSeconds: 0\n') + '---\n' + pod('  activeDeadlineSeconds: 2147483648\n'),
      [
        ['Seconds: «0»', 'activeDeadlineSeconds must be a positive number of seconds, not 0'],
        ['2147483648', 'activeDeadlineSeconds must be a positive number of seconds, not 2147483648 (the limit is 2147483647)'],
      ],
    ),
    at(
      'ValidatePodSpec#2, ValidatePodSpec#3, ValidatePodSpec#5: names of other objects',
      pod('  serviceAccountName: Build_Bot\n  nodeName: node_1\n  priorityClassName: High\n'),
      [
        [
          'Build_Bot',
          /^serviceAccountName "Build_Bot" is not a valid name: .*; it must be a DNS subdomain \(lowercase letters, digits, "-" and "."\)$/,
        ],
        ['node_1', /^nodeName "node_1" is not a valid name: /],
        ['High', /^priorityClassName "High" is not a valid name: /],
      ],
    ),
    at('validatePodDNSConfig#1: dnsPolicy None without dnsConfig', pod('  dnsPolicy: None\n'), [
      ['None', 'dnsPolicy None gives the pod no DNS settings: add dnsConfig with at least one nameserver'],
    ]),
    at(
      'validatePodDNSConfig#2, validatePodDNSConfig#6: no nameserver, an option without a name',
      pod('  dnsPolicy: None\n  dnsConfig:\n    options: [{value: "2"}]\n'),
      [
        ['dnsConfig', 'dnsPolicy is None, so dnsConfig needs at least one entry under nameservers'],
        ['{value: "2"}', 'dnsConfig.options[0] needs a name (e.g. ndots)'],
      ],
    ),
    at(
      'validatePodDNSConfig#3, validatePodDNSConfig#4, validatePodDNSConfig#5: DNS limits',
      pod(
        '  dnsConfig:\n    nameservers: [a, b, c, d]\n    searches: [' + Array.from({ length: 33 }, (_, i) => `s${i}`).join(', ') + ']\n',
      ) +
        '---\n' +
        pod(`  dnsConfig:\n    searches: [${'x'.repeat(1100)}, ${'y'.repeat(1000)}]\n`),
      [
        ['[a, b, c, «d»]', 'dnsConfig has 4 nameservers: the limit is 3'],
        ['s32', 'dnsConfig has 33 search domains: the limit is 32'],
        ['searches', 'the search domains of dnsConfig are 2101 characters long (with the spaces between them): the limit is 2048', 1],
      ],
    ),
    at(
      'validateHostUsers#1, validateHostUsers#2, validateHostUsers#3, validateHostUsers#4: hostUsers false',
      `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostUsers: false\n  hostNetwork: true\n  hostPID: true\n  hostIPC: true\n  containers: [{name: app, image: app:1, volumeDevices: [{name: d, devicePath: /dev/x}]}]\n`,
      [
        [
          'hostNetwork',
          "hostNetwork cannot be true when hostUsers is false: a pod in its own user namespace cannot share the node's namespaces",
        ],
        ['hostPID', "hostPID cannot be true when hostUsers is false: a pod in its own user namespace cannot share the node's namespaces"],
        ['hostIPC', "hostIPC cannot be true when hostUsers is false: a pod in its own user namespace cannot share the node's namespaces"],
        ['volumeDevices', 'container "app" cannot use volumeDevices when hostUsers is false'],
      ],
    ),
    at(
      'validatePodSpecSecurityContext#1, validatePodSpecSecurityContext#2, validatePodSpecSecurityContext#3, validatePodSpecSecurityContext#4, validatePodSpecSecurityContext#5: pod ids and process namespace',
      pod(
        '  shareProcessNamespace: true\n  hostPID: true\n  securityContext: {fsGroup: -1, runAsUser: -1000, runAsGroup: 2147483648, supplementalGroups: [1, -2]}\n',
      ),
      [
        [
          'shareProcessNamespace',
          "shareProcessNamespace and hostPID cannot both be true: with hostPID the pod already shares the node's process namespace",
        ],
        ['-1', 'securityContext.fsGroup must be from 0 to 2147483647, not -1'],
        ['-1000', 'securityContext.runAsUser must be from 0 to 2147483647, not -1000'],
        ['2147483648', 'securityContext.runAsGroup must be from 0 to 2147483647, not 2147483648'],
        ['-2', 'a securityContext.supplementalGroups entry must be from 0 to 2147483647, not -2'],
      ],
    ),
    at(
      'ValidateSecurityContext#2, ValidateSecurityContext#3, ValidateSecurityContext#4, ValidateSecurityContext#5: a container security context',
      ctr('{runAsUser: -1, runAsGroup: -1, procMount: Unmasked, allowPrivilegeEscalation: false, privileged: true}'),
      [
        ['runAsUser: «-1»', 'the securityContext of container "app": runAsUser must be from 0 to 2147483647, not -1'],
        ['runAsGroup: «-1»', 'the securityContext of container "app": runAsGroup must be from 0 to 2147483647, not -1'],
        [
          'Unmasked',
          'the securityContext of container "app": procMount Unmasked needs the pod to run in its own user namespace: set hostUsers: false on the pod',
        ],
        [
          'allowPrivilegeEscalation',
          'the securityContext of container "app": allowPrivilegeEscalation false contradicts privileged: true (a privileged container can always escalate): remove one of them',
        ],
      ],
    ),
    at(
      'ValidateSecurityContext#6: allowPrivilegeEscalation false with SYS_ADMIN',
      ctr('{allowPrivilegeEscalation: false, capabilities: {add: [SYS_ADMIN]}}'),
      [
        [
          'allowPrivilegeEscalation',
          'the securityContext of container "app": allowPrivilegeEscalation false contradicts adding the SYS_ADMIN capability: remove one of them',
        ],
      ],
    ),
    at(
      'validateSysctls#2, validateSysctls#3, ValidateHostSysctl#1, ValidateHostSysctl#2: sysctls',
      pod(
        '  hostNetwork: true\n  hostIPC: true\n  securityContext:\n    sysctls:\n      - {name: Net.IPv4, value: "1"}\n      - {name: net.core.somaxconn, value: "1024"}\n      - {name: net.core.somaxconn, value: "2048"}\n      - {name: kernel.shmmax, value: "1"}\n      - {name: "", value: "1"}\n',
      ),
      [
        [
          'Net.IPv4',
          'sysctl name "Net.IPv4" is not valid: lowercase letters, digits, "_" and "-" in segments separated by "." or "/" (e.g. net.ipv4.ip_forward), at most 253 characters',
        ],
        [
          'net.core.somaxconn',
          'sysctl "net.core.somaxconn" cannot be set with hostNetwork: true: it would change the node\'s network namespace',
        ],
        ['net.core.somaxconn', 'sysctl "net.core.somaxconn" is set twice: list each sysctl once', 1],
        ['kernel.shmmax', 'sysctl "kernel.shmmax" cannot be set with hostIPC: true: it would change the node\'s IPC namespace'],
        ['""', 'securityContext.sysctls[4].name must not be empty'],
      ],
    ),
    at(
      'ValidateTolerations#1, ValidateTolerations#2, ValidateTolerations#3, ValidateTolerations#4, ValidateTolerations#5: tolerations',
      pod(
        '  tolerations:\n    - {operator: Equal, value: x}\n    - {key: a, operator: Exists, value: "yes", effect: NoSchedule, tolerationSeconds: 60}\n    - {key: b, value: "not valid"}\n    - {key: c, operator: Gt, value: "5"}\n    - {key: "bad key", operator: Exists}\n',
      ),
      [
        [
          'Equal',
          'tolerations[0] has no key, so it must use operator: Exists (which tolerates every taint); to tolerate one taint, set its key',
        ],
        [
          'tolerationSeconds',
          'tolerations[1].tolerationSeconds only applies to NoExecute taints: set effect: NoExecute, or remove tolerationSeconds',
        ],
        ['"yes"', 'tolerations[1] uses operator Exists, which matches any value: remove value "yes"'],
        ['"not valid"', /^tolerations\[2\]\.value "not valid" is not a valid taint value: /],
        [
          'Gt',
          'tolerations[3].operator Gt needs the TaintTolerationComparisonOperators feature gate (alpha, off by default): the API server rejects it unless the cluster enables the gate; otherwise use Equal or Exists',
          0,
          'warning',
        ],
        ['"bad key"', /^tolerations\[4\]\.key "bad key" is not a valid taint key: /],
      ],
    ),
    at(
      'ValidateNodeSelector#1, ValidatePreferredSchedulingTerms#1, validateWeightedPodAffinityTerms#1, validatePodAffinityTerm#1, validatePodAffinityTerm#2: affinity',
      pod(
        '  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: []}\n      preferredDuringSchedulingIgnoredDuringExecution: [{weight: 0, preference: {}}]\n    podAntiAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution: [{topologyKey: "", namespaces: [Prod]}]\n      preferredDuringSchedulingIgnoredDuringExecution: [{weight: 101, podAffinityTerm: {topologyKey: zone}}]\n',
      ),
      [
        [
          'nodeSelectorTerms',
          'nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution needs at least one entry under nodeSelectorTerms',
        ],
        ['weight: «0»', 'nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight must be from 1 to 100, not 0'],
        ['101', 'podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight must be from 1 to 100, not 101'],
        [
          '""',
          'podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey must not be empty: name a node label such as kubernetes.io/hostname or topology.kubernetes.io/zone',
        ],
        [
          'Prod',
          'podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespaces: "Prod" is not a valid namespace name (lowercase letters, digits and "-")',
        ],
      ],
    ),
    at(
      'ValidateMatchLabelKeysAndMismatchLabelKeys#1, ValidateMatchLabelKeysAndMismatchLabelKeys#2, validateLabelKeys#1: matchLabelKeys of pod affinity',
      pod(
        '  affinity:\n    podAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        - {topologyKey: zone, mismatchLabelKeys: [tier]}\n        - {topologyKey: zone, labelSelector: {matchLabels: {app: web}}, matchLabelKeys: [app, tier], mismatchLabelKeys: [tier]}\n',
      ),
      [
        [
          'mismatchLabelKeys',
          'podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].mismatchLabelKeys needs a labelSelector: the keys are added to it',
        ],
        [
          '[«app», tier]',
          'podAffinity.requiredDuringSchedulingIgnoredDuringExecution[1].matchLabelKeys: "app" is already a key of labelSelector: list it in one place only',
        ],
        [
          '[app, «tier»]',
          'podAffinity.requiredDuringSchedulingIgnoredDuringExecution[1]: "tier" is in both matchLabelKeys and mismatchLabelKeys: keep it in one of them',
        ],
      ],
    ),
    at(
      'ValidatePositiveField#1, ValidateTopologyKey#1, validateMinDomains#1, ValidateSpreadConstraintNotRepeat#1, ValidateMatchLabelKeysInTopologySpread#1, ValidateMatchLabelKeysInTopologySpread#2: topology spread',
      pod(
        '  topologySpreadConstraints:\n    - {maxSkew: 0, topologyKey: "", whenUnsatisfiable: DoNotSchedule}\n    - {maxSkew: 1, minDomains: 2, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway, matchLabelKeys: [app]}\n    - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}, matchLabelKeys: [app]}\n',
      ),
      [
        ['maxSkew: «0»', 'topologySpreadConstraints[0].maxSkew must be greater than zero, not 0'],
        ['""', 'topologySpreadConstraints[0].topologyKey must not be empty: name a node label such as topology.kubernetes.io/zone'],
        ['minDomains: «2»', 'topologySpreadConstraints[1].minDomains only works with whenUnsatisfiable: DoNotSchedule, not ScheduleAnyway'],
        [
          'zone',
          'topologySpreadConstraints[1] and topologySpreadConstraints[2] both spread over "zone" with whenUnsatisfiable ScheduleAnyway: merge them into one constraint',
          1,
        ],
        ['matchLabelKeys', 'topologySpreadConstraints[1].matchLabelKeys needs a labelSelector: the keys are added to it'],
        ['[«app»]', 'topologySpreadConstraints[2].matchLabelKeys: "app" is already a key of labelSelector: list it in one place only', 1],
      ],
    ),
    at(
      'validateSeccompProfileField#1, validateSeccompProfileField#2, ValidateAppArmorProfileField#1, ValidateAppArmorProfileField#2, ValidateAppArmorProfileField#3, ValidateAppArmorProfileField#5: profiles',
      pod('  securityContext:\n    seccompProfile: {type: Localhost}\n    appArmorProfile: {type: RuntimeDefault, localhostProfile: x}\n') +
        '---\n' +
        ctr('{seccompProfile: {type: RuntimeDefault, localhostProfile: y}, appArmorProfile: {type: Localhost}}') +
        '---\n' +
        ctr('{appArmorProfile: {type: Localhost, localhostProfile: " p "}}') +
        '---\n' +
        ctr('{appArmorProfile: {type: Localhost, localhostProfile: ""}}'),
      [
        [
          'type',
          'securityContext.seccompProfile of type Localhost needs "localhostProfile": the profile file on the node, relative to the kubelet\'s seccomp directory',
          0,
        ],
        [
          'localhostProfile',
          'securityContext.appArmorProfile.localhostProfile is only for type Localhost: remove it, or set type: Localhost',
        ],
        [
          'localhostProfile',
          'the securityContext of container "app": seccompProfile.localhostProfile is only for type Localhost: remove it, or set type: Localhost',
          1,
        ],
        [
          '«type»: Localhost}}',
          'the securityContext of container "app": appArmorProfile of type Localhost needs "localhostProfile": the profile file on the node',
        ],
        [
          '" p "',
          'the securityContext of container "app": appArmorProfile.localhostProfile " p " must not start or end with whitespace: write "p"',
        ],
        [
          '""',
          'the securityContext of container "app": appArmorProfile.localhostProfile must name a profile loaded on the node, not be empty',
        ],
      ],
    ),
    at(
      'validateSchedulingGates#1, ValidatePodCreate#2, validateImagePullSecrets#1, ValidatePodCreate#1',
      pod(
        '  nodeName: node-1\n  schedulingGates: [{name: a}, {name: a}]\n  imagePullSecrets: [{name: reg, namespace: x}]\n  ephemeralContainers: [{name: debug, image: busybox}]\n',
      ),
      [
        [
          'nodeName',
          'nodeName cannot be set while the pod has schedulingGates: the gates hold the pod back from scheduling, so remove one of them',
        ],
        ['{name: «a»}]', 'scheduling gate "a" is listed twice: list each gate once'],
        ['namespace', 'imagePullSecrets[0] may only have "name" (the Secret with the registry credentials), not "namespace"'],
        ['ephemeralContainers', 'a Pod cannot be created with ephemeralContainers: they are added to a running pod with kubectl debug'],
      ],
    ),
    at(
      'ValidatePodTemplateSpec#1: ephemeral containers in a template',
      yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        template:
          spec:
            containers: [{name: app, image: app:1}]
            ephemeralContainers: [{name: debug, image: busybox}]
    `,
      [['ephemeralContainers', 'a pod template cannot have ephemeralContainers: they are added to a running pod with kubectl debug']],
    ),
    at(
      'ValidateRuntimeClassName#1, validatePodHostName#1, validatePodHostName#2, validatePodHostName#3, ValidateAppArmorProfileField#4',
      pod('  runtimeClassName: gVisor\n  hostnameOverride: web\n  setHostnameAsFQDN: true\n') +
        '---\n' +
        pod('  hostnameOverride: web\n  hostNetwork: true\n') +
        '---\n' +
        pod(
          `  hostnameOverride: ${'h'.repeat(65)}\n  securityContext: {appArmorProfile: {type: Localhost, localhostProfile: ${'p'.repeat(4096)}}}\n`,
        ),
      [
        ['gVisor', /^runtimeClassName "gVisor" is not a valid name: /],
        ['hostnameOverride', "hostnameOverride cannot be set with setHostnameAsFQDN: true: choose one way to name the pod's host"],
        ['hostnameOverride', "hostnameOverride cannot be set with hostNetwork: true: the pod uses the node's hostname", 1],
        ['h'.repeat(65), 'hostnameOverride is 65 characters long: the limit is 64'],
        ['p'.repeat(4096), 'securityContext.appArmorProfile.localhostProfile is 4096 characters long: the limit is 4095'],
      ],
    ),
    at(
      'ValidatePodSpecificAnnotations#1 and ValidatePodSpecificAnnotations#2: pod annotations',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {kubernetes.io/config.mirror: x, controller.kubernetes.io/pod-deletion-cost: "1.5"}\nspec:\n  containers: [{name: app, image: app:1}]\n',
      [
        [
          'kubernetes.io/config.mirror',
          'the mirror-pod annotation kubernetes.io/config.mirror needs spec.nodeName: only the kubelet creates mirror pods, for its own node',
        ],
        ['"1.5"', 'the pod-deletion-cost annotation must be a 32-bit integer, not "1.5"'],
      ],
    ),
    at(
      'validateWindowsSecurityContextOptions#1, validateWindowsSecurityContextOptions#2, validateWindowsSecurityContextOptions#3, validateWindowsSecurityContextOptions#4: gMSA and empty user',
      pod('  securityContext:\n    windowsOptions: {gmsaCredentialSpecName: Web_Spec, gmsaCredentialSpec: "", runAsUserName: ""}\n') +
        '---\n' +
        ctr(`{windowsOptions: {gmsaCredentialSpec: ${'x'.repeat(64 * 1024 + 1)}}}`),
      [
        ['Web_Spec', /^securityContext\.windowsOptions\.gmsaCredentialSpecName "Web_Spec" is not a valid name: /],
        ['""', 'securityContext.windowsOptions.gmsaCredentialSpec must not be empty: leave it out, or give the credential spec JSON'],
        ['""', 'securityContext.windowsOptions.runAsUserName must not be empty', 1],
        [
          'x'.repeat(64 * 1024 + 1),
          'the securityContext of container "app": windowsOptions.gmsaCredentialSpec is 65537 bytes: the limit is 64 KiB',
        ],
      ],
    ),
    at(
      'validateWindowsSecurityContextOptions#5, validateWindowsSecurityContextOptions#6, validateWindowsSecurityContextOptions#7, validateWindowsSecurityContextOptions#8, validateWindowsSecurityContextOptions#9, validateWindowsSecurityContextOptions#10, validateWindowsSecurityContextOptions#11, validateWindowsSecurityContextOptions#12: runAsUserName',
      ['"a\\tb"', "'a\\b\\c'", `'${'d'.repeat(256)}\\u'`, "'bad*domain\\u'", "'dom\\'", `'${'u'.repeat(105)}'`, "'..'", "'us@r'"]
        .map((n) => ctr(`{windowsOptions: {runAsUserName: ${n}}}`))
        .join('---\n'),
      [
        [
          '"a\\tb"',
          'the securityContext of container "app": windowsOptions.runAsUserName "a\tb" is not valid: it contains control characters',
        ],
        [
          "'a\\b\\c'",
          'the securityContext of container "app": windowsOptions.runAsUserName "a\\b\\c" is not valid: it may contain at most one backslash (DOMAIN\\user)',
        ],
        [
          `'${'d'.repeat(256)}\\u'`,
          `the securityContext of container "app": windowsOptions.runAsUserName "${'d'.repeat(256)}\\u" is not valid: the domain must be shorter than 256 characters`,
        ],
        [
          `'${'d'.repeat(256)}\\u'`,
          `the securityContext of container "app": windowsOptions.runAsUserName "${'d'.repeat(256)}\\u" is not valid: the domain is neither a NetBIOS name nor a DNS name`,
        ],
        [
          "'bad*domain\\u'",
          'the securityContext of container "app": windowsOptions.runAsUserName "bad*domain\\u" is not valid: the domain is neither a NetBIOS name nor a DNS name',
        ],
        [
          "'dom\\'",
          'the securityContext of container "app": windowsOptions.runAsUserName "dom\\" is not valid: the user name after the backslash is empty',
        ],
        [
          `'${'u'.repeat(105)}'`,
          `the securityContext of container "app": windowsOptions.runAsUserName "${'u'.repeat(105)}" is not valid: the user name is 105 characters long, the limit is 104`,
        ],
        [
          "'..'",
          'the securityContext of container "app": windowsOptions.runAsUserName ".." is not valid: the user name cannot be only dots or spaces',
        ],
        [
          "'us@r'",
          'the securityContext of container "app": windowsOptions.runAsUserName "us@r" is not valid: the user name cannot contain any of "/\\:;|=,+*?<>@[]',
        ],
      ],
    ),
    at(
      'validateContainerOnlyForPod#1: an image with spaces, with a fix',
      pod('').replace('image: app:1', 'image: " app:1 "'),
      [['" app:1 "', 'the image of container "app" has spaces around it: write "app:1"']],
      pod('').replace('image: app:1', 'image: "app:1"'),
    ),
  ],
});
