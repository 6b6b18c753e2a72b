// ValidateSeccompPodAnnotations, ValidateSeccompProfile, ValidateAppArmorPodAnnotations, ValidateAppArmorProfileFormat,
// validateAppArmorAnnotationsAndFieldsMatchOnCreate, validateSeccompAnnotationsAndFields / validateSeccompAnnotationsAndFieldsMatch
// (pkg/apis/core/validation/validation.go).
import { rule } from '../../server/src/rules/podAnnotations';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const APP = 'container.apparmor.security.beta.kubernetes.io/app';
const SEC = 'container.seccomp.security.alpha.kubernetes.io/app';
const POD_SEC = 'seccomp.security.alpha.kubernetes.io/pod';
const pod = (annotations: string, sc = '', podSc = '', os = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n${annotations}spec:\n${os}${podSc}  containers:\n    - name: app\n      image: app:1\n${sc}`;
const deploy = (annotations: string, sc = '') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata:\n      labels: {app: d}\n      annotations:\n${annotations.replace(/^(?=.)/gm, '      ')}    spec:\n      containers:\n        - name: app\n          image: app:1\n${sc.replace(/^(?=.)/gm, '    ')}`;
const containerSc = (profile: string) => `      securityContext:\n        ${profile}\n`;

ruleTester(rule, {
  valid: [
    {
      // validateSeccompAnnotationsAndFieldsMatch: docker/default is the old spelling of RuntimeDefault.
      name: 'boundary: annotations that agree with the fields, docker/default for RuntimeDefault, an empty AppArmor value',
      boundary: true,
      code:
        pod(
          `    ${SEC}: docker/default\n    ${APP}: localhost/my-profile\n    ${POD_SEC}: localhost/profiles/audit.json\n`,
          containerSc('{seccompProfile: {type: RuntimeDefault}, appArmorProfile: {type: Localhost, localhostProfile: my-profile}}'),
          '  securityContext:\n    seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}\n',
        ) +
        '---\n' +
        pod(`    ${APP}: ""\n`),
    },
    {
      name: 'a Windows pod skips the AppArmor match; a template skips the seccomp match (it is checked on Pod create only)',
      code:
        pod(`    ${APP}: unconfined\n`, containerSc('appArmorProfile: {type: RuntimeDefault}'), '', '  os: {name: windows}\n') +
        '---\n' +
        deploy(`  ${SEC}: unconfined\n`, containerSc('seccompProfile: {type: RuntimeDefault}')),
    },
  ],
  invalid: [
    at(
      'ValidateSeccompProfile#1 and ValidateAppArmorPodAnnotations#2: values that are not profiles',
      pod(`    ${POD_SEC}: default\n    ${APP}: enforce\n`),
      [
        [
          'default',
          `annotation "${POD_SEC}" has "default", which is not a seccomp profile: use runtime/default, unconfined or localhost/<file>`,
        ],
        [
          'enforce',
          `annotation "${APP}" has "enforce", which is not an AppArmor profile: use runtime/default, unconfined or localhost/<profile>`,
        ],
      ],
    ),
    at('validateLocalDescendingPath under a seccomp localhost/ annotation', pod(`    ${SEC}: localhost/../x.json\n`), [
      ['localhost/../x.json', `annotation "${SEC}" has "localhost/../x.json": the path after localhost/ must not contain ".."`],
    ]),
    at(
      'ValidateAppArmorPodAnnotations#1: an AppArmor annotation for a container the template does not have',
      deploy('  container.apparmor.security.beta.kubernetes.io/web: runtime/default\n'),
      [
        [
          'container.apparmor.security.beta.kubernetes.io/web',
          'annotation "container.apparmor.security.beta.kubernetes.io/web" is for container "web", which this pod does not have: the containers are app',
        ],
      ],
    ),
    at(
      'validateAppArmorAnnotationsAndFieldsMatchOnCreate#1: Unconfined in the field, runtime/default in the annotation (a template)',
      deploy(`  ${APP}: runtime/default\n`, containerSc('appArmorProfile: {type: Unconfined}')),
      [
        [
          'Unconfined',
          `securityContext.appArmorProfile of container "app" has type Unconfined but annotation "${APP}" says "runtime/default": the two must agree (write "unconfined" in the annotation, or remove it)`,
        ],
      ],
      deploy(`  ${APP}: unconfined\n`, containerSc('appArmorProfile: {type: Unconfined}')),
    ),
    at(
      "validateAppArmorAnnotationsAndFieldsMatchOnCreate#2: the pod's RuntimeDefault inherited by the container, unconfined in the annotation",
      pod(`    ${APP}: unconfined\n`, '', '  securityContext:\n    appArmorProfile: {type: RuntimeDefault}\n'),
      [
        [
          'RuntimeDefault',
          `spec.securityContext.appArmorProfile (inherited by container "app") has type RuntimeDefault but annotation "${APP}" says "unconfined": the two must agree (write "runtime/default" in the annotation, or remove it)`,
        ],
      ],
      pod(`    ${APP}: runtime/default\n`, '', '  securityContext:\n    appArmorProfile: {type: RuntimeDefault}\n'),
    ),
    {
      ...at(
        'validateAppArmorAnnotationsAndFieldsMatchOnCreate#3 and validateAppArmorAnnotationsAndFieldsMatchOnCreate#4: Localhost against runtime/default; another profile name',
        pod(`    ${APP}: runtime/default\n`, containerSc('appArmorProfile: {type: Localhost, localhostProfile: a}')) +
          '---\n' +
          pod(`    ${APP}: localhost/b\n`, containerSc('appArmorProfile: {type: Localhost, localhostProfile: a}')),
        [
          [
            'Localhost',
            `securityContext.appArmorProfile of container "app" has type Localhost but annotation "${APP}" says "runtime/default": the two must agree (remove the annotation: the field replaces it)`,
          ],
          [
            'localhostProfile: «a»',
            `securityContext.appArmorProfile of container "app" has localhostProfile "a" but annotation "${APP}" says "localhost/b": the two must name the same profile`,
            1,
          ],
        ],
      ),
      output:
        pod(`    ${APP}: runtime/default\n`, containerSc('appArmorProfile: {type: Localhost, localhostProfile: a}')) +
        '---\n' +
        pod(`    ${APP}: localhost/a\n`, containerSc('appArmorProfile: {type: Localhost, localhostProfile: a}')),
    },
    at(
      'validateSeccompAnnotationsAndFieldsMatch#1, validateSeccompAnnotationsAndFieldsMatch#2, validateSeccompAnnotationsAndFieldsMatch#3, validateSeccompAnnotationsAndFieldsMatch#4 on a Pod: every type against another annotation',
      pod(`    ${SEC}: runtime/default\n`, containerSc('seccompProfile: {type: Unconfined}')) +
        '---\n' +
        pod(`    ${POD_SEC}: unconfined\n`, '', '  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n') +
        '---\n' +
        pod(`    ${SEC}: unconfined\n`, containerSc('seccompProfile: {type: Localhost, localhostProfile: a.json}')) +
        '---\n' +
        pod(`    ${SEC}: localhost/b.json\n`, containerSc('seccompProfile: {type: Localhost}')),
      [
        [
          'Unconfined',
          `securityContext.seccompProfile of container "app" has type Unconfined but annotation "${SEC}" says "runtime/default": the two must agree (write "unconfined" in the annotation, or remove it)`,
        ],
        [
          'RuntimeDefault',
          `spec.securityContext.seccompProfile has type RuntimeDefault but annotation "${POD_SEC}" says "unconfined": the two must agree (write "runtime/default" in the annotation, or remove it)`,
        ],
        [
          'Localhost',
          `securityContext.seccompProfile of container "app" has type Localhost but annotation "${SEC}" says "unconfined": the two must agree (remove the annotation: the field replaces it)`,
        ],
        [
          'Localhost',
          `annotation "${SEC}" names the profile "b.json" but securityContext.seccompProfile of container "app" has no localhostProfile: set it to the same profile`,
          1,
        ],
      ],
      pod(`    ${SEC}: unconfined\n`, containerSc('seccompProfile: {type: Unconfined}')) +
        '---\n' +
        pod(`    ${POD_SEC}: runtime/default\n`, '', '  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n') +
        '---\n' +
        pod(`    ${SEC}: unconfined\n`, containerSc('seccompProfile: {type: Localhost, localhostProfile: a.json}')) +
        '---\n' +
        pod(`    ${SEC}: localhost/b.json\n`, containerSc('seccompProfile: {type: Localhost}')),
    ),
  ],
});
