/**
 * Content-collection loader: every visible page of the core's corpus becomes a Starlight docs
 * entry. Any error diagnostic fails the build with the checker's own text.
 */
import type { SchemaContext } from 'astro/content/config';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { pathToFileURL } from 'node:url';
import { countBySeverity, formatHuman } from '../core/diagnostics.ts';
import { readEnv } from '../core/env.ts';
import { entryId, site } from './corpus.ts';

/** The collection's schema as Starlight's docsSchema() gives it: a function of Astro's helpers. */
type SchemaFactory = (context: SchemaContext) => z.ZodType;

/**
 * `schema` is the collection's own schema (content.config.ts passes the same one to both). Astro's
 * `parseData` would build it anew for every entry (Starlight's schema is a function of the entry's
 * `image()` helper), a cost that grows with the pages. It is built once here, as
 * the entries never hold an image: their data is made below from the page metadata, with no hero.
 */
export function playbookLoader(schema: SchemaFactory): Loader {
  let entrySchema: z.ZodType | undefined;
  const noImages = (() => z.never()) as unknown as SchemaContext['image'];
  const parseData = async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
    entrySchema ??= schema({ image: noImages });
    const parsed = await entrySchema.safeParseAsync(data);
    if (parsed.success) return parsed.data as Record<string, unknown>;
    const issues = parsed.error.issues
      .map((i) => `  ${i.path.join('.') || '(data)'}: ${i.message}`)
      .join('\n');
    throw new Error(
      `The page data of ${id} does not fit Starlight's docs schema (a bug in src/site/loader.ts, which makes it):\n${issues}`,
    );
  };
  return {
    name: 'fasttrack-playbook-loader',
    load: async ({ store, renderMarkdown, logger, generateDigest, watcher }) => {
      const run = async (fresh: boolean) => {
        const { corpus, config } = site(fresh);
        const { errors, warnings } = countBySeverity(corpus.diagnostics);
        if (warnings)
          logger.warn(`${warnings} content warning(s) — run \`npm run check\` for details`);
        // PLAYBOOK_BUILD_WITH_ERRORS=1 is for tests that prove the build neutralises bad input
        // (raw HTML, javascript: links) even when `check` would have rejected it.
        if (errors && readEnv().buildWithErrors) {
          logger.error(
            `building despite ${errors} content error(s) (PLAYBOOK_BUILD_WITH_ERRORS=1)`,
          );
        } else if (errors) {
          const text = corpus.diagnostics
            .filter((d) => d.severity === 'error')
            .map(formatHuman)
            .join('\n');
          throw new Error(
            `The content has ${errors} error(s) (same as \`npm run check\`):\n${text}`,
          );
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
              editUrl: config.repository
                ? `${config.repository}/edit/${config.editBranch}/${config.contentDir}/${page.locale}/${page.id}.md`
                : false,
              sidebar: { label: meta.label ?? meta.title },
              playbook: { ...meta, id: page.id, locale: page.locale },
            },
          });
          const digest = generateDigest(`${page.body}\n${JSON.stringify(meta)}`);
          const rendered = await renderMarkdown(page.body, {
            fileURL: pathToFileURL(page.absPath),
          });
          store.set({
            id,
            data,
            body: page.body,
            rendered,
            digest,
            filePath: `${config.contentDir}/${page.locale}/${page.id}.md`,
          });
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
