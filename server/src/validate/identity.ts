import { isMap, isScalar, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import type { Fix, Problem } from '../problem';
import { getSchemaStore, preferredVersion, splitApiVersion, versionsAt, type ServedVersion } from '../schema';
import { closest } from './suggest';
import { documentSchema } from './documentSchema';
import { firstKey } from './yamlNodes';
import { pairOf } from '../yaml/nodes';
import { migrationFix } from './migrate';
import { t } from '../l10n';

/**
 * What a document's apiVersion and kind select: a built-in schema, a custom resource (validated by
 * a CRD when one is known), or nothing, with the problems found on the way.
 */
export type Identity =
  | { type: 'builtin'; apiVersion: string; kind: string; definition: string; viaSchemaFrom: boolean; problems: Problem[] }
  | { type: 'custom'; apiVersion: string; kind: string; problems: Problem[] }
  | { type: 'none'; problems: Problem[] };

function scalarOf(map: YAMLMap | undefined, key: string): { key?: Scalar; value?: Scalar } {
  // A duplicated key's last pair, as kubectl keeps it (and as the object validated holds).
  const pair = pairOf(map, key);
  if (!pair) return {};
  return { key: pair.key as Scalar, value: isScalar(pair.value) ? (pair.value as Scalar) : undefined };
}

function nodeRange(node: Node | undefined | null): [number, number] {
  return node?.range ? [node.range[0], node.range[1]] : [0, 0];
}

function setApiVersionFix(value: Scalar | undefined, apiVersion: string): Fix[] | undefined {
  if (!value?.range) return undefined;
  return [
    {
      title: t`Change apiVersion to ${apiVersion}`,
      edits: [{ start: value.range[0], end: value.range[1], newText: apiVersion }],
      preferred: true,
    },
  ];
}

/** A real migration when one can be built (the document parses alone), else the apiVersion change. */
function migrationFixes(
  doc: Document,
  source: DocumentSource | undefined,
  replacement: string,
  kind: string,
  value: Scalar | undefined,
): Fix[] | undefined {
  const migration = source ? migrationFix(source.text, doc, source.index, kind, replacement) : undefined;
  return migration ? [migration] : setApiVersionFix(value, replacement);
}

/** The chunk text a document root was parsed from, and its index there (for fixes that re-parse it). */
export interface DocumentSource {
  text: string;
  index: number;
}

/** The apiVersions to offer for a kind (schema/served's order): those the target serves as current, else the preferred one. */
function versionList(versions: ServedVersion[]): string {
  const current = versions.filter((v) => v.status === 'ok');
  return (current.length ? current : versions.slice(0, 1))
    .map((v) => v.info.apiVersion)
    .slice(0, 3)
    .join(t(' or '));
}

/** What validates a Kubernetes object (a document root or a List item), as documentSchema decides it, and the identity problems worded with their ranges and fixes. */
export function resolveIdentity(doc: Document, node: Node | undefined, targetVersion: string, source?: DocumentSource): Identity {
  const store = getSchemaStore();
  if (!node || !isMap(node)) {
    const [start, end] = node?.range ? [node.range[0], Math.min(node.range[1], node.range[0] + 1)] : [0, 0];
    return {
      type: 'none',
      problems: [
        {
          start,
          end,
          severity: 'error',
          code: 'schema/missing-kind',
          message: t('this is not a Kubernetes object: an object is a mapping with apiVersion, kind, metadata and (usually) spec'),
        },
      ],
    };
  }
  const map = node as YAMLMap;
  const av = scalarOf(map, 'apiVersion');
  const kd = scalarOf(map, 'kind');
  const apiVersion = typeof av.value?.value === 'string' ? av.value.value.trim() : '';
  const kind = typeof kd.value?.value === 'string' ? kd.value.value.trim() : '';
  const first = firstKey(map);

  if (!kind) {
    const at = kd.key ?? first;
    const [start, end] = nodeRange(at);
    const message = kd.key
      ? t('"kind" is empty: name the kind of object, e.g. "kind: Deployment"')
      : t`this document has no "kind": every Kubernetes object names its kind, e.g. "kind: Deployment"${apiVersion ? '' : t(', and its apiVersion')}`;
    return { type: 'none', problems: [{ start, end, severity: 'error', code: 'schema/missing-kind', message }] };
  }
  if (!apiVersion) {
    const at = av.key ?? first;
    const [start, end] = nodeRange(at);
    const suggestion = preferredVersion(store, kind, targetVersion)?.info.apiVersion;
    const fix: Fix[] | undefined =
      suggestion && !av.key && first?.range && !map.flow
        ? [
            {
              title: t`Add apiVersion: ${suggestion}`,
              edits: [{ start: first.range[0], end: first.range[0], newText: `apiVersion: ${suggestion}\n` }],
              preferred: true,
            },
          ]
        : suggestion && av.value
          ? setApiVersionFix(av.value, suggestion)
          : undefined;
    const message = t`this ${kind} has no apiVersion${suggestion ? t`: add "apiVersion: ${suggestion}"` : t(': add the apiVersion of its API group (e.g. "apiVersion: example.com/v1")')}`;
    return { type: 'none', problems: [{ start, end, severity: 'error', code: 'schema/missing-api-version', message, fixes: fix }] };
  }

  const [avStart, avEnd] = nodeRange(av.value);
  const [kStart, kEnd] = nodeRange(kd.value);
  const problems: Problem[] = [];

  // The decision is documentSchema's (completion and hover read the same); here it is only worded.
  const decided = documentSchema({ apiVersion, kind }, { targetVersion });
  const { deprecation } = decided;
  if (decided.none === 'removed' && deprecation?.status === 'removed') {
    const use = deprecation.replacement ? t`: use ${deprecation.replacement}` : t(' with no replacement API');
    const notes = deprecation.notes ? ` (${deprecation.notes.replace(/\.$/, '')})` : '';
    return {
      type: 'none',
      problems: [
        {
          start: avStart,
          end: avEnd,
          severity: 'error',
          code: 'schema/removed-api',
          message: t`${apiVersion} ${kind} was removed in Kubernetes ${deprecation.removedIn}${use}${notes}`,
          fixes: deprecation.replacement ? migrationFixes(doc, source, deprecation.replacement, kind, av.value) : undefined,
        },
      ],
    };
  }
  if (deprecation?.status === 'deprecated') {
    const use = deprecation.replacement ? t`: use ${deprecation.replacement}` : '';
    const removal = deprecation.removedIn ? t` and removed in ${deprecation.removedIn}` : '';
    problems.push({
      start: avStart,
      end: avEnd,
      severity: 'warning',
      code: 'schema/deprecated-api',
      message: t`${apiVersion} ${kind} is deprecated since Kubernetes ${deprecation.deprecatedIn}${removal}${use}`,
      fixes: deprecation.replacement ? setApiVersionFix(av.value, deprecation.replacement) : undefined,
    });
  }

  const builtin = decided.source?.type === 'builtin' ? decided.source : undefined;
  if (builtin)
    return { type: 'builtin', apiVersion, kind, definition: builtin.info.definition, viaSchemaFrom: builtin.viaSchemaFrom, problems };

  if (decided.none === 'no-schema') {
    problems.push({
      start: kStart,
      end: kEnd,
      severity: 'info',
      code: 'schema/no-schema',
      message: t`no schema for ${apiVersion} ${kind}: only its apiVersion and kind are checked`,
    });
    return { type: 'none', problems };
  }

  const candidates = versionsAt(store, kind, targetVersion);
  const { group } = splitApiVersion(apiVersion);
  if (decided.none === 'group-typo') {
    const suggestion = candidates[0].info.apiVersion;
    problems.push({
      start: avStart,
      end: avEnd,
      severity: 'error',
      code: 'schema/api-version',
      message: t`unknown apiVersion "${apiVersion}" for ${kind} — did you mean "${suggestion}"?`,
      fixes: setApiVersionFix(av.value, suggestion),
    });
    return { type: 'none', problems };
  }
  if (decided.custom) return { type: 'custom', apiVersion, kind, problems };
  if (decided.none === 'not-served') {
    const suggestion = candidates[0].info.apiVersion;
    const knownVersion = store.kinds().some((k) => k.apiVersion === apiVersion);
    const sameGroup = candidates.some((c) => c.info.group === group);
    // A version of the right group that the bundle does not carry may be an alpha/beta API behind a
    // feature gate: say what is known, without claiming Kubernetes rejects it.
    const unsure = !knownVersion && sameGroup;
    problems.push({
      start: avStart,
      end: avEnd,
      severity: unsure ? 'warning' : 'error',
      code: 'schema/api-version',
      message: unsure
        ? t`${apiVersion} is not among the Kubernetes ${store.kubernetesVersion} APIs k8sense knows (it may be off by default or removed), so this ${kind} is not checked: use ${versionList(candidates)}`
        : t`${kind} is not served by apiVersion "${apiVersion}": use ${versionList(candidates)}`,
      fixes: setApiVersionFix(av.value, suggestion),
    });
    return { type: 'none', problems };
  }
  const allKinds = new Set(
    store
      .kinds()
      .filter((k) => !k.kind.endsWith('List') || k.kind === 'List')
      .map((k) => k.kind),
  );
  const similar = closest(kind, allKinds);
  if (similar) {
    const versions = versionsAt(store, similar, targetVersion);
    const carries = versions.some((v) => v.info.apiVersion === apiVersion && v.status !== 'removed');
    const preferred = versions[0].info.apiVersion;
    const edits = [{ start: kStart, end: kEnd, newText: similar }];
    if (!carries && av.value?.range) edits.push({ start: avStart, end: avEnd, newText: preferred });
    const hint = carries ? '' : ` (${preferred})`;
    problems.push({
      start: kStart,
      end: kEnd,
      severity: 'error',
      code: 'schema/unknown-kind',
      message: t`unknown kind "${kind}" — did you mean "${similar}"${hint}?`,
      fixes: [{ title: t`Change kind to ${similar}${carries ? '' : ` (apiVersion ${preferred})`}`, edits, preferred: true }],
    });
    return { type: 'none', problems };
  }
  problems.push({
    start: kStart,
    end: kEnd,
    severity: 'error',
    code: 'schema/unknown-kind',
    message: t`unknown kind "${kind}": ${apiVersion} is a built-in Kubernetes API and has no such kind (a custom resource needs its own API group, e.g. example.com/v1)`,
  });
  return { type: 'none', problems };
}
