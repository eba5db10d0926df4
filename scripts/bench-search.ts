/**
 * npm run bench:search [-- --dist <built site>] [--queries tests/bench/search-queries.tsv] [--no-browser] [--out test-results/bench-search.md]
 * npm run bench:search -- --from-content [content folder] [--queries …] [--first]
 *
 * Does a search find the right status? Runs our query set (tests/bench/search-queries.tsv: what
 * partners type, in six languages, four kinds) against a built partner site — built here into
 * test-results/builds/bench-search unless --dist names one — and reports, per locale and per
 * kind, top-1, top-3, MRR and queries with no result, for two engines:
 *   finder  the status index (src/core/status-index.ts) loaded from the built site's index
 *           files, in Node: the same code and files the status finder runs in the browser;
 *   dialog  the search dialog in Chromium on the built site: its "Statuses" group first, then
 *           Pagefind's page results (a status page found twice counts at its first place).
 * Also: each locale's index file size (gzip), the finder's and the dialog group's time per
 * keystroke in Chromium under a 4× CPU throttle (CDP), and the dialog's time from the last
 * keystroke to its results. Writes the tables to test-results/bench-search.md.
 *
 * --from-content builds the status index files from the content folder in memory (no site build,
 * no browser): the finder's figures in seconds, for authors trying out keywords and synonyms.
 * --first also lists the queries whose right status is not ranked first. A held-out set (a file
 * named *holdout*) gets its totals only; --show-misses lists its misses too.
 *
 * "No result": the finder had to fall back to its closest statuses (nothing matched); in the
 * dialog, that and no Pagefind result either. Goal per locale: ≥ 95 % top-3, ≥ 85 % first,
 * ≤ 2 % no result.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadStatusIndex, RELEVANT_SHARE, type StatusSearch } from '../src/core/status-index.ts';
import type { StatusIndexFile } from '../src/core/status-index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const LOCALES = ['en', 'de', 'es', 'pt-br', 'ja', 'zh-cn'];
const KINDS = ['kw', 'syn', 'typo', 'sit'] as const;
const KIND_NAME: Record<string, string> = {
  kw: 'keyword',
  syn: 'other words',
  typo: 'misspelling',
  sit: 'situation',
};
const GOAL = { top3: 0.95, top1: 0.85, none: 0.02 };

interface Query {
  locale: string;
  kind: string;
  target: string;
  text: string;
  line: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The query file: `@code<TAB>id` lines name the statuses, then `locale kind code query`. */
export function readQueries(file: string): Query[] {
  const codes = new Map<string, string>();
  const out: Query[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (!line.trim() || line.startsWith('#')) return;
      const cells = line.split('\t');
      if (line.startsWith('@')) {
        codes.set(cells[0]!.slice(1), `l1l2l3-${cells[1]}`);
        return;
      }
      const [locale, kind, code, text] = cells;
      const target = codes.get(code ?? '');
      if (
        !locale ||
        !LOCALES.includes(locale) ||
        !kind ||
        !(KINDS as readonly string[]).includes(kind) ||
        !target ||
        !text?.trim()
      ) {
        throw new Error(
          `${file}:${i + 1}: expected "locale<TAB>kind<TAB>status code<TAB>query" with a known locale, kind (${KINDS.join(', ')}) and @-code, got: ${line}`,
        );
      }
      out.push({ locale, kind, target, text: text.trim(), line: i + 1 });
    });
  return out;
}

interface Outcome {
  q: Query;
  /** Status ids (or other page ids) in the order shown. */
  ranked: string[];
  none: boolean;
  ms?: number;
}

interface Score {
  n: number;
  top1: number;
  top3: number;
  mrr: number;
  none: number;
}

function score(list: Outcome[]): Score {
  const s = { n: list.length, top1: 0, top3: 0, mrr: 0, none: 0 };
  for (const o of list) {
    const rank = o.ranked.indexOf(o.q.target) + 1;
    if (rank === 1) s.top1++;
    if (rank >= 1 && rank <= 3) s.top3++;
    if (rank >= 1 && rank <= 10) s.mrr += 1 / rank;
    if (o.none) s.none++;
  }
  return s;
}

const pct = (x: number, n: number) => (n ? `${((100 * x) / n).toFixed(0)} %` : '–');

/** The status index file (JSON text) of each locale of a built site. */
function indexFiles(dist: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const locale of LOCALES) {
    const dir = join(dist, locale);
    const f = existsSync(dir)
      ? readdirSync(dir).find((n) => /^status-index-[0-9a-f]+\.json$/.test(n))
      : undefined;
    if (f) out.set(locale, readFileSync(join(dir, f), 'utf8'));
  }
  return out;
}

