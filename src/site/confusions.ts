/** "Often confused with" of every status of a locale, from the core's reverse index, built once per taxonomy. */
import {
  confusionIndex,
  scenarioRows,
  statusOfCell,
  type Confusion,
  type ScenarioRow,
} from '../core/confusions.ts';
import { statusIndex } from '../core/status-names.ts';
import { readTables, type MdTable } from '../core/tables.ts';
import type { Page } from '../core/corpus.ts';
import { flatten, type Taxonomy } from '../core/taxonomy.ts';
import { site } from './corpus.ts';

const cache = new WeakMap<Taxonomy, Map<string, Confusion[]>>();
// A page shown in several locales (the English fallback) is parsed once, not once per locale.
const tablesCache = new WeakMap<Page, MdTable[]>();
const tablesOf = (page: Page) => {
  let t = tablesCache.get(page);
  if (!t) tablesCache.set(page, (t = readTables(page.body, page.bodyLine - 1)));
  return t;
};

export function confusionsOf(locale: string, id: string): Confusion[] {
  const { corpus } = site();
  const tax = corpus.taxonomies.get(locale);
  if (!tax) return [];
  let index = cache.get(tax);
  if (!index) {
    const names = statusIndex(tax);
    const en = corpus.taxonomies.get(corpus.defaultLocale);
    const enNames = en && en !== tax ? statusIndex(en) : undefined;
    const rows: ScenarioRow[] = [];
    for (const node of flatten(tax)) {
      const page = corpus.get(node.page.locale, node.id);
      if (!page) continue;
      const linkTarget = (url: string) => {
        const r = corpus.resolve(page, url);
        return r.kind === 'page' && tax.byId.has(r.target.id) ? r.target.id : undefined;
      };
      rows.push(
        ...scenarioRows(node.id, tablesOf(page), (cell) =>
          statusOfCell(cell, linkTarget, names, enNames),
        ),
      );
    }
    index = confusionIndex(tax, rows);
    cache.set(tax, index);
  }
  return index.get(id) ?? [];
}
