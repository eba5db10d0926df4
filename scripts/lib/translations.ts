/**
 * npm run translations -- mark <locale>/<id> … | mark <locale> --all | mark --all
 *                      | accept <id> …       (an English change that needs no translation, e.g. a typo)
 *                      | status
 * [--content <dir>] [--date YYYY-MM-DD]
 * Records the English sections a translation covers in content/<locale>/_translations.lock.json
 * (src/core/freshness.ts); `check` then reports the sections that changed in English since.
 */
import { parseArgs as parseNodeArgs } from 'node:util';
import { loadContent, type Corpus } from '../../src/core/corpus.ts';
import { formatSectionsBehind } from '../../src/core/coverage.ts';
import { lockEntryFor, type LockFile } from '../../src/core/freshness.ts';

export const USAGE = `usage:
  npm run translations -- mark <locale>/<id> [<locale>/<id> …]   record that these translations match their English page now
  npm run translations -- mark <locale> --all                      … every translation of a locale
  npm run translations -- mark --all                               … every translation of every locale
  npm run translations -- accept <id> [<id> …]                     the English change needs no translation (a typo fix): accept it for every marked translation
  npm run translations -- status                                   translations behind their English sections
options: --content <dir> (default content), --date YYYY-MM-DD (default today)`;

export interface Outcome {
  code: number;
  out: string[];
  /** Lock files to write, by locale. */
  locks: Map<string, LockFile>;
}

const today = () => new Date().toISOString().slice(0, 10);

export function runTranslations(
  argv: string[],
  load: (dir: string) => Corpus = (d) => loadContent(d, { audience: 'internal' }),
): Outcome {
  const fail = (message: string): Outcome => ({
    code: 2,
    out: [`error: ${message}`, '', USAGE],
    locks: new Map(),
  });
  let parsed;
  try {
    parsed = parseNodeArgs({
      args: argv,
      allowPositionals: true,
      options: {
        all: { type: 'boolean', default: false },
        content: { type: 'string', default: 'content' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return fail((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, out: [USAGE], locks: new Map() };
  const [command, ...targets] = positionals;
  const date = values.date ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return fail(`--date must be YYYY-MM-DD, not "${date}"`);
  const corpus = load(values.content);
  const en = corpus.defaultLocale;
  const locks = new Map<string, LockFile>();
  const lockOf = (locale: string) => {
    let l = locks.get(locale);
    if (!l)
      locks.set(
        locale,
        (l = structuredClone(corpus.locks.get(locale)) ?? { version: 1, pages: {} }),
      );
    return l;
  };
  const translations = corpus.pages.filter(
    (p) =>
      p.meta &&
      p.locale !== en &&
      !p.meta.original &&
      corpus.pages.some((s) => s.locale === en && s.id === p.id && s.meta),
  );
  const sourceOf = (id: string) => corpus.pages.find((s) => s.locale === en && s.id === id)!;
  const out: string[] = [];

  if (command === 'status') return { code: 0, out: [formatSectionsBehind(corpus)], locks };

  if (command === 'mark') {
    let chosen = translations;
    if (values.all) {
      if (targets.length > 1 || targets.some((t) => t.includes('/')))
        return fail('with --all, name at most one locale (mark de --all)');
      if (targets[0]) chosen = translations.filter((p) => p.locale === targets[0]);
      if (!chosen.length)
        return fail(`no translations found${targets[0] ? ` in "${targets[0]}"` : ''}`);
    } else {
      if (!targets.length)
        return fail('name the translations to mark (de/l1l2l3-blocked), or use --all');
      chosen = [];
      for (const t of targets) {
        const [locale, ...rest] = t
          .replace(/\.md$/, '')
          .replace(/^content\//, '')
          .split('/');
        const p = translations.find((x) => x.locale === locale && x.id === rest.join('/'));
        if (!p)
          return fail(
            `"${t}" is not a translation with an English page (write <locale>/<id>, e.g. de/l1l2l3-blocked)`,
          );
        chosen.push(p);
      }
    }
    for (const p of chosen) {
      const src = sourceOf(p.id);
      lockOf(p.locale).pages[p.id] = lockEntryFor(src, src.meta!.date, date);
    }
    out.push(
      `marked ${chosen.length} translation(s) as matching their English page: ${[...new Set(chosen.map((p) => p.locale))].join(', ')}`,
    );
    return { code: 0, out, locks };
  }

  if (command === 'accept') {
    if (!targets.length)
      return fail(
        'name the English pages whose change needs no translation (accept l1l2l3-blocked)',
      );
    for (const raw of targets) {
      const id = raw.replace(/\.md$/, '').replace(/^(content\/)?en\//, '');
      if (!corpus.pages.some((s) => s.locale === en && s.id === id))
        return fail(`"${raw}" is not an English page id`);
      const src = sourceOf(id);
      const marked = translations.filter(
        (p) => p.id === id && corpus.locks.get(p.locale)?.pages[id],
      );
      for (const p of marked) {
        const previous = corpus.locks.get(p.locale)!.pages[id]!;
        // The translation was reviewed when it was marked; only the English hashes move on.
        lockOf(p.locale).pages[id] = { ...lockEntryFor(src, src.meta!.date, previous.marked) };
      }
      out.push(
        `${id}: accepted the English change for ${marked.length} marked translation(s)${marked.length ? ` (${marked.map((p) => p.locale).join(', ')})` : ''}`,
      );
    }
    return { code: 0, out, locks };
  }
  return fail(command ? `unknown command "${command}"` : 'name a command: mark, accept or status');
}
