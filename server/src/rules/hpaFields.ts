import type { YAMLMap } from 'yaml';
import { parseQuantity } from '../k8s/quantity';
import { dns1123Label, pathSegmentName } from '../k8s/names';
import { get, isBuiltin, keyNode, mapIn, mapItems, numberValue, scalarString, stringValue } from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

// The create checks of a HorizontalPodAutoscaler (autoscaling/v2; pkg/apis/autoscaling/validation:
// validateHorizontalPodAutoscalerSpec, ValidateCrossVersionObjectReference, validateBehavior / validateScalingRules /
// validateScalingPolicy, validateMetricSpec and the metric sources, validateMetricTarget, validateMetricIdentifier).
// HPAScaleToZero is alpha and off in 1.36, so minReplicas is at least 1.

const MAX_PERIOD = 1800;
const MAX_WINDOW = 3600;
const SOURCES: Record<string, string> = {
  Object: 'object',
  Pods: 'pods',
  Resource: 'resource',
  External: 'external',
  ContainerResource: 'containerResource',
};
const TARGET_TYPES = ['Utilization', 'Value', 'AverageValue'];

function checkRef(ref: YAMLMap | undefined, where: string, report: Report) {
  for (const field of ['kind', 'name']) {
    const node = get(ref, field);
    const v = stringValue(node);
    if (v === '' || (ref && node === undefined)) report(node ?? ref!, t`${where} needs a ${field}`);
    else if (v && pathSegmentName(v).length) report(node, t`${where}.${field} "${v}" may not be "." or "..", nor contain "/" or "%"`);
  }
}

function checkTarget(source: YAMLMap, where: string, report: Report): YAMLMap | undefined {
  const target = mapIn(source, 'target');
  if (!target) return undefined;
  const type = get(target, 'type');
  const v = stringValue(type);
  if (type === undefined) report(keyNode(source, 'target')!, t`${where}.target needs a type: Utilization, Value or AverageValue`);
  else if (v !== undefined && !TARGET_TYPES.includes(v))
    report(type, t`${where}.target.type "${v}" is not a target type: use Utilization, Value or AverageValue`);
  for (const field of ['value', 'averageValue']) {
    const node = get(target, field);
    const q = parseQuantity(scalarString(node) ?? '');
    if (q && q.value <= 0) report(node, t`${where}.target.${field} must be positive, not ${q.text}`);
  }
  const util = get(target, 'averageUtilization');
  const u = numberValue(util);
  if (u !== undefined && u < 1)
    report(util, t`${where}.target.averageUtilization must be 1 or more (a percentage of the request), not ${u}`);
  return target;
}

function checkMetricName(source: YAMLMap, where: string, report: Report) {
  const node = get(mapIn(source, 'metric'), 'name');
  const v = stringValue(node);
  if (v === '' || (node === undefined && mapIn(source, 'metric')))
    report(node ?? keyNode(source, 'metric')!, t`${where}.metric needs a name: the metric to scale on`);
  else if (v && pathSegmentName(v).length) report(node, t`${where}.metric.name "${v}" may not be "." or "..", nor contain "/" or "%"`);
}

function checkSource(kind: string, source: YAMLMap, where: string, report: Report) {
  const at = keyNode(source, 'target') ?? source;
  const target = checkTarget(source, where, report);
  const has = (f: string) => get(target, f) !== undefined;
  if (kind === 'object' || kind === 'external' || kind === 'pods') checkMetricName(source, where, report);
  if (kind === 'object') {
    checkRef(mapIn(source, 'describedObject'), `${where}.describedObject`, report);
    if (!has('value') && !has('averageValue')) report(at, t`${where}.target needs a value or an averageValue`);
  } else if (kind === 'external') {
    if (!has('value') && !has('averageValue')) report(at, t`${where}.target needs a value (for the metric) or an averageValue (per pod)`);
    else if (has('value') && has('averageValue'))
      report(keyNode(target, 'value')!, t`${where}.target sets both value and averageValue: use one of them`);
  } else if (kind === 'pods') {
    if (!has('averageValue')) report(at, t`${where}.target needs an averageValue: a Pods metric is averaged over the pods`);
  } else {
    if (get(source, 'name') !== undefined && stringValue(get(source, 'name')) === '')
      report(get(source, 'name'), t`${where}.name must not be empty: name a resource such as cpu or memory`);
    if (kind === 'containerResource') {
      const c = get(source, 'container');
      const name = stringValue(c);
      if (name === '') report(c, t`${where}.container must not be empty: name the container whose usage counts`);
      else if (name && dns1123Label(name).length)
        report(c, t`${where}.container "${name}" is not a container name: ${dns1123Label(name).join('; ')}`);
    }
    if (!has('averageUtilization') && !has('averageValue'))
      report(at, t`${where}.target needs an averageUtilization (a percentage of the request) or an averageValue`);
    else if (has('averageUtilization') && has('averageValue'))
      report(keyNode(target, 'averageValue')!, t`${where}.target sets both averageUtilization and averageValue: use one of them`);
  }
}

