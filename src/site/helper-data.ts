/** What the "Which status applies?" page shows: the locale's helper (or the English one) and every status it can end at. */
import type { HelperQuestion, StatusHelper } from '../core/status-helper.ts';
import { ancestry } from '../core/taxonomy.ts';
import type { PageContext } from './page-context.ts';
import { site } from './corpus.ts';
import { inLocaleOrDefault } from '../core/fallback.ts';

export interface HelperResult {
  id: string;
  level: string;
  title: string;
  description: string;
  /** Path in the page's language: Blocked › Legal/Regulatory › Legal. */
  path: string;
  /** The same path with the English titles, as tracking tools hold it. */
  englishPath: string;
  href: string;
}

export interface HelperView {
  helper: StatusHelper;
  /** True when the locale has no helper of its own and shows the English one. */
  fallback: boolean;
  questions: HelperQuestion[];
  results: HelperResult[];
}

/** The helper shown in a locale, or undefined when the site has none. */
export function helperFor(locale: string): StatusHelper | undefined {
  const { corpus } = site();
  return inLocaleOrDefault(locale, corpus.defaultLocale, (l) => corpus.helpers.get(l))?.value;
}

export function helperView(locale: string, href: PageContext['href']): HelperView | undefined {
  const { corpus } = site();
  const helper = helperFor(locale);
  const tax = corpus.taxonomies.get(locale);
  const en = corpus.taxonomies.get(corpus.defaultLocale);
  if (!helper || !tax) return undefined;
  const results: HelperResult[] = [];
  const seen = new Set<string>();
  for (const q of helper.questions) {
    for (const a of q.answers) {
      const node = a.status ? tax.byId.get(a.status) : undefined;
      if (!node || seen.has(node.id)) continue;
      seen.add(node.id);
      const enNode = en?.byId.get(node.id);
      results.push({
        id: node.id,
        level: node.level,
        title: node.title,
        description: node.page.meta.description,
        path: ancestry(node)
          .map((n) => n.title)
          .join(' › '),
        englishPath: (enNode ? ancestry(enNode) : ancestry(node)).map((n) => n.title).join(' › '),
        href: href(node),
      });
    }
  }
  return { helper, fallback: helper.locale !== locale, questions: helper.questions, results };
}
