// ValidateJob, ValidateJobSpec, validateJobSpec, validatePodFailurePolicy, validatePodFailurePolicyRule,
// validatePodFailurePolicyRuleOnExitCodes, validatePodFailurePolicyRuleOnPodConditions, validatePodReplacementPolicy,
// validateSuccessPolicy, validateSuccessPolicyRule, validateTimeZone, ValidateJobTemplateSpec
// (pkg/apis/batch/validation/validation.go).
import { rule } from '../../server/src/rules/jobFields';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const POD = '  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: app, image: app:1}]\n';
const job = (spec: string, name = 'j') => `apiVersion: batch/v1\nkind: Job\nmetadata: {name: ${name}}\nspec:\n${spec}${POD}`;
const cron = (spec: string, jobSpec = '') =>
  `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  schedule: "0 * * * *"\n${spec}  jobTemplate:\n    spec:\n${jobSpec}      template:\n        spec:\n          restartPolicy: Never\n          containers: [{name: app, image: app:1}]\n`;
const LONG = `"${Array.from({ length: 13000 }, (_, i) => i * 2).join(',')}"`;
const idx = (more: string) => `  completionMode: Indexed\n  completions: 10\n${more}`;

ruleTester(rule, {
  valid: [
    {
      // validateJobSpec / validateSuccessPolicyRule / ValidateJob: the largest values just allowed.
      name: 'boundary: maxFailedIndexes equal to completions, succeededCount equal to completions, a 63-character pod hostname, timeZone of 14-character parts',
      boundary: true,
      code:
        job(
          idx(
            '  backoffLimitPerIndex: 1\n  maxFailedIndexes: 10\n  successPolicy:\n    rules: [{succeededIndexes: "0,2-9", succeededCount: 9}, {succeededCount: 10}]\n',
          ),
          'a'.repeat(61),
        ) +
        '---\n' +
        cron('  timeZone: Antarctica/DumontDUrville\n'),
    },
    {
      name: 'a pod failure policy with ordered exit codes, a container name and Never',
      code: job(
        '  podReplacementPolicy: Failed\n  podFailurePolicy:\n    rules:\n      - {action: FailJob, onExitCodes: {containerName: app, operator: In, values: [1, 2, 42]}}\n      - {action: Ignore, onPodConditions: [{type: DisruptionTarget}]}\n',
      ),
    },
  ],
  invalid: [
    at('batch:ValidateJob#1: an Indexed Job whose last pod hostname is too long', job(idx(''), 'a'.repeat(62)), [
      [
        `${'a'.repeat(62)}`,
        `an Indexed Job's pods are named "${'a'.repeat(62)}-9" at most, which is not a valid hostname (a DNS label of at most 63 characters): use a shorter name`,
      ],
    ]),
    at(
      'batch:ValidateJobSpec#1 and batch:ValidateJobSpec#2: manualSelector without a selector; a selector the template does not match',
      job('  manualSelector: true\n') + '---\n' + job('  manualSelector: true\n  selector: {matchLabels: {app: x}}\n'),
      [
        ['manualSelector', "with manualSelector: true the Job needs its own selector, matching the template's labels"],
        ['{«app»: x}', "the selector asks for app=x, which the pod template's labels do not have: add it to the template labels"],
      ],
    ),
    at(
      'batch:validateJobSpec#1, batch:validateJobSpec#11, batch:validateJobSpec#12, batch:validateJobSpec#13: per-index fields and a success policy without Indexed',
      job('  backoffLimitPerIndex: 1\n  maxFailedIndexes: 1\n  successPolicy: {rules: [{succeededCount: 1}]}\n') +
        '---\n' +
        job('  maxFailedIndexes: 2\n'),
      [
        ['maxFailedIndexes', 'maxFailedIndexes needs completionMode: Indexed'],
        ['backoffLimitPerIndex', 'backoffLimitPerIndex needs completionMode: Indexed'],
        ['successPolicy', 'successPolicy needs completionMode: Indexed'],
        ['maxFailedIndexes', 'maxFailedIndexes needs backoffLimitPerIndex: the failed indexes are counted per index', 1],
        ['maxFailedIndexes', 'maxFailedIndexes needs completionMode: Indexed', 1],
      ],
    ),
    at(
      'batch:validateJobSpec#4, batch:validateJobSpec#5, batch:validateJobSpec#6: Indexed without completions; too much parallelism; more failed indexes than completions',
      job('  completionMode: Indexed\n') + '---\n' + job(idx('  parallelism: 100001\n  backoffLimitPerIndex: 1\n  maxFailedIndexes: 11\n')),
      [
        ['completionMode', 'an Indexed Job needs completions: the number of indexes (0 to completions-1)'],
        ['100001', 'parallelism 100001 is more than 100000, the limit for an Indexed Job'],
        ['11', 'maxFailedIndexes 11 is more than completions (10)'],
      ],
    ),
    at(
      'batch:validateJobSpec#7, batch:validateJobSpec#8, batch:validateJobSpec#9, batch:validateJobSpec#10: the limits of very large Indexed Jobs',
      job('  completionMode: Indexed\n  completions: 200000\n  backoffLimitPerIndex: 1\n  parallelism: 10001\n') +
        '---\n' +
        job('  completionMode: Indexed\n  completions: 200000\n  backoffLimitPerIndex: 1\n  maxFailedIndexes: 100001\n'),
      [
        ['«completions»: 200000', 'with more than 100000 completions and backoffLimitPerIndex, set maxFailedIndexes (at most 10000)'],
        ['10001', 'parallelism 10001 is more than 10000, the limit with more than 100000 completions and backoffLimitPerIndex'],
        ['100001', 'maxFailedIndexes 100001 is more than 100000, its limit'],
        ['100001', 'maxFailedIndexes 100001 is more than 10000, the limit with more than 100000 completions and backoffLimitPerIndex'],
      ],
    ),
    at(
      'batch:validateJobSpec#16, batch:validatePodReplacementPolicy#1, batch:validatePodFailurePolicyRule#2, batch:validatePodFailurePolicyRule#4, batch:validatePodFailurePolicyRule#5: the failure policy with the rest of the spec',
      `apiVersion: batch/v1\nkind: Job\nspec:\n  podReplacementPolicy: TerminatingOrFailed\n  podFailurePolicy:\n    rules:\n      - {action: FailIndex, onExitCodes: {operator: In, values: [1]}, onPodConditions: [{type: DisruptionTarget}]}\n      - {action: Ignore}\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers: [{name: app, image: app:1}]\n`,
      [
        [
          'FailIndex',
          'podFailurePolicy.rules[0].action FailIndex needs backoffLimitPerIndex (and completionMode: Indexed): set it, or use FailJob',
        ],
        [
          'onPodConditions',
          'podFailurePolicy.rules[0] sets both onExitCodes and onPodConditions: a rule matches one of them; split it in two rules',
        ],
        ['«action»: Ignore', 'podFailurePolicy.rules[1] needs onExitCodes or onPodConditions: what failures the rule matches'],
        [
          'OnFailure',
          'with a podFailurePolicy, restartPolicy must be Never: the policy decides about failed pods, so the kubelet must not restart them',
        ],
        ['TerminatingOrFailed', 'with a podFailurePolicy, podReplacementPolicy must be Failed: a pod is replaced only once it has failed'],
      ],
    ),
    at(
      'batch:validatePodFailurePolicy#1 and batch:validatePodFailurePolicyRuleOnPodConditions#1: too many rules and patterns',
      job(
        `  podFailurePolicy:\n    rules:\n      - {action: Ignore, onPodConditions: [${Array.from({ length: 21 }, () => '{type: A}').join(', ')}]}\n${Array.from({ length: 20 }, () => '      - {action: Ignore, onPodConditions: [{type: B}]}\n').join('')}`,
      ),
      [
        ['rules', 'podFailurePolicy has 21 rules: the limit is 20'],
        ['onPodConditions', 'podFailurePolicy.rules[0].onPodConditions has 21 patterns: the limit is 20'],
      ],
    ),
    at(
      'batch:validatePodFailurePolicyRuleOnPodConditions#3, batch:validatePodFailurePolicyRuleOnExitCodes#3, #4, #6, #7, #8 (batch:validatePodFailurePolicyRuleOnExitCodes#4, batch:validatePodFailurePolicyRuleOnExitCodes#6, batch:validatePodFailurePolicyRuleOnExitCodes#7, batch:validatePodFailurePolicyRuleOnExitCodes#8): patterns and exit codes',
      job(
        '  podFailurePolicy:\n    rules:\n      - {action: Ignore, onPodConditions: [{type: A, status: Maybe}]}\n      - {action: FailJob, onExitCodes: {containerName: web, operator: In, values: [0, 3, 3, 2]}}\n      - {action: FailJob, onExitCodes: {operator: NotIn, values: []}}\n',
      ),
      [
        ['Maybe', 'podFailurePolicy.rules[0].onPodConditions[0].status "Maybe" is not supported: use True, False or Unknown'],
        ['web', 'podFailurePolicy.rules[1].onExitCodes.containerName "web" is not a container of the pod template: use one of app'],
        ['[0, 3, 3, 2]', 'podFailurePolicy.rules[1].onExitCodes.values must be in increasing order'],
        [
          'values: [«0»',
          'podFailurePolicy.rules[1].onExitCodes.values: exit code 0 is success and never a failure to match with In; remove it',
        ],
        ['3, «3»', 'podFailurePolicy.rules[1].onExitCodes.values lists 3 twice'],
        ['[]', 'podFailurePolicy.rules[2].onExitCodes.values is empty: list at least one exit code'],
      ],
    ),
    at(
      'batch:validatePodFailurePolicyRuleOnExitCodes#5: more than 255 exit codes',
      job(
        `  podFailurePolicy:\n    rules:\n      - action: FailJob\n        onExitCodes:\n          operator: NotIn\n          values: [${Array.from({ length: 256 }, (_, i) => i + 1).join(', ')}]\n`,
      ),
      [['«values»: [1', 'podFailurePolicy.rules[0].onExitCodes.values lists 256 exit codes: the limit is 255']],
    ),
    at(
      'batch:validateSuccessPolicy#1, batch:validateSuccessPolicyRule#1, batch:validateSuccessPolicyRule#3, batch:validateSuccessPolicyRule#4, batch:validateSuccessPolicyRule#5: success policy rules',
      job(idx('  successPolicy: {rules: []}\n')) +
        '---\n' +
        job(
          idx(
            '  successPolicy:\n    rules:\n      - {}\n      - {succeededIndexes: "3-1"}\n      - {succeededCount: 11}\n      - {succeededIndexes: "1-2", succeededCount: 3}\n',
          ),
        ),
      [
        ['[]', 'successPolicy.rules is empty: give at least one rule (succeededIndexes or succeededCount)'],
        ['{}', 'successPolicy.rules[0] needs succeededIndexes or succeededCount'],
        ['"3-1"', 'successPolicy.rules[1].succeededIndexes "3-1" is not a list of indexes like "0,2-4": the range "3-1" must go up'],
        ['11', 'successPolicy.rules[2].succeededCount 11 is more than completions (10): it could never be reached'],
        [
          'succeededCount: «3»',
          'successPolicy.rules[3].succeededCount 3 is more than the 2 indexes of succeededIndexes: it could never be reached',
        ],
      ],
    ),
    at(
      'batch:validateSuccessPolicy#2 and batch:validateSuccessPolicyRule#2: too many rules; succeededIndexes too long',
      job(
        `  completionMode: Indexed\n  completions: 100000\n  successPolicy:\n    rules:\n      - succeededIndexes: ${LONG}\n${Array.from({ length: 20 }, () => '      - {succeededCount: 1}\n').join('')}`,
      ),
      [
        ['«rules»:', 'successPolicy has 21 rules: the limit is 20'],
        [LONG, /^successPolicy\.rules\[0\]\.succeededIndexes is \d+ characters long: the limit is 65536$/],
      ],
    ),
    at(
      'batch:validateTimeZone#1, batch:validateTimeZone#2, batch:validateTimeZone#3, batch:ValidateJobTemplateSpec#1, batch:ValidateJobTemplateSpec#2: a CronJob',
      cron('  timeZone: ""\n') +
        '---\n' +
        cron('  timeZone: "Europe/Paris Time"\n', '      selector: {matchLabels: {a: b}}\n') +
        '---\n' +
        cron('  timeZone: Local\n', '      manualSelector: true\n'),
      [
        ['""', "timeZone must not be empty: leave it out for the controller's time zone, or name one, e.g. Europe/Paris"],
        [
          '"Europe/Paris Time"',
          'timeZone "Europe/Paris Time" is not a time zone name: use an IANA name such as Europe/Paris or America/New_York',
        ],
        ['selector', "a CronJob's job template has no selector: it is generated for each Job; remove it"],
        [
          'Local',
          `timeZone cannot be "Local": name an explicit IANA time zone, e.g. Europe/Paris (the controller's own zone is used when timeZone is left out)`,
        ],
        ['manualSelector: «true»', "a CronJob's job template cannot set manualSelector: true: its selector is generated; remove it"],
      ],
    ),
    at(
      'batch:validateJobSpec#2: a managedBy of 64 characters (63 is the limit)',
      job(`  managedBy: example.com/${'m'.repeat(52)}\n`) + '---\n' + job(`  managedBy: example.com/${'m'.repeat(51)}\n`),
      [
        [
          `example.com/${'m'.repeat(52)}`,
          'managedBy is 64 characters long: the limit is 63 (it names the controller, e.g. kueue.x-k8s.io/multikueue)',
        ],
      ],
    ),
    at(
      'batch:validateTimeZone#4: a zone time.LoadLocation cannot find (a directory of the database, not a zone), and a zone in the wrong case',
      cron('  timeZone: America/Argentina\n') + '---\n' + cron('  timeZone: europe/paris\n'),
      [
        [
          'America/Argentina',
          'timeZone "America/Argentina" is not a time zone of the IANA database: use a name such as Europe/Paris or America/New_York',
        ],
        ['europe/paris', 'timeZone "europe/paris" must be written "Europe/Paris": time zone names are case-sensitive'],
      ],
      cron('  timeZone: America/Argentina\n') + '---\n' + cron('  timeZone: Europe/Paris\n'),
    ),
    at(
      'ValidateNonnegativeField#1 (from validateJobSpec, validateCronJobSpec, validateSuccessPolicyRule): negative counts',
      job('  backoffLimit: -1\n  ttlSecondsAfterFinished: -60\n') +
        '---\n' +
        cron('  startingDeadlineSeconds: -10\n  failedJobsHistoryLimit: -1\n', '      parallelism: -2\n') +
        '---\n' +
        job(idx('  successPolicy: {rules: [{succeededCount: -1}]}\n')),
      [
        ['backoffLimit: «-1»', 'backoffLimit must be 0 or more, not -1'],
        ['-60', 'ttlSecondsAfterFinished must be 0 or more, not -60'],
        ['-10', 'startingDeadlineSeconds must be 0 or more, not -10'],
        ['failedJobsHistoryLimit: «-1»', 'failedJobsHistoryLimit must be 0 or more, not -1'],
        ['-2', 'parallelism must be 0 or more, not -2'],
        ['succeededCount: «-1»', 'successPolicy.rules[0].succeededCount must be 0 or more, not -1'],
      ],
    ),
  ],
});
