/**
 * Astro integration for what Starlight doesn't do: copies content assets (images) into the site,
 * writes legacy redirect pages, writes the icon files the pages point at, and builds the Pagefind
 * index (in place of Starlight's step, src/starlight/search-index.ts). The pages themselves got
 * their icons-as-files and Content-Security-Policy as they were rendered (src/middleware.ts,
 * src/site/page-finish.ts), so nothing here reads or rewrites them.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeInfo } from '../core/locales.ts';
import { realPathInside, realRootOf } from '../core/corpus.ts';
import { ASSET_EXT, walk } from '../core/paths.ts';
import { defaultLang, site } from '../site/corpus.ts';
import { withCsp } from '../site/csp.ts';
import { legacyRedirects, redirectHtml } from '../site/legacy-redirects.ts';
import { buildRecord, resetBuildRecord } from '../site/page-finish.ts';
import { startSearchIndex } from './search-index.ts';
import { setProjectRoot, siteInlineScripts } from '../site/site-scripts.ts';

export function playbookIntegration(): AstroIntegration {
  return {
    name: 'fasttrack-playbook',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The CSP hashes only the site's own inline scripts, read from the components of this project.
        setProjectRoot(fileURLToPath(config.root));
        if (siteInlineScripts().size === 0)
          throw new Error(
            `No is:inline script found in the components under ${fileURLToPath(config.root)} (src/, node_modules/@astrojs/starlight): the Content-Security-Policy would block Starlight's own scripts. Is @astrojs/starlight installed?`,
          );
        // Pages restored from that cache are not rendered, so they would skip src/middleware.ts
        // and the record of the icons they point at.
        if ((config.experimental as { incrementalBuild?: unknown } | undefined)?.incrementalBuild) {
          throw new Error(
            'experimental.incrementalBuild is not supported: pages restored from its cache skip src/middleware.ts (icon files, CSP, search index). Turn it off in astro.config.mjs.',
          );
        }
      },
      'astro:build:start': () => {
        resetBuildRecord();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { corpus, config } = site();
        const record = buildRecord();
        let t = performance.now();
        const lap = () => {
          const s = ((performance.now() - t) / 1000).toFixed(1);
          t = performance.now();
          return `${s} s`;
        };
        if (record.pages === 0)
          throw new Error(
            'No built page passed through src/middleware.ts: the pages have no Content-Security-Policy and no icons. Is the middleware still there?',
          );
        // 1. The search index, in Pagefind's own process while the rest is done. Pagefind indexes
        //    the pages with data-pagefind-body, or every page when none has it.
        let indexable = [...record.indexable].sort().map((f) => join(out, f));
        const missing = indexable.filter((f) => !existsSync(f));
        if (missing.length)
          throw new Error(
            `Pages noted for the search index were not written: ${missing.slice(0, 5).join(', ')}`,
          );
        if (!indexable.length) indexable = walk(out).filter((f) => f.endsWith('.html'));
        const search = await startSearchIndex(out, indexable);
        // 2. Assets that published pages link to (served from /_content/<locale>/…): not the others
        //    (one linked only from an internal page is internal too), and only real files inside
        //    the content folder (a link to /etc/passwd named x.pdf is not copied).
        let assets = 0;
        const realRoot = realRootOf(corpus.root);
        for (const rel of [...corpus.assets].sort()) {
          const file = join(corpus.root, rel);
          if (
            !ASSET_EXT.test(rel) ||
            !existsSync(file) ||
            lstatSync(file).isSymbolicLink() ||
            !realPathInside(realRoot, file)
          )
            continue;
          const target = join(out, '_content', rel);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(file, target);
          assets++;
        }
        // 3. Legacy DocFX addresses → static redirect pages.
        // A DocFX address never replaces a built page (an input folder that was itself the
        // language folder had `index.md` at the top: its `index.html` is the site's root).
        const redirects = legacyRedirects(corpus, config.base).filter(
          (r) => !existsSync(join(out, r.file)),
        );
        for (const r of redirects) {
          const target = join(out, r.file);
          mkdirSync(dirname(target), { recursive: true });
          const lang = localeInfo(r.file.split('/')[0] ?? '')?.lang ?? defaultLang();
          writeFileSync(target, withCsp(redirectHtml(r.to, lang)));
        }
        // 4. The icon files the pages point at.
        const icons = record.icons.files();
        for (const f of icons) writeFileSync(join(out, '_astro', f.name), f.text);
        const tOwn = lap();
        const indexed = await search.done();
        logger.info(
          `${record.pages} pages with icon files and CSP, ${icons.length} icon files, ${assets} content assets copied, ${redirects.length} legacy redirects written (${tOwn}); ${indexed} pages in the search index (${lap()} more)`,
        );
      },
    },
  };
}
