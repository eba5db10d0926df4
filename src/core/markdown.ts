/**
 * Reads what the checker and the site need from a Markdown body, with Sätteri — the parser the
 * site renders with (Astro 7's default), so both see the same headings and links; much faster
 * than unified + remark-parse + remark-gfm (figures: README, Performance).
 */
import {
  createMdastHandle,
  dropHandle,
  markdownToMdast,
  resolveMdastSubscriptions,
  visitMdastHandle,
} from 'satteri';
import GithubSlugger from 'github-slugger';

export interface Heading {
  depth: number;
  text: string;
  slug: string;
  line: number;
}
export interface LinkRef {
  url: string;
  line: number;
  column: number;
  kind: 'link' | 'image' | 'definition';
  /** A definition's label, normalised as references name it (`[x][r]` → `r`). */
  identifier?: string;
}
export interface RawHtml {
  value: string;
  line: number;
  column: number;
}
export interface Include {
  name: string;
  path: string;
  line: number;
  column: number;
}
/** A table body row, with its last cell: where example-scenario tables name the status that applies. */
export interface TableRowRef {
  line: number;
  /** Text of the last cell ('' when the table has one column). */
  cell: string;
  /** Target of the first link in the last cell, if any. */
  url?: string;
}
export interface BodyFacts {
  headings: Heading[];
  links: LinkRef[];
  html: RawHtml[];
  /** Line of every list item (nested ones too), for translation parity. */
  listItems: number[];
  tableRows: TableRowRef[];
}

export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

/** Plain text of a node, as the rendered heading's textContent. */
export function nodeText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'html') return '';
  if (node.type === 'image') return '';
  return (node.children ?? []).map(nodeText).join('');
}

/** Heading id exactly as the site generates it (github-slugger over the heading's text). */
export function createSlugger(): (text: string) => string {
  const s = new GithubSlugger();
  return (text: string) => s.slug(text);
}

export const MARKDOWN_FEATURES = { gfm: true, frontmatter: false } as const;

export function parseMarkdown(body: string): MdNode {
  return markdownToMdast(body, {
    features: { ...MARKDOWN_FEATURES },
  } as never) as unknown as MdNode;
}

/**
 * Headings, links, images and raw HTML of a body. `lineOffset` maps body lines to file lines.
 * Sätteri walks its tree in Rust and hands over only the node kinds asked for (3× faster than
 * materialising the whole mdast and walking it in JavaScript — see `npm run bench:check`).
 */
export function readBody(body: string, lineOffset = 0): BodyFacts {
  // `[!INCLUDE [name](path)]` lines are directives, not links: blank them (line count kept).
  const source = body.includes('[!INCLUDE') ? blankIncludes(body) : body;
  const slug = createSlugger();
  const facts: BodyFacts = { headings: [], links: [], html: [], listItems: [], tableRows: [] };
  const blocks: Block[] = [];
  const at = (n: MdNode) => n.position?.start ?? { line: 1, column: 1 };
  const link = (kind: LinkRef['kind']) => (n: MdNode & { identifier?: string }) => {
    if (n.url === undefined) return;
    const ref: LinkRef = { url: n.url, line: at(n).line + lineOffset, column: at(n).column, kind };
    if (kind === 'definition' && n.identifier !== undefined)
      ref.identifier = n.identifier.toLowerCase();
    facts.links.push(ref);
  };
  const plugin = {
    options: { position: true },
    heading(n: MdNode, ctx: { textContent(n: unknown, o?: object): string }) {
      // The site shows inline HTML as text (src/markdown/playbook-mdast.ts), so it is part of the
      // heading's text and id there: `## Target <span>date</span>` is `#target-spandatespan`.
      const text = ctx.textContent(n, { includeImageAlt: false, includeHtml: true });
      facts.headings.push({
        depth: n.depth ?? 1,
        text,
        slug: slug(text),
        line: at(n).line + lineOffset,
      });
    },
    link: link('link'),
    image: link('image'),
    definition: link('definition'),
    html(n: MdNode) {
      facts.html.push({
        value: n.value ?? '',
        line: at(n).line + lineOffset,
        column: at(n).column,
      });
    },
    // Lists and tables are counted from their source lines (below): a callback per list item or
    // table row costs more than the rest of this walk (npm run bench:check, README).
    list(n: MdNode) {
      if (n.position) blocks.push({ kind: 'list', ...n.position } as Block);
    },
    table(n: MdNode) {
      if (n.position) blocks.push({ kind: 'table', ...n.position } as Block);
    },
  };
  const handle = createMdastHandle(source, { ...MARKDOWN_FEATURES } as never, true);
  try {
    visitMdastHandle(
      handle,
      plugin as never,
      resolveMdastSubscriptions(plugin as never),
      source,
      undefined,
    );
  } finally {
    dropHandle(handle);
  }
  // Document order (the visitor dispatches by node kind).
  facts.links.sort((a, b) => a.line - b.line || a.column - b.column);
  facts.html.sort((a, b) => a.line - b.line || a.column - b.column);
  for (const b of blocks) {
    if (b.kind === 'list') facts.listItems.push(...listItemLines(source, b, lineOffset));
    else facts.tableRows.push(...tableRows(source, b, lineOffset));
  }
  facts.listItems.sort((a, b) => a - b);
  facts.tableRows.sort((a, b) => a.line - b.line);
  return facts;
}

