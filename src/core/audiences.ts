/**
 * The audiences a page is written for. Its own module (no imports) so that env.ts, which the
 * checker's entry reads before it starts its worker threads, does not load the schema and zod.
 */
export const AUDIENCES = ['partner', 'internal'] as const;
export type Audience = (typeof AUDIENCES)[number];
