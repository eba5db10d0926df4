/** Translation coverage: pages per locale, missing and stale translations. */
import type { Corpus } from './corpus.ts';
import { LOCALES } from './locales.ts';

export interface CoverageRow {
  locale: string;
  pages: number;
  missing: string[];
  stale: string[];
}

export function coverage(corpus: Corpus): CoverageRow[] {
  const source = corpus.pages.filter((p) => p.visible && p.locale === corpus.defaultLocale);
  return LOCALES.map((l) => {
    const own = corpus.pages.filter((p) => p.visible && p.locale === l.folder);
    const ids = new Set(own.map((p) => p.id));
    const missing = l.folder === corpus.defaultLocale ? [] : source.filter((s) => !ids.has(s.id)).map((s) => s.id);
    const stale = own.filter((p) => {
      const s = corpus.get(corpus.defaultLocale, p.id);
      return l.folder !== corpus.defaultLocale && s?.meta && p.meta && !p.meta.original && p.meta.date < s.meta.date;
    }).map((p) => p.id);
    return { locale: l.folder, pages: own.length, missing, stale };
  });
}

export function formatCoverage(rows: CoverageRow[]): string {
  const lines = ['| locale | pages | missing | stale |', '|---|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.locale} | ${r.pages} | ${r.missing.length} | ${r.stale.length} |`);
  return lines.join('\n');
}
