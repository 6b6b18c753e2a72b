// validatePodResourceClaim and validateResourceClaimNames (pkg/apis/core/validation/validation.go).
import { rule } from '../../server/src/rules/resourceClaims';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const pod = (claims: string, containerClaims: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  resourceClaims:\n${claims}  containers:\n    - name: app\n      image: app:1\n      resources:\n        claims: ${containerClaims}\n`;

ruleTester(rule, {
  valid: [
    {
      // validatePodResourceClaim: a 63-character claim name; validateResourceClaimNames: two requests of one claim.
      name: 'boundary: a claim name of 63 characters, a claim used by two of its requests',
      boundary: true,
      code: pod(
        `    - {name: ${'g'.repeat(63)}, resourceClaimTemplateName: gpu-template}\n`,
        `[{name: ${'g'.repeat(63)}, request: a}, {name: ${'g'.repeat(63)}, request: b}]`,
      ),
    },
  ],
  invalid: [
    at(
      'validatePodResourceClaim#2, validatePodResourceClaim#3, validatePodResourceClaim#4, validatePodResourceClaim#5, validatePodResourceClaim#6, validatePodResourceClaim#7, ValidateDNS1123Label#1: pod resource claims',
      pod(
        '    - {name: "", resourceClaimName: a}\n    - {name: gpu, resourceClaimName: a, resourceClaimTemplateName: b}\n    - {name: gpu, resourceClaimName: c}\n    - {name: Fast_GPU}\n    - {name: x, resourceClaimName: My_Claim}\n    - {name: y, resourceClaimTemplateName: "t/1"}\n',
        '[]',
      ),
      [
        ['name: «""»', 'resourceClaims[0].name must not be empty: containers use the claim by this name'],
        ['«resourceClaimTemplateName»: b', 'resourceClaims[1] sets both resourceClaimName and resourceClaimTemplateName: use one of them'],
        ['{name: «gpu», resourceClaimName: c', 'resourceClaims[2]: the claim name "gpu" is used twice in this pod'],
        ['Fast_GPU', /^resourceClaims\[3\]\.name "Fast_GPU" is not valid: /],
        [
          '{«name»: Fast_GPU',
          'resourceClaims[3] needs resourceClaimName (an existing ResourceClaim) or resourceClaimTemplateName (one made per pod)',
        ],
        ['My_Claim', /^resourceClaims\[4\]\.resourceClaimName "My_Claim" is not a valid name: /],
        ['"t/1"', /^resourceClaims\[5\]\.resourceClaimTemplateName "t\/1" is not a valid name: /],
      ],
    ),
    at(
      'validateResourceClaimNames#1, validateResourceClaimNames#2, validateResourceClaimNames#3, validateResourceClaimNames#4: container claims',
      pod(
        '    - {name: gpu, resourceClaimName: a}\n',
        '[{name: ""}, {name: gpu, request: r}, {name: gpu, request: r}, {name: gpu}, {name: gpu}]',
      ),
      [
        ['""', 'resources.claims[0] of container "app" needs the name of one of the pod\'s resourceClaims'],
        ['{name: «gpu», request: r}', 'resources.claims[2] of container "app" uses "gpu/r" again: list each claim (or request) once', 1],
        [
          '{name: «gpu»}, {name: gpu}',
          'resources.claims[3] of container "app" uses the whole claim "gpu" after one of its requests: use the claim whole or by requests',
        ],
        ['{name: «gpu»}]', 'resources.claims[4] of container "app" uses "gpu" again: list each claim (or request) once'],
      ],
    ),
  ],
});
