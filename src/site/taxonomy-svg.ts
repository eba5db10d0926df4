/**
 * The L1 › L2 › L3 tree as an SVG drawn at build time: one row per status, indented by level,
 * every node a link. Rows (not a wide fan-out) so it stays readable at 390 px and on paper.
 */
import type { TaxNode, Taxonomy } from '../core/taxonomy.ts';

const ROW = 30;
const WIDTH = 360;
const INDENT = 22;
const COLORS = ['#7c3aed', '#0369a1', '#b45309', '#b91c1c', '#4b5563'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const glyphs = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 14 : 7.4), 0);

/**
 * Rough width budget (CJK glyphs count double). A label that does not fit is cut at a space, never
 * inside a word, so the visible text stays part of the link's accessible name (WCAG 2.5.3 label in
 * name), which a half word ("wo…") would not be. A label with no space to cut at (Japanese,
 * Chinese) is drawn whole in a font small enough to fit (`size`, px; the tree's labels are 13 px).
 */
function fit(label: string, room: number): { text: string; size?: number } {
  if (glyphs(label) <= room) return { text: label };
  let out = '';
  for (const word of label.split(/(?<=\s)/)) {
    if (glyphs(out + word) + 7.4 > room) break;
    out += word;
  }
  out = out.replace(/[\s,;:/–-]+$/u, '');
  return out ? { text: `${out}…` } : { text: label, size: Math.floor((130 * room) / glyphs(label)) / 10 };
}

export function taxonomySvg(tax: Taxonomy, href: (n: TaxNode) => string, title: string): string {
  const rows: { node: TaxNode; depth: number; color: number }[] = [];
  tax.roots.forEach((l1, i) => {
    const color = i % COLORS.length;
    const visit = (n: TaxNode, depth: number) => {
      rows.push({ node: n, depth, color });
      n.children.forEach((c) => visit(c, depth + 1));
    };
    visit(l1, 0);
  });
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = i * ROW + 4;
    const x = 4 + r.depth * INDENT;
    const c = `c${r.color}`;
    // connector to the parent row
    if (r.depth > 0) {
      const parentIndex = rows.findIndex((p) => p.node === r.node.parent);
      const py = parentIndex * ROW + 4 + ROW - 6;
      const px = 4 + (r.depth - 1) * INDENT + 8;
      parts.push(`<path class="${c}" d="M${px} ${py}V${y + 12}H${x}"/>`);
    }
    const w = WIDTH - x - 4;
    const { text: label, size } = fit(r.node.label, w - 40);
    // The link's text names it; where the label had to be shortened, the full one goes in
    // aria-label and a <title> tooltip.
    const cut = label !== r.node.label;
    parts.push(
      `<a href="${esc(href(r.node))}"${cut ? ` aria-label="${esc(`${r.node.level} ${r.node.label}`)}"><title>${esc(r.node.label)}</title>` : '>'}` +
        `<rect class="${c}${r.depth === 0 ? ' r' : ''}" x="${x}" y="${y}" width="${w}"/>` +
        // A shortened label's link is named by aria-label: the space (not drawn) keeps "L2" and the
        // label two words of its visible text too, so that text is part of the name (WCAG 2.5.3).
        `<text class="l ${c}" x="${x + 6}" y="${y + 16}">${r.node.level}</text>${cut ? ' ' : ''}` +
        `<text class="t${r.depth === 0 ? ' r' : ''}" x="${x + 28}" y="${y + 16.5}"${size ? ` style="font-size:${size}px"` : ''}>${esc(label)}</text></a>`,
    );
  });
  const height = rows.length * ROW + 8;
  // A <style> inside inline SVG applies to the whole HTML page: every rule is scoped to the tree,
  // or `path{fill:none}` would blank Starlight's icons (menu, search, selects) on the home page.
  const palette = COLORS.map((col, i) => `.pb-tree .c${i}{stroke:${col};fill:${col}}`).join('');
  const css = `<style>${palette}.pb-tree rect{height:${ROW - 6}px;rx:5px;fill-opacity:.07;stroke-opacity:.6}.pb-tree rect.r{fill-opacity:.16}.pb-tree path{fill:none!important;stroke-opacity:.5}.pb-tree .l{font-size:10px;font-weight:700;stroke:none}.pb-tree .t{font-size:13px;fill:currentColor}.pb-tree .t.r{font-weight:700}</style>`;
  return `<svg class="pb-tree" aria-labelledby="pb-tree-title" viewBox="0 0 ${WIDTH} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif"><title id="pb-tree-title">${esc(title)}</title>${css}${parts.join('')}</svg>`;
}
