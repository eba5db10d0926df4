/**
 * "The page in this locale, else the default locale's": the one rule for what a locale shows
 * where it has no translation of its own. The taxonomy, the link resolver, the scaffold, the
 * sidebar, the page context and the one-page view all ask this function.
 */

/** What a locale shows for something, and whether that is the default locale's (a fallback). */
export interface Shown<T> {
  value: T;
  /** True when the value is the default locale's, standing in for a missing translation. */
  fallback: boolean;
}

/** The locales whose pages `locale` shows, in the order they are looked in: its own, then the default's. */
export function fallbackChain(locale: string, defaultLocale: string): string[] {
  return locale === defaultLocale ? [locale] : [locale, defaultLocale];
}

/**
 * `find(locale)` in `locale`, else in `defaultLocale` (marked as fallback); undefined when
 * neither has it. The default locale itself has no fallback.
 */
export function inLocaleOrDefault<T>(
  locale: string,
  defaultLocale: string,
  find: (locale: string) => T | undefined,
): Shown<T> | undefined {
  for (const l of fallbackChain(locale, defaultLocale)) {
    const value = find(l);
    if (value !== undefined) return { value, fallback: l !== locale };
  }
  return undefined;
}
