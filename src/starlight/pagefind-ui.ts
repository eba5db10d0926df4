/**
 * Pagefind's UI as Starlight's search dialog builds it, with our defaults. Starlight constructs
 * `new PagefindUI({...})` itself and offers no way to pass other options, so astro.config.mjs
 * aliases the bare `@pagefind/default-ui` import to this module.
 *
 * - debounceTimeoutMs: Pagefind waits 300 ms after the last keystroke before it even starts to
 *   search; 100 ms keeps results within 300 ms of the last keystroke (tests/e2e/search.test.ts).
 * - translations: the npm build of @pagefind/default-ui 1.5 bundles Svelte's server runtime, whose
 *   `onMount` does nothing, so the UI never picks its strings from <html lang> and stays English
 *   ("2 results for VPN" on a German page). We pass Pagefind's own strings (MIT, pagefind_ui/
 *   translations/*.json) for our languages; Starlight's (the placeholder) still win.
 * - The search field has only a placeholder and a title, no label (axe: label-title-only): it gets
 *   an aria-label, the same words.
 * - ranking: Starlight's own ranking weights. Starlight passes them from its `pagefind` option, but
 *   astro.config.mjs turns that option off (our post-build step builds the index), so Starlight
 *   passes none; src/starlight/search-ranking.ts holds its defaults.
 */
// @ts-ignore: the package ships no types (Starlight's own import says the same).
import { PagefindUI as Base } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { STARLIGHT_RANKING } from './search-ranking.ts';
import type { LocaleTable } from '../site/locale-strings.ts';

type UiStrings = Record<string, string>;

// Keyed by Pagefind's language names (`pt`, `zh-cn`), looked up by BCP-47 tag below: not forLocale,
// and only a type import, so the browser bundle does not grow.
const STRINGS: LocaleTable<UiStrings> = {
  en: {
    clear_search: 'Clear',
    load_more: 'Load more results',
    search_label: 'Search this site',
    filters_label: 'Filters',
    zero_results: 'No results for [SEARCH_TERM]',
    many_results: '[COUNT] results for [SEARCH_TERM]',
    one_result: '[COUNT] result for [SEARCH_TERM]',
    alt_search: 'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead',
    search_suggestion: 'No results for [SEARCH_TERM]. Try one of the following searches:',
    searching: 'Searching for [SEARCH_TERM]...',
  },
  de: {
    clear_search: 'Löschen',
    load_more: 'Mehr Ergebnisse laden',
    search_label: 'Suche diese Seite',
    filters_label: 'Filter',
    zero_results: 'Keine Ergebnisse für [SEARCH_TERM]',
    many_results: '[COUNT] Ergebnisse für [SEARCH_TERM]',
    one_result: '[COUNT] Ergebnis für [SEARCH_TERM]',
    alt_search:
      'Keine Ergebnisse für [SEARCH_TERM]. Stattdessen werden Ergebnisse für [DIFFERENT_TERM] angezeigt',
    search_suggestion:
      'Keine Ergebnisse für [SEARCH_TERM]. Versuchen Sie eine der folgenden Suchen:',
    searching: 'Suche nach [SEARCH_TERM] …',
  },
  es: {
    clear_search: 'Limpiar',
    load_more: 'Ver más resultados',
    search_label: 'Buscar en este sitio',
    filters_label: 'Filtros',
    zero_results: 'No se encontraron resultados para [SEARCH_TERM]',
    many_results: '[COUNT] resultados encontrados para [SEARCH_TERM]',
    one_result: '[COUNT] resultado encontrado para [SEARCH_TERM]',
    alt_search:
      'No se encontraron resultados para [SEARCH_TERM]. Mostrando en su lugar resultados para [DIFFERENT_TERM]',
    search_suggestion:
      'No se encontraron resultados para [SEARCH_TERM]. Prueba una de las siguientes búsquedas:',
    searching: 'Buscando [SEARCH_TERM]...',
  },
  pt: {
    clear_search: 'Limpar',
    load_more: 'Ver mais resultados',
    search_label: 'Pesquisar',
    filters_label: 'Filtros',
    zero_results: 'Nenhum resultado encontrado para [SEARCH_TERM]',
    many_results: '[COUNT] resultados encontrados para [SEARCH_TERM]',
    one_result: '[COUNT] resultado encontrado para [SEARCH_TERM]',
    alt_search:
      'Nenhum resultado encontrado para [SEARCH_TERM]. Exibindo resultados para [DIFFERENT_TERM]',
    search_suggestion:
      'Nenhum resultado encontrado para [SEARCH_TERM]. Tente uma das seguintes pesquisas:',
    searching: 'Pesquisando por [SEARCH_TERM]...',
  },
  ja: {
    clear_search: 'クリア',
    load_more: '次を読み込む',
    search_label: 'このサイトを検索',
    filters_label: 'フィルタ',
    zero_results: '[SEARCH_TERM]の検索に一致する情報はありませんでした',
    many_results: '[SEARCH_TERM]の[COUNT]件の検索結果',
    one_result: '[SEARCH_TERM]の[COUNT]件の検索結果',
    alt_search:
      '[SEARCH_TERM]の検索に一致する情報はありませんでした。[DIFFERENT_TERM]の検索結果を表示しています',
    search_suggestion:
      '[SEARCH_TERM]の検索に一致する情報はありませんでした。次のいずれかの検索を試してください',
    searching: '[SEARCH_TERM]を検索しています',
  },
  'zh-cn': {
    clear_search: '清除',
    load_more: '加载更多结果',
    search_label: '站内搜索',
    filters_label: '筛选',
    zero_results: '未找到 [SEARCH_TERM] 的相关结果',
    many_results: '找到 [COUNT] 个 [SEARCH_TERM] 的相关结果',
    one_result: '找到 [COUNT] 个 [SEARCH_TERM] 的相关结果',
    alt_search: '未找到 [SEARCH_TERM] 的相关结果。改为显示 [DIFFERENT_TERM] 的相关结果',
    search_suggestion: '未找到 [SEARCH_TERM] 的相关结果。请尝试以下搜索。',
    searching: '正在搜索 [SEARCH_TERM]...',
  },
};

