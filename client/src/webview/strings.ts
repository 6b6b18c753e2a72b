import type { EdgeKind } from '../../../server/src/graph/types';

/** VS Code's l10n.t() (or any lookup with its contract: a key with `{N}` placeholders and their values). */
export type Translate = (message: string, ...args: string[]) => string;

/** Keeps `{0}` in a translated template: the webview fills it in when it knows the number. */
const P0 = '{0}';
const P1 = '{1}';
const P2 = '{2}';

/**
 * The graph webview's own text. The webview cannot reach vscode.l10n: the extension translates
 * these once (with l10n.t(), from l10n/bundle.l10n.<language>.json) and hands them to the page,
 * which fills in the `{N}` placeholders with `format`. Every key here is extracted into
 * l10n/bundle.l10n.json by l10n/extract.mjs and needs its Korean entry.
 */
export function graphStrings(t: Translate) {
  const edges: Record<EdgeKind, string> = {
    routes: t('routes to'),
    selects: t('selects'),
    template: t('creates pods'),
    mounts: t('mounts'),
    claims: t('claims per pod'),
    binds: t('binds to'),
    class: t('storage class'),
    config: t('ConfigMap'),
    secret: t('Secret'),
    parent: t('belongs to'),
    issuer: t('issued by'),
    monitors: t('scrapes'),
  };
  return {
    edges,
    oneObject: t('1 object'),
    objects: t('{0} objects', P0),
    oneLink: t('1 link'),
    links: t('{0} links', P0),
    definedNowhere: t('{0} defined nowhere', P0),
    legendDefinedNowhere: t('referred to, defined nowhere'),
    legendOtherFile: t('in another file: click to open it'),
    namespace: t('namespace {0}', P0),
    noNamespace: t('(no namespace)'),
    clusterScoped: t('cluster-scoped'),
    podTemplate: t('Pod template'),
    template: t('{0} template', P0),
    graphLabel: t('Object graph'),
    hereTip: t('{0}, line {1}. Click to go there.', P0, P1),
    otherFileTip: t('{0}, in {1} line {2}. Click to open it there.', P0, P1, P2),
    nowhereTip: t('{0} is defined nowhere: referred to on line {1}. Click to go there.', P0, P1),
    nowhereOtherFileTip: t('{0} is defined nowhere: referred to in {1} line {2}. Click to open it there.', P0, P1, P2),
    noEditorTitle: t('No YAML file'),
    noEditorHint: t('Open a Kubernetes YAML file: its objects and their references appear here.'),
    errorTitle: t('The graph could not be built'),
    noObjectsTitle: t('No Kubernetes objects in this file'),
    noObjectsHint: t('Objects with an apiVersion and a kind appear here as you type.'),
  };
}

export type GraphStrings = ReturnType<typeof graphStrings>;

/** English, as the code reads: what the page shows when the extension sent no strings. */
export const ENGLISH: GraphStrings = graphStrings((message, ...args) => format(message, ...args));

/** Fills `{N}` with the N-th value; a placeholder without a value stays as it is. */
export function format(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < values.length ? String(values[Number(i)]) : m));
}
