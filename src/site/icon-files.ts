/**
 * Starlight draws its icons (search, theme, language, menu, carets, asides …) as inline SVG in
 * every page: ~5–6 KB of path data per page, the same in all of them. After the build, each such
 * icon becomes `<svg …><use href="…/icons.<hash>.svg#i-…"/></svg>` pointing into one sprite file
 * the browser fetches once. The outer `<svg>` keeps its classes, size and `fill="currentColor"`,
 * so styling and accessibility are unchanged (the heading anchor icons sit in links labelled by
 * text). Only icons are touched: an SVG with a viewBox and nothing but <path>s inside; the
 * taxonomy tree and any SVG with a title or text stays inline. Deterministic: symbol ids and
 * the file name are content hashes, symbols sorted, so two builds give the same bytes.
 */
import { createHash } from 'node:crypto';

const ICON = /<svg\b([^>]*)>((?:\s*<path\b[^<>]*?(?:\/>|><\/path>))+)\s*<\/svg>/g;
const VIEWBOX = /\bviewBox="([^"]*)"/;

const hash = (s: string, n: number) => createHash('sha256').update(s).digest('hex').slice(0, n);

type Icon = { id: string; viewBox: string; inner: string };
/** Every page repeats the same dozen icons: each distinct one is hashed once. */
const known = new Map<string, Icon>();

function iconOf(attrs: string, inner: string): Icon | undefined {
  const viewBox = VIEWBOX.exec(attrs)?.[1];
  if (!viewBox) return undefined;
  const body = inner.trim();
  const key = viewBox + '\n' + body;
  let icon = known.get(key);
  if (!icon) known.set(key, (icon = { id: `i-${hash(key, 10)}`, viewBox, inner: body }));
  return icon;
}

export class IconSprite {
  private readonly icons = new Map<string, { viewBox: string; inner: string }>();

  /** Pass 1: remembers the icons of a page. */
  collect(html: string): void {
    for (const m of html.matchAll(ICON)) {
      const icon = iconOf(m[1]!, m[2]!);
      if (icon) this.icons.set(icon.id, icon);
    }
  }

  get size(): number {
    return this.icons.size;
  }

  /** The sprite file: its text and its content-hashed name. */
  file(): { name: string; text: string } {
    const symbols = [...this.icons].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, i]) => `<symbol id="${id}" viewBox="${i.viewBox}">${i.inner}</symbol>`);
    const text = `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>\n`;
    return { name: `icons.${hash(text, 8)}.svg`, text };
  }

  /** Pass 2: a page with its collected icons pointing into the sprite at `url`. */
  apply(html: string, url: string): string {
    return html.replace(ICON, (whole, attrs: string, inner: string) => {
      const icon = iconOf(attrs, inner);
      if (!icon || !this.icons.has(icon.id)) return whole;
      return `<svg${attrs}><use href="${url}#${icon.id}"></use></svg>`;
    });
  }
}
