// validateHorizontalPodAutoscalerSpec, ValidateCrossVersionObjectReference, validateMetricSpec, validateObjectSource, validateExternalSource,
// validatePodsSource, validateResourceSource, validateContainerResourceSource, validateMetricTarget, validateMetricIdentifier,
// validateScalingRules, validateScalingPolicy (pkg/apis/autoscaling/validation/validation.go).
import { rule } from '../../server/src/rules/hpaFields';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const hpa = (spec: string, replicas = '  minReplicas: 1\n  maxReplicas: 3\n') =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n${replicas}${spec}`;
const metric = (m: string) => hpa(`  metrics:\n    - ${m}\n`);

ruleTester(rule, {
  valid: [
    {
      // validateHorizontalPodAutoscalerSpec / validateScalingRules / validateScalingPolicy / validateMetricTarget: the values just allowed.
      name: 'boundary: minReplicas 1 = maxReplicas 1, a 3600 s window, a 1800 s period, averageUtilization 1, every metric source',
      boundary: true,
      code: hpa(
        '  behavior:\n    scaleDown:\n      stabilizationWindowSeconds: 3600\n      policies: [{type: Pods, value: 1, periodSeconds: 1800}]\n  metrics:\n    - {type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 1}}}\n    - {type: ContainerResource, containerResource: {name: memory, container: app, target: {type: AverageValue, averageValue: 500Mi}}}\n    - {type: Pods, pods: {metric: {name: rps}, target: {type: AverageValue, averageValue: "10"}}}\n    - {type: Object, object: {describedObject: {kind: Ingress, name: web}, metric: {name: hits}, target: {type: Value, value: 1k}}}\n    - {type: External, external: {metric: {name: queue}, target: {type: AverageValue, averageValue: "30"}}}\n',
        '  minReplicas: 1\n  maxReplicas: 1\n',
      ),
    },
  ],
  invalid: [
    at(
      'autoscaling:validateHorizontalPodAutoscalerSpec#1, autoscaling:validateHorizontalPodAutoscalerSpec#2, autoscaling:validateHorizontalPodAutoscalerSpec#3, autoscaling:validateMetrics#1: replicas, and scaling to zero without an Object or External metric',
      hpa('', '  minReplicas: 0\n  maxReplicas: 0\n') + '---\n' + hpa('', '  minReplicas: 5\n  maxReplicas: 2\n'),
      [
        ['«0»\n  max', 'minReplicas must be 1 or more, not 0 (scaling to zero needs the HPAScaleToZero feature gate, off in 1.36)'],
        ['«0»\n  max', 'scaling to zero replicas needs at least one Object or External metric, to scale up again from'],
        ['maxReplicas: «0»', 'maxReplicas must be 1 or more, not 0'],
        ['maxReplicas: «2»', 'maxReplicas (2) must not be below minReplicas (5)'],
      ],
    ),
    at(
      'autoscaling:ValidateCrossVersionObjectReference#2, autoscaling:ValidateCrossVersionObjectReference#4, autoscaling:validateMetricIdentifier#2: references and metric names',
      `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\nspec:\n  scaleTargetRef: {kind: "apps/Deployment", name: ".."}\n  maxReplicas: 2\n  metrics:\n    - {type: Pods, pods: {metric: {name: "a/b"}, target: {type: AverageValue, averageValue: "1"}}}\n`,
      [
        ['"apps/Deployment"', 'scaleTargetRef.kind "apps/Deployment" may not be "." or "..", nor contain "/" or "%"'],
        ['".."', 'scaleTargetRef.name ".." may not be "." or "..", nor contain "/" or "%"'],
        ['"a/b"', 'metrics[0].pods.metric.name "a/b" may not be "." or "..", nor contain "/" or "%"'],
      ],
    ),
    at(
      'autoscaling:validateMetricSpec#3, autoscaling:validateMetricSpec#5, autoscaling:validateMetricSpec#9: a metric without its section, and with another',
      metric('{type: Object, resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}}') +
        '---\n' +
        metric(
          '{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}, pods: {metric: {name: x}, target: {type: AverageValue, averageValue: "1"}}}',
        ),
      [
        ['Object', 'metrics[0] has type Object but no object section: add object with the metric and its target'],
        ['resource', 'metrics[0]: resource does not belong to a metric of type Object: keep only object'],
        ['pods', 'metrics[0]: pods does not belong to a metric of type Resource: keep only resource'],
      ],
    ),
    at(
      'autoscaling:validateObjectSource#1, autoscaling:validateExternalSource#1, autoscaling:validateExternalSource#2, autoscaling:validatePodsSource#1: what each source needs',
      metric('{type: Object, object: {describedObject: {kind: Service, name: s}, metric: {name: m}, target: {type: AverageValue}}}') +
        '---\n' +
        metric('{type: External, external: {metric: {name: q}, target: {type: Value}}}') +
        '---\n' +
        metric('{type: External, external: {metric: {name: q}, target: {type: Value, value: "5", averageValue: "1"}}}') +
        '---\n' +
        metric('{type: Pods, pods: {metric: {name: rps}, target: {type: Value, value: "10"}}}'),
      [
        ['target', 'metrics[0].object.target needs a value or an averageValue'],
        ['target', 'metrics[0].external.target needs a value (for the metric) or an averageValue (per pod)', 1],
        ['value', 'metrics[0].external.target sets both value and averageValue: use one of them', 3],
        ['target', 'metrics[0].pods.target needs an averageValue: a Pods metric is averaged over the pods', 3],
      ],
    ),
    at(
      'autoscaling:validateResourceSource#1, autoscaling:validateResourceSource#2, autoscaling:validateResourceSource#3, autoscaling:validateContainerResourceSource#1, autoscaling:validateContainerResourceSource#2, autoscaling:validateContainerResourceSource#3, autoscaling:validateContainerResourceSource#4: resource sources',
      metric('{type: Resource, resource: {name: "", target: {type: Utilization}}}') +
        '---\n' +
        metric('{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 50, averageValue: 100m}}}') +
        '---\n' +
        metric('{type: ContainerResource, containerResource: {name: "", container: "", target: {type: Utilization}}}') +
        '---\n' +
        metric(
          '{type: ContainerResource, containerResource: {name: cpu, container: app, target: {type: AverageValue, averageUtilization: 50, averageValue: 1}}}',
        ),
      [
        ['""', 'metrics[0].resource.name must not be empty: name a resource such as cpu or memory'],
        ['target', 'metrics[0].resource.target needs an averageUtilization (a percentage of the request) or an averageValue'],
        ['averageValue', 'metrics[0].resource.target sets both averageUtilization and averageValue: use one of them'],
        ['""', 'metrics[0].containerResource.name must not be empty: name a resource such as cpu or memory', 1],
        ['""', 'metrics[0].containerResource.container must not be empty: name the container whose usage counts', 2],
        ['target', 'metrics[0].containerResource.target needs an averageUtilization (a percentage of the request) or an averageValue', 2],
        ['averageValue', 'metrics[0].containerResource.target sets both averageUtilization and averageValue: use one of them', 1],
      ],
    ),
    at(
      'autoscaling:validateMetricTarget#2, autoscaling:validateMetricTarget#3, autoscaling:validateMetricTarget#4, autoscaling:validateMetricTarget#5: targets',
      metric(
        '{type: Object, object: {describedObject: {kind: Service, name: s}, metric: {name: m}, target: {type: Percent, value: "0"}}}',
      ) +
        '---\n' +
        metric('{type: Pods, pods: {metric: {name: rps}, target: {type: AverageValue, averageValue: "-1"}}}') +
        '---\n' +
        metric('{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 0}}}'),
      [
        ['Percent', 'metrics[0].object.target.type "Percent" is not a target type: use Utilization, Value or AverageValue'],
        ['"0"', 'metrics[0].object.target.value must be positive, not 0'],
        ['"-1"', 'metrics[0].pods.target.averageValue must be positive, not -1'],
        ['averageUtilization: «0»', 'metrics[0].resource.target.averageUtilization must be 1 or more (a percentage of the request), not 0'],
      ],
    ),
    at(
      'autoscaling:validateScalingRules#1, autoscaling:validateScalingRules#2, autoscaling:validateScalingPolicy#2, autoscaling:validateScalingPolicy#3, autoscaling:validateScalingPolicy#4: behavior',
      hpa(
        '  behavior:\n    scaleUp:\n      stabilizationWindowSeconds: -1\n      policies: [{type: Percent, value: 0, periodSeconds: 0}]\n    scaleDown:\n      stabilizationWindowSeconds: 3601\n      policies: [{type: Pods, value: 1, periodSeconds: 1801}]\n',
      ),
      [
        ['-1', 'behavior.scaleUp.stabilizationWindowSeconds must be from 0 to 3600 (one hour), not -1'],
        ['value: «0»', 'behavior.scaleUp.policies[0].value must be greater than 0, not 0'],
        ['periodSeconds: «0»', 'behavior.scaleUp.policies[0].periodSeconds must be from 1 to 1800 (30 minutes), not 0'],
        ['3601', 'behavior.scaleDown.stabilizationWindowSeconds must be from 0 to 3600 (one hour), not 3601'],
        ['1801', 'behavior.scaleDown.policies[0].periodSeconds must be from 1 to 1800 (30 minutes), not 1801'],
      ],
    ),
    at(
      'autoscaling:ValidateCrossVersionObjectReference#1, autoscaling:ValidateCrossVersionObjectReference#3, autoscaling:validateMetricIdentifier#1, autoscaling:validateMetricTarget#1, autoscaling:validateMetricSpec#1, autoscaling:validateMetricSpec#2, autoscaling:validateMetricSpec#8: what is missing or unknown',
      `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\nspec:\n  scaleTargetRef: {kind: "", name: ""}\n  maxReplicas: 2\n  metrics:\n    - {type: Pods, pods: {metric: {}, target: {averageValue: "1"}}}\n    - {resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}}\n    - {type: Custom}\n`,
      [
        ['kind: «""»', 'scaleTargetRef needs a kind'],
        ['name: «""»', 'scaleTargetRef needs a name'],
        ['{«metric»: {}', 'metrics[0].pods.metric needs a name: the metric to scale on'],
        ['target', 'metrics[0].pods.target needs a type: Utilization, Value or AverageValue'],
        [
          '{resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}}',
          'metrics[1] needs a type: Resource, Pods, Object, External or ContainerResource',
        ],
        ['Custom', 'metrics[2].type "Custom" is not a metric type: use Resource, Pods, Object, External or ContainerResource'],
      ],
    ),
    at(
      'autoscaling:validateMetricSpec#4, autoscaling:validateMetricSpec#6, autoscaling:validateMetricSpec#7, autoscaling:validateScalingRules#3, autoscaling:validateScalingPolicy#1: missing sections and unknown policies',
      hpa(
        '  behavior:\n    scaleUp:\n      selectPolicy: Average\n      policies: [{type: Replicas, value: 1, periodSeconds: 60}]\n  metrics:\n    - {type: Pods}\n    - {type: External}\n    - {type: ContainerResource}\n',
      ),
      [
        ['Average', 'behavior.scaleUp.selectPolicy "Average" is not supported: use Max, Min or Disabled'],
        ['type: «Replicas»', 'behavior.scaleUp.policies[0].type "Replicas" is not supported: use Pods or Percent'],
        ['«Pods»}', 'metrics[0] has type Pods but no pods section: add pods with the metric and its target'],
        ['«External»}', 'metrics[1] has type External but no external section: add external with the metric and its target'],
        [
          '«ContainerResource»}',
          'metrics[2] has type ContainerResource but no containerResource section: add containerResource with the metric and its target',
        ],
      ],
    ),
  ],
});
