/** `/<locale>/llms-full.txt`: the text of every status page of the locale in reading order. */
import type { APIRoute } from 'astro';
import { localePaths } from '../../site/routes.ts';
import { localeLlmsFullTxt } from '../../site/llms.ts';

export const getStaticPaths = localePaths;
export const GET: APIRoute = ({ props }) =>
  new Response(localeLlmsFullTxt((props as { locale: string }).locale), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
