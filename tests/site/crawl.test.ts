/** Link crawl and page weight over the built partner site. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite, listFiles } from '../helpers/build.ts';

const b = buildSite({ name: 'site' });
const dist = b.dir;
const htmlFiles = listFiles(dist).filter((f) => f.endsWith('.html'));
const idCache = new Map<string, Set<string>>();

function ids(file: string): Set<string> {
  let s = idCache.get(file);
  if (!s) {
    const html = readFileSync(join(dist, file), 'utf8');
    s = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idCache.set(file, s);
  }
  return s;
}

/** dist file a site URL path is served from (directory → index.html). */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.replace(/^\//, ''));
  const candidates = [clean, join(clean, 'index.html'), `${clean}.html`];
  return candidates.find((c) => existsSync(join(dist, c)) && statSync(join(dist, c)).isFile());
}

test('link crawl: every internal href and src resolves to a file, every #fragment to an id', () => {
  assert.equal(b.status, 0, b.output.slice(-2000));
  const broken: string[] = [];
  let checked = 0;
  let icons = 0;
  for (const file of htmlFiles) {
    const html = readFileSync(join(dist, file), 'utf8');
    const here = '/' + file.replace(/index\.html$/, '');
    for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const url = m[2]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:|\/\/)/i.test(url) || url === '') continue;
      const u = new URL(url, `http://site${here}`);
      const target = u.pathname === here && url.startsWith('#') ? file : fileFor(u.pathname);
      checked++;
      if (!target) {
        broken.push(`${file}: ${m[1]}="${url}" → no file`);
        continue;
      }
      const frag = decodeURIComponent(u.hash.slice(1));
      // .svg: Starlight's icons are `<use href="/_astro/i-<hash>.svg#i">`, a file per icon
      if (frag && /\.(html|svg)$/.test(target) && !ids(target).has(frag) && frag !== '_top') broken.push(`${file}: "${url}" → no id "${frag}" in ${target}`);
      if (target.endsWith('.svg') && frag) icons++;
    }
  }
  console.log(`crawled ${htmlFiles.length} pages, ${checked} internal links (${icons} icons from their files): ${broken.length} broken`);
  assert.ok(icons > htmlFiles.length, 'the pages draw their icons from the icon files');
  assert.deepEqual(broken.slice(0, 20), []);
});

test('page weight: per page ≤ 10 KB HTML, ≤ 30 KB JS, ≤ 20 KB CSS (gzip); the status finder ≤ 16 KB HTML', () => {
  const gz = (p: string) => gzipSync(readFileSync(join(dist, p))).length;
  const sizes: { file: string; html: number; js: number; css: number }[] = [];
  for (const file of htmlFiles) {
    const html = readFileSync(join(dist, file), 'utf8');
    if (!html.includes('data-pagefind-body') && !file.includes('status-finder')) continue; // content pages and the finder
    if (file.includes('/print/')) continue; // the one-page view holds the whole playbook by design
    const js = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!).filter((s) => s.startsWith('/'));
    const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
    sizes.push({
      file,
      html: gzipSync(html).length,
      js: js.reduce((n, s) => n + gz(s.slice(1)), 0) + gzipSync(inlineJs).length,
      css: css.reduce((n, s) => n + gz(s.slice(1)), 0),
    });
  }
  // The status finder carries every status of the locale (43 entries with definitions) by design:
  // it has its own HTML budget; every other page is held to Starlight's 10 KB.
  const finder = sizes.filter((s) => s.file.includes('status-finder'));
  const finderMax = finder.reduce((a, s) => (s.html > a.html ? s : a));
  console.log(`largest status finder html: ${(finderMax.html / 1024).toFixed(1)} KB gzip (${finderMax.file})`);
  assert.ok(finderMax.html <= 16 * 1024, `${finderMax.file}: ${finderMax.html} bytes gzip`);
  const max = (k: 'html' | 'js' | 'css') => sizes.filter((s) => k !== 'html' || !s.file.includes('status-finder')).reduce((a, s) => (s[k] > a[k] ? s : a));
  for (const [k, limit] of [['html', 10240], ['js', 30720], ['css', 20480]] as const) {
    const m = max(k);
    console.log(`largest ${k}: ${(m[k] / 1024).toFixed(1)} KB gzip (${m.file}) over ${sizes.length} pages`);
    assert.ok(m[k] <= limit, `${m.file}: ${k} ${m[k]} bytes gzip > ${limit}`);
  }
});

test('status index: one file per locale, ≤ 40 KB gzip, named by the status finder and by every page for its search dialog', () => {
  const files = listFiles(dist).filter((f) => /^[a-z-]+\/status-index-[0-9a-f]{10}\.json$/.test(f));
  const locales = [...new Set(htmlFiles.filter((f) => f.endsWith('status-finder/index.html')).map((f) => f.split('/')[0]!))];
  assert.deepEqual(files.map((f) => f.split('/')[0]).sort(), [...locales].sort(), 'one index file per locale');
  for (const f of files) {
    const size = gzipSync(readFileSync(join(dist, f))).length;
    console.log(`status index ${f}: ${(size / 1024).toFixed(1)} KB gzip`);
    assert.ok(size <= 40 * 1024, `${f}: ${size} bytes gzip > 40 KB`);
    const locale = f.split('/')[0]!;
    const url = `/${f}`;
    assert.ok(readFileSync(join(dist, locale, 'status-finder/index.html'), 'utf8').includes(`data-index="${url}"`), `the ${locale} finder loads ${url}`);
    assert.ok(readFileSync(join(dist, locale, 'index.html'), 'utf8').includes(`data-url="${url}"`), `the ${locale} home's search dialog loads ${url}`);
  }
});
