/** The graph view's stylesheet: VS Code's theme variables only, so it follows light, dark and high-contrast themes. */
export const GRAPH_CSS = `
:root { color-scheme: light dark; }
body {
  margin: 0; padding: 0;
  color: var(--vscode-editor-foreground);
  background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family);
  font-size: var(--vscode-font-size, 13px);
}
header {
  position: sticky; top: 0; z-index: 1;
  display: flex; gap: 12px; align-items: baseline;
  padding: 8px 16px;
  background: var(--vscode-editor-background);
  border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent));
}
header .file { font-weight: 600; }
header .counts { color: var(--vscode-descriptionForeground); }
main { padding: 4px 0 8px; overflow: auto; }
main svg { display: block; margin: 0 auto; }
.empty { padding: 48px 24px; text-align: center; color: var(--vscode-descriptionForeground); }
.empty h2 { font-size: 1.15em; font-weight: 600; color: var(--vscode-editor-foreground); margin: 0 0 8px; }
footer { display: flex; flex-wrap: wrap; gap: 6px 16px; padding: 8px 16px; color: var(--vscode-descriptionForeground); font-size: 0.92em; }
footer .key { display: inline-flex; align-items: center; gap: 6px; }
footer svg { overflow: visible; }

svg text { font-family: var(--vscode-font-family); }
.node { cursor: pointer; outline: none; }
.node .box { fill: var(--vscode-editorWidget-background, var(--vscode-editor-background)); stroke: var(--vscode-editorWidget-border, var(--vscode-widget-border, #8884)); stroke-width: 1; }
.node:hover .box, .node:focus .box { stroke: var(--vscode-focusBorder); stroke-width: 2; }
.node .kind { font-size: 11px; fill: var(--vscode-descriptionForeground); }
.node .name { font-size: 13px; font-weight: 600; fill: var(--vscode-editor-foreground); }
.node .detail { font-size: 11px; fill: var(--vscode-descriptionForeground); }
.node.missing .box { fill: transparent; stroke-dasharray: 5 4; stroke: var(--vscode-descriptionForeground); }
.node.missing .name { font-weight: 500; font-style: italic; }
.node.missing .accent { opacity: 0.45; }

.accent.network { fill: var(--vscode-charts-blue, #3794ff); }
.accent.workload { fill: var(--vscode-charts-purple, #b180d7); }
.accent.pod { fill: var(--vscode-charts-green, #89d185); }
.accent.storage { fill: var(--vscode-charts-yellow, #cca700); }
.accent.config { fill: var(--vscode-charts-orange, #d18616); }
.accent.secret { fill: var(--vscode-charts-red, #f14c4c); }
.accent.other { fill: var(--vscode-descriptionForeground); }

.edge { fill: none; stroke-width: 1.6; }
.edge, .arrow { stroke: var(--vscode-descriptionForeground); }
.arrow { stroke: none; }
.k-selects { stroke: var(--vscode-charts-blue, #3794ff); }
.k-routes { stroke: var(--vscode-charts-purple, #b180d7); }
.k-template { stroke: var(--vscode-descriptionForeground); stroke-dasharray: 2 3; }
.k-mounts, .k-claims, .k-binds, .k-class { stroke: var(--vscode-charts-yellow, #cca700); }
.k-config { stroke: var(--vscode-charts-orange, #d18616); }
.k-secret { stroke: var(--vscode-charts-red, #f14c4c); }
.arrow.k-selects { fill: var(--vscode-charts-blue, #3794ff); }
.arrow.k-routes { fill: var(--vscode-charts-purple, #b180d7); }
.arrow.k-template { fill: var(--vscode-descriptionForeground); }
.arrow.k-mounts, .arrow.k-claims, .arrow.k-binds, .arrow.k-class { fill: var(--vscode-charts-yellow, #cca700); }
.arrow.k-config { fill: var(--vscode-charts-orange, #d18616); }
.arrow.k-secret { fill: var(--vscode-charts-red, #f14c4c); }
.arrow { stroke: none; stroke-dasharray: none; }
.edge-label rect { fill: var(--vscode-editor-background); opacity: 0.9; }
.edge-label text { font-size: 10.5px; fill: var(--vscode-descriptionForeground); }
`;
