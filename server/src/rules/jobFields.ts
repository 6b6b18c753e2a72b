import type { Node, YAMLMap } from 'yaml';
import {
  containersOf,
  entries,
  get,
  getIn,
  isBuiltin,
  itemsOf,
  keyNode,
  mapIn,
  mapItems,
  numberValue,
  scalarValue,
  stringValue,
  scalarString,
  replaceScalar,
} from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';
import { lookupTimeZone } from '../k8s/timeZones';

// The Job spec checks of pkg/apis/batch/validation (validateJobSpec and what it calls, ValidateJob,
// ValidateJobTemplateSpec, validateTimeZone) that the schema, k8s/restart-policy, k8s/cron-schedule and
// k8s/concurrency-policy do not already make. Limits are the constants of that file.

const MAX_INDEXED_PARALLELISM = 100_000;
const MAX_FAILED_INDEXES = 100_000;
const COMPLETIONS_SOFT_LIMIT = 100_000;
const HIGH_COMPLETIONS_LIMIT = 10_000;
const MAX_RULES = 20;
const MAX_MANAGED_BY = 63;
const MAX_EXIT_CODES = 255;
const MAX_SUCCEEDED_INDEXES_LENGTH = 64 * 1024;
const CONDITION_STATUS = ['True', 'False', 'Unknown'];
const TIME_ZONE_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;
/** A DNS-1123 label: what an indexed Job's pod hostnames (`<job>-<index>`) must be. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

const num = (map: YAMLMap | undefined, key: string) => numberValue(get(map, key));

/** ValidateNonnegativeField: the counts and durations of a Job spec, and of a CronJob spec. */
const JOB_COUNTS = [
  'parallelism',
  'completions',
  'activeDeadlineSeconds',
  'backoffLimit',
  'ttlSecondsAfterFinished',
  'backoffLimitPerIndex',
  'maxFailedIndexes',
];
const CRON_COUNTS = ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit'];

function nonnegative(map: YAMLMap | undefined, fields: string[], report: Report) {
  for (const field of fields) {
    const n = num(map, field);
    if (n !== undefined && n < 0) report(get(map, field), t`${field} must be 0 or more, not ${n}`);
  }
}

/** Index intervals "1,3-5": the number of indexes, or why the text is not a list of them (parseIndexInterval). */
function countIndexes(text: string, completions: number | undefined): number | string {
  let last = -1;
  let total = 0;
  for (const part of text.split(',')) {
    const ends = part.split('-');
    if (ends.length > 2) return t`"${part}" has more than two parts separated by "-"`;
    const [a, b] = ends.map((e) => (/^\d+$/.test(e) ? Number(e) : NaN));
    if (Number.isNaN(a) || (ends.length === 2 && Number.isNaN(b))) return t`"${part}" is not an index or a range of indexes like 3-5`;
    const hi = ends.length === 2 ? b : a;
    if (completions !== undefined && hi >= completions) return t`index ${hi} is not below completions (${completions})`;
    if (ends.length === 2 && a >= b) return t`the range "${part}" must go up`;
    if (a <= last) return t`the indexes must go up, and ${a} follows ${last}`;
    total += hi - a + 1;
    last = hi;
  }
  return total;
}

function checkPodFailurePolicy(spec: YAMLMap, policy: YAMLMap, report: Report) {
  const rules = mapItems(get(policy, 'rules'));
  if (rules.length > MAX_RULES) report(keyNode(policy, 'rules'), t`podFailurePolicy has ${rules.length} rules: the limit is ${MAX_RULES}`);
  const pod = mapIn(spec, 'template', 'spec');
  const names = new Set(pod ? containersOf(pod, ['containers', 'initContainers']).map((c) => c.name) : []);
  for (const { map, index } of rules) {
    const where = `podFailurePolicy.rules[${index}]`;
    const action = get(map, 'action');
    if (stringValue(action) === 'FailIndex' && get(spec, 'backoffLimitPerIndex') === undefined)
      report(action, t`${where}.action FailIndex needs backoffLimitPerIndex (and completionMode: Indexed): set it, or use FailJob`);
    const exit = mapIn(map, 'onExitCodes');
    const conditions = get(map, 'onPodConditions');
    if (exit && itemsOf(conditions).length)
      report(
        keyNode(map, 'onPodConditions'),
        t`${where} sets both onExitCodes and onPodConditions: a rule matches one of them; split it in two rules`,
      );
    else if (!exit && !itemsOf(conditions).length)
      report(keyNode(map, 'action') ?? map, t`${where} needs onExitCodes or onPodConditions: what failures the rule matches`);
    if (exit) checkExitCodes(exit, `${where}.onExitCodes`, names, report);
    const patterns = mapItems(conditions);
    if (patterns.length > MAX_RULES)
      report(keyNode(map, 'onPodConditions'), t`${where}.onPodConditions has ${patterns.length} patterns: the limit is ${MAX_RULES}`);
    for (const { map: p, index: j } of patterns) {
      const status = get(p, 'status');
      const v = stringValue(status);
      if (status !== undefined && !CONDITION_STATUS.includes(v ?? ''))
        report(
          status,
          t`${where}.onPodConditions[${j}].status "${v ?? scalarString(status)}" is not supported: use True, False or Unknown`,
        );
    }
  }
}

