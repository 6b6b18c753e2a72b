/** The graph view's stylesheet: VS Code's theme variables only, so it follows light, dark and high-contrast themes. */
export const GRAPH_CSS = `
:root { color-scheme: light dark; }
/* Graph colours per theme kind (VS Code puts the class on the body): each ≥ 3:1 against the default
   themes' editor background (test/graph/contrast.test.ts). High Contrast Light also has the
   vscode-high-contrast class: its block comes last and wins. */
body.vscode-light { --graph-blue: #0066cc; --graph-purple: #8a3fbf; --graph-green: #2e7d32; --graph-yellow: #8f6b00; --graph-orange: #b35900; --graph-red: #c62828; --graph-grey: #6b6b6b; --graph-border: #8c8c8c; }
body.vscode-dark { --graph-blue: #4da3ff; --graph-purple: #c397ea; --graph-green: #89d185; --graph-yellow: #d7b229; --graph-orange: #f0a050; --graph-red: #f48771; --graph-grey: #a0a0a0; --graph-border: #6e6e6e; }
body.vscode-high-contrast { --graph-blue: #6fc3ff; --graph-purple: #d7a8ff; --graph-green: #89d185; --graph-yellow: #ffd700; --graph-orange: #ffa64d; --graph-red: #ff7b72; --graph-grey: #d0d0d0; --graph-border: #ffffff; }
body.vscode-high-contrast-light { --graph-blue: #0f4a85; --graph-purple: #6a1b9a; --graph-green: #1b5e20; --graph-yellow: #6b5200; --graph-orange: #8f4400; --graph-red: #b5200d; --graph-grey: #4d4d4d; --graph-border: #0f4a85; }
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
.note { margin: 0; padding: 6px 16px; color: var(--vscode-editorWarning-foreground, var(--vscode-descriptionForeground)); border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); }
.empty { padding: 48px 24px; text-align: center; color: var(--vscode-descriptionForeground); }
.empty h2 { font-size: 1.15em; font-weight: 600; color: var(--vscode-editor-foreground); margin: 0 0 8px; }
footer { display: flex; flex-wrap: wrap; gap: 6px 16px; padding: 8px 16px; color: var(--vscode-descriptionForeground); font-size: 0.92em; }
footer .key { display: inline-flex; align-items: center; gap: 6px; }
footer svg { overflow: visible; }

svg text { font-family: var(--vscode-font-family); }
.node { cursor: pointer; outline: none; }
.node .box { fill: var(--vscode-editorWidget-background, var(--vscode-editor-background)); stroke: var(--graph-border); stroke-width: 1; }
.node:hover .box, .node:focus .box { stroke: var(--vscode-focusBorder); stroke-width: 2; }
.node .kind { font-size: 11px; fill: var(--vscode-descriptionForeground); }
.node .name { font-size: 13px; font-weight: 600; fill: var(--vscode-editor-foreground); }
.node .detail { font-size: 11px; fill: var(--vscode-descriptionForeground); }
/* Namespace groups: a frame behind the boxes, the namespace on top. */
.group .frame { fill: none; stroke: var(--graph-border); stroke-width: 1; stroke-dasharray: 1 0; opacity: 0.8; }
.group.cluster .frame { stroke-dasharray: 6 3; }
.group-title { font-size: 11.5px; font-weight: 600; fill: var(--vscode-descriptionForeground); }
.node .file { font-size: 11px; fill: var(--vscode-textLink-foreground, var(--graph-blue)); }
.node.elsewhere .file-mark { stroke: var(--vscode-textLink-foreground, var(--graph-blue)); stroke-width: 1.6; }
.node.missing .box { fill: transparent; stroke-dasharray: 5 4; stroke: var(--graph-grey); }
.node.missing .name { font-weight: 500; font-style: italic; }
.node.missing .accent { opacity: 0.45; }

.accent.network { fill: var(--graph-blue); }
.accent.workload { fill: var(--graph-purple); }
.accent.pod { fill: var(--graph-green); }
.accent.storage { fill: var(--graph-yellow); }
.accent.config { fill: var(--graph-orange); }
.accent.secret { fill: var(--graph-red); }
.accent.other { fill: var(--graph-grey); }

.edge { fill: none; stroke-width: 1.6; }
.edge, .arrow { stroke: var(--graph-grey); }
.arrow { stroke: none; }
.k-selects { stroke: var(--graph-blue); }
.k-routes { stroke: var(--graph-purple); }
.k-template { stroke: var(--graph-grey); stroke-dasharray: 2 3; }
.k-mounts, .k-claims, .k-binds, .k-class { stroke: var(--graph-yellow); }
.k-config { stroke: var(--graph-orange); }
.k-secret { stroke: var(--graph-red); }
.k-parent { stroke: var(--graph-purple); stroke-dasharray: 6 3; }
.k-issuer { stroke: var(--graph-green); }
.k-monitors { stroke: var(--graph-blue); stroke-dasharray: 6 3; }
.arrow.k-parent { fill: var(--graph-purple); }
.arrow.k-issuer { fill: var(--graph-green); }
.arrow.k-monitors { fill: var(--graph-blue); }
.arrow.k-selects { fill: var(--graph-blue); }
.arrow.k-routes { fill: var(--graph-purple); }
.arrow.k-template { fill: var(--graph-grey); }
.arrow.k-mounts, .arrow.k-claims, .arrow.k-binds, .arrow.k-class { fill: var(--graph-yellow); }
.arrow.k-config { fill: var(--graph-orange); }
.arrow.k-secret { fill: var(--graph-red); }
.arrow { stroke: none; stroke-dasharray: none; }
.edge-label rect { fill: var(--vscode-editor-background); opacity: 0.9; }
.edge-label text { font-size: 10.5px; fill: var(--vscode-descriptionForeground); }
`;
