/**
 * The last touch on every built page, done as it is rendered (src/middleware.ts), so no pass over
 * the written pages is needed afterwards: Starlight's icons point at their files
 * (src/site/icon-files.ts), the table of contents loses its repeated `--depth` styles, the inline
 * scripts are minified, the Content-Security-Policy with the hashes of the page's own inline
 * scripts goes in (src/site/csp.ts), and the pages Pagefind will index are noted. Each makes every
 * page smaller (figures: README, Performance).
 *
 * The icons seen and the pages to index are read by the post-build step
 * (src/starlight/integration.ts), which writes the icon files and builds the search index. The
 * middleware runs inside Astro's bundle of the site and the integration in the Astro config, two
 * copies of this module in one process: they share one record through the build store
 * (src/site/build-store.ts).
 */
import { minifySync } from 'rolldown/utils';
import { INLINE_SCRIPT, scriptKind, withCsp, type SiteScriptTest } from './csp.ts';
import { scriptKey, siteInlineScripts } from './site-scripts.ts';
import { IconFiles } from './icon-files.ts';
import { buildStore } from './build-store.ts';

export interface BuildRecord {
  icons: IconFiles;
  /** Files under dist (`en/x/index.html`) of the pages with `data-pagefind-body`. */
  indexable: Set<string>;
  /** Pages finished. */
  pages: number;
}

export function buildRecord(): BuildRecord {
  return (buildStore().record ??= { icons: new IconFiles(), indexable: new Set(), pages: 0 });
}

/** A new, empty record (at the start of a build). */
export function resetBuildRecord(): BuildRecord {
  delete buildStore().record;
  return buildRecord();
}

/** An element with the `data-pagefind-body` attribute (in text it would be escaped: `&lt;main …`). */
const BODY = /<[a-z][^<>]*\sdata-pagefind-body(?=[\s=>/])/i;

export function isIndexable(html: string): boolean {
  return html.includes('data-pagefind-body') && BODY.test(html);
}

/** The file under dist that Astro writes for `pathname` (build.format 'directory'). */
export function distFile(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  let p = decodeURI(pathname);
  if (p.startsWith(b)) p = p.slice(b.length);
  else if (`${p}/` === b) p = '';
  p = p.replace(/^\/+/, '');
  if (p === '' || p.endsWith('/')) return `${p}index.html`;
  return /\.html?$/.test(p) ? p : `${p}/index.html`;
}

/**
 * Starlight's table-of-contents list sets `--depth` (`<style define:vars>`) on every element of
 * each level: `<ul>`, and each `<li>`, `<a>` and `<span>` in it, in both the desktop and the mobile
 * copy. A custom property is inherited, and each of those elements is inside the
 * `<ul>` of its own level, so the value on the `<ul>` alone gives every one the same depth.
 */
export function compactToc(html: string): string {
  return html.replace(/<(li|a|span)\b([^>]*?) style="--depth: \d+;"/g, '<$1$2');
}

const minified = new Map<string, string>();
/** The minified forms of the site's own scripts (what the CSP hashes after minifying). */
const minifiedSite = new Set<string>();

/** A classic script minified (as a script: its top-level names are globals, kept); the original if it does not parse. */
function minifyScript(code: string): string {
  let out = minified.get(code);
  if (out === undefined) {
    const r = minifySync('inline.js', code, { module: false, compress: true, mangle: true });
    out = r.errors.length || !r.code.trim() ? code : r.code.trim();
    minified.set(code, out);
  }
  return out;
}

/** Whether a script is one the site emits: its code is a known source's, or what minifying one gave. */
function siteScriptTest(keys: ReadonlySet<string>): SiteScriptTest {
  return (code) => minifiedSite.has(code) || keys.has(scriptKey(code));
}

/**
 * The site's own inline classic scripts (Starlight's `is:inline` theme and search-shortcut
 * scripts, as written, with their indentation and names) minified by oxc (rolldown, Vite's
 * bundler). Any other `<script>` (JSON-LD and other data blocks, modules — there
 * are none: Vite writes component scripts as files — and `<script>`-looking text that is not the
 * site's) is kept as it is.
 */
export function minifyInlineScripts(
  html: string,
  siteScripts: ReadonlySet<string> = siteInlineScripts(),
): string {
  const isSite = siteScriptTest(siteScripts);
  return html.replace(
    INLINE_SCRIPT,
    (whole, attrs: string | undefined, code: string | undefined) => {
      if (
        code === undefined ||
        scriptKind(attrs ?? '') !== 'classic' ||
        !code.trim() ||
        !isSite(code)
      )
        return whole;
      const small = minifyScript(code);
      minifiedSite.add(small);
      return `<script${attrs}>${small}</script>`;
    },
  );
}

/**
 * A rendered page as it is written: icons as files, compact TOC, minified inline scripts, CSP
 * hashing only the site's own inline scripts; noted for the search index.
 */
export function finishPage(
  html: string,
  pathname: string,
  base: string,
  siteScripts: ReadonlySet<string> = siteInlineScripts(),
): string {
  const record = buildRecord();
  const small = minifyInlineScripts(
    compactToc(record.icons.externalise(html, `${base.replace(/\/$/, '')}/_astro`)),
    siteScripts,
  );
  const out = withCsp(small, siteScriptTest(siteScripts));
  if (isIndexable(out)) record.indexable.add(distFile(pathname, base));
  record.pages++;
  return out;
}
