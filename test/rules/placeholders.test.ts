// `${VAR}` (envsubst) and `{{ ... }}` (Helm-like) placeholders are filled in before the manifest
// reaches Kubernetes: no rule may report them. The same manifest with a wrong literal in each place
// shows that every spot is one where a rule would otherwise speak.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/yaml/parse';
import { validateFile } from '../../server/src/validation';
import { withDefaults } from '../../server/src/settings';
import { RULE_DOCUMENT_CHECKS, RULE_FILE_CHECKS } from '../../server/src/rules';
import { yaml } from './ruleTester';

/** Each `@name@` is replaced by a placeholder, or by the wrong literal that the named rule reports. */
const TEMPLATE = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: "@object-name@"
    labels:
      "@labels@": web
  spec:
    selector:
      matchLabels:
        app: "@workload-selector@"
        tier: web
    strategy:
      rollingUpdate:
        maxSurge: "@rolling-update@"
    template:
      metadata:
        labels: {app: web, tier: web}
      spec:
        restartPolicy: "@restart-policy@"
        containers:
          - name: "@container-name@"
            image: nginx:1.27
            ports:
              - containerPort: 8080
                name: "@container-ports@"
            resources:
              requests: {memory: "@quantity@", cpu: 100m}
            volumeMounts:
              - {name: "@volume-mount-name@", mountPath: /data}
              - {name: config, mountPath: /config}
        volumes:
          - name: data
            hostPath: {path: /data, type: "@host-path-type@"}
          - name: config
            configMap: {name: "@volume-reference@"}
  ---
  apiVersion: v1
  kind: ConfigMap
  metadata: {name: app-config}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec:
    type: "@service-type@"
    selector: {app: "@service-selector-matches@"}
    ports:
      - port: 80
        targetPort: "@service-ports@"
  ---
  apiVersion: batch/v1
  kind: CronJob
  metadata: {name: nightly}
  spec:
    schedule: "@cron-schedule@"
    concurrencyPolicy: "@concurrency-policy@"
    jobTemplate:
      spec:
        template:
          spec:
            restartPolicy: OnFailure
            containers: [{name: job, image: "busybox:1.36"}]
  ---
  apiVersion: v1
  kind: PersistentVolumeClaim
  metadata: {name: data}
  spec:
    accessModes: ["@access-modes@"]
    resources: {requests: {storage: 1Gi}}
`;

/** A wrong literal per spot, and the rule that reports it. */
const WRONG: Record<string, [string, string]> = {
  'object-name': ['Web_App', 'k8s/object-name'],
  labels: ['-bad', 'k8s/labels'],
  'workload-selector': ['api', 'k8s/workload-selector'],
  'rolling-update': ['1', 'k8s/rolling-update'],
  'restart-policy': ['Never', 'k8s/restart-policy'],
  'container-name': ['Web', 'k8s/container-name'],
  'container-ports': ['8080', 'k8s/container-ports'],
  quantity: ['1GB', 'k8s/quantity'],
  'volume-mount-name': ['dat', 'k8s/volume-mount-name'],
  'host-path-type': ['directory', 'k8s/host-path-type'],
  'volume-reference': ['app-confg', 'k8s/reference'],
  'service-type': ['Nodeport', 'k8s/service-type'],
  'service-selector-matches': ['api', 'k8s/service-selector-matches'],
  'service-ports': ['http_port', 'k8s/service-ports'],
  'cron-schedule': ['0 0 * * * *', 'k8s/cron-schedule'],
  'concurrency-policy': ['forbid', 'k8s/concurrency-policy'],
  'access-modes': ['RWO', 'k8s/persistent-volume-claim'],
};

function ruleReports(text: string): string[] {
  const settings = withDefaults({ requireKubernetes: true });
  return validateFile(parseFile(text), settings, { documentChecks: RULE_DOCUMENT_CHECKS, fileChecks: RULE_FILE_CHECKS })
    .filter((d) => String(d.code).startsWith('k8s/') && d.code !== 'k8s/host-path-volume')
    .map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`);
}

test('every spot of the manifest is one a rule reports when the value is wrong', () => {
  const wrong = TEMPLATE.replace(/@([a-z-]+)@/g, (_, name: string) => WRONG[name][0]);
  const codes = new Set(ruleReports(wrong).map((r) => r.split(' ')[1]));
  for (const [name, [, rule]] of Object.entries(WRONG)) assert.ok(codes.has(rule), `${name}: expected a report from ${rule}`);
});

for (const [style, make] of [
  ['${VAR}', (name: string) => '${' + name.toUpperCase().replace(/-/g, '_') + '}'],
  ['{{ .Values.x }}', (name: string) => `{{ .Values.${name.replace(/-/g, '')} }}`],
] as const) {
  test(`no rule reports a ${style} placeholder`, () => {
    const text = TEMPLATE.replace(/@([a-z-]+)@/g, (_, name: string) => make(name));
    assert.deepEqual(ruleReports(text), []);
  });
}
