/** `/<locale>/statuses.csv`: the same records as statuses.json, one row per status (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { localePaths } from '../../site/routes.ts';
import { recordsFor } from '../../site/status-data.ts';
import { statusesCsv } from '../../core/status-data.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ props }) =>
  new Response(statusesCsv(recordsFor((props as { locale: string }).locale)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
