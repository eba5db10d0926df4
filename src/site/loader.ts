/**
 * Content-collection loader: every visible page of the core's corpus becomes a Starlight docs
 * entry. Any error diagnostic fails the build with the checker's own text.
 */
import type { Loader } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { countBySeverity, formatHuman } from '../core/diagnostics.ts';
import { entryId, site } from './corpus.ts';

export function playbookLoader(): Loader {
  return {
    name: 'fasttrack-playbook-loader',
    load: async ({ store, renderMarkdown, parseData, logger, generateDigest, watcher }) => {
      const run = async (fresh: boolean) => {
        const { corpus, config } = site(fresh);
        const { errors, warnings } = countBySeverity(corpus.diagnostics);
        if (warnings) logger.warn(`${warnings} content warning(s) — run \`npm run check\` for details`);
        // PLAYBOOK_BUILD_WITH_ERRORS=1 is for tests that prove the build neutralises bad input
        // (raw HTML, javascript: links) even when `check` would have rejected it.
        if (errors && process.env.PLAYBOOK_BUILD_WITH_ERRORS === '1') {
          logger.error(`building despite ${errors} content error(s) (PLAYBOOK_BUILD_WITH_ERRORS=1)`);
        } else if (errors) {
          const text = corpus.diagnostics.filter((d) => d.severity === 'error').map(formatHuman).join('\n');
          throw new Error(`The content has ${errors} error(s) (same as \`npm run check\`):\n${text}`);
        }
        store.clear();
        for (const page of corpus.pages) {
          if (!page.visible || !page.meta) continue;
          const meta = page.meta;
          const id = entryId(page.locale, page.slug);
          const data = await parseData({
            id,
            data: {
              title: meta.title,
              description: meta.description,
              lastUpdated: new Date(`${meta.date}T00:00:00Z`),
              editUrl: `${config.repository}/edit/${config.editBranch}/${config.contentDir}/${page.locale}/${page.id}.md`,
              sidebar: { label: meta.label ?? meta.title },
              playbook: { ...meta, id: page.id, locale: page.locale },
            },
          });
          const digest = generateDigest(`${page.body}\n${JSON.stringify(meta)}`);
          const rendered = await renderMarkdown(page.body, { fileURL: pathToFileURL(page.absPath) });
          store.set({ id, data, body: page.body, rendered, digest, filePath: `${config.contentDir}/${page.locale}/${page.id}.md` });
        }
      };
      await run(false);
      watcher?.add(site().corpus.root);
      watcher?.on('change', async (changed) => {
        if (changed.startsWith(site().corpus.root)) await run(true);
      });
    },
  };
}
