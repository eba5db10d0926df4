/**
 * Static redirect pages for the DocFX playbook's addresses, so old links keep working — only
 * where such an address existed (a page written here never had one):
 * - the pages of an import: `<content>/legacy-addresses.json` (written by the importer) maps each
 *   DocFX file to its page, `{ "german-playbook/x-de.md": "de/x" }`;
 * - the seed-style addresses our own content is known under: a link written with a DocFX
 *   language suffix (`x-de.md`, as the German seed pages link each other) that names a page.
 * Each address gives `<folder>/<stem>.html` and `<folder>/<stem>.md` as DocFX served them, and
 * `<locale>/<stem>.md` (the old file name under the new language folder).
 */
import { posix } from 'node:path';
import type { Corpus, Page } from '../core/corpus.ts';
import { pageHref } from '../core/links.ts';
import { localeInfo, splitLegacySuffix } from '../core/locales.ts';
import { escapeHtml } from '../core/escape.ts';
import { compare } from '../core/paths.ts';

export interface Redirect {
  /** Path of the file to write inside dist. */
  file: string;
  /** Site URL it sends to. */
  to: string;
}

/** `x-de.md` links of the content that name a page of that language: file stem → page. */
function seedAddresses(corpus: Corpus): { page: Page; stem: string }[] {
  const out: { page: Page; stem: string }[] = [];
  for (const page of corpus.pages) {
    if (!page.visible) continue;
    for (const link of [...page.links, ...page.includeFacts.flatMap((f) => f.links)]) {
      const path = link.url.split(/[?#]/)[0]!;
      if (!/\.md$/i.test(path) || /^[a-z][a-z0-9+.-]*:|^\//i.test(path)) continue;
      const stem = posix.basename(path).replace(/\.md$/i, '');
      const legacy = splitLegacySuffix(stem);
      if (!legacy.locale) continue;
      const r = corpus.resolve(page, path); // the page, whatever the anchor
      if (
        r.kind === 'page' &&
        !r.fallback &&
        r.target.locale === legacy.locale &&
        posix.basename(r.target.id) === legacy.id
      ) {
        const target = corpus.get(r.target.locale, r.target.id);
        const dir = posix.dirname(r.target.id);
        if (target) out.push({ page: target, stem: dir === '.' ? stem : `${dir}/${stem}` });
      }
    }
  }
  return out;
}

export function legacyRedirects(corpus: Corpus, base: string): Redirect[] {
  const out: Redirect[] = [];
  const seen = new Set<string>();
  const add = (file: string, to: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    out.push({ file, to });
  };
  for (const [from, at] of corpus.legacy) {
    const page = corpus.get(at.locale, at.id);
    if (!page?.visible) continue;
    const to = pageHref(page.locale, page.slug, base);
    const stem = from.replace(/\.md$/i, '');
    add(`${stem}.html`, to);
    add(`${stem}.md/index.html`, to);
    const dir = posix.dirname(page.id);
    add(`${page.locale}/${dir === '.' ? '' : `${dir}/`}${posix.basename(from)}/index.html`, to);
  }
  for (const { page, stem } of seedAddresses(corpus)) {
    const info = localeInfo(page.locale);
    if (!info) continue;
    const to = pageHref(page.locale, page.slug, base);
    add(`${info.docfxFolder}/${stem}.html`, to);
    add(`${info.docfxFolder}/${stem}.md/index.html`, to);
    add(`${page.locale}/${stem}.md/index.html`, to);
  }
  return out.sort((a, b) => compare(a.file, b.file));
}

const esc = escapeHtml;

export function redirectHtml(to: string, lang: string): string {
  return `<!doctype html><html lang="${esc(lang)}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${esc(to)}"><link rel="canonical" href="${esc(to)}"><title>${esc(to)}</title></head><body><p><a href="${esc(to)}">${esc(to)}</a></p></body></html>\n`;
}
