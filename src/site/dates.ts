/**
 * "Last updated" dates as Starlight shows them (medium date style, UTC, in the page's language),
 * with one Intl.DateTimeFormat per language: `Date#toLocaleDateString(lang, options)` builds a new
 * formatter on every call, which was the costliest single step of rendering a page.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatLastUpdated(date: Date, lang: string): string {
  let f = formats.get(lang);
  if (!f)
    formats.set(
      lang,
      (f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' })),
    );
  return f.format(date);
}
