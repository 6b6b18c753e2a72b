import { rule } from '../../server/src/rules/restartPolicy';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

// ValidatePodTemplateSpecForReplicaSet, ValidateStatefulSetSpec, ValidateDaemonSetSpec (pkg/apis/apps/validation), validateJobSpec (pkg/apis/batch/validation).

ruleTester(rule, {
  valid: [
    {
      // validateJobSpec / ValidatePodTemplateSpecForReplicaSet: the one value each kind takes.
      name: 'boundary: a Job with Never, a Deployment with Always written out',
      boundary: true,
      code: 'apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: a, image: a}]\n---\napiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      containers: [{name: a, image: a}]\n',
    },
    {
      name: 'a misspelt restartPolicy key in a Job',
      code: yaml`
      apiVersion: batch/v1
      kind: Job
      spec:
        template:
          spec:
            restartpolicy: Never
            containers: [{name: task, image: busybox:1.36}]
    `,
    },
    yaml`
      apiVersion: v1
      kind: Pod
      spec:
        restartPolicy: Never
        initContainers:
          - name: proxy
            restartPolicy: Always
    `,
    yaml`
      apiVersion: batch/v1
      kind: Job
      spec:
        template:
          spec:
            restartPolicy: OnFailure
    `,
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        template:
          spec:
            containers: []
    `,
  ],
  invalid: [
    {
      name: 'a Job relying on the default Always',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        spec:
          template:
            spec:
              containers: []
      `,
      errors: [
        {
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 9,
          message:
            'the pod template of a Job needs "restartPolicy: OnFailure" or "restartPolicy: Never": the default, Always, is not allowed for pods that run to completion',
        },
      ],
      output: yaml`
        apiVersion: batch/v1
        kind: Job
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: []
      `,
    },
    {
      name: 'a Job with restartPolicy Always: Never is preferred (as kubectl create job writes), OnFailure offered',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        spec:
          template:
            spec:
              restartPolicy: Always
              containers: []
      `,
      errors: [
        {
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 28,
          message: 'restartPolicy "Always" is not allowed here: a Job\'s pods accept only "OnFailure" or "Never"',
        },
      ],
      output: yaml`
        apiVersion: batch/v1
        kind: Job
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: []
      `,
    },
    {
      name: 'a Deployment whose pods would stop',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            spec:
              restartPolicy: Never
      `,
      errors: [
        {
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 27,
          message:
            'restartPolicy "Never" is not allowed here: a Deployment\'s pods accept only "Always" (they are restarted whenever they stop)',
        },
      ],
      output: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            spec:
              restartPolicy: Always
      `,
    },
    {
      name: 'a misspelt value in a CronJob, and an init container policy',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: onfailure
                  initContainers:
                    - name: init
                      restartPolicy: Never
      `,
      errors: [
        {
          line: 8,
          column: 26,
          endLine: 8,
          endColumn: 35,
          message: 'restartPolicy "onfailure" is not allowed here: use "OnFailure" or "Never" — did you mean "OnFailure"?',
        },
        {
          line: 11,
          column: 30,
          endLine: 11,
          endColumn: 35,
          message:
            'init container "init" may only set restartPolicy "Always" (which makes it a sidecar that keeps running); leave it out for a normal init container',
        },
      ],
      output: yaml`
        apiVersion: batch/v1
        kind: CronJob
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  initContainers:
                    - name: init
                      restartPolicy: Never
      `,
    },
    at(
      'apps:ValidateStatefulSetSpec#9, apps:ValidateDaemonSetSpec#3, apps:ValidatePodTemplateSpecForReplicaSet#3: workload templates take only Always',
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers: [{name: app, image: app:1}]\n---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: app, image: app:1}]\n---\napiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: app, image: app:1}]\n',
      [
        [
          'OnFailure',
          'restartPolicy "OnFailure" is not allowed here: a StatefulSet\'s pods accept only "Always" (they are restarted whenever they stop)',
        ],
        [
          'Never',
          'restartPolicy "Never" is not allowed here: a DaemonSet\'s pods accept only "Always" (they are restarted whenever they stop)',
        ],
        [
          'Never',
          'restartPolicy "Never" is not allowed here: a ReplicaSet\'s pods accept only "Always" (they are restarted whenever they stop)',
          1,
        ],
      ],
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      containers: [{name: app, image: app:1}]\n---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      containers: [{name: app, image: app:1}]\n---\napiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      containers: [{name: app, image: app:1}]\n',
    ),
    at(
      'batch:validateJobSpec#14 and batch:validateJobSpec#15: a Job without restartPolicy (defaulted to Always), and with an unknown one',
      'apiVersion: batch/v1\nkind: Job\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      containers: [{name: app, image: app:1}]\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: b}\nspec:\n  template:\n    spec:\n      restartPolicy: Sometimes\n      containers: [{name: app, image: app:1}]\n',
      [
        [
          '«spec»:\n      containers',
          'the pod template of a Job needs "restartPolicy: OnFailure" or "restartPolicy: Never": the default, Always, is not allowed for pods that run to completion',
        ],
        ['Sometimes', 'restartPolicy "Sometimes" is not allowed here: use "OnFailure" or "Never"'],
      ],
      'apiVersion: batch/v1\nkind: Job\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: app, image: app:1}]\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: b}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: app, image: app:1}]\n',
    ),
  ],
});
