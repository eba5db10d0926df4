/** What the components need to know about the page being rendered, computed once per page. */
import type { Page } from '../core/corpus.ts';
import { inLocaleOrDefault } from '../core/fallback.ts';
import { pageHref } from '../core/links.ts';
import { ancestry, neighbours, type TaxNode, type Taxonomy } from '../core/taxonomy.ts';
import { pageForEntry, site } from './corpus.ts';

export interface Crumb {
  label: string;
  href: string;
}

export interface PageContext {
  locale: string;
  page?: Page;
  tax?: Taxonomy;
  node?: TaxNode;
  /** Home › L1 › L2 › L3 (the last is the current page). */
  crumbs: Crumb[];
  prev?: TaxNode;
  next?: TaxNode;
  href(node: TaxNode): string;
  homeHref: string;
}

export function pageContext(entryId: string, locale: string): PageContext {
  const { corpus, config } = site();
  const base = config.base;
  const page = pageForEntry(entryId);
  const tax = inLocaleOrDefault(locale, corpus.defaultLocale, (l) =>
    corpus.taxonomies.get(l),
  )?.value;
  const node = page ? tax?.byId.get(page.id) : undefined;
  const href = (n: TaxNode) =>
    pageHref(
      locale,
      n.page.id === 'index' ? 'index' : (corpus.get(n.page.locale, n.id)?.slug ?? n.id),
      base,
    );
  const homeHref = pageHref(locale, 'index', base);
  const crumbs: Crumb[] = [];
  if (node) {
    crumbs.push({ label: '', href: homeHref });
    for (const n of ancestry(node)) crumbs.push({ label: n.label, href: href(n) });
  }
  const { prev, next } = node && tax ? neighbours(tax, node) : {};
  return { locale, page, tax, node, crumbs, prev, next, href, homeHref };
}