function checkExitCodes(exit: YAMLMap, where: string, names: Set<string | undefined>, report: Report) {
  const container = get(exit, 'containerName');
  const name = stringValue(container);
  if (name !== undefined && !names.has(name))
    report(
      container,
      t`${where}.containerName "${name}" is not a container of the pod template: use one of ${[...names].filter(Boolean).join(', ') || 'its containers'}`,
    );
  const valuesNode = get(exit, 'values');
  const values = itemsOf(valuesNode);
  if (valuesNode !== undefined && values.length === 0) report(valuesNode, t`${where}.values is empty: list at least one exit code`);
  else if (values.length > MAX_EXIT_CODES)
    report(keyNode(exit, 'values'), t`${where}.values lists ${values.length} exit codes: the limit is ${MAX_EXIT_CODES}`);
  const seen = new Set<number>();
  let ordered = true;
  let prev: number | undefined;
  for (const node of values) {
    const n = numberValue(node);
    if (n === undefined) continue;
    if (n === 0 && stringValue(get(exit, 'operator')) === 'In')
      report(node, t`${where}.values: exit code 0 is success and never a failure to match with In; remove it`);
    if (seen.has(n)) report(node, t`${where}.values lists ${n} twice`);
    seen.add(n);
    if (prev !== undefined && n < prev) ordered = false;
    prev = n;
  }
  if (!ordered) report(valuesNode, t`${where}.values must be in increasing order`);
}

function checkSuccessPolicy(spec: YAMLMap, policy: YAMLMap, report: Report) {
  const rulesNode = get(policy, 'rules');
  const rules = mapItems(rulesNode);
  if (rulesNode !== undefined && rules.length === 0)
    report(rulesNode, t`successPolicy.rules is empty: give at least one rule (succeededIndexes or succeededCount)`);
  if (rules.length > MAX_RULES) report(keyNode(policy, 'rules'), t`successPolicy has ${rules.length} rules: the limit is ${MAX_RULES}`);
  const completions = num(spec, 'completions');
  for (const { map, index } of rules) {
    const where = `successPolicy.rules[${index}]`;
    const indexes = get(map, 'succeededIndexes');
    const count = get(map, 'succeededCount');
    if (indexes === undefined && count === undefined) {
      report(map, t`${where} needs succeededIndexes or succeededCount`);
      continue;
    }
    let total: number | undefined;
    const text = stringValue(indexes);
    if (text !== undefined) {
      if (text.length > MAX_SUCCEEDED_INDEXES_LENGTH)
        report(indexes, t`${where}.succeededIndexes is ${text.length} characters long: the limit is ${MAX_SUCCEEDED_INDEXES_LENGTH}`);
      const counted = countIndexes(text, completions);
      if (typeof counted === 'string')
        report(indexes, t`${where}.succeededIndexes "${text}" is not a list of indexes like "0,2-4": ${counted}`);
      else total = counted;
    }
    const n = numberValue(count);
    if (n === undefined) continue;
    if (n < 0) {
      report(count, t`${where}.succeededCount must be 0 or more, not ${n}`);
      continue;
    }
    if (completions !== undefined && n > completions)
      report(count, t`${where}.succeededCount ${n} is more than completions (${completions}): it could never be reached`);
    else if (total !== undefined && n > total)
      report(count, t`${where}.succeededCount ${n} is more than the ${total} indexes of succeededIndexes: it could never be reached`);
  }
}

