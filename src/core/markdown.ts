/**
 * Reads what the checker and the site need from a Markdown body, with Sätteri — the parser the
 * site renders with (Astro 7's default), so both see the same headings and links. Measured: 0.1 ms
 * per 3 KB page against 2.8 ms for unified + remark-parse + remark-gfm (see README, Performance).
 */
import { createMdastHandle, dropHandle, markdownToMdast, resolveMdastSubscriptions, visitMdastHandle } from 'satteri';
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
export interface BodyFacts {
  headings: Heading[];
  links: LinkRef[];
  html: RawHtml[];
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
  return markdownToMdast(body, { features: { ...MARKDOWN_FEATURES } } as never) as unknown as MdNode;
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
  const facts: BodyFacts = { headings: [], links: [], html: [] };
  const at = (n: MdNode) => n.position?.start ?? { line: 1, column: 1 };
  const link = (kind: LinkRef['kind']) => (n: MdNode & { identifier?: string }) => {
    if (n.url === undefined) return;
    const ref: LinkRef = { url: n.url, line: at(n).line + lineOffset, column: at(n).column, kind };
    if (kind === 'definition' && n.identifier !== undefined) ref.identifier = n.identifier.toLowerCase();
    facts.links.push(ref);
  };
  const plugin = {
    options: { position: true },
    heading(n: MdNode, ctx: { textContent(n: unknown, o?: object): string }) {
      // The site shows inline HTML as text (src/markdown/playbook-mdast.ts), so it is part of the
      // heading's text and id there: `## Target <span>date</span>` is `#target-spandatespan`.
      const text = ctx.textContent(n, { includeImageAlt: false, includeHtml: true });
      facts.headings.push({ depth: n.depth ?? 1, text, slug: slug(text), line: at(n).line + lineOffset });
    },
    link: link('link'),
    image: link('image'),
    definition: link('definition'),
    html(n: MdNode) {
      facts.html.push({ value: n.value ?? '', line: at(n).line + lineOffset, column: at(n).column });
    },
  };
  const handle = createMdastHandle(source, { ...MARKDOWN_FEATURES } as never, true);
  try {
    visitMdastHandle(handle, plugin as never, resolveMdastSubscriptions(plugin as never), source, undefined);
  } finally {
    dropHandle(handle);
  }
  // Document order (the visitor dispatches by node kind).
  facts.links.sort((a, b) => a.line - b.line || a.column - b.column);
  facts.html.sort((a, b) => a.line - b.line || a.column - b.column);
  return facts;
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
    if (m) out.push({ name: m[2]!, path: m[3]!, line: i + 1 + lineOffset, column: m[1]!.length + 1 });
  });
  return out;
}

/** The body with every include line emptied (line numbers unchanged). */
export function blankIncludes(body: string): string {
  const lines = body.split('\n');
  for (const inc of findIncludes(body)) lines[inc.line - 1] = '';
  return lines.join('\n');
}
