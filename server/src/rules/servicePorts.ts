import { dns1123Label, ianaSvcName } from '../k8s/names';
import { get, itemsOf, keyNode, mapItems, missingAt, numberValue, replaceScalar, scalarValue, stringValue } from './nodes';
import { PROTOCOLS } from './containerPorts';
import { serviceSpec } from './serviceFields';
import { hasMisspelledKey, missingByTypo } from './misspelled';
import { didYouMean, reasons } from './text';
import type { DocumentRule } from './types';
import { t } from '../l10n';

const inRange = (n: number) => Number.isInteger(n) && n >= 1 && n <= 65535;

export const rule: DocumentRule = {
  id: 'k8s/service-ports',
  title: 'Service ports are in range, named and unique',
  severity: 'error',
  scope: 'document',
  doc:
    'A Service (other than ExternalName or headless) lists at least one port. Each `port` is 1–65535; `targetPort` is a number 1–65535 or the name of a container port ' +
    '(an IANA service name, at most 15 characters); `protocol` is `TCP`, `UDP` or `SCTP`. When there is more than one port, every port needs a `name`, ' +
    'a DNS label unique in the Service; and no two ports may share the same port number and protocol (validateServicePort, ValidateService).',
  check(doc, report) {
    const svc = serviceSpec(doc);
    if (!svc) return;
    const portsKey = keyNode(svc.spec, 'ports');
    const ports = mapItems(get(svc.spec, 'ports'));
    if (
      !itemsOf(get(svc.spec, 'ports')).length &&
      svc.typeKnown &&
      svc.type !== 'ExternalName' &&
      !svc.headless &&
      !missingByTypo(svc.spec, 'ports')
    ) {
      report(
        portsKey ?? keyNode(doc.root, 'spec'),
        t`this ${svc.type} Service has no ports: list at least one under "ports" (port, and the targetPort of the pods)`,
      );
    }
    const names = new Set<string>();
    const numbers = new Set<string>();
    for (const { map, index } of ports) {
      const portNode = get(map, 'port');
      const port = numberValue(portNode);
      if (!portNode) {
        if (!hasMisspelledKey(map, 'port'))
          report(missingAt(map), t`Service port ${index + 1} has no "port": set the port number the Service listens on (1–65535)`);
      } else if (port !== undefined && !inRange(port))
        report(portNode, t`Service port ${port} is out of range: a port number is from 1 to 65535`);
      const target = get(map, 'targetPort');
      const targetValue = scalarValue(target);
      if (typeof targetValue === 'number' && !inRange(targetValue)) {
        report(target, t`targetPort ${targetValue} is out of range: use a port number from 1 to 65535, or the name of a container port`);
      } else if (typeof targetValue === 'string') {
        // A quoted number is a port *name* (IntOrString keeps the type), and a name needs a letter.
        if (/^\d+$/.test(targetValue) && inRange(Number(targetValue))) {
          report(
            target,
            t`targetPort "${targetValue}" is quoted, so Kubernetes reads it as a port name, and a port name needs a letter: write ${targetValue} without quotes`,
            {
              fixes: [
                {
                  title: t`Change to ${targetValue}`,
                  edits: [{ start: target!.range![0], end: target!.range![1], newText: targetValue }],
                  preferred: true,
                },
              ],
            },
          );
        } else {
          const problems = ianaSvcName(targetValue);
          if (problems.length)
            report(
              target,
              t`targetPort "${targetValue}" is not a valid port name: ${reasons(problems)}; use a port number, or the name of a container port`,
            );
        }
      }
      const protocolNode = get(map, 'protocol');
      const protocol = stringValue(protocolNode) ?? 'TCP';
      if (protocolNode && !PROTOCOLS.includes(protocol)) {
        const upper = protocol.toUpperCase();
        report(
          protocolNode,
          t`protocol "${protocol}" is not supported: use TCP, UDP or SCTP${didYouMean(PROTOCOLS.includes(upper) ? upper : undefined)}`,
          {
            fixes: PROTOCOLS.includes(upper)
              ? [{ title: t`Change to "${upper}"`, edits: [replaceScalar(protocolNode, upper)], preferred: true }]
              : undefined,
          },
        );
      }
      if (port !== undefined) {
        const id = `${port}/${protocol}`;
        if (numbers.has(id))
          report(portNode, t`port ${port}/${protocol} is listed twice in this Service: each port and protocol pair must be unique`);
        numbers.add(id);
      }
      const nameNode = get(map, 'name');
      const name = stringValue(nameNode);
      if (name === undefined) {
        if (ports.length > 1 && !nameNode && !hasMisspelledKey(map, 'name'))
          report(
            portNode ?? missingAt(map),
            t`this Service has several ports, so each needs a "name" (e.g. http, metrics): port ${port ?? index + 1} has none`,
          );
        continue;
      }
      const problems = dns1123Label(name);
      if (problems.length)
        report(
          nameNode,
          t`Service port name "${name}" is not valid: ${reasons(problems)}; it must be a DNS label (lowercase letters, digits and "-")`,
        );
      else if (names.has(name)) report(nameNode, t`Service port name "${name}" is used twice: port names must be unique in a Service`);
      names.add(name);
    }
  },
};