/** The same files, built from a content folder with the core (what the site would write, without its UI strings). */
async function indexFilesFromContent(contentDir: string): Promise<Map<string, string>> {
  const { loadContent } = await import('../src/core/corpus.ts');
  const { statusDocuments } = await import('../src/core/status-docs.ts');
  const { buildStatusIndex } = await import('../src/core/status-index.ts');
  const corpus = loadContent(contentDir, { audience: 'partner' });
  const out = new Map<string, string>();
  for (const locale of LOCALES) {
    if (!corpus.locales.includes(locale)) continue;
    out.set(
      locale,
      JSON.stringify(
        buildStatusIndex(
          statusDocuments(corpus, locale, (n) => n.id),
          locale,
          corpus.synonyms.get(locale),
        ),
      ),
    );
  }
  return out;
}

function runFinder(queries: Query[], files: Map<string, string>): Outcome[] {
  const engines = new Map<string, StatusSearch>();
  for (const [locale, json] of files)
    engines.set(locale, loadStatusIndex(JSON.parse(json) as StatusIndexFile));
  return queries.map((q) => {
    const e = engines.get(q.locale);
    if (!e) return { q, ranked: [], none: true };
    const t0 = performance.now();
    const a = e.search(q.text, { limit: 10, relevant: RELEVANT_SHARE }); // as the finder lists them
    return {
      q,
      ranked: a.hits.map((h) => h.status.id),
      none: a.closest,
      ms: performance.now() - t0,
    };
  });
}

