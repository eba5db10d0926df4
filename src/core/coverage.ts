/** Translation coverage: pages per locale, missing and stale translations. */
import type { Corpus } from './corpus.ts';
import { LOCALES } from './locales.ts';
import { compare } from './paths.ts';

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
    const missing =
      l.folder === corpus.defaultLocale
        ? []
        : source.filter((s) => !ids.has(s.id)).map((s) => s.id);
    const stale = own
      .filter((p) => {
        const s = corpus.get(corpus.defaultLocale, p.id);
        if (l.folder === corpus.defaultLocale || !s?.meta || !p.meta || p.meta.original)
          return false;
        // Marked translations are judged by their sections, the others by date.
        if (corpus.locks.get(l.folder)?.pages[p.id])
          return corpus.freshness.has(`${l.folder}/${p.id}`);
        return p.meta.date < s.meta.date;
      })
      .map((p) => p.id);
    return { locale: l.folder, pages: own.length, missing, stale };
  });
}

export function formatCoverage(rows: CoverageRow[]): string {
  const lines = ['| locale | pages | missing | stale |', '|---|---:|---:|---:|'];
  for (const r of rows)
    lines.push(`| ${r.locale} | ${r.pages} | ${r.missing.length} | ${r.stale.length} |`);
  return lines.join('\n');
}

/** One line per translation behind its English sections: `de/x: "Definition", "Valid example scenarios"`. */
export function formatSectionsBehind(corpus: Corpus): string {
  const lines = [...corpus.freshness]
    .sort(([a], [b]) => compare(a, b))
    .map(([key, f]) => {
      const names = [
        ...f.changed.map((c) => (c.heading ? `"${c.heading}"` : 'introduction')),
        ...f.removed.map((h) => `"${h}" (removed)`),
      ];
      return `${key}: ${names.join(', ')} (English changed since ${f.marked})`;
    });
  return lines.length ? lines.join('\n') : 'No translation is behind its English sections.';
}
