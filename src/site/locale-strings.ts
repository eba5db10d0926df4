/**
 * The shape of every table of UI strings (our own pages' words, the status search's, Pagefind's):
 * one entry per locale, English always there, and one rule for a locale a table lacks: English.
 * Each concern keeps its own table (strings.ts, search-strings.ts); this module is what they share.
 */

/** UI strings of type `T` per locale folder; `en` is required, it is the fallback. */
export type LocaleTable<T> = { readonly en: T } & Readonly<Record<string, T>>;

/** The entry of `locale`, else the English one. */
export function forLocale<T>(table: LocaleTable<T>, locale: string): T {
  return table[locale] ?? table.en;
}
