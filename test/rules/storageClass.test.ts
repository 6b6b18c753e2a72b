// ValidateStorageClass, validateProvisioner, validateParameters, validateReclaimPolicy, validateAllowedTopologies
// (pkg/apis/storage/validation); ValidateTopologySelectorTerm, validateTopologySelectorLabelRequirement and
// ValidateQualifiedName (pkg/apis/core/validation).
import { rule } from '../../server/src/rules/storageClass';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const sc = (body: string, provisioner = 'ebs.csi.aws.com') =>
  `apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: fast}\nprovisioner: ${provisioner}\n${body}`;

ruleTester(rule, {
  valid: [
    {
      // validateParameters: exactly 512 parameters are allowed; Retain is allowed.
      name: 'boundary: 512 parameters, reclaimPolicy Retain, two different topology terms',
      boundary: true,
      code: sc(
        `reclaimPolicy: Retain\nparameters:\n${Array.from({ length: 512 }, (_, i) => `  p${i}: v\n`).join('')}allowedTopologies:\n  - matchLabelExpressions: [{key: topology.kubernetes.io/zone, values: [a, b]}]\n  - matchLabelExpressions: [{key: topology.kubernetes.io/zone, values: [c]}]\n`,
      ),
    },
    { name: 'a local volume class', code: sc('volumeBindingMode: WaitForFirstConsumer\n', 'kubernetes.io/no-provisioner') },
  ],
  invalid: [
    at(
      'storage:validateProvisioner#1 and ValidateQualifiedName#1: an empty and an invalid provisioner',
      sc('', '""') + '---\n' + sc('', '"ebs csi"'),
      [
        ['""', 'provisioner must not be empty: name the volume plugin or CSI driver, e.g. ebs.csi.aws.com'],
        ['"ebs csi"', /^provisioner "ebs csi" is not a valid name: .* \(e\.g\. ebs\.csi\.aws\.com\)$/],
      ],
    ),
    at(
      'storage:validateParameters#1: more than 512 parameters',
      sc(`parameters:\n${Array.from({ length: 513 }, (_, i) => `  p${i}: v\n`).join('')}`),
      [['parameters', 'parameters has 513 entries: the limit is 512']],
    ),
    at(
      'storage:validateParameters#2 and storage:validateParameters#3: an empty key; more than 256 KiB',
      sc('parameters:\n  "": x\n') + '---\n' + sc(`parameters:\n  big: ${'x'.repeat(262145)}\n`),
      [
        ['«""»: x', 'a parameters key must not be empty'],
        ['«parameters»:\n  big', 'parameters hold 262148 bytes of keys and values: the limit is 262144 (256 KiB)'],
      ],
    ),
    at('storage:validateReclaimPolicy#1: Recycle', sc('reclaimPolicy: Recycle\n'), [
      ['Recycle', 'reclaimPolicy Recycle is not supported for a StorageClass: use Delete (the default) or Retain'],
    ]),
    at(
      'storage:validateAllowedTopologies#1, validateTopologySelectorLabelRequirement#1, validateTopologySelectorLabelRequirement#2, ValidateTopologySelectorTerm#1: topology terms',
      sc(
        'allowedTopologies:\n  - matchLabelExpressions: [{key: zone, values: [a, a]}, {key: zone, values: []}]\n  - matchLabelExpressions: [{key: z, values: [b]}]\n  - matchLabelExpressions: [{key: z, values: [b]}]\n',
      ),
      [
        ['a, «a»', 'allowedTopologies[0].matchLabelExpressions[0].values lists "a" twice'],
        [
          '{key: «zone», values: []',
          'allowedTopologies[0].matchLabelExpressions[1]: key "zone" is already in this term: list its values in one expression',
        ],
        ['[]', 'allowedTopologies[0].matchLabelExpressions[1].values is empty: list the topology values the volumes may use'],
        ['matchLabelExpressions', 'allowedTopologies[2] repeats an earlier term: list each topology once', 2],
      ],
    ),
  ],
});
