/** `/llms.txt`: the playbook and a link to each locale's llms.txt. */
import type { APIRoute } from 'astro';
import { rootLlmsTxt } from '../site/llms.ts';

export const GET: APIRoute = () =>
  new Response(rootLlmsTxt(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
