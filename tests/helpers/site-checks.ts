/**
 * Content-independent checks of a built site against the content it was built from, as the core
 * reads it: they hold for any valid content, so they run on the real `content/` (and on changed
 * copies of it) without knowing its pages. Each returns what is wrong ([] when all is well).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { loadContent, type Corpus } from '../../src/core/corpus.ts';
import { listFiles } from './build.ts';

const corpora = new Map<string, Corpus>();
/** The core's view of a content folder (one load per folder and audience). */
export function corpusOf(content: string, audience: 'partner' | 'internal' = 'partner'): Corpus {
  const key = `${content}|${audience}`;
  if (!corpora.has(key)) corpora.set(key, loadContent(content, { audience }));
  return corpora.get(key)!;
}

const builtFile = (locale: string, slug: string) =>
  slug === 'index' ? `${locale}/index.html` : `${locale}/${slug}/index.html`;
const ownPage = (html: string) => html.includes('data-pagefind-body');

/** Every visible page of the core is built as its locale's own page, and no other page is. */
export function pagesInPagesOut(corpus: Corpus, dist: string): string[] {
  const problems: string[] = [];
  for (const p of corpus.pages.filter((x) => x.visible)) {
    const file = builtFile(p.locale, p.slug);
    if (!existsSync(join(dist, file))) problems.push(`${p.file}: not built (${file} missing)`);
    else if (!ownPage(readFileSync(join(dist, file), 'utf8')))
      problems.push(`${p.file}: ${file} is not the locale's own page`);
  }
  for (const locale of corpus.locales) {
    const expected = new Set(
      corpus.pages.filter((p) => p.visible && p.locale === locale).map((p) => p.slug),
    );
    for (const d of readdirSync(join(dist, locale))) {
      const file = join(dist, locale, d, 'index.html');
      if (!existsSync(file) || d.endsWith('.md') || expected.has(d)) continue;
      if (ownPage(readFileSync(file, 'utf8')))
        problems.push(`${locale}/${d}/ is built as an own page but is no visible page of the core`);
    }
  }
  return problems;
}

/** dist file a site URL path is served from (directory → index.html). */
function fileFor(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.replace(/^\//, ''));
  const candidates = [clean, join(clean, 'index.html'), `${clean}.html`];
  return candidates.find((c) => existsSync(join(dist, c)) && statSync(join(dist, c)).isFile());
}

function htmlFiles(dist: string): string[] {
  return listFiles(dist).filter((f) => f.endsWith('.html'));
}

/** Internal href/src of a built page, as site paths with their fragment. */
function internalLinks(html: string, file: string): { attr: string; url: string; u: URL }[] {
  const here = '/' + file.replace(/index\.html$/, '');
  const out: { attr: string; url: string; u: URL }[] = [];
  for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const url = m[2]!.replace(/&amp;/g, '&');
    if (/^(https?:|mailto:|data:|\/\/)/i.test(url) || url === '') continue;
    out.push({ attr: m[1]!, url, u: new URL(url, `http://site${here}`) });
  }
  return out;
}

export interface Crawl {
  pages: number;
  checked: number;
  /** Links to an icon file's symbol (Starlight's icons, drawn from one file per icon). */
  icons: number;
  broken: string[];
}

