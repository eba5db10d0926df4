/**
 * Status finder in the browser: ranked as you type from the locale's status index (no network
 * after the index file), L1 facet, query in the URL, copy path. Each shown entry says why it
 * matched; when nothing matches well the closest statuses are shown with a "did you mean".
 * Without JavaScript, or until the index has loaded, the page is the full list.
 */
import { RELEVANT_SHARE } from '../core/status-index.ts';
import { copyText } from './copy-text.ts';
import {
  didYouMean,
  loadStatusSearch,
  reasonText,
  suggestKeyword,
  type LoadedStatusSearch,
} from './status-search-client.ts';

/** How long typing must pause before the query is written into the URL. */
const URL_DELAY_MS = 300;

export function initFinder(): void {
  const q = document.getElementById('pb-q') as HTMLInputElement | null;
  const l1 = document.getElementById('pb-l1') as HTMLSelectElement | null;
  const list = document.getElementById('pb-finder');
  const count = document.getElementById('pb-count');
  const none = document.getElementById('pb-none');
  if (!q || !l1 || !list || !count || !none) return;
  const entries = [...list.querySelectorAll<HTMLLIElement>('li.pb-entry')];
  const byId = new Map(entries.map((e) => [e.id.replace(/^s-/, ''), e]));
  const template = count.dataset.template ?? '{n}/{total}';
  const total = entries.length;
  let index: LoadedStatusSearch | undefined;

  const why = (li: HTMLLIElement, text: string) => {
    let p = li.querySelector<HTMLParagraphElement>('p.pb-why');
    if (!p && text) {
      p = document.createElement('p');
      p.className = 'pb-why';
      li.querySelector('.pb-path')?.after(p);
    }
    if (p && p.textContent !== text) {
      p.textContent = text;
      p.hidden = !text;
    }
  };
  // What is on screen now, to change only what differs (each DOM change costs on a slow phone).
  let onScreen: HTMLLIElement[] = entries;
  const show = (items: HTMLLIElement[]) => {
    const set = new Set(items);
    for (const e of entries) if (e.hidden === set.has(e)) e.hidden = !set.has(e);
    if (items.length === onScreen.length && items.every((e, i) => e === onScreen[i])) return;
    // ranked order: the shown entries first, in that order (focus order = reading order); hidden ones stay where they are
    if (items === entries) list.append(...entries);
    else
      items.forEach((e, i) => {
        const before = i === 0 ? null : items[i - 1]!;
        if (before ? before.nextElementSibling !== e : list.firstElementChild !== e)
          before ? before.after(e) : list.prepend(e);
      });
    onScreen = items;
  };

  // The query goes into the URL (?q=, ?l1=) for sharing and the back button. replaceState costs
  // as much as the ranking itself on a slow phone, so while typing it waits for a pause.
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const writeUrl = () => {
    clearTimeout(urlTimer);
    urlTimer = undefined;
    const url = new URL(location.href);
    q.value ? url.searchParams.set('q', q.value) : url.searchParams.delete('q');
    l1.value ? url.searchParams.set('l1', l1.value) : url.searchParams.delete('l1');
    if (url.href !== location.href) history.replaceState(null, '', url);
  };
  // a result opened (or the page left) before the pause still leaves the query in the history entry
  const flushUrl = () => urlTimer !== undefined && writeUrl();
  list.addEventListener('click', flushUrl, true);
  addEventListener('pagehide', flushUrl);

  const apply = (push: 'now' | 'soon' | false) => {
    const t0 = performance.now();
    const facet = l1.value;
    const query = q.value.trim();
    let shown: HTMLLIElement[];
    if (!none.hidden || none.childNodes.length) {
      none.replaceChildren();
      none.hidden = true;
    }
    if (!query || !index) {
      shown = facet ? entries.filter((e) => e.dataset.l1 === facet) : entries;
      for (const e of entries) why(e, '');
    } else {
      // Weak matches (one common word among many) are left out.
      const answer = index.search(query, { l1: facet || undefined, relevant: RELEVANT_SHARE });
      shown = [];
      for (const hit of answer.hits) {
        const li = byId.get(hit.status.id);
        if (!li) continue;
        shown.push(li);
        why(li, reasonText(hit, index.ui));
      }
      if (answer.closest) {
        none.hidden = false;
        none.append(index.ui.closest.replace('{q}', query));
        const first = answer.hits[0];
        if (answer.didYouMean && first)
          none.append(' ', ...didYouMean(index.ui, answer.didYouMean, first.status.href));
        none.append(' ', ...suggestKeyword(index, query, 'status finder'));
      }
    }
    show(shown);
    count.textContent = template
      .replace('{n}', String(shown.length))
      .replace('{total}', String(total));
    if (push === 'now') writeUrl();
    else if (push === 'soon') {
      clearTimeout(urlTimer);
      urlTimer = setTimeout(writeUrl, URL_DELAY_MS);
    }
    (window as unknown as { __finderLastMs?: number }).__finderLastMs = performance.now() - t0;
  };

  const params = new URLSearchParams(location.search);
  q.value = params.get('q') ?? '';
  l1.value = params.get('l1') ?? '';
  q.form?.addEventListener('submit', (e) => e.preventDefault());
  q.addEventListener('input', () => apply('soon'));
  l1.addEventListener('change', () => apply('now'));
  apply(false);
  const url = list.dataset.index;
  if (url) {
    loadStatusSearch(url)
      .then((loaded) => {
        index = loaded;
        list.dataset.ready = '';
        apply(false);
      })
      .catch((e: unknown) => console.error('status finder: the status index did not load', e));
  }

  for (const b of list.querySelectorAll<HTMLButtonElement>('button.pb-copy')) {
    b.hidden = false;
    b.addEventListener('click', async () => {
      const path = b.closest('li')?.querySelector('code')?.textContent ?? '';
      await copyText(path);
      const label = b.firstChild;
      if (label) {
        const old = label.textContent;
        label.textContent = list.dataset.done ?? 'Copied';
        setTimeout(() => (label.textContent = old), 1500);
      }
    });
  }
}
