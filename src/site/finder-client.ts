/** Status finder in the browser: filter as you type (no network), L1 facet, query in the URL, copy path. */
export function initFinder(): void {
  const q = document.getElementById('pb-q') as HTMLInputElement | null;
  const l1 = document.getElementById('pb-l1') as HTMLSelectElement | null;
  const list = document.getElementById('pb-finder');
  const count = document.getElementById('pb-count');
  const none = document.getElementById('pb-none');
  if (!q || !l1 || !list || !count || !none) return;
  // What a reader can see of an entry is what the filter searches: title, path, definition, keywords.
  const items = [...list.querySelectorAll<HTMLLIElement>('li.pb-entry')].map((el) => ({
    el,
    text: [...el.querySelectorAll('a, code, p')].map((n) => n.textContent ?? '').join(' \u0001 ').toLowerCase().normalize('NFKC'),
    l1: el.dataset.l1 ?? '',
  }));
  const template = count.dataset.template ?? '{n}/{total}';
  const total = items.length;

  const apply = (push: boolean) => {
    const t0 = performance.now();
    const words = q.value.toLowerCase().normalize('NFKC').split(/\s+/).filter(Boolean);
    const facet = l1.value;
    let shown = 0;
    for (const it of items) {
      const ok = (!facet || it.l1 === facet) && words.every((w) => it.text.includes(w));
      it.el.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = template.replace('{n}', String(shown)).replace('{total}', String(total));
    none.hidden = shown > 0;
    if (push) {
      const url = new URL(location.href);
      q.value ? url.searchParams.set('q', q.value) : url.searchParams.delete('q');
      facet ? url.searchParams.set('l1', facet) : url.searchParams.delete('l1');
      history.replaceState(null, '', url);
    }
    (window as unknown as { __finderLastMs?: number }).__finderLastMs = performance.now() - t0;
  };

  const params = new URLSearchParams(location.search);
  q.value = params.get('q') ?? '';
  l1.value = params.get('l1') ?? '';
  q.form?.addEventListener('submit', (e) => e.preventDefault());
  q.addEventListener('input', () => apply(true));
  l1.addEventListener('change', () => apply(true));
  apply(false);

  for (const b of list.querySelectorAll<HTMLButtonElement>('button.pb-copy')) {
    b.hidden = false;
    b.addEventListener('click', async () => {
      const path = b.closest('li')?.querySelector('code')?.textContent ?? '';
      try {
        await navigator.clipboard.writeText(path);
      } catch {
        const ta = document.createElement('textarea');
        ta.value = path;
        document.body.append(ta);
        ta.select();
        document.execCommand('copy');
        ta.remove();
      }
      const label = b.firstChild;
      if (label) {
        const old = label.textContent;
        label.textContent = list.dataset.done ?? 'Copied';
        setTimeout(() => (label.textContent = old), 1500);
      }
    });
  }
}