const idOf = (href: string) =>
  href
    .replace(/[#?].*$/, '')
    .replace(/\/$/, '')
    .split('/')
    .pop() ?? '';

async function runBrowser(
  queries: Query[],
  dist: string,
): Promise<{
  outcomes: Outcome[];
  keystrokes: Record<string, { finder: number[]; dialog: number[] }>;
}> {
  const { launch } = await import('../tests/helpers/browser.ts');
  const { serve } = await import('../tests/helpers/serve.ts');
  const server = await serve(resolve(dist));
  const browser = await launch();
  const outcomes: Outcome[] = [];
  const keystrokes: Record<string, { finder: number[]; dialog: number[] }> = {};
  try {
    for (const locale of LOCALES) {
      const mine = queries.filter((q) => q.locale === locale);
      if (!mine.length) continue;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}/${locale}/`);
      await page.bringToFront();
      await page.locator('button[data-open-modal]:not([disabled])').click();
      const input = page.locator('#starlight__search .pagefind-ui__search-input');
      await input.waitFor({ timeout: 15_000 });
      await page.waitForSelector('.pb-status-group[data-ready]', {
        state: 'attached',
        timeout: 15_000,
      });
      for (const q of mine) {
        await input.fill('');
        const t0 = Date.now();
        await input.fill(q.text);
        // Pagefind has answered for this text (its message names the query) and drawn its titles.
        await page
          .waitForFunction(
            (text) => {
              const root = document.querySelector('#starlight__search');
              const msg =
                root?.querySelector('.pagefind-ui__results-area > .pagefind-ui__message')
                  ?.textContent ?? '';
              if (!msg.includes(text)) return false;
              const items = [...(root?.querySelectorAll('li.pagefind-ui__result') ?? [])];
              return items.every(
                (li) =>
                  !li.querySelector('.pagefind-ui__loading') &&
                  !!li.querySelector('a.pagefind-ui__result-link')?.textContent?.trim(),
              );
            },
            q.text,
            { timeout: 10_000 },
          )
          .catch(() => undefined);
        const ms = Date.now() - t0;
        const r = await page.evaluate(() => {
          const group = document.querySelector<HTMLElement>('.pb-status-group');
          const statuses =
            group && !group.hidden
              ? [...group.querySelectorAll<HTMLAnchorElement>('a.pb-status-link')].map(
                  (a) => a.getAttribute('href') ?? '',
                )
              : [];
          const closest = !!group && !group.querySelector<HTMLElement>('.pb-status-note')!.hidden;
          const pages = [
            ...document.querySelectorAll<HTMLAnchorElement>(
              '#starlight__search li.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > a.pagefind-ui__result-link',
            ),
          ].map((a) => a.getAttribute('href') ?? '');
          return { statuses, closest, pages };
        });
        const ranked: string[] = [];
        for (const id of [...r.statuses, ...r.pages].map(idOf))
          if (!ranked.includes(id)) ranked.push(id);
        outcomes.push({ q, ranked, none: r.closest && r.pages.length === 0, ms });
      }
      // Time per keystroke under a 4× CPU throttle: the dialog's status group, then the finder.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const sample = mine.filter((_, i) => i % 3 === 0).slice(0, 12);
      const dialog: number[] = [];
      for (const q of sample) {
        await input.fill('');
        for (const ch of q.text) {
          await page.evaluate(
            () =>
              ((window as unknown as { __statusGroupLastMs?: number }).__statusGroupLastMs =
                undefined),
          );
          await input
            .press(ch === ' ' ? 'Space' : ch)
            .catch(async () => input.pressSequentially(ch));
          const ms = await page.evaluate(
            () => (window as unknown as { __statusGroupLastMs?: number }).__statusGroupLastMs,
          );
          if (typeof ms === 'number') dialog.push(ms);
        }
      }
      await page.goto(`${server.url}/${locale}/status-finder/`);
      await page.waitForSelector('#pb-finder[data-ready]', { state: 'attached', timeout: 15_000 });
      const finder: number[] = [];
      for (const q of sample) {
        await page.fill('#pb-q', '');
        for (const ch of q.text) {
          await page.evaluate(
            () => ((window as unknown as { __finderLastMs?: number }).__finderLastMs = undefined),
          );
          await page.locator('#pb-q').pressSequentially(ch);
          const ms = await page.evaluate(
            () => (window as unknown as { __finderLastMs?: number }).__finderLastMs,
          );
          if (typeof ms === 'number') finder.push(ms);
        }
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      keystrokes[locale] = { finder, dialog };
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { outcomes, keystrokes };
}

const quantile = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};

function table(title: string, rows: [string, Score][]): string {
  const lines = [
    `### ${title}`,
    '',
    '| | queries | top-1 | top-3 | MRR | no result |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const [name, s] of rows)
    lines.push(
      `| ${name} | ${s.n} | ${pct(s.top1, s.n)} | ${pct(s.top3, s.n)} | ${s.n ? (s.mrr / s.n).toFixed(2) : '–'} | ${s.none} (${pct(s.none, s.n)}) |`,
    );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const queriesFile = resolve(arg('queries') ?? join(ROOT, 'tests/bench/search-queries.tsv'));
  const outFile = resolve(arg('out') ?? join(ROOT, 'test-results/bench-search.md'));
  const queries = readQueries(queriesFile);
  const fromContent = process.argv.includes('--from-content');
  let dist = arg('dist');
  let files: Map<string, string>;
  let source: string;
  if (fromContent) {
    const next = arg('from-content');
    const contentDir = resolve(next && !next.startsWith('--') ? next : join(ROOT, 'content'));
    files = await indexFilesFromContent(contentDir);
    source = `content ${contentDir.replace(ROOT + '/', '')} (finder only, no build)`;
  } else {
    if (!dist) {
      dist = join(ROOT, 'test-results/builds/bench-search');
      console.log(`building the partner site into ${dist} …`);
      const r = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
        {
          cwd: ROOT,
          stdio: ['ignore', 'ignore', 'inherit'],
          env: {
            ...process.env,
            PLAYBOOK_AUDIENCE: 'partner',
            PLAYBOOK_CACHE_DIR: join(ROOT, 'test-results/cache/bench-search'),
            ASTRO_TELEMETRY_DISABLED: '1',
          },
        },
      );
      if (r.status !== 0) throw new Error('the build failed (see above)');
    }
    files = indexFiles(dist);
    source = `site ${dist.replace(ROOT + '/', '')}`;
  }
  if (!files.size)
    throw new Error(
      `${fromContent ? 'the content folder' : dist} has no status index files (<locale>/status-index-<hash>.json): is it a build of this project?`,
    );

  // Every status of each locale should have queries (ids from that locale's index).
  const coverage: string[] = [];
  for (const [locale, json] of files) {
    const ids = (JSON.parse(json) as StatusIndexFile).statuses.map((s) => s.id);
    const asked = new Set(queries.filter((q) => q.locale === locale).map((q) => q.target));
    const missing = ids.filter((id) => !asked.has(id));
    const unknown = [...asked].filter((id) => !ids.includes(id));
    if (missing.length || unknown.length)
      coverage.push(
        `- ${locale}: ${missing.length ? `no query for ${missing.join(', ')}` : ''}${unknown.length ? ` targets not in the index: ${unknown.join(', ')}` : ''}`,
      );
  }

  const finder = runFinder(queries, files);
  const browser =
    fromContent || process.argv.includes('--no-browser')
      ? undefined
      : await runBrowser(queries, dist!);

  const md: string[] = [
    `# Status search benchmark`,
    '',
    `${queries.length} queries (${queriesFile.replace(ROOT + '/', '')}), ${source}, ${new Date().toISOString().slice(0, 16)}Z.`,
    '',
  ];
  md.push('## Right status, per locale', '');
  for (const [name, list] of [
    ['finder (status index)', finder],
    ...(browser
      ? [['search dialog (Statuses group, then Pagefind)', browser.outcomes] as const]
      : []),
  ] as const) {
    const rows: [string, Score][] = LOCALES.map((l) => [
      l,
      score(list.filter((o) => o.q.locale === l)),
    ]);
    rows.push(['**all**', score(list)]);
    md.push(table(name, rows), '');
    const kinds: [string, Score][] = KINDS.map((k) => [
      KIND_NAME[k]!,
      score(list.filter((o) => o.q.kind === k)),
    ]);
    md.push(table(`${name}, per kind`, kinds), '');
  }
  md.push(
    '## Index and speed',
    '',
    '| locale | index file | gzip | finder per keystroke, 4× throttle: median / p95 / max | dialog group per keystroke, 4× throttle: median / p95 / max | dialog: typed → results (median / p95) | finder in Node per query (median) |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const l of LOCALES) {
    const f = files.get(l);
    if (!f) continue;
    const buf = Buffer.from(f);
    const k = browser?.keystrokes[l];
    const fmt = (xs?: number[]) =>
      xs?.length
        ? `${quantile(xs, 0.5).toFixed(1)} / ${quantile(xs, 0.95).toFixed(1)} / ${Math.max(...xs).toFixed(1)} ms`
        : '–';
    const dialogMs = browser?.outcomes.filter((o) => o.q.locale === l).map((o) => o.ms!) ?? [];
    const nodeMs = finder.filter((o) => o.q.locale === l).map((o) => o.ms!);
    md.push(
      `| ${l} | ${(buf.length / 1024).toFixed(1)} KB | ${(gzipSync(buf, { level: 9 }).length / 1024).toFixed(1)} KB | ${fmt(k?.finder)} | ${fmt(k?.dialog)} | ${dialogMs.length ? `${quantile(dialogMs, 0.5)} / ${quantile(dialogMs, 0.95)} ms` : '–'} | ${quantile(nodeMs, 0.5).toFixed(2)} ms |`,
    );
  }
  md.push(
    '',
    `Goal per locale: ≥ ${GOAL.top3 * 100} % top-3, ≥ ${GOAL.top1 * 100} % first, ≤ ${GOAL.none * 100} % no result; ≤ 50 ms per keystroke (4× throttle); index ≤ 40 KB gzip.`,
    '',
  );
  if (coverage.length)
    md.push(
      'Statuses without a query, or queries for statuses the index lacks:',
      '',
      ...coverage,
      '',
    );
  const worst = process.argv.includes('--first') ? 0 : 2;
  const misses = (list: Outcome[], name: string) => {
    const bad = list.filter(
      (o) => o.ranked.indexOf(o.q.target) < 0 || o.ranked.indexOf(o.q.target) > worst,
    );
    if (!bad.length) return;
    md.push(
      `<details><summary>${name}: ${bad.length} queries without the right status ${worst ? 'in the top 3' : 'first'}</summary>`,
      '',
      '| line | locale | kind | query | expected | got (top 3) |',
      '|---:|---|---|---|---|---|',
    );
    for (const o of bad)
      md.push(
        `| ${o.q.line} | ${o.q.locale} | ${o.q.kind} | ${o.q.text} | ${o.q.target.replace('l1l2l3-', '')} | ${
          o.ranked
            .slice(0, 3)
            .map((r) => r.replace('l1l2l3-', ''))
            .join(', ') || '(none)'
        } |`,
      );
    md.push('', '</details>', '');
  };
  // A held-out set is for measuring: its queries are not listed unless asked for, so that nobody
  // tunes on them by accident.
  const heldOut = /holdout/i.test(basename(queriesFile)) && !process.argv.includes('--show-misses');
  if (heldOut)
    md.push(
      `${basename(queriesFile)} is a held-out set: its misses are not listed (\`--show-misses\` lists them; then it is no longer held out).`,
      '',
    );
  else {
    misses(finder, 'finder');
    if (browser) misses(browser.outcomes, 'dialog');
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, md.join('\n'));
  console.log(md.join('\n'));
}

await main();
