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

/**
 * `find(locale)` in `locale`, else in `defaultLocale` (marked as fallback); undefined when
 * neither has it. The default locale itself has no fallback.
 */
export function inLocaleOrDefault<T>(locale: string, defaultLocale: string, find: (locale: string) => T | undefined): Shown<T> | undefined {
  const own = find(locale);
  if (own !== undefined) return { value: own, fallback: false };
  if (locale === defaultLocale) return undefined;
  const source = find(defaultLocale);
  return source === undefined ? undefined : { value: source, fallback: true };
}
