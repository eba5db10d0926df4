/** `/<locale>/statuses.json`: every status of the locale for this audience (schema: /statuses.schema.json). */
import type { APIRoute } from 'astro';
import { localePaths } from '../../site/routes.ts';
import { recordsFor } from '../../site/status-data.ts';
import { buildAudience } from '../../site/corpus.ts';
import { statusFileSchema } from '../../core/status-data.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ props }) => {
  const locale = (props as { locale: string }).locale;
  const file = statusFileSchema.parse({
    $schema: '../statuses.schema.json',
    locale,
    audience: buildAudience(),
    statuses: recordsFor(locale),
  });
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
