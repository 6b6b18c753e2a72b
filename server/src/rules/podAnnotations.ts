import type { Node, YAMLMap } from 'yaml';
import {
  containersOf,
  describeContainer,
  entries,
  get,
  getIn,
  mapIn,
  podSpecs,
  replaceScalar,
  stringValue,
  type ContainerRef,
  type PodSpecRef,
} from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

// The AppArmor and seccomp annotations of a pod (pkg/apis/core/validation): ValidateSeccompPodAnnotations /
// ValidateSeccompProfile and ValidateAppArmorPodAnnotations / ValidateAppArmorProfileFormat (pods and
// templates), validateAppArmorAnnotationsAndFieldsMatchOnCreate (pods and templates, not Windows pods) and
// validateSeccompAnnotationsAndFields (ValidatePodCreate: Pods only). The API server copies an annotation into
// an unset field and a field into a missing annotation first, so only an annotation and a field that are both
// set can disagree.

const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/';
const APPARMOR_CONTAINER = 'container.apparmor.security.beta.kubernetes.io/';
const LOCALHOST = 'localhost/';

/** The annotation value each field type stands for (the first is what a fix writes). */
const SECCOMP_VALUES: Record<string, string[]> = {
  Unconfined: ['unconfined'],
  RuntimeDefault: ['runtime/default', 'docker/default'],
};
const APPARMOR_VALUES: Record<string, string[]> = { Unconfined: ['unconfined'], RuntimeDefault: ['runtime/default'] };

/** validateLocalDescendingPath: a localhost profile is a relative path without "..". */
function localPathProblem(path: string): string | undefined {
  if (path.startsWith('/')) return t('the path after localhost/ must be relative');
  if (path.split('/').includes('..')) return t('the path after localhost/ must not contain ".."');
  return undefined;
}

function checkValue(key: string, valueNode: Node | null, report: Report) {
  const v = stringValue(valueNode);
  if (v === undefined || !valueNode) return;
  if (key === SECCOMP_POD || key.startsWith(SECCOMP_CONTAINER)) {
    if (v.startsWith(LOCALHOST)) {
      const problem = localPathProblem(v.slice(LOCALHOST.length));
      if (problem) report(valueNode, t`annotation "${key}" has "${v}": ${problem}`);
    } else if (!['runtime/default', 'docker/default', 'unconfined'].includes(v))
      report(
        valueNode,
        t`annotation "${key}" has "${v}", which is not a seccomp profile: use runtime/default, unconfined or localhost/<file>`,
      );
  } else if (key.startsWith(APPARMOR_CONTAINER) && v !== '' && v !== 'runtime/default' && v !== 'unconfined' && !v.startsWith(LOCALHOST))
    report(
      valueNode,
      t`annotation "${key}" has "${v}", which is not an AppArmor profile: use runtime/default, unconfined or localhost/<profile>`,
    );
}

/**
 * An annotation and the profile field that both apply to one container must say the same: the problem is on the
 * field's type (or localhostProfile), with a fix that writes the field's value into the annotation.
 */
function checkMatch(what: 'seccomp' | 'AppArmor', profile: YAMLMap, fieldPath: string, key: string, annotation: Node, report: Report) {
  const value = stringValue(annotation);
  const typeNode = get(profile, 'type');
  const type = stringValue(typeNode);
  if (value === undefined || !typeNode || !type) return;
  const local = stringValue(get(profile, 'localhostProfile'));
  const fix = (to: string) => ({ fixes: [{ title: t`Change the annotation to "${to}"`, edits: [replaceScalar(annotation, to)] }] });
  const known = (what === 'seccomp' ? SECCOMP_VALUES : APPARMOR_VALUES)[type];
  if (known && !known.includes(value))
    report(
      typeNode,
      t`${fieldPath} has type ${type} but annotation "${key}" says "${value}": the two must agree (write "${known[0]}" in the annotation, or remove it)`,
      fix(known[0]),
    );
  else if (type === 'Localhost' && !value.startsWith(LOCALHOST))
    report(
      typeNode,
      t`${fieldPath} has type Localhost but annotation "${key}" says "${value}": the two must agree (remove the annotation: the field replaces it)`,
    );
  else if (type === 'Localhost' && value.slice(LOCALHOST.length) !== local) {
    const at = get(profile, 'localhostProfile') ?? typeNode;
    report(
      at,
      local === undefined
        ? t`annotation "${key}" names the profile "${value.slice(LOCALHOST.length)}" but ${fieldPath} has no localhostProfile: set it to the same profile`
        : t`${fieldPath} has localhostProfile "${local}" but annotation "${key}" says "${value}": the two must name the same profile`,
      local === undefined ? undefined : fix(LOCALHOST + local),
    );
  }
}

