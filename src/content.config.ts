import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { pageMetaSchema } from './core/schema.ts';
import { playbookLoader } from './site/loader.ts';

const schema = docsSchema({
  extend: z.object({
    // The page metadata as the core validated it (same schema module as `npm run check`).
    playbook: pageMetaSchema.extend({ id: z.string(), locale: z.string() }).optional(),
  }),
});

export const collections = {
  // The loader validates each entry with this same schema (built once, src/site/loader.ts).
  docs: defineCollection({ loader: playbookLoader(schema), schema }),
  // Starlight's UI strings where its own use another register than our pages (du/tú/你 → Sie/usted/您).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
