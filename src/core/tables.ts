/**
 * Tables of a Markdown body, with the section each stands in and the links of every cell: what
 * the "often confused with" index reads from invalid-scenario tables.
 */
import { nodeText, parseMarkdown, type MdNode } from './markdown.ts';

export interface TableCell {
  text: string;
  /** URLs of the links in the cell, in order. */
  links: string[];
}

export interface TableRow {
  cells: TableCell[];
  /** File line of the row. */
  line: number;
}

export interface MdTable {
  line: number;
  /** Text of the nearest heading above the table ('' when none). */
  section: string;
  header: TableCell[];
  rows: TableRow[];
}

function linksOf(node: MdNode, out: string[] = []): string[] {
  if (node.type === 'link' && node.url !== undefined) out.push(node.url);
  for (const c of node.children ?? []) linksOf(c, out);
  return out;
}

const cell = (n: MdNode): TableCell => ({
  text: nodeText(n).replace(/\s+/g, ' ').trim(),
  links: linksOf(n),
});

/** Every GFM table of `body` in document order; `lineOffset` maps body lines to file lines. */
export function readTables(body: string, lineOffset = 0): MdTable[] {
  const tables: MdTable[] = [];
  let section = '';
  const visit = (n: MdNode) => {
    if (n.type === 'heading') section = nodeText(n).trim();
    if (n.type === 'table') {
      const [head, ...rows] = n.children ?? [];
      tables.push({
        line: (n.position?.start.line ?? 1) + lineOffset,
        section,
        header: (head?.children ?? []).map(cell),
        rows: rows.map((r) => ({
          cells: (r.children ?? []).map(cell),
          line: (r.position?.start.line ?? 1) + lineOffset,
        })),
      });
      return;
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(parseMarkdown(body));
  return tables;
}
