/** Writes each locale's status index file (src/site/status-index-file.ts) at its hashed URL. */
import type { APIRoute } from 'astro';
import { LOCALES } from '../../core/locales.ts';
import { site } from '../../site/corpus.ts';
import { statusIndexFile } from '../../site/status-index-file.ts';

export function getStaticPaths() {
  const { corpus } = site();
  return LOCALES.filter((l) => corpus.locales.includes(l.folder)).map((l) => ({
    params: { locale: l.folder, hash: statusIndexFile(l.folder).hash },
  }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(statusIndexFile(params.locale!).json, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
