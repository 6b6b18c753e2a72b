import { containersOf, describeContainer, entries, get, itemsOf, keyNode, numberValue, podSpecs } from './nodes';
import { hasMisspelledKey } from './misspelled';
import type { DocumentRule } from './types';
import { t } from '../l10n';

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];

export const rule: DocumentRule = {
  id: 'k8s/probe-handler',
  title: 'Probes and lifecycle hooks have exactly one handler',
  severity: 'error',
  scope: 'document',
  doc:
    'A `livenessProbe`, `readinessProbe` or `startupProbe` says how to probe with exactly one of `exec`, `httpGet`, `tcpSocket` or `grpc`; ' +
    'a lifecycle `postStart` or `preStop` hook with exactly one of `exec`, `httpGet`, `tcpSocket` or `sleep` ' +
    '(validateHandler: "must specify a handler type" / "may not specify more than 1 handler type"). ' +
    'An `exec` handler names its `command` (validateExecAction). Liveness and startup probes must also keep `successThreshold` at 1.',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      for (const c of containersOf(pod.spec)) {
        const hooks: [string, unknown, string[]][] = [
          ['livenessProbe', get(c.map, 'livenessProbe'), PROBE_HANDLERS],
          ['readinessProbe', get(c.map, 'readinessProbe'), PROBE_HANDLERS],
          ['startupProbe', get(c.map, 'startupProbe'), PROBE_HANDLERS],
          ['postStart', get(get(c.map, 'lifecycle'), 'postStart'), LIFECYCLE_HANDLERS],
          ['preStop', get(get(c.map, 'lifecycle'), 'preStop'), LIFECYCLE_HANDLERS],
        ];
        for (const [field, node, allowed] of hooks) {
          if (!node) continue;
          const handlers = entries(node).filter((e) => allowed.includes(e.key));
          const where = t`${field} of the ${describeContainer(c)}`;
          if (handlers.length === 0 && !hasMisspelledKey(node, ...allowed)) {
            const holder = field === 'postStart' || field === 'preStop' ? get(c.map, 'lifecycle') : c.map;
            report(keyNode(holder, field), t`${where} has no handler: add one of ${allowed.join(', ')}`);
          }
          const exec = get(node, 'exec');
          // validateExecAction: an exec handler runs its command; without one there is nothing to run.
          if (exec && itemsOf(get(exec, 'command')).length === 0)
            report(keyNode(node, 'exec'), t`${where}: exec needs a command to run, e.g. command: [cat, /tmp/healthy]`);
          for (const extra of handlers.slice(1)) {
            report(extra.pair.key, t`${where} already uses "${handlers[0].key}": use exactly one of ${allowed.join(', ')}`);
          }
          if (field === 'livenessProbe' || field === 'startupProbe') {
            const threshold = get(node, 'successThreshold');
            const value = numberValue(threshold);
            if (value !== undefined && value !== 1)
              report(
                threshold,
                t`${where} must have successThreshold 1 (it is ${value}): only readiness probes may require several successes`,
              );
          }
        }
      }
    }
  },
};
