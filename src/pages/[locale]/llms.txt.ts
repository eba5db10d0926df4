/** `/<locale>/llms.txt` (llmstxt.org): every status of the locale for this audience, with its definition. */
import type { APIRoute } from 'astro';
import { localePaths } from '../../site/routes.ts';
import { localeLlmsTxt } from '../../site/llms.ts';

export const getStaticPaths = localePaths;
export const GET: APIRoute = ({ props }) =>
  new Response(localeLlmsTxt((props as { locale: string }).locale), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
