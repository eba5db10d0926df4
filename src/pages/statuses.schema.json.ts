/** `/statuses.schema.json`: JSON Schema of `/<locale>/statuses.json`, generated from the zod schema that produces it. */
import type { APIRoute } from 'astro';
import { statusJsonSchemas } from '../core/status-data.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(statusJsonSchemas().locale, null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