/** Every internal href and src resolves to a file, every #fragment to an id. */
export function crawl(dist: string): Crawl {
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let s = idCache.get(file);
    if (!s) {
      s = new Set(
        [...readFileSync(join(dist, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!),
      );
      idCache.set(file, s);
    }
    return s;
  };
  const files = htmlFiles(dist);
  const result: Crawl = { pages: files.length, checked: 0, icons: 0, broken: [] };
  for (const file of files) {
    const here = '/' + file.replace(/index\.html$/, '');
    for (const { attr, url, u } of internalLinks(readFileSync(join(dist, file), 'utf8'), file)) {
      const target = u.pathname === here && url.startsWith('#') ? file : fileFor(dist, u.pathname);
      result.checked++;
      if (!target) {
        result.broken.push(`${file}: ${attr}="${url}" → no file`);
        continue;
      }
      const frag = decodeURIComponent(u.hash.slice(1));
      // .svg: Starlight's icons are `<use href="/_astro/i-<hash>.svg#i">`, a file per icon
      if (frag && /\.(html|svg)$/.test(target) && !ids(target).has(frag) && frag !== '_top')
        result.broken.push(`${file}: "${url}" → no id "${frag}" in ${target}`);
      if (target.endsWith('.svg') && frag) result.icons++;
    }
  }
  return result;
}

export interface Budgets {
  over: string[];
  /** Largest page per measure, for the log. */
  largest: string[];
}

/**
 * Page weight (gzip): each content page ≤ 10 KB HTML, ≤ 30 KB JS, ≤ 20 KB CSS; the status finder,
 * which carries every status of its locale by design, ≤ 16 KB HTML. The one-page view holds the
 * whole playbook by design and is not measured.
 */
export function pageBudgets(dist: string): Budgets {
  const gz = (p: string) => gzipSync(readFileSync(join(dist, p))).length;
  const out: Budgets = { over: [], largest: [] };
  const max: Record<string, { file: string; bytes: number }> = {};
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(join(dist, file), 'utf8');
    const finder = file.includes('status-finder');
    if ((!ownPage(html) && !finder) || file.includes('/print/')) continue;
    const js = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((s) => s.startsWith('/'));
    const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1]!)
      .join('');
    const sizes = {
      [finder ? 'finder html' : 'html']: gzipSync(html).length,
      js: js.reduce((n, s) => n + gz(s.slice(1)), 0) + gzipSync(inlineJs).length,
      css: css.reduce((n, s) => n + gz(s.slice(1)), 0),
    };
    const limits: Record<string, number> = {
      html: 10240,
      'finder html': 16384,
      js: 30720,
      css: 20480,
    };
    for (const [k, bytes] of Object.entries(sizes)) {
      if (bytes > limits[k]!) out.over.push(`${file}: ${k} ${bytes} bytes gzip > ${limits[k]}`);
      if (!max[k] || bytes > max[k].bytes) max[k] = { file, bytes };
    }
  }
  for (const [k, m] of Object.entries(max))
    out.largest.push(`largest ${k}: ${(m.bytes / 1024).toFixed(1)} KB gzip (${m.file})`);
  return out;
}

/** Every file of a dist folder as text, Pagefind's gzip files decompressed. */
export function allText(dist: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of listFiles(dist)) {
    let buf = readFileSync(join(dist, f));
    if (buf[0] === 0x1f && buf[1] === 0x8b) {
      try {
        buf = gunzipSync(buf);
      } catch {
        /* not gzip after all */
      }
    }
    out.set(f, buf.toString('utf8'));
  }
  return out;
}

/**
 * Audience leak probe: no file of the build (HTML, search index, sitemap, redirects, finder…)
 * names a page the core hides from this audience — by its URL, its file name, or `extra` markers.
 */
export function leaks(corpus: Corpus, dist: string, extra: string[] = []): string[] {
  const hidden = corpus.pages.filter((p) => !p.visible && p.meta);
  const probes = [...hidden.flatMap((p) => [`/${p.locale}/${p.slug}/`, `${p.id}.md`]), ...extra];
  if (probes.length === 0) return [];
  const found: string[] = [];
  for (const [file, text] of allText(dist))
    for (const probe of probes) if (text.includes(probe)) found.push(`${file} contains "${probe}"`);
  return found;
}

/** Every status of every locale's tree is reachable by links from that locale's home page. */
export function unreachableStatuses(corpus: Corpus, dist: string): string[] {
  const problems: string[] = [];
  for (const locale of corpus.locales) {
    const seen = new Set<string>();
    const queue = [builtFile(locale, 'index')];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const { u } of internalLinks(readFileSync(join(dist, file), 'utf8'), file)) {
        const target = fileFor(dist, u.pathname);
        if (target?.endsWith('.html') && target.startsWith(`${locale}/`) && !seen.has(target))
          queue.push(target);
      }
    }
    const tax = corpus.taxonomies.get(locale);
    for (const node of tax?.byId.values() ?? []) {
      const file = builtFile(locale, corpus.get(node.page.locale, node.id)!.slug);
      if (!seen.has(file))
        problems.push(`${locale}: status ${node.id} (${file}) is not reachable from /${locale}/`);
    }
  }
  return problems;
}
