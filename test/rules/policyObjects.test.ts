// ValidatePodDisruptionBudgetSpec (pkg/apis/policy/validation), apps ValidatePositiveIntOrPercent and IsNotMoreThan100Percent,
// ValidatePriorityClass (pkg/apis/scheduling/validation) with IsKnownSystemPriorityClass (pkg/apis/scheduling/v1).
import { rule } from '../../server/src/rules/policyObjects';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const pdb = (spec: string) =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec:\n  selector: {matchLabels: {app: a}}\n${spec}`;
const pc = (name: string, more: string) => `apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata: {name: ${name}}\n${more}`;

ruleTester(rule, {
  valid: [
    {
      // IsNotMoreThan100Percent / HighestUserDefinablePriority: 100% and 1000000000 are just allowed; the built-in classes as defined.
      name: 'boundary: maxUnavailable 100%, minAvailable 0, a user PriorityClass of value 1000000000, system-node-critical as built in',
      boundary: true,
      code:
        pdb('  maxUnavailable: 100%\n') +
        '---\n' +
        pdb('  minAvailable: 0\n') +
        '---\n' +
        pc('high', 'value: 1000000000\n') +
        '---\n' +
        pc('system-node-critical', 'value: 2000001000\n'),
    },
  ],
  invalid: [
    at(
      'policy:ValidatePodDisruptionBudgetSpec#1 (and apps:ValidatePositiveIntOrPercent, apps:IsNotMoreThan100Percent for a budget): both set, over 100%, negative, not a number',
      pdb('  minAvailable: 101%\n  maxUnavailable: -1\n') + '---\n' + pdb('  minAvailable: "2"\n'),
      [
        ['maxUnavailable', 'minAvailable and maxUnavailable cannot both be set: keep one of them'],
        ['101%', 'minAvailable 101% is more than 100%'],
        ['-1', 'maxUnavailable must be 0 or more, not -1'],
        ['"2"', 'minAvailable "2" is neither a number of pods nor a percentage such as 50%'],
      ],
    ),
    at(
      'scheduling:ValidatePriorityClass#1 and scheduling:ValidatePriorityClass#2: a reserved name, a redefined system class, a value too high',
      pc('system-batch', 'value: 10\n') +
        '---\n' +
        pc('system-cluster-critical', 'value: 5\n') +
        '---\n' +
        pc('huge', 'value: 1000000001\n'),
      [
        [
          'system-batch',
          'PriorityClass names that start with "system-" are reserved: only system-cluster-critical and system-node-critical exist; choose another name',
        ],
        [
          'system-cluster-critical',
          'system-cluster-critical is a built-in PriorityClass with value 2000000000 and no globalDefault: it cannot be redefined',
        ],
        [
          '1000000001',
          'value 1000000001 is above 1000000000, the highest a PriorityClass of your own may have (higher ones are for system-… classes)',
        ],
      ],
    ),
  ],
});
