/**
 * The last touch on every built page, done as it is rendered (src/middleware.ts), so no pass over
 * the written pages is needed afterwards: Starlight's icons point at their files
 * (src/site/icon-files.ts), the Content-Security-Policy with the hashes of the page's own inline
 * scripts goes in (src/site/csp.ts), and the pages Pagefind will index are noted.
 *
 * The icons seen and the pages to index are read by the post-build step
 * (src/starlight/integration.ts), which writes the icon files and builds the search index. The
 * middleware runs inside Astro's bundle of the site and the integration in the Astro config, two
 * copies of this module in one process: they share one record through `globalThis`.
 */
import { withCsp } from './csp.ts';
import { IconFiles } from './icon-files.ts';

export interface BuildRecord {
  icons: IconFiles;
  /** Files under dist (`en/x/index.html`) of the pages with `data-pagefind-body`. */
  indexable: Set<string>;
  /** Pages finished. */
  pages: number;
}

const KEY = Symbol.for('fasttrack-playbook:build-record');
type Holder = { [KEY]?: BuildRecord };

export function buildRecord(): BuildRecord {
  return ((globalThis as Holder)[KEY] ??= { icons: new IconFiles(), indexable: new Set(), pages: 0 });
}

/** A new, empty record (at the start of a build). */
export function resetBuildRecord(): BuildRecord {
  delete (globalThis as Holder)[KEY];
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

/** A rendered page as it is written: icons as files, CSP; noted for the search index. */
export function finishPage(html: string, pathname: string, base: string): string {
  const record = buildRecord();
  const out = withCsp(record.icons.externalise(html, `${base.replace(/\/$/, '')}/_astro`));
  if (isIndexable(out)) record.indexable.add(distFile(pathname, base));
  record.pages++;
  return out;
}