function checkMetrics(spec: YAMLMap, report: Report) {
  for (const { map, index } of mapItems(get(spec, 'metrics'))) {
    const where = `metrics[${index}]`;
    const typeNode = get(map, 'type');
    const type = stringValue(typeNode);
    const expected = type ? SOURCES[type] : undefined;
    const present = Object.values(SOURCES).filter((f) => get(map, f) !== undefined);
    if (type === undefined) report(map, t`${where} needs a type: Resource, Pods, Object, External or ContainerResource`);
    else if (!expected) {
      report(typeNode, t`${where}.type "${type}" is not a metric type: use Resource, Pods, Object, External or ContainerResource`);
      continue;
    }
    if (expected && !present.includes(expected))
      report(typeNode!, t`${where} has type ${type} but no ${expected} section: add ${expected} with the metric and its target`);
    for (const f of present)
      if (f !== expected && (expected || present.length > 1))
        report(
          keyNode(map, f)!,
          t`${where}: ${f} does not belong to a metric of type ${type ?? '(none)'}: keep only ${expected ?? present[0]}`,
        );
    const first = present[0];
    if (first && (present.length === 1 || first === expected)) checkSource(first, mapIn(map, first)!, `${where}.${first}`, report);
  }
}

function checkBehavior(spec: YAMLMap, report: Report) {
  for (const dir of ['scaleUp', 'scaleDown']) {
    const rules = mapIn(spec, 'behavior', dir);
    if (!rules) continue;
    const where = `behavior.${dir}`;
    const window = get(rules, 'stabilizationWindowSeconds');
    const w = numberValue(window);
    if (w !== undefined && (w < 0 || w > MAX_WINDOW))
      report(window, t`${where}.stabilizationWindowSeconds must be from 0 to ${MAX_WINDOW} (one hour), not ${w}`);
    const select = get(rules, 'selectPolicy');
    const sp = stringValue(select);
    if (sp !== undefined && !['Max', 'Min', 'Disabled'].includes(sp))
      report(select, t`${where}.selectPolicy "${sp}" is not supported: use Max, Min or Disabled`);
    const policies = get(rules, 'policies');
    for (const { map, index } of mapItems(policies)) {
      const typeNode = get(map, 'type');
      const type = stringValue(typeNode);
      if (type !== undefined && type !== 'Pods' && type !== 'Percent')
        report(typeNode, t`${where}.policies[${index}].type "${type}" is not supported: use Pods or Percent`);
      const value = get(map, 'value');
      const v = numberValue(value);
      if (v !== undefined && v <= 0) report(value, t`${where}.policies[${index}].value must be greater than 0, not ${v}`);
      const period = get(map, 'periodSeconds');
      const p = numberValue(period);
      if (p !== undefined && (p <= 0 || p > MAX_PERIOD))
        report(period, t`${where}.policies[${index}].periodSeconds must be from 1 to ${MAX_PERIOD} (30 minutes), not ${p}`);
    }
  }
}

export const rule: DocumentRule = {
  id: 'k8s/hpa-fields',
  title: 'HorizontalPodAutoscaler replicas, metrics and behavior are valid',
  severity: 'error',
  scope: 'document',
  doc:
    'The create checks of a HorizontalPodAutoscaler (autoscaling/v2): `minReplicas` is at least 1 (scaling to zero needs the HPAScaleToZero gate, off in 1.36), ' +
    "`maxReplicas` at least 1 and not below `minReplicas`; `scaleTargetRef` and an Object metric's `describedObject` name a kind and an object; each metric has " +
    'the section its `type` names and no other, a target of type Utilization, Value or AverageValue with positive values, and what its source needs (Object: ' +
    'value or averageValue; External: one of them; Pods: averageValue; Resource and ContainerResource: averageUtilization or averageValue, and a container name); ' +
    '`behavior` windows are 0–3600 s, policies have a positive value and a period of 1–1800 s. (validateHorizontalPodAutoscalerSpec, validateMetricSpec, ' +
    'validateMetricTarget, validateScalingRules, validateScalingPolicy.)',
  check(doc, report) {
    if (!isBuiltin(doc, 'HorizontalPodAutoscaler', ['autoscaling'])) return;
    const spec = mapIn(doc.root, 'spec');
    if (!spec) return;
    const minNode = get(spec, 'minReplicas');
    const min = numberValue(minNode);
    const maxNode = get(spec, 'maxReplicas');
    const max = numberValue(maxNode);
    if (min !== undefined && min < 1)
      report(minNode, t`minReplicas must be 1 or more, not ${min} (scaling to zero needs the HPAScaleToZero feature gate, off in 1.36)`);
    if (max !== undefined && max < 1) report(maxNode, t`maxReplicas must be 1 or more, not ${max}`);
    else if (max !== undefined && min !== undefined && max < min)
      report(maxNode, t`maxReplicas (${max}) must not be below minReplicas (${min})`);
    checkRef(mapIn(spec, 'scaleTargetRef'), 'scaleTargetRef', report);
    // metrics and behavior have this shape in autoscaling/v2 only (v1 has targetCPUUtilizationPercentage; v2beta1/2 are removed).
    if (doc.apiVersion !== 'autoscaling/v2') return;
    checkMetrics(spec, report);
    // validateMetrics: minReplicas 0 (even where HPAScaleToZero allows it) needs an Object or External metric to wake up on.
    const kinds = mapItems(get(spec, 'metrics')).map(({ map }) => stringValue(get(map, 'type')));
    if (min === 0 && !kinds.includes('Object') && !kinds.includes('External'))
      report(
        keyNode(spec, 'metrics') ?? minNode!,
        t`scaling to zero replicas needs at least one Object or External metric, to scale up again from`,
      );
    checkBehavior(spec, report);
  },
};
