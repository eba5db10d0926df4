/**
 * Static redirect pages for the DocFX playbook's addresses, so old links keep working:
 * `/german-playbook/l1l2l3-blocked-legal-regulatory-de.html`, `…-de.md`, and `/de/…-de.md`.
 */
import type { Corpus } from '../core/corpus.ts';
import { pageHref } from '../core/links.ts';
import { localeInfo } from '../core/locales.ts';
import { escapeHtml } from '../core/escape.ts';

export interface Redirect {
  /** Path of the file to write inside dist. */
  file: string;
  /** Site URL it sends to. */
  to: string;
}

export function legacyRedirects(corpus: Corpus, base: string): Redirect[] {
  const out: Redirect[] = [];
  const seen = new Set<string>();
  const add = (file: string, to: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    out.push({ file, to });
  };
  for (const page of corpus.pages) {
    if (!page.visible || page.id === 'index') continue;
    const info = localeInfo(page.locale);
    if (!info) continue;
    const to = pageHref(page.locale, page.slug, base);
    const stems = page.locale === corpus.defaultLocale ? [page.id] : [`${page.id}-${info.legacySuffixes[0]}`];
    for (const stem of stems) {
      add(`${info.docfxFolder}/${stem}.html`, to);
      add(`${info.docfxFolder}/${stem}.md/index.html`, to);
      if (stem !== page.id) add(`${page.locale}/${stem}.md/index.html`, to);
      else add(`${page.locale}/${stem}.md/index.html`, to);
    }
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : 1));
}

const esc = escapeHtml;

export function redirectHtml(to: string, lang: string): string {
  return `<!doctype html><html lang="${esc(lang)}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${esc(to)}"><link rel="canonical" href="${esc(to)}"><title>${esc(to)}</title></head><body><p><a href="${esc(to)}">${esc(to)}</a></p></body></html>\n`;
}