/** Strings for a BCP-47 tag: exact (zh-cn), then the language alone (pt-BR → pt), else English. */
export function uiStrings(lang: string): UiStrings & { language: string } {
  const tag = lang.toLowerCase();
  const key = tag in STRINGS ? tag : tag.split('-')[0]!;
  const found = STRINGS[key];
  return found ? { language: lang, ...found } : { language: 'en', ...STRINGS.en };
}

/** The UI built for each element: the dialog may ask for it before Starlight's idle callback does. */
const built = new WeakMap<Element, PagefindUI>();

/**
 * Loads Pagefind and all its filters for the UI on `element` (when the search dialog opens), with
 * the options the UI itself will pass, and searches again once they are in. Pagefind's UI starts
 * loading its filters when the field gets focus but does not wait for them: a search that runs
 * first lists only the filters loaded by then, and the panel keeps that list (CI saw "Ebene"
 * without "L1-Status" for good when a filter file came late).
 */
export function warmSearch(element: Element | null): Promise<void> {
  const ui = element ? built.get(element) : undefined;
  return ui ? ui.warm() : Promise.resolve();
}

/** The UI's filter panel on `root` shows fewer filters than Pagefind has (or none at all). */
function panelLacksFilters(root: Element | undefined, filterCount: number): boolean {
  const shown = root?.querySelectorAll('details.pagefind-ui__filter-block').length ?? 0;
  return shown < filterCount;
}

export class PagefindUI extends Base {
  // No initialisers: the constructor may return before super() (an element's existing UI).
  private warming?: Promise<void>;
  private pagefindOptions!: Record<string, unknown>;
  private bundlePath!: string;
  private root?: Element;
  /** The base UI's own method (the package ships no types): search again with these filters. */
  declare triggerFilters: (filters: Record<string, string[]>) => void;

  constructor(opts: { translations?: UiStrings } & Record<string, unknown>) {
    const lang = document.documentElement.lang || 'en';
    const translations = { ...uiStrings(lang), ...opts.translations };
    const root =
      typeof opts.element === 'string' ? document.querySelector(opts.element) : opts.element;
    const existing = root instanceof Element ? built.get(root) : undefined;
    if (existing) return existing; // built once per element (a derived constructor may return another object)
    const uiOpts: Record<string, unknown> = {
      debounceTimeoutMs: 100,
      ranking: STARLIGHT_RANKING,
      ...opts,
      translations,
    };
    const bundlePath = typeof uiOpts.bundlePath === 'string' ? uiOpts.bundlePath : '/pagefind/';
    const excerptLength = Number(uiOpts.excerptLength) || (uiOpts.showSubResults ? 12 : 30); // as the UI computes it
    super(uiOpts);
    // The UI has removed its own keys from uiOpts: what is left is what it passes to Pagefind.
    this.pagefindOptions = { ...uiOpts, excerptLength };
    this.bundlePath = bundlePath.endsWith('/') ? bundlePath : `${bundlePath}/`;
    if (root instanceof Element) {
      built.set(root, this);
      this.root = root;
    }
    // Svelte has rendered the form synchronously.
    const input =
      root instanceof Element ? root.querySelector('input.pagefind-ui__search-input') : null;
    const label = translations.placeholder ?? translations.search_label;
    if (input && label && !input.hasAttribute('aria-label'))
      input.setAttribute('aria-label', label);
  }

  /** Pagefind loaded, configured and all filters in (once). */
  warm(): Promise<void> {
    this.warming ??= (async () => {
      const pagefind = await import(/* @vite-ignore */ `${this.bundlePath}pagefind.js`);
      await pagefind.options(this.pagefindOptions);
      const filters: Record<string, unknown> = await pagefind.filters();
      // A search that ran before the filters were in listed only some of them, and the UI keeps
      // that list: search again (same words, no filter chosen yet), now with every filter. Only
      // then: a search again blanks the results for a moment, which a reader sees as a flicker.
      const input = this.root?.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
      if (
        input?.value.trim() &&
        !this.root?.querySelector('input.pagefind-ui__filter-checkbox:checked') &&
        panelLacksFilters(this.root, Object.keys(filters).length)
      )
        this.triggerFilters({});
    })().catch(() => {
      // the UI reports a Pagefind that cannot load when it tries itself
    });
    return this.warming;
  }
}
