// The graph's colours (accents, edges, box borders) have at least 3:1 contrast (WCAG 2.1 non-text
// contrast) against the editor background of VS Code's default themes of each kind: Light, Dark and
// both High Contrast. Computed from the stylesheet the webview uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GRAPH_CSS } from '../../client/src/webview/styles';

/** Editor backgrounds of VS Code's default themes, by the class VS Code puts on a webview's body. */
const BACKGROUNDS: Record<string, Record<string, string>> = {
  'vscode-light': { 'Light Modern': '#ffffff', 'Light+': '#ffffff' },
  'vscode-dark': { 'Dark Modern': '#1f1f1f', 'Dark+': '#1e1e1e' },
  'vscode-high-contrast': { 'Dark High Contrast': '#000000' },
  'vscode-high-contrast-light': { 'Light High Contrast': '#ffffff' },
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The palette a theme class defines: `body.<class> { --graph-x: #rrggbb; … }`. */
function palette(themeClass: string): Record<string, string> {
  const block = new RegExp(`body\\.${themeClass}\\s*\\{([^}]*)\\}`).exec(GRAPH_CSS)?.[1];
  assert.ok(block, `no palette for ${themeClass}`);
  return Object.fromEntries([...block.matchAll(/(--graph-[\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1], m[2]]));
}

test('every colour the graph draws with comes from the per-theme palette', () => {
  const used = new Set([...GRAPH_CSS.matchAll(/var\((--graph-[\w-]+)\)/g)].map((m) => m[1]));
  assert.ok(used.size >= 7, [...used].join(', '));
  for (const themeClass of Object.keys(BACKGROUNDS))
    assert.deepEqual(Object.keys(palette(themeClass)).sort(), [...used].sort(), themeClass);
  // no hard-coded colours or chart variables left for strokes and fills of accents and edges
  assert.doesNotMatch(GRAPH_CSS.replace(/body\.[\w-]+\s*\{[^}]*\}/g, ''), /--vscode-charts-|#[0-9a-fA-F]{3,8}\b/);
});

for (const [themeClass, themes] of Object.entries(BACKGROUNDS)) {
  test(`${themeClass}: every graph colour has ≥ 3:1 contrast against the editor background`, () => {
    const low: string[] = [];
    for (const [name, colour] of Object.entries(palette(themeClass)))
      for (const [theme, background] of Object.entries(themes)) {
        const ratio = contrast(colour, background);
        if (ratio < 3) low.push(`${name} ${colour} on ${theme} ${background}: ${ratio.toFixed(2)}:1`);
      }
    assert.deepEqual(low, []);
  });
}
