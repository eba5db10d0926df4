/** What the llms.txt routes need from the site: the records, the tools of a locale and page bodies with absolute links. */
import { llmsFullTxt, llmsTxt, type LlmsLink } from '../core/llms-txt.ts';
import { pageHref } from '../core/links.ts';
import { site } from './corpus.ts';
import { helperFor } from './helper-data.ts';
import { absoluteUrl, recordsFor } from './status-data.ts';
import { strings } from './strings.ts';
import { inLocaleOrDefault } from '../core/fallback.ts';

const MD_LINK = /(!?)\[([^\]]*)\]\(\s*([^)\s]+)(\s+"[^"]*")?\s*\)/g;

/** A page body with every link made absolute (as the site rewrites it); unsafe links keep only their text. */
export function bodyWithAbsoluteLinks(locale: string, id: string): string {
  const { corpus, config } = site();
  const tax = corpus.taxonomies.get(locale);
  const node = tax?.byId.get(id);
  const page = node ? corpus.get(node.page.locale, node.id) : undefined;
  if (!page) return '';
  return page.body.replace(MD_LINK, (_whole, bang: string, text: string, url: string) => {
    const r = corpus.resolve(page, url);
    const to =
      r.kind === 'page'
        ? absoluteUrl(pageHref(locale, r.target.slug, config.base, r.anchor))
        : r.kind === 'route'
          ? absoluteUrl(`${config.base}${locale}/${r.path}/`)
          : r.kind === 'asset'
            ? absoluteUrl(`${config.base}_content/${r.path}`)
            : r.kind === 'external'
              ? url
              : r.kind === 'anchor'
                ? `${absoluteUrl(pageHref(locale, page.slug, config.base))}#${r.anchor}`
                : undefined;
    return to ? `${bang}[${text}](${to})` : text;
  });
}

function homeOf(locale: string): { title: string; summary: string } {
  const { corpus, config } = site();
  const home = inLocaleOrDefault(locale, corpus.defaultLocale, (l) =>
    corpus.get(l, 'index'),
  )?.value;
  return {
    title: home?.meta?.title ?? config.siteTitle,
    summary: home?.meta?.description ?? config.siteTitle,
  };
}

export function localeLlmsTxt(locale: string): string {
  const { config } = site();
  const t = strings(locale);
  const at = (p: string) => absoluteUrl(`${config.base}${locale}/${p}`);
  const home = homeOf(locale);
  const helper = helperFor(locale);
  const tools: LlmsLink[] = [
    { title: t.statusFinder, url: at('status-finder/'), note: t.finderIntro },
    ...(helper
      ? [{ title: helper.labels.title, url: at('which-status/'), note: helper.labels.intro }]
      : []),
    { title: t.dataJson, url: at('statuses.json') },
    { title: t.dataCsv, url: at('statuses.csv') },
  ];
  return llmsTxt({
    title: home.title,
    summary: home.summary,
    records: recordsFor(locale),
    tools: { heading: t.tools, links: tools },
    optional: [{ title: t.llmsFull, url: at('llms-full.txt') }],
  });
}

export function localeLlmsFullTxt(locale: string): string {
  const records = recordsFor(locale);
  return llmsFullTxt(
    homeOf(locale).title,
    records.map((record) => ({ record, markdown: bodyWithAbsoluteLinks(locale, record.id) })),
  );
}

/** `/llms.txt`: the site and one entry per locale's llms.txt. */
export function rootLlmsTxt(): string {
  const { corpus, config } = site();
  const locales = corpus.locales.map((l) => ({
    title: `${homeOf(l).title} (${l})`,
    url: absoluteUrl(`${config.base}${l}/llms.txt`),
    note: homeOf(l).summary,
  }));
  return `# ${config.siteTitle}\n\n> ${homeOf(corpus.defaultLocale).summary}\n\n## Languages\n\n${locales.map((l) => `- [${l.title}](${l.url}): ${l.note}`).join('\n')}\n`;
}
