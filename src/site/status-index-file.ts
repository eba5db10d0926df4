/**
 * The status index file of each locale (src/core/status-index.ts), for the audience being built:
 * its JSON, and a URL with a hash of its content so that hosts can cache it for good. The finder
 * page and the search dialog name that URL; the endpoint src/pages/[locale]/status-index-[hash].json.ts
 * writes the file.
 */
import { createHash } from 'node:crypto';
import { pageHref } from '../core/links.ts';
import { statusDocuments } from '../core/status-docs.ts';
import { buildStatusIndex, type StatusIndexFile } from '../core/status-index.ts';
import type { TaxNode } from '../core/taxonomy.ts';
import { site } from './corpus.ts';
import { helperFor } from './helper-data.ts';
import { buildCommit } from './status-data.ts';
import { searchStrings, type SearchStrings } from './search-strings.ts';

/** What the browser loads: the index, the search words of the locale, and the guided-questions link if the site has that page. */
export interface StatusIndexPayload extends StatusIndexFile {
  ui: SearchStrings;
  whichStatus?: string | undefined;
  /** Repository and build commit for "Suggest a keyword" issues. */
  suggest?: { repository: string; commit: string } | undefined;
}

interface Built {
  json: string;
  hash: string;
  url: string;
}

/** Per loaded corpus (the dev server reloads it after an edit). */
const cache = new WeakMap<object, Map<string, Built>>();

/** Where "Suggest a keyword" sends a query: the configured repository (none configured, no link). */
function suggestTarget(): { repository: string; commit: string } | undefined {
  const repository = site().config.repository;
  return repository ? { repository, commit: buildCommit() } : undefined;
}

/** URL of the "Not sure? Answer three questions" page: the guided helper, when the content has one. */
export function whichStatusHref(locale: string): string | undefined {
  const { config } = site();
  return helperFor(locale) ? pageHref(locale, 'which-status', config.base) : undefined;
}

export function statusIndexFile(locale: string): Built {
  const { corpus, config } = site();
  let mine = cache.get(corpus);
  if (!mine) cache.set(corpus, (mine = new Map()));
  const hit = mine.get(locale);
  if (hit) return hit;
  const href = (n: TaxNode) =>
    pageHref(locale, corpus.get(n.page.locale, n.id)?.slug ?? n.id, config.base);
  const payload: StatusIndexPayload = {
    ...buildStatusIndex(statusDocuments(corpus, locale, href), locale, corpus.synonyms.get(locale)),
    ui: searchStrings(locale),
    whichStatus: whichStatusHref(locale),
    suggest: suggestTarget(),
  };
  const json = JSON.stringify(payload);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  const b = config.base.endsWith('/') ? config.base : `${config.base}/`;
  const built = { json, hash, url: `${b}${locale}/status-index-${hash}.json` };
  mine.set(locale, built);
  return built;
}
