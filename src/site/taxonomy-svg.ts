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

/** Rough width budget: CJK glyphs count double. */
function fit(label: string, room: number): string {
  let w = 0;
  let out = '';
  for (const ch of label) {
    const cw = /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 14 : 7.4;
    if (w + cw > room) return `${out.trimEnd()}…`;
    w += cw;
    out += ch;
  }
  return out;
}

export function taxonomySvg(tax: Taxonomy, href: (n: TaxNode) => string, title: string): string {
  const rows: { node: TaxNode; depth: number; color: string }[] = [];
  tax.roots.forEach((l1, i) => {
    const color = COLORS[i % COLORS.length]!;
    const visit = (n: TaxNode, depth: number) => {
      rows.push({ node: n, depth, color });
      n.children.forEach((c) => visit(c, depth + 1));
    };
    visit(l1, 0);
  });
  const height = rows.length * ROW + 8;
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = i * ROW + 4;
    const x = 4 + r.depth * INDENT;
    // connector to the parent row
    if (r.depth > 0) {
      const parentIndex = rows.findIndex((p) => p.node === r.node.parent);
      const py = parentIndex * ROW + 4 + ROW - 6;
      const px = 4 + (r.depth - 1) * INDENT + 8;
      parts.push(`<path d="M${px} ${py}V${y + 12}H${x}" fill="none" stroke="${r.color}" stroke-opacity=".5"/>`);
    }
    const w = WIDTH - x - 4;
    const label = fit(r.node.label, w - 40);
    const bold = r.depth === 0 ? ' font-weight="700"' : '';
    parts.push(
      `<a href="${esc(href(r.node))}" aria-label="${esc(`${r.node.level} ${r.node.label}`)}"><title>${esc(`${r.node.level} ${r.node.label}`)}</title>` +
        `<rect x="${x}" y="${y}" width="${w}" height="${ROW - 6}" rx="5" fill="${r.color}" fill-opacity="${r.depth === 0 ? 0.16 : 0.07}" stroke="${r.color}" stroke-opacity=".6"/>` +
        `<text x="${x + 6}" y="${y + 16}" font-size="10" font-weight="700" fill="${r.color}">${r.node.level}</text>` +
        `<text x="${x + 28}" y="${y + 16.5}" font-size="13"${bold} fill="currentColor">${esc(label)}</text></a>`,
    );
  });
  return `<svg class="pb-tree" role="img" aria-labelledby="pb-tree-title" viewBox="0 0 ${WIDTH} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif"><title id="pb-tree-title">${esc(title)}</title>${parts.join('')}</svg>`;
}