function checkPod(pod: PodSpecRef, meta: YAMLMap | undefined, report: Report) {
  const annotations = mapIn(meta, 'annotations');
  if (!annotations) return;
  const containers = containersOf(pod.spec);
  const byName = new Map(containers.map((c) => [c.name, c]));
  for (const { key, pair } of entries(annotations)) {
    checkValue(key, pair.value, report);
    if (!key.startsWith(APPARMOR_CONTAINER)) continue;
    const name = key.slice(APPARMOR_CONTAINER.length);
    if (!byName.has(name))
      report(
        pair.key,
        t`annotation "${key}" is for container "${name}", which this pod does not have: the containers are ${containers.map((c) => c.name ?? '?').join(', ') || t('none')}`,
      );
  }
  const windows = stringValue(getIn(pod.spec, 'os', 'name')) === 'windows';
  const podAppArmor = mapIn(pod.spec, 'securityContext', 'appArmorProfile');
  for (const c of containers) {
    const annotation = (prefix: string) => annotationOf(annotations, prefix + (c.name ?? ''));
    const own = mapIn(c.map, 'securityContext', 'appArmorProfile');
    const apparmor = annotation(APPARMOR_CONTAINER);
    if (!windows && c.name && apparmor?.value && (own ?? podAppArmor))
      checkMatch('AppArmor', (own ?? podAppArmor)!, fieldOf(c, own ? 'appArmorProfile' : undefined), apparmor.key, apparmor.value, report);
    const seccomp = annotation(SECCOMP_CONTAINER);
    const field = mapIn(c.map, 'securityContext', 'seccompProfile');
    if (!pod.isTemplate && c.name && seccomp?.value && field)
      checkMatch('seccomp', field, fieldOf(c, 'seccompProfile'), seccomp.key, seccomp.value, report);
  }
  const podSeccomp = mapIn(pod.spec, 'securityContext', 'seccompProfile');
  const podAnnotation = annotationOf(annotations, SECCOMP_POD);
  if (!pod.isTemplate && podSeccomp && podAnnotation?.value)
    checkMatch('seccomp', podSeccomp, 'spec.securityContext.seccompProfile', SECCOMP_POD, podAnnotation.value, report);
}

/** "securityContext.appArmorProfile of container "web"", or the pod's when the container inherits it. */
function fieldOf(c: ContainerRef, own: string | undefined): string {
  return own
    ? t`securityContext.${own} of ${describeContainer(c)}`
    : t`spec.securityContext.appArmorProfile (inherited by ${describeContainer(c)})`;
}

/** An annotation's key and value node (yaml/nodes' reading: merges, aliases, a duplicated key's last value). */
function annotationOf(map: YAMLMap | undefined, key: string): { key: string; value: Node } | undefined {
  const value = get(map, key);
  return value ? { key, value } : undefined;
}

export const rule: DocumentRule = {
  id: 'k8s/pod-annotations',
  title: 'AppArmor and seccomp annotations are valid and agree with the fields',
  severity: 'error',
  scope: 'document',
  doc:
    'The deprecated profile annotations of a pod or pod template, as the API server validates them: a seccomp annotation (`seccomp.security.alpha.kubernetes.io/pod`, ' +
    '`container.seccomp.security.alpha.kubernetes.io/<container>`) holds `runtime/default`, `docker/default`, `unconfined` or `localhost/<relative path>`; an AppArmor ' +
    'annotation (`container.apparmor.security.beta.kubernetes.io/<container>`) names a container of the pod and holds `runtime/default`, `unconfined` or `localhost/<profile>`. ' +
    "When an annotation and the `appArmorProfile` field of the same container (its own or the pod's) are both set, they must agree; so must a seccomp annotation and " +
    "`seccompProfile` on a Pod. A fix writes the field's value into the annotation. (ValidateSeccompPodAnnotations, ValidateAppArmorPodAnnotations, " +
    'validateAppArmorAnnotationsAndFieldsMatchOnCreate, validateSeccompAnnotationsAndFields.)',
  check(doc, report) {
    for (const pod of podSpecs(doc)) checkPod(pod, pod.template ? mapIn(pod.template, 'metadata') : mapIn(doc.root, 'metadata'), report);
  },
};