interface Point {
  line: number;
  column: number;
  offset: number;
}
interface Block {
  kind: 'list' | 'table';
  start: Point;
  end: Point;
}

/** At a line start: its prefix, then a list marker. */
const ITEM_AT = /([ \t]*(?:>[ \t]?)*[ \t]*)(?:[-*+]|\d{1,9}[.)])(?=[ \t\n]|$)/y;

/**
 * Lines of a list's own items. The parser gave the list's extent and its first marker's column;
 * within it, a marker at that column or left of it starts an item of this list (deeper ones
 * belong to nested lists, which the parser reports as lists of their own).
 */
function listItemLines(source: string, b: Block, lineOffset: number): number[] {
  const out = [b.start.line + lineOffset];
  let line = b.start.line + lineOffset;
  for (
    let at = source.indexOf('\n', b.start.offset);
    at !== -1 && at < b.end.offset;
    at = source.indexOf('\n', at + 1)
  ) {
    line++;
    ITEM_AT.lastIndex = at + 1;
    const m = ITEM_AT.exec(source);
    if (m && m[1]!.length <= b.start.column - 1) out.push(line);
  }
  return out;
}

/**
 * Body rows of a GFM table: a row is one line, after the header and delimiter lines. The last
 * cell is read from the row's source, from its end: what follows the last unescaped pipe, its
 * first link's target, and its text without link syntax, emphasis or code marks.
 */
function tableRows(source: string, b: Block, lineOffset: number): TableRowRef[] {
  const out: TableRowRef[] = [];
  let start = b.start.offset;
  for (let k = 0, line = b.start.line + lineOffset; start < b.end.offset; k++, line++) {
    const nl = source.indexOf('\n', start);
    const end = nl === -1 || nl > b.end.offset ? b.end.offset : nl;
    if (k >= 2) out.push({ line, ...lastCell(source.slice(start, end)) });
    start = end + 1;
  }
  return out;
}

const LINK = /\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^)\s>]*)>?(?:\s+["'(][^)]*)?\)/;

function lastCell(row: string): { cell: string; url?: string } {
  let end = row.trimEnd().length;
  if (row[end - 1] === '|' && row[end - 2] !== '\\') end--;
  let p = row.lastIndexOf('|', end - 1);
  while (p > 0 && row[p - 1] === '\\') p = row.lastIndexOf('|', p - 2);
  // No pipe, or only the leading one: a one-column table names no status.
  if (p < 0 || /^[\s>]*$/.test(row.slice(0, p))) return { cell: '' };
  const raw = row.slice(p + 1, end).trim();
  if (!/[[\\*_`]/.test(raw)) return { cell: raw };
  const link = raw.includes('[') ? LINK.exec(raw) : null;
  const text = raw
    .replace(/!?\[((?:[^\]\\]|\\.)*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
    .replace(/[*_`]+/g, '')
    .trim();
  return link ? { cell: text, url: link[2]! } : { cell: text };
}

/** DocFX `[!INCLUDE [name](path)]` lines (outside code fences). */
export const INCLUDE_RE = /^(\s*)\[!INCLUDE\s*\[([^\]]*)\]\(([^)\s]+)\)\s*\]\s*$/i;

export function findIncludes(body: string, lineOffset = 0): Include[] {
  const out: Include[] = [];
  let fence: string | null = null;
  body.split('\n').forEach((l, i) => {
    const f = /^\s*(`{3,}|~{3,})/.exec(l);
    if (f) {
      if (fence === null) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
      return;
    }
    if (fence) return;
    const m = INCLUDE_RE.exec(l);
    if (m)
      out.push({ name: m[2]!, path: m[3]!, line: i + 1 + lineOffset, column: m[1]!.length + 1 });
  });
  return out;
}

/** The body with every include line emptied (line numbers unchanged). */
export function blankIncludes(body: string): string {
  const lines = body.split('\n');
  for (const inc of findIncludes(body)) lines[inc.line - 1] = '';
  return lines.join('\n');
}
