/** In the browser: loads a locale's status index file once and answers queries (finder and search dialog). */
import { loadStatusIndex, type StatusHit, type StatusSearch } from '../core/status-index.ts';
import type { StatusIndexPayload } from './status-index-file.ts';
import { keywordIssueUrl } from './feedback.ts';
import type { SearchStrings } from './search-strings.ts';

export interface LoadedStatusSearch extends StatusSearch {
  ui: SearchStrings;
  whichStatus?: string | undefined;
  locale: string;
  suggest?: StatusIndexPayload['suggest'];
}

const loading = new Map<string, Promise<LoadedStatusSearch>>();

export function loadStatusSearch(url: string): Promise<LoadedStatusSearch> {
  let p = loading.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json() as Promise<StatusIndexPayload>;
      })
      .then((file) => {
        const loaded = Object.assign(loadStatusIndex(file), {
          ui: file.ui,
          whichStatus: file.whichStatus,
          locale: file.locale,
          suggest: file.suggest,
        });
        // One search before the reader types: the engine's code is compiled then, not on the first keystroke.
        loaded.search(loaded.statuses[0]?.title.slice(0, 4) ?? 'a');
        return loaded;
      });
    p.catch(() => loading.delete(url)); // a later attempt may succeed
    loading.set(url, p);
  }
  return p;
}

/**
 * "keyword: VPN, proxy · definition: bandwidth" — why a status matched, in the page's language;
 * words synonyms brought add what was typed ("… (similar to “lawyers”)"), once per result: the
 * same note after every field only repeats itself.
 */
export function reasonText(hit: StatusHit, ui: SearchStrings): string {
  const said = new Set<string>();
  return hit.reasons
    .slice(0, 3)
    .map((r) => {
      const text = `${ui.field[r.field]}: ${r.words.slice(0, 3).join(', ')}`;
      const via = (r.via ?? []).filter((v) => !said.has(v)).slice(0, 2);
      via.forEach((v) => said.add(v));
      return via.length ? `${text} (${ui.similarTo.replace('{s}', () => via.join(', '))})` : text;
    })
    .join(' · ');
}

/** An element with text (never HTML: statuses and queries are shown as text). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** "Suggest a keyword": a link that opens a pre-filled issue with the query (new tab), when the site has a repository. */
export function suggestKeyword(index: LoadedStatusSearch, query: string, where: string): Node[] {
  if (!index.suggest) return [];
  const href = keywordIssueUrl(
    index.suggest.repository,
    index.locale,
    query,
    where,
    index.suggest.commit,
  );
  return [
    el(
      'a',
      { href, target: '_blank', rel: 'noopener noreferrer', className: 'pb-suggest' },
      index.ui.suggestKeyword,
    ),
  ];
}

/** "Did you mean <a>X</a>?" as nodes, from a template with {s}. */
export function didYouMean(ui: SearchStrings, title: string, href: string): (Node | string)[] {
  const [before, after] = ui.didYouMean.split('{s}');
  return [before ?? '', el('a', { href }, title), after ?? ''];
}
