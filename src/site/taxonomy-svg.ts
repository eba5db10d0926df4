/**
 * The L1 › L2 › L3 tree as an SVG drawn at build time: one row per status, indented by level,
 * every node a link. Rows (not a wide fan-out) so it stays readable at 390 px and on paper.
 *
 * A picture is for seeing the whole at a glance, and the home page must not grow with the site:
 * the tree is drawn whole up to MAX_ROWS rows (the FastTrack playbook has 43 statuses). Past that
 * its L3s are left out, each L2 showing how many it has ("+8"); past that too, each L1 shows its
 * first L2s and a "… N more" row to the L1 page, which lists them all.
 */
import type { TaxNode, Taxonomy } from '../core/taxonomy.ts';
import { escapeHtml } from '../core/escape.ts';

const ROW = 30;
const WIDTH = 360;
const INDENT = 22;
const COLORS = ['#7c3aed', '#0369a1', '#b45309', '#b91c1c', '#4b5563'];

const esc = escapeHtml;

const glyphs = (s: string) =>
  [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 14 : 7.4), 0);

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
  return out
    ? { text: `${out}…` }
    : { text: label, size: Math.floor((130 * room) / glyphs(label)) / 10 };
}

/** Rows the picture draws at most (plus one "more" row per L1 when it has to cut). */
export const MAX_ROWS = 150;

type Row =
  | { node: TaxNode; depth: number; color: number; hidden?: number }
  | { more: number; parent: TaxNode; depth: number; color: number };

/** The rows to draw: the whole tree if it fits, else without L3s, else a few L2s per L1. */
function layout(tax: Taxonomy): Row[] {
  const count = (n: TaxNode): number => 1 + n.children.reduce((k, c) => k + count(c), 0);
  const total = tax.roots.reduce((k, l1) => k + count(l1), 0);
  const l1l2Rows = tax.roots.reduce((k, l1) => k + 1 + l1.children.length, 0);
  const rows: Row[] = [];
  tax.roots.forEach((l1, i) => {
    const color = i % COLORS.length;
    if (total <= MAX_ROWS) {
      const visit = (n: TaxNode, depth: number) => {
        rows.push({ node: n, depth, color });
        n.children.forEach((c) => visit(c, depth + 1));
      };
      visit(l1, 0);
      return;
    }
    rows.push({ node: l1, depth: 0, color });
    // Without L3s; if the L2s alone are too many, an even share of the rows for each L1.
    const share =
      l1l2Rows <= MAX_ROWS
        ? l1.children.length
        : Math.max(1, Math.floor(MAX_ROWS / tax.roots.length) - 2);
    for (const l2 of l1.children.slice(0, share))
      rows.push({ node: l2, depth: 1, color, hidden: count(l2) - 1 });
    if (l1.children.length > share)
      rows.push({ more: l1.children.length - share, parent: l1, depth: 1, color });
  });
  return rows;
}

/** `moreText`: the page language's "… {n} more" (strings.ts), for the row that stands for cut L2s. */
export function taxonomySvg(
  tax: Taxonomy,
  href: (n: TaxNode) => string,
  title: string,
  moreText: string,
): string {
  const rows = layout(tax);
  const rowOf = new Map<TaxNode, number>();
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = i * ROW + 4;
    const x = 4 + r.depth * INDENT;
    const c = `c${r.color}`;
    const parent = 'more' in r ? r.parent : r.node.parent;
    // connector to the parent row
    if (r.depth > 0 && parent) {
      const py = rowOf.get(parent)! * ROW + 4 + ROW - 6;
      const px = 4 + (r.depth - 1) * INDENT + 8;
      parts.push(`<path class="${c}" d="M${px} ${py}V${y + 12}H${x}"/>`);
    }
    const w = WIDTH - x - 4;
    if ('more' in r) {
      parts.push(
        `<a href="${esc(href(r.parent))}"><text class="t" x="${x + 6}" y="${y + 16.5}">${esc(moreText.replace('{n}', String(r.more)))}</text></a>`,
      );
      return;
    }
    rowOf.set(r.node, i);
    // Sub-statuses not drawn: their count at the end of the row ("+8"), part of the link's text.
    const extra = r.hidden ? `+${r.hidden}` : '';
    const { text: label, size } = fit(r.node.label, w - 40 - (extra ? glyphs(extra) + 8 : 0));
    // The link's text names it; where the label had to be shortened, the full one goes in
    // aria-label and a <title> tooltip.
    const cut = label !== r.node.label;
    parts.push(
      `<a href="${esc(href(r.node))}"${cut ? ` aria-label="${esc(`${r.node.level} ${r.node.label}${extra ? ` ${extra}` : ''}`)}"><title>${esc(r.node.label)}</title>` : '>'}` +
        `<rect class="${c}${r.depth === 0 ? ' r' : ''}" x="${x}" y="${y}" width="${w}"/>` +
        // A shortened label's link is named by aria-label: the space (not drawn) keeps "L2" and the
        // label two words of its visible text too, so that text is part of the name (WCAG 2.5.3).
        `<text class="l ${c}" x="${x + 6}" y="${y + 16}">${r.node.level}</text>${cut ? ' ' : ''}` +
        `<text class="t${r.depth === 0 ? ' r' : ''}" x="${x + 28}" y="${y + 16.5}"${size ? ` style="font-size:${size}px"` : ''}>${esc(label)}</text>` +
        (extra
          ? `${cut ? ' ' : ''}<text class="l ${c}" x="${x + w - 9}" y="${y + 16}" text-anchor="end">${extra}</text>`
          : '') +
        '</a>',
    );
  });
  const height = rows.length * ROW + 8;
  // A <style> inside inline SVG applies to the whole HTML page: every rule is scoped to the tree,
  // or `path{fill:none}` would blank Starlight's icons (menu, search, selects) on the home page.
  const palette = COLORS.map((col, i) => `.pb-tree .c${i}{stroke:${col};fill:${col}}`).join('');
  const css = `<style>${palette}.pb-tree rect{height:${ROW - 6}px;rx:5px;fill-opacity:.07;stroke-opacity:.6}.pb-tree rect.r{fill-opacity:.16}.pb-tree path{fill:none!important;stroke-opacity:.5}.pb-tree .l{font-size:10px;font-weight:700;stroke:none}.pb-tree .t{font-size:13px;fill:currentColor}.pb-tree .t.r{font-weight:700}</style>`;
  return `<svg class="pb-tree" aria-labelledby="pb-tree-title" viewBox="0 0 ${WIDTH} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif"><title id="pb-tree-title">${esc(title)}</title>${css}${parts.join('')}</svg>`;
}
