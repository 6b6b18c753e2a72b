import { rule } from '../../server/src/rules/reference';
import { ruleTester, yaml } from './ruleTester';

/** The code with each [wrong, right] text replaced once: what the fixes make of it. */
function fixed(code: string, ...edits: [string, string][]): string {
  for (const [wrong, right] of edits) {
    if (code.split(wrong).length !== 2) throw new Error(`"${wrong}" is not in the code exactly once`);
    code = code.replace(wrong, right);
  }
  return code;
}

const NEAR_MISS = yaml`
  apiVersion: v1
  kind: PersistentVolumeClaim
  metadata: {name: data-claim}
  ---
  apiVersion: v1
  kind: Pod
  spec:
    containers:
      - name: c
        image: busybox:1.36
        envFrom:
          - secretRef: {name: "data-claim"}
    volumes:
      - name: data
        persistentVolumeClaim:
          claimName: data-clam
`;

const ACROSS = yaml`
  apiVersion: v1
  kind: Secret
  metadata: {name: creds, namespace: b}
  stringData: {password: x}
  ---
  apiVersion: v1
  kind: ConfigMap
  metadata: {name: cfg, namespace: a}
  data: {mode: x, level: y}
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web, namespace: a}
  spec:
    selector: {matchLabels: {app: web}}
    template:
      metadata: {labels: {app: web}}
      spec:
        containers:
          - name: web
            image: nginx:1.27
            ports: [{name: http, containerPort: 80}]
            livenessProbe: {tcpSocket: {port: htp}}
            env:
              - {name: P, valueFrom: {secretKeyRef: {name: creds, key: password}}}
              - {name: M, valueFrom: {configMapKeyRef: {name: cfg, key: mdoe}}}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: web, namespace: a}
  spec:
    selector: {app: web}
    ports: [{name: web, port: 80, targetPort: https}]
  ---
  apiVersion: networking.k8s.io/v1
  kind: Ingress
  metadata: {name: web, namespace: a}
  spec:
    defaultBackend: {service: {name: web, port: {number: 8080}}}
`;

ruleTester(rule, {
  noBoundary: 'a reference resolves or not; there is no numeric limit to sit just inside of',
  valid: [
    yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: app-config}
      data: {MODE: prod}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: p, labels: {app: p}}
      spec:
        serviceAccountName: default
        containers:
          - name: c
            image: busybox:1.36
            ports: [{name: http, containerPort: 80}]
            readinessProbe: {httpGet: {port: http}}
            envFrom: [{configMapRef: {name: app-config}}]
            env:
              - {name: MODE, valueFrom: {configMapKeyRef: {name: app-config, key: MODE}}}
              - {name: X, valueFrom: {secretKeyRef: {name: maybe, key: x, optional: true}}}
        volumes:
          - {name: extra, configMap: {name: maybe, optional: true}}
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata: {name: data}
      spec:
        storageClassName: standard
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: 1Gi}}
    `,
  ],
  invalid: [
    {
      name: 'a near miss is a warning with the did-you-mean and a fix',
      code: NEAR_MISS,
      errors: [
        {
          line: 12,
          column: 29,
          endLine: 12,
          endColumn: 41,
          severity: 'info',
          message: 'no Secret named "data-claim" in this file: the pod will not start until it exists, unless it is created elsewhere',
        },
        {
          line: 16,
          column: 20,
          endLine: 16,
          endColumn: 29,
          severity: 'warning',
          message: 'no PersistentVolumeClaim named "data-clam" in this file — did you mean "data-claim" (this file)?',
        },
      ],
      // The Secret named in envFrom exists nowhere: its "Create …" fix appends one.
      output:
        fixed(NEAR_MISS, ['claimName: data-clam', 'claimName: data-claim']) +
        '---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: data-claim\ntype: Opaque\n',
    },
    {
      name: 'a ConfigMap defined nowhere: "Create …" appends one with the key read from it, in the pod\'s namespace',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: shop}
        spec:
          containers:
            - name: c
              image: busybox:1.36
              env:
                - {name: A, valueFrom: {configMapKeyRef: {name: cfg, key: MODE}}}`,
      errors: [
        {
          line: 9,
          column: 57,
          endLine: 9,
          endColumn: 60,
          severity: 'info',
          message: 'no ConfigMap named "cfg" in this file: the pod will not start until it exists, unless it is created elsewhere',
        },
      ],
      // The file ends without a newline: the appended document still starts on a line of its own.
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: shop}
        spec:
          containers:
            - name: c
              image: busybox:1.36
              env:
                - {name: A, valueFrom: {configMapKeyRef: {name: cfg, key: MODE}}}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
          namespace: shop
        data:
          MODE: ""
      `,
    },
    {
      name: 'a Secret defined nowhere: "Create …" appends an Opaque Secret with the key as stringData',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: c
              image: busybox:1.36
              env:
                - {name: B, valueFrom: {secretKeyRef: {name: creds, key: password}}}
      `,
      errors: [
        {
          line: 9,
          column: 54,
          endLine: 9,
          endColumn: 59,
          severity: 'info',
          message: 'no Secret named "creds" in this file: the pod will not start until it exists, unless it is created elsewhere',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: c
              image: busybox:1.36
              env:
                - {name: B, valueFrom: {secretKeyRef: {name: creds, key: password}}}
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: creds
        type: Opaque
        stringData:
          password: ""
      `,
    },
    {
      name: 'a claim defined nowhere: "Create …" appends a 1Gi ReadWriteOnce claim',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: c
              image: busybox:1.36
          volumes:
            - {name: data, persistentVolumeClaim: {claimName: data}}
      `,
      errors: [
        {
          line: 9,
          column: 55,
          endLine: 9,
          endColumn: 59,
          severity: 'info',
          message:
            'no PersistentVolumeClaim named "data" in this file: the pod will not start until it exists, unless it is created elsewhere',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: c
              image: busybox:1.36
          volumes:
            - {name: data, persistentVolumeClaim: {claimName: data}}
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: data
        spec:
          accessModes:
            - ReadWriteOnce
          resources:
            requests:
              storage: 1Gi
      `,
    },
    {
      name: 'another namespace, a missing key, a missing Service port, a missing container port',
      code: ACROSS,
      errors: [
        {
          line: 23,
          column: 45,
          endLine: 23,
          endColumn: 48,
          message: 'no port named "htp" (this container declares "http") — did you mean "http"?',
        },
        {
          line: 25,
          column: 58,
          endLine: 25,
          endColumn: 63,
          message:
            'Secret "creds" is in namespace "b" (this file), but this Deployment is in namespace "a": a Secret is only visible to objects of its own namespace',
        },
        {
          line: 26,
          column: 71,
          endLine: 26,
          endColumn: 75,
          message: 'ConfigMap "cfg" has no key "mdoe" (it has "mode" and "level") — did you mean "mode"?',
        },
        {
          line: 33,
          column: 45,
          endLine: 33,
          endColumn: 50,
          message: 'no port named "https" (the containers of the pods this Service selects declare "http") — did you mean "http"?',
        },
        { line: 39, column: 56, endLine: 39, endColumn: 60, message: 'Service "web" has no port 8080 (it has "web")' },
      ],
      output: fixed(ACROSS, ['port: htp}', 'port: http}'], ['key: mdoe}', 'key: mode}'], ['targetPort: https}', 'targetPort: http}']),
    },
  ],
});
