/** `/statuses-all.schema.json`: JSON Schema of `/statuses.json` (all locales), generated from its zod schema. */
import type { APIRoute } from 'astro';
import { statusJsonSchemas } from '../core/status-data.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(statusJsonSchemas().all, null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
