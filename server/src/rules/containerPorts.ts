import { ianaSvcName } from '../k8s/names';
import { containersOf, describeContainer, get, mapItems, missingAt, numberValue, podSpecs, replaceScalar, stringValue } from './nodes';
import { hasMisspelledKey } from './misspelled';
import { didYouMean, reasons } from './text';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

export const rule: DocumentRule = {
  id: 'k8s/container-ports',
  title: 'Container ports are in range, with valid unique names',
  severity: 'error',
  scope: 'document',
  doc:
    "Each entry of a container's `ports` needs a `containerPort` from 1 to 65535; a `hostPort`, when set, is also 1–65535; `protocol` is `TCP`, `UDP` or `SCTP`; " +
    'and a `name`, when set, is an IANA service name (at most 15 lowercase letters, digits and `-`, with at least one letter, no `--`, not starting or ending with `-`) ' +
    'that no other port of the container uses (validateContainerPorts). Services and probes refer to ports by these names.',
  check(doc, report) {
    for (const pod of podSpecs(doc)) {
      for (const c of containersOf(pod.spec)) {
        const names = new Set<string>();
        for (const { map } of mapItems(get(c.map, 'ports'))) {
          const port = get(map, 'containerPort');
          const value = numberValue(port);
          if (!port) {
            if (!hasMisspelledKey(map, 'containerPort'))
              report(
                missingAt(map),
                t`this port of the ${describeContainer(c)} has no containerPort: set the port number the container listens on (1–65535)`,
              );
          } else if (value !== undefined && !(Number.isInteger(value) && value >= 1 && value <= 65535)) {
            report(port, t`containerPort ${value} is out of range: a port number is from 1 to 65535`);
          }
          const hostPort = numberValue(get(map, 'hostPort'));
          if (hostPort !== undefined && hostPort !== 0 && !(Number.isInteger(hostPort) && hostPort >= 1 && hostPort <= 65535)) {
            report(get(map, 'hostPort'), t`hostPort ${hostPort} is out of range: a port number is from 1 to 65535`);
          }
          const protocolNode = get(map, 'protocol');
          const protocol = stringValue(protocolNode);
          if (protocol !== undefined && !PROTOCOLS.includes(protocol)) {
            const upper = protocol.toUpperCase();
            report(
              protocolNode,
              t`protocol "${protocol}" is not supported: use TCP, UDP or SCTP${didYouMean(PROTOCOLS.includes(upper) ? upper : undefined)}`,
              {
                fixes: PROTOCOLS.includes(upper)
                  ? [{ title: t`Change to "${upper}"`, edits: [replaceScalar(protocolNode!, upper)], preferred: true }]
                  : undefined,
              },
            );
          }
          const nameNode = get(map, 'name');
          const name = stringValue(nameNode);
          if (name === undefined) continue;
          const problems = ianaSvcName(name);
          if (problems.length) {
            report(
              nameNode,
              t`port name "${name}" is not valid: ${reasons(problems)}; a port name has at most 15 lowercase letters, digits and "-", with at least one letter`,
            );
          } else if (names.has(name)) {
            report(
              nameNode,
              t`port name "${name}" is used twice in the ${describeContainer(c)}: port names must be unique within a container`,
            );
          }
          names.add(name);
        }
      }
    }
  },
};
