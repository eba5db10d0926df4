import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
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
};
