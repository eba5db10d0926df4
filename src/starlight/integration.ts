/**
 * Astro integration for what Starlight doesn't do: copies content assets (images) into the site,
 * writes legacy redirect pages, and puts a hash-based Content-Security-Policy on every page.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeInfo } from '../core/locales.ts';
import { site } from '../site/corpus.ts';
import { withCsp } from '../site/csp.ts';
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
          writeFileSync(target, redirectHtml(r.to, lang));
        }
        // 3. CSP on every HTML page.
        let pages = 0;
        for (const file of walk(out)) {
          if (!file.endsWith('.html') || !statSync(file).isFile()) continue;
          const html = readFileSync(file, 'utf8');
          writeFileSync(file, withCsp(html));
          pages++;
        }
        logger.info(`${assets} content assets copied, ${redirects.length} legacy redirects written, CSP set on ${pages} pages`);
      },
    },
  };
}
