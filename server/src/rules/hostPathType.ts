import { get, getIn, isBuiltin, mapItems, podSpecs, replaceScalar, scalarValue, stringValue } from './nodes';
import { closest, didYouMean } from './text';
import type { DocumentRule } from './types';
import { t } from '../l10n';

const TYPES = ['DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice'];

export const rule: DocumentRule = {
  id: 'k8s/host-path-type',
  title: 'hostPath type is a known value',
  severity: 'error',
  scope: 'document',
  doc:
    '`hostPath.type` (in a pod volume or a PersistentVolume) must be empty or one of `DirectoryOrCreate`, `Directory`, `FileOrCreate`, `File`, `Socket`, `CharDevice`, `BlockDevice` ' +
    '(validateHostPathType: "Unsupported value"). The values are case-sensitive; a quick fix offers the closest one.',
  check(doc, report) {
    const hostPaths = podSpecs(doc).flatMap((pod) => mapItems(get(pod.spec, 'volumes')).map(({ map }) => get(map, 'hostPath')));
    if (isBuiltin(doc, 'PersistentVolume')) hostPaths.push(getIn(doc.root, 'spec', 'hostPath'));
    for (const hostPath of hostPaths) {
      const node = get(hostPath, 'type');
      if (!node || scalarValue(node) === null) continue;
      const value = stringValue(node);
      if (value === '' || (value !== undefined && TYPES.includes(value))) continue;
      const guess = value !== undefined ? closest(value, TYPES) : undefined;
      report(
        node,
        t`hostPath type ${JSON.stringify(scalarValue(node))} is not supported: use one of ${TYPES.join(', ')} (or leave it out to skip the check)${didYouMean(guess)}`,
        {
          fixes: guess ? [{ title: t`Change to "${guess}"`, edits: [replaceScalar(node, guess)], preferred: true }] : undefined,
        },
      );
    }
  },
};
