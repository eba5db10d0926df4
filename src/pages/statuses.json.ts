/** `/statuses.json`: every status of every locale for this audience (schema: /statuses-all.schema.json). */
import type { APIRoute } from 'astro';
import { buildAudience, site } from '../site/corpus.ts';
import { recordsFor } from '../site/status-data.ts';
import { allStatusesFileSchema } from '../core/status-data.ts';

export const GET: APIRoute = () => {
  const locales = Object.fromEntries(site().corpus.locales.map((l) => [l, recordsFor(l)]));
  const file = allStatusesFileSchema.parse({
    $schema: './statuses-all.schema.json',
    audience: buildAudience(),
    locales,
  });
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
