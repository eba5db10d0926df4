// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { readConfigOrReport } from './src/core/config.ts';
import { readEnv } from './src/core/env.ts';
import { LOCALES } from './src/core/locales.ts';
import { playbookMdastPlugin } from './src/markdown/playbook-mdast.ts';
import { playbookIntegration } from './src/starlight/integration.ts';
import { contentRoot, envProblem } from './src/site/corpus.ts';

// A wrong audience (or other variable) is a mistake in the command, not in the code: say so and
// stop, without a stack trace.
const problem = envProblem();
if (problem) {
  console.error(problem);
  process.exit(2);
}
// A wrong playbook.config.json: say which field and stop, without Astro's stack trace.
const cfg = readConfigOrReport() ?? process.exit(1);

export default defineConfig({
  site: cfg.site,
  base: cfg.base,
  trailingSlash: 'always',
  // Separate caches let tests build several content trees side by side.
  ...(readEnv().cacheDir ? { cacheDir: readEnv().cacheDir } : {}),
  // Two pages in flight: one renders while the other is written (faster on a 2-core
  // machine, whose disk is the bottleneck while writing thousands of pages).
  build: { format: 'directory', concurrency: 2 },
  vite: {
    // Vite inlines small component scripts into every page (Starlight's theme select, language
    // select, sidebar state …: kilobytes per page). As files they are fetched once and cached, and
    // each page's HTML (and its CSP) stays smaller. Starlight's `is:inline` scripts stay inline.
    build: {
      assetsInlineLimit: (file) =>
        /\.astro[_?&]+(astro[_&])?type[_=]script/.test(file) ? false : undefined,
    },
    // Starlight's search dialog imports Pagefind's UI by this bare name; ours sets our options.
    resolve: {
      alias: [
        {
          find: /^@pagefind\/default-ui$/,
          replacement: fileURLToPath(new URL('./src/starlight/pagefind-ui.ts', import.meta.url)),
        },
      ],
    },
  },
  markdown: {
    // Sätteri (Astro's default, Rust): same parser as the checker. Smart punctuation off so
    // heading ids are computed from the text as written, exactly as `npm run check` does.
    processor: satteri({
      features: { smartPunctuation: false },
      mdastPlugins: [playbookMdastPlugin],
    }),
  },
  integrations: [
    starlight({
      title: cfg.siteTitle,
      defaultLocale: cfg.defaultLocale,
      locales: Object.fromEntries(LOCALES.map((l) => [l.folder, { label: l.label, lang: l.lang }])),
      // The taxonomy sidebar is rendered by our Sidebar override from the core's tree, one branch
      // per page; Starlight's own sidebar is kept to a single link so no page grows with the site.
      sidebar: [{ label: 'Home', link: '/' }],
      lastUpdated: true,
      // No repository configured: no edit links (and no feedback widget, see MarkdownContent).
      ...(cfg.repository
        ? { editLink: { baseUrl: `${cfg.repository}/edit/${cfg.editBranch}/` } }
        : {}),
      // the content folder built (PLAYBOOK_CONTENT or contentDir): Starlight's heading links and
      // asides apply only inside the folders named here
      markdown: { processedDirs: [contentRoot()] },
      routeMiddleware: './src/starlight/route-middleware.ts',
      components: {
        Sidebar: './src/starlight/Sidebar.astro',
        PageTitle: './src/starlight/PageTitle.astro',
        MarkdownContent: './src/starlight/MarkdownContent.astro',
        Search: './src/starlight/SiteSearch.astro',
        LastUpdated: './src/starlight/LastUpdated.astro',
      },
      customCss: ['./src/styles/playbook.css'],
      // The search index is built by our post-build step (src/starlight/search-index.ts): the same
      // index from only the pages Pagefind indexes. Search still shows (Search is overridden).
      pagefind: false,
      credits: false,
    }),
    playbookIntegration(),
  ],
});
