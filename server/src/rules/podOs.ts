import type { Node } from 'yaml';
import { containersOf, describeContainer, get, keyNode, mapIn, podSpecs, replaceScalar, stringValue } from './nodes';
import type { DocumentRule } from './types';
import { t } from '../l10n';

/** Pod-level fields a Windows pod may not set (spec.X, or spec.securityContext.X). */
const WINDOWS_POD_FIELDS = ['hostUsers', 'hostPID', 'hostIPC', 'shareProcessNamespace'];
const WINDOWS_POD_SECURITY = [
  'appArmorProfile',
  'seLinuxOptions',
  'seccompProfile',
  'fsGroup',
  'fsGroupChangePolicy',
  'sysctls',
  'runAsUser',
  'runAsGroup',
  'supplementalGroups',
  'supplementalGroupsPolicy',
  'seLinuxChangePolicy',
];
const WINDOWS_CONTAINER_SECURITY = [
  'appArmorProfile',
  'seLinuxOptions',
  'seccompProfile',
  'capabilities',
  'readOnlyRootFilesystem',
  'privileged',
  'allowPrivilegeEscalation',
  'procMount',
  'runAsUser',
  'runAsGroup',
];

export const rule: DocumentRule = {
  id: 'k8s/pod-os',
  title: 'spec.os.name is linux or windows, and the pod sets only what that OS supports',
  severity: 'error',
  scope: 'document',
  doc:
    'A pod that names its OS (`spec.os.name`) must say `linux` or `windows`. A Windows pod may not set the Linux-only fields: `hostPID`, `hostIPC`, `hostUsers`, `shareProcessNamespace`, ' +
    'and in the pod or container `securityContext` `seLinuxOptions`, `seccompProfile`, `appArmorProfile`, `runAsUser`, `runAsGroup`, `fsGroup`, `sysctls`, `capabilities`, `privileged`, `procMount`, … (use `windowsOptions.runAsUserName`); ' +
    'a Linux pod may not set `windowsOptions`. The API server rejects these (validateOS, validateWindows, validateLinux in pkg/apis/core/validation).',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      const os = mapIn(pod.spec, 'os');
      if (!os) continue;
      const nameNode = get(os, 'name');
      const name = stringValue(nameNode);
      if (name === undefined) continue; // missing: schema/required
      if (name === '') {
        report(nameNode, t('spec.os.name must not be empty: use linux or windows'));
        continue;
      }
      if (name !== 'linux' && name !== 'windows') {
        const lower = name.toLowerCase();
        const fix = lower === 'linux' || lower === 'windows' ? lower : undefined;
        report(nameNode, t`spec.os.name "${name}" is not supported: use linux or windows${fix ? t` — did you mean "${fix}"?` : ''}`, {
          fixes: fix ? [{ title: t`Change to "${fix}"`, edits: [replaceScalar(nameNode!, fix)], preferred: true }] : undefined,
        });
        continue;
      }
      const podSecurity = mapIn(pod.spec, 'securityContext');
      const containers = containersOf(pod.spec);
      if (name === 'windows') {
        const forbid = (at: Node | undefined, field: string) => {
          if (at)
            report(
              at,
              t`${field} cannot be set on a Windows pod (spec.os.name is windows): remove it${/runAsUser\b/.test(field) ? t(', or use securityContext.windowsOptions.runAsUserName') : ''}`,
            );
        };
        for (const f of WINDOWS_POD_FIELDS) forbid(keyNode(pod.spec, f), `spec.${f}`);
        for (const f of WINDOWS_POD_SECURITY) forbid(keyNode(podSecurity, f), `spec.securityContext.${f}`);
        for (const c of containers) {
          const sc = mapIn(c.map, 'securityContext');
          for (const f of WINDOWS_CONTAINER_SECURITY) forbid(keyNode(sc, f), t`the securityContext.${f} of ${describeContainer(c)}`);
        }
      } else {
        const linux = (at: Node | undefined, where: string) => {
          if (at)
            report(
              at,
              t`${where}windowsOptions cannot be set on a Linux pod (spec.os.name is linux): remove it, or set spec.os.name to windows`,
            );
        };
        linux(keyNode(podSecurity, 'windowsOptions'), 'spec.securityContext.');
        for (const c of containers)
          linux(keyNode(mapIn(c.map, 'securityContext'), 'windowsOptions'), t`the securityContext of ${describeContainer(c)}: `);
      }
    }
  },
};
