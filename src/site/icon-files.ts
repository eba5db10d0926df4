/**
 * Starlight draws its icons (search, theme, language, menu, carets, asides …) as inline SVG in
 * every page: kilobytes of path data per page, the same in all of them. As each page is rendered
 * (src/middleware.ts), each such icon becomes `<svg …><use href="…/_astro/i-<hash>.svg#i"/></svg>`
 * pointing at a file of its own that the browser fetches once and caches; the post-build step
 * writes the files of the icons the pages used. A file per icon, named by its content, so a page
 * knows the address while it is rendered (one sprite file would be named after the whole set,
 * known only once every page is written, and need a second pass over all of them).
 *
 * The outer `<svg>` keeps its classes, size and `fill="currentColor"`, so styling and
 * accessibility are unchanged (the heading anchor icons sit in links labelled by text). Only
 * icons are touched: an SVG with a viewBox and nothing but <path>s inside; the taxonomy tree and
 * any SVG with a title or text stays inline. Deterministic: names are content hashes, so two
 * builds give the same bytes.
 */
import { createHash } from 'node:crypto';
import { compare } from '../core/paths.ts';

const ICON = /<svg\b([^>]*)>((?:\s*<path\b[^<>]*?(?:\/>|><\/path>))+)\s*<\/svg>/g;
const VIEWBOX = /\bviewBox="([^"]*)"/;

type Icon = { name: string; viewBox: string; inner: string };
/** Every page repeats the same dozen icons: each distinct one is hashed once. */
const known = new Map<string, Icon>();

function iconOf(attrs: string, inner: string): Icon | undefined {
  const viewBox = VIEWBOX.exec(attrs)?.[1];
  if (!viewBox) return undefined;
  const body = inner.trim();
  const key = viewBox + '\n' + body;
  let icon = known.get(key);
  if (!icon) {
    const text = fileText(viewBox, body);
    known.set(
      key,
      (icon = {
        name: `i-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.svg`,
        viewBox,
        inner: body,
      }),
    );
  }
  return icon;
}

const fileText = (viewBox: string, inner: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg"><symbol id="i" viewBox="${viewBox}">${inner}</symbol></svg>\n`;

export class IconFiles {
  private readonly used = new Map<string, Icon>();

  /** `html` with its icons pointing at their files under `assetsUrl` (e.g. `/_astro`); remembers them. */
  externalise(html: string, assetsUrl: string): string {
    return html.replace(ICON, (whole, attrs: string, inner: string) => {
      const icon = iconOf(attrs, inner);
      if (!icon) return whole;
      this.used.set(icon.name, icon);
      return `<svg${attrs}><use href="${assetsUrl}/${icon.name}#i"></use></svg>`;
    });
  }

  get size(): number {
    return this.used.size;
  }

  /** The files of the icons seen so far, by name. */
  files(): { name: string; text: string }[] {
    return [...this.used.values()]
      .sort((a, b) => compare(a.name, b.name))
      .map((i) => ({ name: i.name, text: fileText(i.viewBox, i.inner) }));
  }
}
