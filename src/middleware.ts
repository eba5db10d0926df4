/**
 * Astro middleware: in a build, every HTML page gets its last touch as it is rendered
 * (src/site/page-finish.ts: icons as files, compact table of contents, minified inline scripts,
 * Content-Security-Policy; noted for the search index).
 * Not in `astro dev`, where Vite's own inline scripts would not pass the CSP.
 */
import { defineMiddleware } from 'astro:middleware';
import { finishPage } from './site/page-finish.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  const html = await response.text();
  return new Response(finishPage(html, context.url.pathname, import.meta.env.BASE_URL), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
