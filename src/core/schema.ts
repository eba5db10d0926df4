/**
 * The one front-matter schema. `frontMatterSchema` reads what authors write (all YAML scalars
 * arrive as strings, see frontmatter.ts) and turns it into `PageMeta`; `pageMetaSchema` describes
 * that result and is what the site's content collection stores (src/content.config.ts).
 */
import { z } from 'zod';
import {
  AUDIENCES,
  parseAliases,
  parseAudienceField,
  parseDateField,
  parseKeywords,
  parseLevel,
  parseOrder,
  type FieldResult,
} from './fields.ts';
import { LEVELS } from './levels.ts';

export { AUDIENCES, MAX_ORDER, parseAudience, type Audience } from './fields.ts';
export { LEVELS, type Level } from './levels.ts';

/** Every key an author may write, with what it is for (README "Authoring" mirrors this). */
export const FIELD_DOCS: Record<string, string> = {
  title: "Page title; for a status page the status name in the page's language (required).",
  description: 'One sentence shown in lists, search results and meta description (required).',
  author: 'GitHub name of the writer.',
  'ms.author': 'Microsoft alias of the writer (checked against the owners list).',
  manager: 'Alias of the responsible manager.',
  'ms.date': 'Last reviewed date: M/D/YYYY, MM/DD/YYYY, M/D/YY or YYYY-MM-DD (required).',
  'ms.topic': 'Topic type, e.g. playbook.',
  'ms.prod': 'Product area, e.g. non-product-specific.',
  'ms.custom': 'Free tag.',
  'ft.audience': 'partner, internal, or both (list or "internal, partner") (required).',
  'ft.owner': 'Alias of the content owner (checked against the owners list).',
  'ft.level': "L1, L2, L3 or none: the page's place in the status taxonomy.",
  'ft.parent': 'Id of the parent status page (an L2 names its L1, an L3 its L2).',
  'ft.order': 'Position among siblings (1, 2, …); lower comes first.',
  'ft.keywords': 'Search keywords, a list or comma-separated; weigh more than body text.',
  'ft.aliases':
    'Other names of this status (official names of earlier editions, the English name on a translation, words partners use); a list. Searched like the title.',
  'ft.label': 'Shorter label for navigation (sidebar, breadcrumbs); defaults to the title.',
  'ft.original':
    'true when this page was written in its own language first (not translated from English): no stale-translation warning.',
};
export const KNOWN_KEYS = Object.keys(FIELD_DOCS);

const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, `${what} is empty`));

const optionalText = z
  .string({ error: 'must be text' })
  .transform((s) => s.trim())
  .optional();

/**
 * A zod transform from one of the field parsers (fields.ts): its problems become zod issues
 * (with `value` and `allowed` as params, for "did you mean").
 */
function viaParser<I, T>(parse: (v: I) => FieldResult<T>) {
  return (v: I, ctx: z.RefinementCtx): T => {
    const r = parse(v);
    if (r.ok) return r.value;
    for (const p of r.problems) {
      ctx.addIssue(
        p.value !== undefined && p.allowed
          ? { code: 'custom', message: p.message, params: { value: p.value, allowed: p.allowed } }
          : { code: 'custom', message: p.message },
      );
    }
    return z.NEVER;
  };
}

const msDate = z
  .string({ error: 'ms.date must be a date like 11/24/2026' })
  .transform(viaParser(parseDateField));

const audience = z
  .union([z.string(), z.array(z.string())], {
    error: 'ft.audience must be partner, internal or a list of both',
  })
  .transform(viaParser(parseAudienceField));

const level = z
  .string({ error: 'ft.level must be L1, L2, L3 or none' })
  .transform(viaParser(parseLevel));

const order = z
  .string({ error: 'ft.order must be a whole number' })
  .transform(viaParser(parseOrder));

const keywords = z
  .union([z.string(), z.array(z.string())], { error: 'ft.keywords must be a list of words' })
  .transform(parseKeywords);

const aliases = z
  .array(z.string(), {
    error: 'ft.aliases must be a YAML list, e.g. [Name one, "Name, with comma"]',
  })
  .transform(parseAliases);

/** What authors write → PageMeta. Unknown keys are handled by validate.ts, not here. */
export const frontMatterSchema = z
  .object({
    title: text('title'),
    description: text('description'),
    author: optionalText,
    'ms.author': optionalText,
    manager: optionalText,
    'ms.date': msDate,
    'ms.topic': optionalText,
    'ms.prod': optionalText,
    'ms.custom': optionalText,
    'ft.audience': audience,
    'ft.owner': optionalText,
    'ft.level': level.optional(),
    'ft.parent': optionalText,
    'ft.order': order.optional(),
    'ft.keywords': keywords.optional(),
    'ft.aliases': aliases.optional(),
    'ft.label': optionalText,
    'ft.original': z
      .enum(['true', 'false', 'True', 'False', 'yes', 'no'], {
        error: 'ft.original must be true or false',
      })
      .optional(),
  })
  .transform((f) => ({
    title: f.title,
    description: f.description,
    author: f.author,
    msAuthor: f['ms.author'],
    manager: f.manager,
    date: f['ms.date'],
    topic: f['ms.topic'],
    prod: f['ms.prod'],
    custom: f['ms.custom'],
    audience: f['ft.audience'],
    owner: f['ft.owner'],
    level: f['ft.level'] ?? null,
    parent: f['ft.parent'] || undefined,
    order: f['ft.order'],
    keywords: f['ft.keywords'] ?? [],
    aliases: f['ft.aliases'] ?? [],
    label: f['ft.label'] || undefined,
    original: /^(true|yes)$/i.test(f['ft.original'] ?? ''),
  }));

/** The validated, typed page metadata (what the site stores per page). */
export const pageMetaSchema = z.object({
  title: z.string(),
  description: z.string(),
  author: z.string().optional(),
  msAuthor: z.string().optional(),
  manager: z.string().optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  topic: z.string().optional(),
  prod: z.string().optional(),
  custom: z.string().optional(),
  audience: z.array(z.enum(AUDIENCES)).min(1),
  owner: z.string().optional(),
  level: z.enum(LEVELS).nullable(),
  parent: z.string().optional(),
  order: z.number().int().optional(),
  keywords: z.array(z.string()),
  aliases: z.array(z.string()),
  label: z.string().optional(),
  original: z.boolean(),
});
export type PageMeta = z.infer<typeof pageMetaSchema>;
