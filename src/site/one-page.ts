/**
 * The one-page view: every status of a locale in taxonomy order on one page. Each page's rendered
 * HTML gets its heading ids prefixed with its section id, and links between pages become in-page
 * links, so the printed/PDF playbook navigates within itself.
 */
import { flatten, ancestry, type TaxNode } from '../core/taxonomy.ts';
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

export function onePageSections(locale: string, htmlOf: (n: TaxNode) => string | undefined, langOf: (n: TaxNode) => string | undefined): OnePageSection[] {
  const { corpus, config } = site();
  const tax = corpus.taxonomies.get(locale);
  if (!tax) return [];
  const nodes = flatten(tax);
  const anchorOf = new Map(nodes.map((n) => [corpus.get(n.page.locale, n.id)?.slug ?? n.id, `s-${n.id.replace(/\//g, '-')}`]));
  const base = config.base;
  const pagePrefix = new RegExp(`href="${escRe(base)}(?:${escRe(locale)}|${escRe(corpus.defaultLocale)})/([^"#]+?)/(?:#([^"]*))?"`, 'g');
  return nodes.map((n) => {
    const anchor = `s-${n.id.replace(/\//g, '-')}`;
    let html = htmlOf(n) ?? '';
    html = html.replace(/\sid="([^"]+)"/g, (_m, id) => ` id="${anchor}--${id}"`);
    html = html.replace(/href="#([^"]+)"/g, (_m, id) => `href="#${anchor}--${id}"`);
    html = html.replace(pagePrefix, (m, slug: string, frag: string | undefined) => {
      const target = anchorOf.get(slug);
      if (!target) return m;
      return `href="#${frag ? `${target}--${frag}` : target}"`;
    });
    const chain = ancestry(n);
    return { id: n.id, anchor, level: n.level, title: n.title, path: chain.map((c) => c.label).join(' › '), lang: langOf(n), html, depth: chain.length };
  });
}
