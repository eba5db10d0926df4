/**
 * Rewrites the link, image and definition targets of a Markdown text in place, using the core's
 * parser (markdown.ts) to find them — only the target is replaced, everything else stays byte for
 * byte. What a target becomes is decided by the caller (`map`).
 */
import { parseMarkdown } from '../core/markdown.ts';

export type LinkKind = 'link' | 'image' | 'definition';

export interface LinkSite {
  url: string;
  kind: LinkKind;
  /** 1-based line and column of the link in `text`. */
  line: number;
  column: number;
}

export interface RewriteResult {
  text: string;
  /** Links whose target changed, and links whose target could not be found in the source. */
  changed: (LinkSite & { to: string })[];
  unplaced: LinkSite[];
}

interface Node {
  type: string;
  url?: string;
  children?: Node[];
  position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
}

/** Ways the parser's (decoded) url may be written in the source. */
function spellings(url: string): string[] {
  const out = [url];
  const enc = encodeURI(url);
  if (enc !== url) out.push(enc);
  const spaces = url.replace(/ /g, '%20');
  if (!out.includes(spaces)) out.push(spaces);
  return out;
}

/** Start and end (in `slice`) of the destination `url`, searching from the end of the node. */
function findDestination(slice: string, url: string, kind: LinkKind): [number, number] | undefined {
  const opener = kind === 'definition' ? /\]:/g : /\]\(/g;
  let found: [number, number] | undefined;
  for (let m = opener.exec(slice); m; m = opener.exec(slice)) {
    let j = m.index + 2;
    while (j < slice.length && /\s/.test(slice[j]!)) j++;
    const angle = slice[j] === '<';
    if (angle) j++;
    for (const s of spellings(url)) {
      if (slice.startsWith(s, j)) {
        const end = j + s.length;
        const next = slice[end];
        if (angle ? next === '>' : next === undefined || /[\s)"']/.test(next)) found = [j, end];
      }
    }
  }
  return found;
}

/** Calls `map` for every link target; a returned string different from the url replaces it. */
export function rewriteLinks(
  text: string,
  map: (site: LinkSite) => string | undefined,
): RewriteResult {
  const tree = parseMarkdown(text) as unknown as Node;
  const edits: { start: number; end: number; to: string }[] = [];
  const changed: RewriteResult['changed'] = [];
  const unplaced: LinkSite[] = [];
  const walk = (n: Node) => {
    if (
      (n.type === 'link' || n.type === 'image' || n.type === 'definition') &&
      n.url !== undefined &&
      n.position
    ) {
      const site: LinkSite = {
        url: n.url,
        kind: n.type,
        line: n.position.start.line,
        column: n.position.start.column,
      };
      const to = map(site);
      if (to !== undefined && to !== n.url) {
        const start = n.position.start.offset;
        const end = n.position.end.offset;
        const at =
          start !== undefined && end !== undefined
            ? findDestination(text.slice(start, end), n.url, n.type)
            : undefined;
        if (at && start !== undefined) {
          edits.push({ start: start + at[0], end: start + at[1], to });
          changed.push({ ...site, to });
        } else unplaced.push(site);
      }
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.to + out.slice(e.end);
  return { text: out, changed, unplaced };
}
