import { rule } from '../../server/src/rules/volumeMountName';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    {
      // validateVolumeMounts: a mount naming the volume exactly, and one from a StatefulSet claim template.
      name: 'boundary: validateVolumeMounts: a mount naming the volume exactly, and one from a StatefulSet claim template',
      boundary: true,
      code: `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: app:1, volumeMounts: [{name: data, mountPath: /data}]}]\n  volumes: [{name: data, emptyDir: {}}]\n`,
    },
    {
      name: 'volume devices name claim templates too',
      code: yaml`
      apiVersion: apps/v1
      kind: StatefulSet
      spec:
        template:
          spec:
            containers:
              - name: db
                volumeMounts: [{name: data, mountPath: /var/lib/db}]
                volumeDevices: [{name: raw, devicePath: /dev/xvda}]
        volumeClaimTemplates:
          - metadata: {name: data}
          - metadata: {name: raw}
    `,
    },
    {
      name: 'a StatefulSet volume claim template is a volume of its pods',
      code: yaml`
      apiVersion: apps/v1
      kind: StatefulSet
      spec:
        template:
          spec:
            containers:
              - name: web
                volumeMounts: [{name: www, mountPath: /usr/share/nginx/html}]
        volumeClaimTemplates:
          - metadata: {name: www}
    `,
    },
    yaml`
      apiVersion: apps/v1
      kind: StatefulSet
      spec:
        template:
          spec:
            containers:
              - name: db
                volumeMounts:
                  - name: data
                    mountPath: /var/lib/db
            volumes:
              - name: data
                emptyDir: {}
    `,
  ],
  invalid: [
    {
      name: 'a StatefulSet: the claim templates are among the volumes the message offers',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        spec:
          template:
            spec:
              containers:
                - name: db
                  volumeMounts: [{name: dta, mountPath: /var/lib/db}]
                  volumeDevices: [{name: raw, devicePath: /dev/xvda}]
          volumeClaimTemplates:
            - metadata: {name: data}
            - metadata: {name: raw}
      `,
      errors: [
        {
          line: 8,
          column: 33,
          endLine: 8,
          endColumn: 36,
          message:
            'container "db" mounts volume "dta", but the pod has no volume with that name: its volumes are "data" and "raw" — did you mean "data"?',
        },
      ],
      output: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        spec:
          template:
            spec:
              containers:
                - name: db
                  volumeMounts: [{name: data, mountPath: /var/lib/db}]
                  volumeDevices: [{name: raw, devicePath: /dev/xvda}]
          volumeClaimTemplates:
            - metadata: {name: data}
            - metadata: {name: raw}
      `,
    },
    {
      name: 'close to a volume: did you mean, with a fix',
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          containers:
            - name: app
              volumeMounts:
                - name: cache
                  mountPath: /cache
          volumes:
            - name: cache-volume
              emptyDir: {}
            - name: config
              configMap: {name: app}
      `,
      errors: [
        {
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 22,
          message:
            'container "app" mounts volume "cache", but the pod has no volume with that name: its volumes are "cache-volume" and "config" — did you mean "cache-volume"?',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          containers:
            - name: app
              volumeMounts:
                - name: cache-volume
                  mountPath: /cache
          volumes:
            - name: cache-volume
              emptyDir: {}
            - name: config
              configMap: {name: app}
      `,
    },
    {
      name: 'a pod without volumes, in a CronJob',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  containers:
                    - name: backup
                      volumeMounts:
                        - {name: "data", mountPath: /data}
      `,
      errors: [
        {
          line: 11,
          column: 26,
          endLine: 11,
          endColumn: 32,
          message: 'container "backup" mounts volume "data", but the pod has no volumes: add one named "data" under the pod\'s "volumes"',
        },
      ],
      output: null,
    },
  ],
});