/** validateJobSpec: the checks a Job and a CronJob's job template share. */
function checkJobSpec(spec: YAMLMap, report: Report) {
  nonnegative(spec, JOB_COUNTS, report);
  const managedBy = stringValue(get(spec, 'managedBy'));
  if (managedBy && managedBy.length > MAX_MANAGED_BY)
    report(
      get(spec, 'managedBy'),
      t`managedBy is ${managedBy.length} characters long: the limit is ${MAX_MANAGED_BY} (it names the controller, e.g. kueue.x-k8s.io/multikueue)`,
    );
  const mode = stringValue(get(spec, 'completionMode'));
  const indexed = mode === 'Indexed';
  const completions = num(spec, 'completions');
  const parallelism = num(spec, 'parallelism');
  const perIndex = get(spec, 'backoffLimitPerIndex');
  const maxFailedNode = get(spec, 'maxFailedIndexes');
  const maxFailed = numberValue(maxFailedNode);
  if (maxFailedNode !== undefined && perIndex === undefined)
    report(keyNode(spec, 'maxFailedIndexes'), t`maxFailedIndexes needs backoffLimitPerIndex: the failed indexes are counted per index`);
  if (indexed) {
    if (get(spec, 'completions') === undefined)
      report(keyNode(spec, 'completionMode'), t`an Indexed Job needs completions: the number of indexes (0 to completions-1)`);
    if (parallelism !== undefined && parallelism > MAX_INDEXED_PARALLELISM)
      report(get(spec, 'parallelism'), t`parallelism ${parallelism} is more than ${MAX_INDEXED_PARALLELISM}, the limit for an Indexed Job`);
    if (completions !== undefined && maxFailed !== undefined && maxFailed > completions)
      report(maxFailedNode, t`maxFailedIndexes ${maxFailed} is more than completions (${completions})`);
    else if (maxFailed !== undefined && maxFailed > MAX_FAILED_INDEXES)
      report(maxFailedNode, t`maxFailedIndexes ${maxFailed} is more than ${MAX_FAILED_INDEXES}, its limit`);
    if (completions !== undefined && completions > COMPLETIONS_SOFT_LIMIT && perIndex !== undefined) {
      if (maxFailedNode === undefined)
        report(
          keyNode(spec, 'completions'),
          t`with more than ${COMPLETIONS_SOFT_LIMIT} completions and backoffLimitPerIndex, set maxFailedIndexes (at most ${HIGH_COMPLETIONS_LIMIT})`,
        );
      if (parallelism !== undefined && parallelism > HIGH_COMPLETIONS_LIMIT)
        report(
          get(spec, 'parallelism'),
          t`parallelism ${parallelism} is more than ${HIGH_COMPLETIONS_LIMIT}, the limit with more than ${COMPLETIONS_SOFT_LIMIT} completions and backoffLimitPerIndex`,
        );
      if (maxFailed !== undefined && maxFailed > HIGH_COMPLETIONS_LIMIT)
        report(
          maxFailedNode,
          t`maxFailedIndexes ${maxFailed} is more than ${HIGH_COMPLETIONS_LIMIT}, the limit with more than ${COMPLETIONS_SOFT_LIMIT} completions and backoffLimitPerIndex`,
        );
    }
  } else if (mode === undefined || mode === 'NonIndexed') {
    for (const field of ['backoffLimitPerIndex', 'maxFailedIndexes'])
      if (get(spec, field) !== undefined) report(keyNode(spec, field), t`${field} needs completionMode: Indexed`);
  }
  const failure = mapIn(spec, 'podFailurePolicy');
  if (failure) {
    checkPodFailurePolicy(spec, failure, report);
    const restart = get(mapIn(spec, 'template', 'spec'), 'restartPolicy');
    if (stringValue(restart) === 'OnFailure')
      report(
        restart,
        t`with a podFailurePolicy, restartPolicy must be Never: the policy decides about failed pods, so the kubelet must not restart them`,
      );
    const replacement = get(spec, 'podReplacementPolicy');
    if (stringValue(replacement) === 'TerminatingOrFailed')
      report(replacement, t`with a podFailurePolicy, podReplacementPolicy must be Failed: a pod is replaced only once it has failed`);
  }
  const success = mapIn(spec, 'successPolicy');
  if (success && !indexed) report(keyNode(spec, 'successPolicy'), t`successPolicy needs completionMode: Indexed`);
  else if (success) checkSuccessPolicy(spec, success, report);
}

