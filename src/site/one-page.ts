/**
 * The one-page view: every status of a locale in taxonomy order on one page. Each page's rendered
 * HTML gets its heading ids prefixed with its section id, and links between pages become in-page
 * links, so the printed/PDF playbook navigates within itself.
 */
import { flatten, ancestry, type TaxNode } from '../core/taxonomy.ts';
import { escapeHtml } from '../core/escape.ts';
import { fallbackChain } from '../core/fallback.ts';
import { site } from './corpus.ts';

export interface OnePageSection {
  id: string;
  anchor: string;
  level: string;
  title: string;
  path: string;
  lang: string | undefined;
  html: string;
  depth: number;
}

const escRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A section's anchor: `s-` and the page id, safe as an HTML id and in `href="#…"` (page ids are checked, this is the second line). */
export function sectionAnchor(id: string): string {
  return `s-${id.replace(/\//g, '-').replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

/** Opening tags of rendered HTML: only there are `id`/`href` attributes; text and code hold `&lt;` instead of `<`. */
const START_TAG = /<[a-zA-Z](?:[^"'>]|"[^"]*"|'[^']*')*>/g;

/**
 * A page's rendered HTML for the one-page view: heading ids prefixed with its section anchor,
 * in-page links likewise, links to other sections made in-page. Only attributes of real tags
 * change; the author's text and code (`id="main"` written in a paragraph) stay as written.
 */
export function rewriteSectionHtml(
  html: string,
  anchor: string,
  pagePrefix: RegExp,
  anchorOf: ReadonlyMap<string, string>,
): string {
  return html.replace(START_TAG, (tag) =>
    tag
      .replace(/\sid="([^"]+)"/g, (_m, id: string) => ` id="${escapeHtml(anchor)}--${id}"`)
      .replace(/href="#([^"]+)"/g, (_m, id: string) => `href="#${escapeHtml(anchor)}--${id}"`)
      .replace(pagePrefix, (m, slug: string, frag: string | undefined) => {
        const target = anchorOf.get(slug);
        if (!target) return m;
        return `href="#${escapeHtml(frag ? `${target}--${frag}` : target)}"`;
      }),
  );
}

export function onePageSections(
  locale: string,
  htmlOf: (n: TaxNode) => string | undefined,
  langOf: (n: TaxNode) => string | undefined,
): OnePageSection[] {
  const { corpus, config } = site();
  const tax = corpus.taxonomies.get(locale);
  if (!tax) return [];
  const nodes = flatten(tax);
  const anchorOf = new Map(
    nodes.map((n) => [corpus.get(n.page.locale, n.id)?.slug ?? n.id, sectionAnchor(n.id)]),
  );
  const base = config.base;
  // Links to the pages this locale shows: its own, and the default locale's where it has none.
  const shownLocales = fallbackChain(locale, corpus.defaultLocale).map(escRe).join('|');
  const pagePrefix = new RegExp(
    `href="${escRe(base)}(?:${shownLocales})/([^"#]+?)/(?:#([^"]*))?"`,
    'g',
  );
  return nodes.map((n) => {
    const anchor = sectionAnchor(n.id);
    const html = rewriteSectionHtml(htmlOf(n) ?? '', anchor, pagePrefix, anchorOf);
    const chain = ancestry(n);
    return {
      id: n.id,
      anchor,
      level: n.level,
      title: n.title,
      path: chain.map((c) => c.label).join(' › '),
      lang: langOf(n),
      html,
      depth: chain.length,
    };
  });
}
