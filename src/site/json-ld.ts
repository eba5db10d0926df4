/** schema.org JSON-LD of the taxonomy: a DefinedTerm per status page, a DefinedTermSet per locale home. */
import { site } from './corpus.ts';
import { absoluteUrl, recordOf, recordsFor } from './status-data.ts';
import { localeInfo } from '../core/locales.ts';
import type { StatusRecord } from '../core/status-data.ts';
import { inLocaleOrDefault } from '../core/fallback.ts';

/** Above this many statuses the set lists only its L1s and L2s: a home page must not grow with the site. */
const MAX_LISTED_TERMS = 200;

const langOf = (locale: string) => localeInfo(locale)?.lang ?? locale;
const setId = (locale: string) => `${absoluteUrl(`${site().config.base}${locale}/`)}#statuses`;
/** JSON for a <script> element: `<` escaped so no text can close the element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

const term = (r: StatusRecord, locale: string) => ({
  '@type': 'DefinedTerm',
  '@id': r.url,
  name: r.name,
  termCode: r.id,
  ...(r.aliases.length ? { alternateName: r.aliases } : {}),
  inDefinedTermSet: setId(locale),
});

export function definedTermJsonLd(locale: string, id: string): string | undefined {
  const r = recordOf(locale, id);
  return r
    ? scriptJson({
        '@context': 'https://schema.org',
        ...term(r, locale),
        inLanguage: langOf(locale),
      })
    : undefined;
}

export function definedTermSetJsonLd(locale: string): string | undefined {
  const records = recordsFor(locale);
  if (!records.length) return undefined;
  const { corpus, config } = site();
  const home = inLocaleOrDefault(locale, corpus.defaultLocale, (l) =>
    corpus.get(l, 'index'),
  )?.value;
  const listed =
    records.length <= MAX_LISTED_TERMS ? records : records.filter((r) => r.level !== 'L3');
  return scriptJson({
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': setId(locale),
    name: home?.meta?.title ?? config.siteTitle,
    description: home?.meta?.description,
    inLanguage: langOf(locale),
    url: absoluteUrl(`${config.base}${locale}/statuses.json`),
    hasDefinedTerm: listed.map((r) => ({
      '@type': 'DefinedTerm',
      '@id': r.url,
      name: r.name,
      termCode: r.id,
    })),
  });
}
