/**
 * One example of every fix the engine can offer, keyed by the source file and the title as written
 * there: the diagnostic it is offered on, the text before, and the exact text after applying it.
 * test/fixes/fixAudit.test.ts finds every fix title in server/src and fails on one without an example.
 */
export interface FixExample {
  /** The diagnostic code the fix is offered on. */
  code: string;
  /** The title as the user sees it (matching the template in the key). */
  title: string;
  text: string;
  output: string;
  /** Whether the fix is the preferred one (fix-all applies it unattended). */
  preferred: boolean;
}

const pod = (spec: string, meta = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n${meta}spec:\n${spec}`;
const container = (extra: string) => pod(`  containers:\n    - name: c\n      image: nginx:1.27\n${extra}`);
const job = (spec: string) =>
  `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n${spec}      containers:\n        - name: c\n          image: busybox:1.36\n`;
const service = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n${spec}`;
const claim = (modes: string) =>
  `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes: [${modes}]\n  resources:\n    requests:\n      storage: 1Gi\n`;
const cronJob = (extra: string) =>
  `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "*/5 * * * *"\n${extra}  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: c\n              image: busybox:1.36\n`;

export const EXAMPLES: Record<string, FixExample[]> = {};

function example(key: string, e: Omit<FixExample, 'output'>, output: string): void {
  (EXAMPLES[key] ??= []).push({ ...e, output });
}

example(
  'server/src/validate/migrate.ts | Migrate to ${replacement}',
  {
    code: 'schema/removed-api',
    title: 'Migrate to networking.k8s.io/v1',
    text: 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n    - http:\n        paths:\n          - path: /\n            backend:\n              serviceName: web\n              servicePort: 80\n',
    preferred: true,
  },
  'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n    - http:\n        paths:\n          - path: /\n            backend:\n              service:\n                name: web\n                port:\n                  number: 80\n            pathType: ImplementationSpecific\n',
);
example(
  "server/src/validate/migrate.ts | Migrate to ${replacement} (drops ${result.dropped.join(', ')}, which ${replacement} does not have)",
  {
    code: 'schema/removed-api',
    title: 'Migrate to apps/v1 (drops spec.rollbackTo, which apps/v1 does not have)',
    text: 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  rollbackTo:\n    revision: 1\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n',
    preferred: false,
  },
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n',
);
example(
  'server/src/rules/accessModes.ts | Change to "${guess}"',
  { code: 'k8s/persistent-volume-claim', title: 'Change to "ReadWriteOnce"', text: claim('ReadWriteOnse'), preferred: true },
  'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 1Gi\n',
);
example(
  'server/src/rules/concurrencyPolicy.ts | Change to "${guess}"',
  { code: 'k8s/concurrency-policy', title: 'Change to "Forbid"', text: cronJob('  concurrencyPolicy: Forbidd\n'), preferred: true },
  'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "*/5 * * * *"\n  concurrencyPolicy: Forbid\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: c\n              image: busybox:1.36\n',
);
example(
  'server/src/rules/containerPorts.ts | Change to "${upper}"',
  {
    code: 'k8s/container-ports',
    title: 'Change to "TCP"',
    text: container('      ports:\n        - containerPort: 80\n          protocol: tcp\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      ports:\n        - containerPort: 80\n          protocol: TCP\n',
);
example(
  'server/src/rules/hostPathType.ts | Change to "${guess}"',
  {
    code: 'k8s/host-path-type',
    title: 'Change to "Directory"',
    text: pod(
      '  containers:\n    - name: c\n      image: nginx:1.27\n  volumes:\n    - name: h\n      hostPath:\n        path: /data\n        type: Directoy\n',
    ),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n  volumes:\n    - name: h\n      hostPath:\n        path: /data\n        type: Directory\n',
);
example(
  'server/src/rules/memoryUnit.ts | Change to ${number}Mi',
  {
    code: 'k8s/memory-unit',
    title: 'Change to 128Mi',
    text: container('      resources:\n        limits:\n          memory: 128m\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      resources:\n        limits:\n          memory: 128Mi\n',
);
example(
  'server/src/rules/memoryUnit.ts | Change to ${number}M',
  {
    code: 'k8s/memory-unit',
    title: 'Change to 128M',
    text: container('      resources:\n        limits:\n          memory: 128m\n'),
    preferred: false,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      resources:\n        limits:\n          memory: 128M\n',
);
example(
  'server/src/rules/objectName.ts | Rename to "${suggestion}"',
  {
    code: 'k8s/object-name',
    title: 'Rename to "my-config"',
    text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: My_Config\n',
    preferred: false,
  },
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: my-config\n',
);
example(
  'server/src/rules/podOs.ts | Change to "${fix}"',
  {
    code: 'k8s/pod-os',
    title: 'Change to "linux"',
    text: pod('  os:\n    name: Linux\n  containers:\n    - name: c\n      image: nginx:1.27\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  os:\n    name: linux\n  containers:\n    - name: c\n      image: nginx:1.27\n',
);
example(
  'server/src/rules/podSpecFields.ts | Change to "${v.trim()}"',
  {
    code: 'k8s/pod-spec-fields',
    title: 'Change to "nginx:1.27"',
    text: pod('  containers:\n    - name: c\n      image: " nginx:1.27 "\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: "nginx:1.27"\n',
);
example(
  'server/src/rules/quantity.ts | Change to ${s}',
  {
    code: 'k8s/quantity',
    title: 'Change to 1Gi',
    text: container('      resources:\n        limits:\n          memory: 1GB\n'),
    preferred: false,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      resources:\n        limits:\n          memory: 1Gi\n',
);
example(
  'server/src/rules/reference.ts | Change to "${value}"',
  {
    code: 'k8s/reference',
    title: 'Change to "app-config"',
    text:
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n---\n' +
      container('      envFrom:\n        - configMapRef:\n            name: app-confg\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      envFrom:\n        - configMapRef:\n            name: app-config\n',
);
example(
  'server/src/rules/reference.ts | Create ${fact.targetKind} "${fact.name}" in this file',
  {
    code: 'k8s/reference',
    title: 'Create ConfigMap "app-config" in this file',
    text: container('      envFrom:\n        - configMapRef:\n            name: app-config\n'),
    preferred: false,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      envFrom:\n        - configMapRef:\n            name: app-config\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n',
);
example(
  'server/src/rules/restartPolicy.ts | Add "restartPolicy: Never"',
  { code: 'k8s/restart-policy', title: 'Add "restartPolicy: Never"', text: job(''), preferred: true },
  'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: c\n          image: busybox:1.36\n',
);
example(
  'server/src/rules/restartPolicy.ts | Change to "${target}"',
  { code: 'k8s/restart-policy', title: 'Change to "OnFailure"', text: job('      restartPolicy: Always\n'), preferred: false },
  'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: c\n          image: busybox:1.36\n',
);
example(
  'server/src/rules/selectorOperators.ts | Change to "${guess}"',
  {
    code: 'k8s/selector-operators',
    title: 'Change to "In"',
    text: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: n\nspec:\n  podSelector:\n    matchExpressions:\n      - key: app\n        operator: in\n        values: [web]\n',
    preferred: true,
  },
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: n\nspec:\n  podSelector:\n    matchExpressions:\n      - key: app\n        operator: In\n        values: [web]\n',
);
example(
  'server/src/rules/servicePorts.ts | Change to "${upper}"',
  {
    code: 'k8s/service-ports',
    title: 'Change to "UDP"',
    text: service('  ports:\n    - port: 80\n      protocol: udp\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n    - port: 80\n      protocol: UDP\n',
);
example(
  'server/src/rules/servicePorts.ts | Change to ${targetValue}',
  {
    code: 'k8s/service-ports',
    title: 'Change to 8080',
    text: service('  ports:\n    - port: 80\n      targetPort: "8080"\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n    - port: 80\n      targetPort: 8080\n',
);
example(
  'server/src/rules/serviceSelectorMatches.ts | Change to "${guess}"',
  {
    code: 'k8s/service-selector-matches',
    title: 'Change to "web"',
    text:
      service('  selector:\n    app: wbe\n  ports:\n    - port: 80\n') +
      '---\n' +
      pod('  containers:\n    - name: c\n      image: nginx:1.27\n', '  labels:\n    app: web\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    app: web\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n',
);
example(
  'server/src/rules/serviceType.ts | Change to "${guess}"',
  {
    code: 'k8s/service-type',
    title: 'Change to "NodePort"',
    text: service('  type: NodePrt\n  ports:\n    - port: 80\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  type: NodePort\n  ports:\n    - port: 80\n',
);
example(
  'server/src/rules/volumeFields.ts | Change to ${asOctal}',
  {
    code: 'k8s/volume-fields',
    title: 'Change to 0644',
    text: pod(
      '  containers:\n    - name: c\n      image: nginx:1.27\n  volumes:\n    - name: s\n      secret:\n        secretName: s\n        defaultMode: 644\n',
    ),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n  volumes:\n    - name: s\n      secret:\n        secretName: s\n        defaultMode: 0644\n',
);
example(
  'server/src/rules/volumeMountName.ts | Change to "${guess}"',
  {
    code: 'k8s/volume-mount-name',
    title: 'Change to "data"',
    text: pod(
      '  containers:\n    - name: c\n      image: nginx:1.27\n      volumeMounts:\n        - name: dta\n          mountPath: /data\n  volumes:\n    - name: data\n      emptyDir: {}\n',
    ),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      volumeMounts:\n        - name: data\n          mountPath: /data\n  volumes:\n    - name: data\n      emptyDir: {}\n',
);
example(
  'server/src/syntax/duplicateKeys.ts | Remove the first "${name}" (kubectl ignores it and keeps the last)',
  {
    code: 'yaml/duplicate-key',
    title: 'Remove the first "name" (kubectl ignores it and keeps the last)',
    text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: {app: x, app: y}\n  name: b\n',
    preferred: true,
  },
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: {app: x, app: y}\n  name: b\n',
);
example(
  'server/src/syntax/syntaxProblems.ts | Indent "${token}" ${spaces(target)}',
  {
    code: 'yaml/syntax',
    title: 'Indent "labels" 2 spaces',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   labels:\n    app: x\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n',
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels:\n    app: x\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n',
);
example(
  'server/src/syntax/syntaxProblems.ts | Insert a space after "${key}:"',
  {
    code: 'yaml/syntax',
    title: 'Insert a space after "image:"',
    text: pod('  containers:\n    - name: c\n      image:nginx\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx\n',
);
example(
  'server/src/syntax/syntaxProblems.ts | Replace tabs with ${spaces(target)}',
  { code: 'yaml/syntax', title: 'Replace tabs with 8 spaces', text: container('      ports:\n\t- containerPort: 80\n'), preferred: true },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      ports:\n        - containerPort: 80\n',
);
example(
  'server/src/syntax/valueProblems.ts | Quote ${source}',
  {
    code: 'yaml/not-json',
    title: 'Quote .inf',
    text: container('      resources:\n        limits:\n          cpu: .inf\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      resources:\n        limits:\n          cpu: ".inf"\n',
);
example(
  'server/src/validate/identity.ts | Add apiVersion: ${suggestion}',
  { code: 'schema/missing-api-version', title: 'Add apiVersion: v1', text: 'kind: ConfigMap\nmetadata:\n  name: a\n', preferred: true },
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
);
example(
  'server/src/validate/identity.ts | Change apiVersion to ${apiVersion}',
  {
    code: 'schema/api-version',
    title: 'Change apiVersion to apps/v1',
    text: 'apiVersion: apps/v2\nkind: Deployment\nmetadata:\n  name: a\n',
    preferred: true,
  },
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a\n',
);
example(
  "server/src/validate/identity.ts | Change kind to ${similar}${carries ? '' : ` (apiVersion ${preferred})`}",
  {
    code: 'schema/unknown-kind',
    title: 'Change kind to ConfigMap',
    text: 'apiVersion: v1\nkind: ConfigMp\nmetadata:\n  name: a\n',
    preferred: true,
  },
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
);
example(
  'server/src/validate/messages.ts | Change to ${suggestion}',
  { code: 'schema/enum', title: 'Change to Always', text: container('      imagePullPolicy: Alway\n'), preferred: true },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      imagePullPolicy: Always\n',
);
example(
  'server/src/validate/messages.ts | Change to ${s}',
  {
    code: 'schema/format',
    title: 'Change to 1k',
    text: 'apiVersion: node.k8s.io/v1\nkind: RuntimeClass\nmetadata:\n  name: q\nhandler: runc\noverhead:\n  podFixed:\n    cpu: 1 k\n',
    preferred: true,
  },
  'apiVersion: node.k8s.io/v1\nkind: RuntimeClass\nmetadata:\n  name: q\nhandler: runc\noverhead:\n  podFixed:\n    cpu: 1k\n',
);
example(
  'server/src/validate/messages.ts | Make it the list ${list}',
  { code: 'schema/type', title: 'Make it the list ["sleep", "10"]', text: container('      command: sleep 10\n'), preferred: true },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      command: ["sleep", "10"]\n',
);
example(
  'server/src/validate/messages.ts | Quote ${source}',
  { code: 'schema/type', title: 'Quote yes', text: container('      env:\n        - name: A\n          value: yes\n'), preferred: true },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      env:\n        - name: A\n          value: "yes"\n',
);
example(
  'server/src/validate/messages.ts | Quote ${source}',
  { code: 'schema/type', title: 'Quote 0755', text: container('      env:\n        - name: A\n          value: 0755\n'), preferred: true },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      env:\n        - name: A\n          value: "0755"\n',
);
example(
  'server/src/validate/messages.ts | Remove the quotes',
  {
    code: 'schema/type',
    title: 'Remove the quotes',
    text: pod('  containers:\n    - name: c\n      image: nginx:1.27\n  terminationGracePeriodSeconds: "30"\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n  terminationGracePeriodSeconds: 30\n',
);
example(
  'server/src/validate/messages.ts | Remove the quotes',
  {
    code: 'schema/type',
    title: 'Remove the quotes',
    text: pod('  containers:\n    - name: c\n      image: nginx:1.27\n  hostNetwork: "true"\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n  hostNetwork: true\n',
);
example(
  'server/src/validate/messages.ts | Rename to "${suggestion}"',
  {
    code: 'schema/unknown-field',
    title: 'Rename to "imagePullPolicy"',
    text: container('      imagePullPolcy: Always\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      imagePullPolicy: Always\n',
);
example(
  'server/src/validate/moveKey.ts | Move "${field}" into ${label}',
  {
    code: 'schema/unknown-field',
    title: 'Move "image" into Pod.spec.containers[0]',
    text: pod('  image: nginx:1.27\n  containers:\n    - name: c\n      ports:\n        - containerPort: 80\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      ports:\n        - containerPort: 80\n      image: nginx:1.27\n',
);

example(
  'server/src/rules/podWarnings.ts | Change to ${use}',
  {
    code: 'k8s/pod-warnings',
    title: 'Change to kubernetes.io/os',
    text: pod('  nodeSelector:\n    beta.kubernetes.io/os: linux\n  containers:\n    - name: c\n      image: nginx:1.27\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  nodeSelector:\n    kubernetes.io/os: linux\n  containers:\n    - name: c\n      image: nginx:1.27\n',
);
example(
  'server/src/rules/podWarnings.ts | Rename to serviceAccountName',
  {
    code: 'k8s/pod-warnings',
    title: 'Rename to serviceAccountName',
    text: pod('  serviceAccount: builder\n  containers:\n    - name: c\n      image: nginx:1.27\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  serviceAccountName: builder\n  containers:\n    - name: c\n      image: nginx:1.27\n',
);

example(
  'server/src/rules/ingressFields.ts | Change to /${value}',
  {
    code: 'k8s/ingress-fields',
    title: 'Change to /api',
    text: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n    - http:\n        paths:\n          - path: api\n            pathType: Prefix\n            backend:\n              service:\n                name: web\n                port:\n                  number: 80\n',
    preferred: true,
  },
  'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n    - http:\n        paths:\n          - path: /api\n            pathType: Prefix\n            backend:\n              service:\n                name: web\n                port:\n                  number: 80\n',
);
example(
  'server/src/rules/serviceWarnings.ts | Change to ${use}',
  {
    code: 'k8s/service-warnings',
    title: 'Change to 10.1.2.3',
    text: service('  loadBalancerIP: 010.1.2.3\n  ports:\n    - port: 80\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  loadBalancerIP: 10.1.2.3\n  ports:\n    - port: 80\n',
);
example(
  'server/src/rules/serviceWarnings.ts | Change to PreferSameZone',
  {
    code: 'k8s/service-warnings',
    title: 'Change to PreferSameZone',
    text: service('  trafficDistribution: PreferClose\n  ports:\n    - port: 80\n'),
    preferred: true,
  },
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  trafficDistribution: PreferSameZone\n  ports:\n    - port: 80\n',
);
example(
  'server/src/rules/serviceWarnings.ts | Rename to ${MODE}',
  {
    code: 'k8s/service-warnings',
    title: 'Rename to service.kubernetes.io/topology-mode',
    text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  annotations:\n    service.kubernetes.io/topology-aware-hints: Auto\nspec:\n  ports:\n    - port: 80\n',
    preferred: true,
  },
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  annotations:\n    service.kubernetes.io/topology-mode: Auto\nspec:\n  ports:\n    - port: 80\n',
);
example(
  'server/src/rules/workloadFields.ts | Change to ${fix}',
  {
    code: 'k8s/workload-fields',
    title: 'Change to Retain',
    text: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  selector:\n    matchLabels:\n      app: db\n  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: retain\n  template:\n    metadata:\n      labels:\n        app: db\n    spec:\n      containers:\n        - name: db\n          image: postgres:16\n',
    preferred: true,
  },
  'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  selector:\n    matchLabels:\n      app: db\n  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Retain\n  template:\n    metadata:\n      labels:\n        app: db\n    spec:\n      containers:\n        - name: db\n          image: postgres:16\n',
);

example(
  'server/src/rules/storageWarnings.ts | Change to ${use}',
  {
    code: 'k8s/storage-warnings',
    title: 'Change to kubernetes.io/os',
    text: 'apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: pv\nspec:\n  capacity:\n    storage: 1Gi\n  accessModes: [ReadWriteOnce]\n  local:\n    path: /data\n  nodeAffinity:\n    required:\n      nodeSelectorTerms:\n        - matchExpressions:\n            - key: beta.kubernetes.io/os\n              operator: In\n              values: [linux]\n',
    preferred: true,
  },
  'apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: pv\nspec:\n  capacity:\n    storage: 1Gi\n  accessModes: [ReadWriteOnce]\n  local:\n    path: /data\n  nodeAffinity:\n    required:\n      nodeSelectorTerms:\n        - matchExpressions:\n            - key: kubernetes.io/os\n              operator: In\n              values: [linux]\n',
);

example(
  'server/src/rules/jobFields.ts | Change to ${found.spelled}',
  { code: 'k8s/job-fields', title: 'Change to Europe/Paris', text: cronJob('  timeZone: europe/paris\n'), preferred: true },
  cronJob('  timeZone: Europe/Paris\n'),
);

example(
  'server/src/rules/podAnnotations.ts | Change the annotation to "${to}"',
  {
    code: 'k8s/pod-annotations',
    title: 'Change the annotation to "unconfined"',
    text: container('      securityContext:\n        seccompProfile: {type: Unconfined}\n').replace(
      'spec:\n',
      '  annotations:\n    container.seccomp.security.alpha.kubernetes.io/c: runtime/default\nspec:\n',
    ),
    preferred: false,
  },
  container('      securityContext:\n        seccompProfile: {type: Unconfined}\n').replace(
    'spec:\n',
    '  annotations:\n    container.seccomp.security.alpha.kubernetes.io/c: unconfined\nspec:\n',
  ),
);

/** Fixes that are not offered on one diagnostic, and the test that states their exact result. */
export const ELSEWHERE: Record<string, string> = {
  'server/src/server.ts | Fix all k8sense problems': 'test/fixes/fixAll.test.ts',
};
