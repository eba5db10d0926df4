/**
 * Astro integration for what Starlight doesn't do: copies content assets (images) into the site,
 * writes legacy redirect pages, moves Starlight's inline icons into one sprite file, and puts a
 * hash-based Content-Security-Policy on every page.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeInfo } from '../core/locales.ts';
import { site } from '../site/corpus.ts';
import { withCsp } from '../site/csp.ts';
import { IconSprite } from '../site/icon-sprite.ts';
import { legacyRedirects, redirectHtml } from '../site/legacy-redirects.ts';

const ASSET = /\.(png|jpe?g|gif|svg|webp|avif|ico|pdf|mp4|webm|zip|docx?|xlsx?|pptx?)$/i;

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

export function playbookIntegration(): AstroIntegration {
  return {
    name: 'fasttrack-playbook',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { corpus, config } = site();
        let t = performance.now();
        const lap = () => {
          const s = ((performance.now() - t) / 1000).toFixed(1);
          t = performance.now();
          return `${s} s`;
        };
        // 1. Assets referenced from content (served from /_content/<locale>/…).
        let assets = 0;
        for (const file of walk(corpus.root)) {
          const rel = relative(corpus.root, file).split(sep).join('/');
          if (!ASSET.test(rel)) continue;
          const target = join(out, '_content', rel);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(file, target);
          assets++;
        }
        // 2. Legacy DocFX addresses → static redirect pages.
        const redirects = legacyRedirects(corpus, config.base);
        for (const r of redirects) {
          const target = join(out, r.file);
          mkdirSync(dirname(target), { recursive: true });
          const lang = localeInfo(r.file.split('/')[0] ?? '')?.lang ?? 'en';
          writeFileSync(target, withCsp(redirectHtml(r.to, lang)));
        }
        const tRedirects = lap();
        // 3. Starlight's inline icons → one sprite file (src/site/icon-sprite.ts), then the CSP,
        //    on every built page (the redirect stubs got theirs when written above).
        const stubs = new Set(redirects.map((r) => join(out, r.file)));
        const htmlFiles = walk(out).filter((f) => f.endsWith('.html') && !stubs.has(f)).sort();
        const sprite = new IconSprite();
        for (const file of htmlFiles) sprite.collect(readFileSync(file, 'utf8'));
        const { name, text } = sprite.file();
        if (sprite.size) writeFileSync(join(out, '_astro', name), text);
        const tCollect = lap();
        const url = `${config.base.replace(/\/$/, '')}/_astro/${name}`;
        for (const file of htmlFiles) {
          const html = readFileSync(file, 'utf8');
          writeFileSync(file, withCsp(sprite.size ? sprite.apply(html, url) : html));
        }
        logger.info(`${assets} content assets copied, ${redirects.length} legacy redirects written, ${sprite.size} icons moved to ${name}, CSP set on ${htmlFiles.length + stubs.size} pages (assets and redirects ${tRedirects}, icons collected ${tCollect}, pages rewritten ${lap()})`);
      },
    },
  };
}