function checkTimeZone(cronSpec: YAMLMap, report: Report) {
  const node = get(cronSpec, 'timeZone');
  const zone = stringValue(node);
  if (zone === undefined) return;
  if (zone === '') report(node, t`timeZone must not be empty: leave it out for the controller's time zone, or name one, e.g. Europe/Paris`);
  else if (zone.split('/').some((p) => p === '.' || p === '..' || p.startsWith('-') || !TIME_ZONE_PART.test(p)))
    report(node, t`timeZone "${zone}" is not a time zone name: use an IANA name such as Europe/Paris or America/New_York`);
  else if (zone.toLowerCase() === 'local')
    report(
      node,
      t`timeZone cannot be "${zone}": name an explicit IANA time zone, e.g. Europe/Paris (the controller's own zone is used when timeZone is left out)`,
    );
  else {
    // validateTimeZone: time.LoadLocation must find the zone (see k8s/timeZones.ts for how this is decided offline).
    const found = lookupTimeZone(zone);
    if (!found.known)
      report(node, t`timeZone "${zone}" is not a time zone of the IANA database: use a name such as Europe/Paris or America/New_York`);
    else if ('spelled' in found)
      report(node, t`timeZone "${zone}" must be written "${found.spelled}": time zone names are case-sensitive`, {
        fixes: [{ title: t`Change to ${found.spelled}`, edits: [replaceScalar(node!, found.spelled)], preferred: true }],
      });
  }
}

export const rule: DocumentRule = {
  id: 'k8s/job-fields',
  title: 'Job specs are consistent',
  severity: 'error',
  scope: 'document',
  doc:
    'The Job checks of pkg/apis/batch/validation for a Job and for the job template of a CronJob: `backoffLimitPerIndex`, `maxFailedIndexes` and `successPolicy` need ' +
    '`completionMode: Indexed`, an Indexed Job has `completions` and its limits (parallelism 100,000; more than 100,000 completions need `maxFailedIndexes`), ' +
    "an indexed Job's name leaves room for the pod hostnames `<name>-<index>` (63 characters); a pod failure policy has at most 20 rules, each with " +
    '`onExitCodes` or `onPodConditions`, exit codes in increasing order without 0 for `In` and without repeats, container names of the template, and needs ' +
    '`restartPolicy: Never`; success policy rules have `succeededIndexes` or `succeededCount` within `completions`. A Job with `manualSelector: true` brings its own ' +
    "selector, which matches the template; a CronJob job template has neither (its selector is generated). `managedBy` has at most 63 characters; `timeZone` is a zone of the IANA database (checked against the copy in Node's ICU; names are case-sensitive), not empty and not `Local`.",
  check(doc, report) {
    const root = doc.root as YAMLMap | undefined;
    if (isBuiltin(doc, 'Job', ['batch'])) {
      const spec = mapIn(root, 'spec');
      if (!spec) return;
      checkJobSpec(spec, report);
      const name = stringValue(getIn(root, 'metadata', 'name'));
      const completions = num(spec, 'completions');
      if (name && stringValue(get(spec, 'completionMode')) === 'Indexed' && completions !== undefined && completions > 0) {
        const host = `${name}-${completions - 1}`;
        if (host.length > 63 || !DNS_LABEL.test(host))
          report(
            getIn(root, 'metadata', 'name'),
            t`an Indexed Job's pods are named "${host}" at most, which is not a valid hostname (a DNS label of at most 63 characters): use a shorter name`,
          );
      }
      if (scalarValue(get(spec, 'manualSelector')) === true) {
        const selector = mapIn(spec, 'selector');
        if (!selector)
          report(
            keyNode(spec, 'manualSelector'),
            t`with manualSelector: true the Job needs its own selector, matching the template's labels`,
          );
        else {
          const labels = mapIn(spec, 'template', 'metadata', 'labels');
          for (const { key, pair } of entries(mapIn(selector, 'matchLabels')))
            if (stringValue(get(labels, key)) !== stringValue(pair.value))
              report(
                pair.key as Node,
                t`the selector asks for ${key}=${scalarString(pair.value)}, which the pod template's labels do not have: add it to the template labels`,
              );
        }
      }
    } else if (isBuiltin(doc, 'CronJob', ['batch'])) {
      const cronSpec = mapIn(root, 'spec');
      checkTimeZone(cronSpec as YAMLMap, report);
      nonnegative(cronSpec, CRON_COUNTS, report);
      const spec = mapIn(cronSpec, 'jobTemplate', 'spec');
      if (!spec) return;
      checkJobSpec(spec, report);
      if (keyNode(spec, 'selector'))
        report(keyNode(spec, 'selector'), t`a CronJob's job template has no selector: it is generated for each Job; remove it`);
      if (scalarValue(get(spec, 'manualSelector')) === true)
        report(
          get(spec, 'manualSelector'),
          t`a CronJob's job template cannot set manualSelector: true: its selector is generated; remove it`,
        );
    }
  },
};
