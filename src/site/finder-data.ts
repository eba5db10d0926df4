/** Entries of the status finder: every L1, L2 and L3 of a locale with its path and definition. */
import { ancestry, flatten } from '../core/taxonomy.ts';
import type { PageContext } from './page-context.ts';
import { site } from './corpus.ts';

export interface FinderEntry {
  id: string;
  level: string;
  l1: string;
  l1Label: string;
  path: string;
  title: string;
  description: string;
  keywords: string[];
  href: string;
  fallback: boolean;
}

export function finderEntries(locale: string, href: PageContext['href']): FinderEntry[] {
  const tax = site().corpus.taxonomies.get(locale);
  if (!tax) return [];
  return flatten(tax).map((n) => {
    const chain = ancestry(n);
    return {
      id: n.id,
      level: n.level,
      l1: chain[0]!.id,
      l1Label: chain[0]!.label,
      path: chain.map((c) => c.label).join(' › '),
      title: n.title,
      description: n.page.meta.description,
      keywords: n.page.meta.keywords,
      href: href(n),
      fallback: n.fallback,
    };
  });
}
