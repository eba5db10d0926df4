/**
 * The "Statuses" group of the search dialog: the statuses that fit what is typed, from the same
 * status index as the finder, above Pagefind's page results. It answers "which status" first and
 * full text after. When nothing matches well it lists the closest statuses with a "did you mean",
 * so a search never ends empty. Placed in Pagefind's form before its results drawer; Pagefind's
 * UI leaves elements it did not create alone.
 */
import { RELEVANT_SHARE } from '../core/status-index.ts';
import {
  didYouMean,
  el,
  loadStatusSearch,
  reasonText,
  suggestKeyword,
  type LoadedStatusSearch,
} from '../site/status-search-client.ts';

const SHOWN = 5;
const attached = new WeakSet<Element>();

export function attachStatusGroup(root: Element, url: string): void {
  if (attached.has(root)) return;
  const input = root.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
  const form = input?.form ?? root.querySelector('form');
  if (!input || !form) return;
  attached.add(root);
  const group = el('section', { className: 'pb-status-group', hidden: true });
  const heading = el('h2', { className: 'pb-status-heading', id: 'pb-status-heading' });
  const note = el('p', { className: 'pb-status-note', hidden: true });
  const list = el('ol', { className: 'pb-status-list' });
  const guided = el('p', { className: 'pb-status-guided', hidden: true });
  group.setAttribute('aria-labelledby', heading.id);
  group.append(heading, note, list, guided);
  const drawer = form.querySelector('.pagefind-ui__drawer');
  form.insertBefore(group, drawer);

  let index: LoadedStatusSearch | undefined;
  const render = () => {
    const t0 = performance.now();
    const query = input.value.trim();
    if (!index || !query) {
      group.hidden = true;
      return;
    }
    const { ui } = index;
    heading.textContent = ui.statuses;
    const answer = index.search(query, { limit: SHOWN, relevant: RELEVANT_SHARE });
    list.replaceChildren(
      ...answer.hits.map((hit) =>
        el(
          'li',
          { className: 'pb-status-hit' },
          el(
            'a',
            { href: hit.status.href, className: 'pb-status-link' },
            el('span', { className: 'pb-status-level' }, hit.status.level),
            ' ',
            hit.status.title,
          ),
          el('span', { className: 'pb-status-path' }, hit.status.path),
          ...(hit.reasons.length
            ? [el('span', { className: 'pb-status-why' }, reasonText(hit, ui))]
            : []),
        ),
      ),
    );
    note.replaceChildren();
    note.hidden = !answer.closest;
    if (answer.closest) {
      note.append(ui.closest.replace('{q}', query));
      const first = answer.hits[0];
      if (answer.didYouMean && first)
        note.append(' ', ...didYouMean(ui, answer.didYouMean, first.status.href));
      note.append(' ', ...suggestKeyword(index, query, 'search dialog'));
    }
    if (index.whichStatus) {
      guided.replaceChildren(el('a', { href: index.whichStatus }, ui.notSure));
      guided.hidden = false;
    }
    group.hidden = false;
    (window as unknown as { __statusGroupLastMs?: number }).__statusGroupLastMs =
      performance.now() - t0;
  };
  input.addEventListener('input', render);
  loadStatusSearch(url)
    .then((loaded) => {
      index = loaded;
      group.dataset.ready = '';
      render();
    })
    .catch((e: unknown) => console.error('search: the status index did not load', e));
}
