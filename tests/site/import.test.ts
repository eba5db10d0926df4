/**
 * The DocFX importer end to end: the fixture playbook (always) and the real corpus (when
 * ../shared is there): import → check → build → one heading per page, titles in the page's
 * language, every changed title in the report, redirects only from the DocFX addresses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, listFiles, OUT, read, ROOT } from '../helpers/build.ts';
import { between, texts } from '../helpers/html.ts';
import { NO_SHARED, PLAYBOOK } from '../helpers/corpus.ts';
import { parseFrontMatter } from '../../src/core/frontmatter.ts';
import { idToSlug } from '../../src/core/links.ts';

const target = join(OUT, 'imported');

interface ReportPage {
  file: string;
  locale: string;
  id: string;
  out: string;
  title?: { before: string; after: string; why: string };
}
interface ImportReport {
  pages: ReportPage[];
  findings: { file: string; kind: string; message: string }[];
  summary: { titlesChangedPerLocale: Record<string, number> };
}

/** Text of the built page's <h1> elements, entities decoded. */
const h1Of = (html: string) =>
  texts(html, 'h1').map((t) =>
    t.replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!,
    ),
  );
const clean = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const builtFile = (p: { locale: string; id: string }) =>
  p.id === 'index' ? `${p.locale}/index.html` : `${p.locale}/${idToSlug(p.id)}/index.html`;

/** The edition's own top heading of a DocFX page: its body's first line when that is a `# `. */
function ownHeading(input: string, file: string): string | undefined {
  const body = parseFrontMatter(readFileSync(join(input, file), 'utf8')).body;
  const first = body.split('\n').find((l) => l.trim() !== '');
  return first && /^#\s/.test(first) ? first.replace(/^#\s+/, '').trim() : undefined;
}

/**
 * On a built import: every page has one <h1>; it is the page's own heading where the DocFX page
 * had one, so in the page's language; a title still in another language is a finding of the
 * report; every title that differs from the front matter the DocFX page had is in the report.
 */
function assertTitles(
  input: string,
  dist: string,
  report: ImportReport,
): { pages: number; changed: Record<string, number> } {
  let pages = 0;
  const untranslated = new Set(
    report.findings.filter((f) => f.kind === 'title').map((f) => f.file),
  );
  for (const p of report.pages) {
    const file = builtFile(p);
    if (!existsSync(join(dist, file))) continue; // not built for the partner audience
    const html = read(dist, file);
    const h1 = h1Of(html);
    assert.equal(h1.length, 1, `${file}: ${h1.length} <h1> (${h1.join(' | ')})`);
    const own = ownHeading(input, p.file);
    const source = parseFrontMatter(readFileSync(join(input, p.file), 'utf8')).data.title as string;
    // In the page's language: where the edition's heading differs from the English page's, so does the title.
    const en =
      p.locale === 'en' ? undefined : report.pages.find((e) => e.locale === 'en' && e.id === p.id);
    const ownEn = en && ownHeading(input, en.file);
    if (
      en &&
      own &&
      ownEn &&
      clean(own) !== clean(ownEn) &&
      !untranslated.has(p.file) &&
      existsSync(join(dist, builtFile(en)))
    ) {
      assert.notEqual(
        h1[0],
        h1Of(read(dist, builtFile(en)))[0],
        `${file}: title in ${p.locale}, not the English one`,
      );
      assert.equal(h1[0], clean(own), `${file}: the edition's own heading is the title`);
    }
    if (h1[0] !== source.trim())
      assert.equal(
        p.title?.before,
        source,
        `${file}: title "${source}" → "${h1[0]}" is in the report`,
      );
    if (p.title) assert.equal(p.title.after, h1[0], `${file}: the report's title is the built one`);
    pages++;
  }
  return { pages, changed: report.summary.titlesChangedPerLocale };
}

test("importing the DocFX fixture and building it: one <h1> per page, titles in the page's language, redirects from the DocFX addresses", () => {
  const input = resolve(ROOT, 'tests/fixtures/docfx/partner-mini');
  const out = join(OUT, 'imported-fixture');
  rmSync(out, { recursive: true, force: true });
  const imp = spawnSync(
    process.execPath,
    ['scripts/import-docfx.ts', input, '--out', out, '--force'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(imp.status, 0, imp.stderr);
  const report = JSON.parse(readFileSync(`${out}.import-report.json`, 'utf8')) as ImportReport;
  const b = buildSite({
    name: 'imported-fixture',
    content: out,
    env: { PLAYBOOK_BUILD_WITH_ERRORS: '0' },
  });
  assert.equal(b.status, 0, b.output.slice(-3000));
  const { pages } = assertTitles(input, b.dir, report);
  assert.ok(pages >= 10, `${pages} pages looked at`);
  // German pages read German: the title, the sidebar and the breadcrumbs.
  const vendor = read(b.dir, 'de/l1l2l3-waiting-vendor/index.html');
  assert.deepEqual(texts(vendor, 'h1'), ['Anbieter']);
  assert.deepEqual(texts(between(vendor, /<nav class="pb-breadcrumbs/, '</nav>'), 'li').slice(1), [
    'Wartend',
    'Anbieter',
  ]);
  assert.doesNotMatch(
    between(vendor, /<div class="pb-sidebar/, '<div class="md:sl-hidden'),
    />\s*(Waiting|Vendor)\s*</,
    'no English label in the German sidebar',
  );
  assert.match(
    read(b.dir, 'de/guide-start/index.html'),
    /aria-current="page"[^>]*>Erste Schritte</,
    'TOC entry named "Getting started" in German toc.yml shows the page title',
  );
  // Redirects: exactly the DocFX files' addresses, three each.
  const map = JSON.parse(readFileSync(join(out, 'legacy-addresses.json'), 'utf8')) as Record<
    string,
    string
  >;
  assert.match(
    read(b.dir, 'german-playbook/l1l2l3-waiting-vendor-de.html'),
    /url=\/de\/l1l2l3-waiting-vendor\//,
  );
  assert.match(
    read(b.dir, 'german-playbook/l1l2l3-waiting-vendor-de.md/index.html'),
    /url=\/de\/l1l2l3-waiting-vendor\//,
  );
  assert.match(
    read(b.dir, 'de/l1l2l3-waiting-vendor-de.md/index.html'),
    /url=\/de\/l1l2l3-waiting-vendor\//,
  );
  assert.match(read(b.dir, 'english-playbook/l1l2l3-waiting.html'), /url=\/en\/l1l2l3-waiting\//);
  const stubs = listFiles(b.dir).filter(
    (f) =>
      f !== 'index.html' /* the site root's redirect to /en/ */ &&
      f.endsWith('.html') &&
      /http-equiv="refresh"/.test(read(b.dir, f)),
  );
  const visible = Object.values(map).filter((to) =>
    existsSync(
      join(b.dir, builtFile({ locale: to.split('/')[0]!, id: to.slice(to.indexOf('/') + 1) })),
    ),
  );
  assert.equal(stubs.length, visible.length * 3, stubs.join('\n'));
});

test(
  'importing the shared DocFX playbook, checking and building it',
  { skip: NO_SHARED },
  async (t) => {
    rmSync(target, { recursive: true, force: true });
    const imp = spawnSync(
      process.execPath,
      ['scripts/import-docfx.ts', PLAYBOOK, '--out', target, '--force'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(imp.status, 0, imp.stderr);

    await t.test('input files = imported + reported', () => {
      const report = JSON.parse(readFileSync(`${target}.import-report.json`, 'utf8'));
      const s = report.summary;
      assert.equal(s.inputFiles, s.imported + s.notImported);
      assert.equal(s.inputFiles, 163);
      assert.deepEqual(s.pagesPerLocale, { de: 69, en: 69 });
    });

    await t.test('check reports only real problems of that content (pinned by rule)', () => {
      const r = spawnSync(process.execPath, ['scripts/check.ts', target, '--format', 'json'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      const out = JSON.parse(r.stdout);
      const byRule: Record<string, number> = {};
      for (const d of out.diagnostics) byRule[d.rule] = (byRule[d.rule] ?? 0) + 1;
      console.log('findings on the imported corpus:', JSON.stringify(byRule));
      // Every remaining rule is a real problem of the corpus (see README "Importing"): missing
      // images, broken links, links that are not links, unknown owner aliases, German-only pages,
      // statuses whose L1 page the DocFX playbook never had, and German pages that are not a
      // translation of this English edition (other sections, rows, items: i18n/parity-*).
      const allowed = new Set([
        'image/missing',
        'link/missing-file',
        'link/broken',
        'link/unknown-target',
        'link/absolute',
        'schema/unknown-owner',
        'i18n/no-source',
        'taxonomy/unknown-parent',
        'toc/unknown-page',
        'i18n/parity-sections',
        'i18n/parity-rows',
        'i18n/parity-items',
        'i18n/parity-target',
      ]);
      for (const rule of Object.keys(byRule))
        assert.ok(allowed.has(rule), `unexpected finding kind ${rule}`);
      assert.equal(
        byRule['page/duplicate-url'],
        undefined,
        'English copies in the German folder are not imported',
      );
      // The importer lists these errors in playbook-baseline.json: check reports each as a known
      // warning (naming its baseline line) and passes.
      assert.equal(r.status, 0, `check passes on the fresh import: ${out.errors} error(s)`);
      assert.equal(out.errors, 0);
      const known = out.diagnostics.filter((d: { message: string }) =>
        /\[known: .*playbook-baseline\.json:\d+\]$/.test(d.message),
      );
      assert.ok(known.length >= 50, `known findings: ${known.length}`);
      assert.ok(known.every((d: { severity: string }) => d.severity === 'warning'));
      for (const rule of ['image/missing', 'link/broken', 'taxonomy/unknown-parent'])
        assert.ok(
          known.some((d: { rule: string }) => d.rule === rule),
          rule,
        );
    });

    await t.test('a problem added after the import is an error again', () => {
      const page = join(target, 'en', 'l1l2l3-blocked.md');
      const before = readFileSync(page, 'utf8');
      try {
        writeFileSync(page, `${before}\nSee [the new page](l1l2l3-blocked-nowhere.md).\n`);
        const r = spawnSync(process.execPath, ['scripts/check.ts', target], {
          cwd: ROOT,
          encoding: 'utf8',
        });
        assert.equal(r.status, 1);
        assert.match(
          r.stdout,
          /en\/l1l2l3-blocked\.md:\d+:\d+ error link\/broken link "l1l2l3-blocked-nowhere\.md"/,
        );
        assert.match(r.stdout, /: 1 errors, /);
      } finally {
        writeFileSync(page, before);
      }
    });

    await t.test(
      'the imported playbook builds; a German L2 reads Blockiert › its L2, in German',
      () => {
        const b = buildSite({
          name: 'imported',
          content: target,
          env: { PLAYBOOK_BUILD_WITH_ERRORS: '0' },
        });
        assert.equal(b.status, 0, b.output.slice(-3000));
        const html = read(b.dir, 'de/l1l2l3-blocked-legal-regulatory/index.html');
        const crumbs = texts(between(html, /<nav class="pb-breadcrumbs/, '</nav>'), 'li');
        assert.equal(crumbs.length, 3, crumbs.join(' › '));
        assert.equal(crumbs[1], 'Blockiert');
        assert.equal(crumbs[2], 'Gesetzlich/Regulatorisch');
        assert.deepEqual(texts(html, 'h1'), ['Gesetzlich/Regulatorisch']);
        const sidebar = between(
          read(b.dir, 'de/l1l2l3-blocked-customer-it-infrastructure-remediation/index.html'),
          /<div class="pb-sidebar/,
          '<div class="md:sl-hidden',
        );
        assert.match(sidebar, /aria-current="page"[^>]*>IT-Infrastruktur des Kunden, Korrektur/);
        assert.doesNotMatch(sidebar, /Customer IT Infrastructure/);
        const report = JSON.parse(
          readFileSync(`${target}.import-report.json`, 'utf8'),
        ) as ImportReport;
        const { pages, changed } = assertTitles(PLAYBOOK, b.dir, report);
        console.log(
          `imported corpus: ${pages} built pages with one <h1>; titles changed per locale: ${JSON.stringify(changed)}`,
        );
        assert.match(
          read(b.dir, 'de/phase-initiate/index.html'),
          /aria-current="page"[^>]*>Einleitungsphase</,
          'the German TOC entry "Initiate Phase" shows the German title',
        );
        // Redirects from the DocFX addresses, English ones too.
        assert.match(
          read(b.dir, 'english-playbook/l1l2l3-blocked.html'),
          /url=\/en\/l1l2l3-blocked\//,
        );
        assert.match(
          read(b.dir, 'german-playbook/l1l2l3-blocked-legal-regulatory-de.html'),
          /url=\/de\/l1l2l3-blocked-legal-regulatory\//,
        );
        // non-taxonomy pages keep the TOC's sections and order in the sidebar
        const phase = read(b.dir, 'en/phase-initiate/index.html');
        const toc = between(phase, /<div class="toc-nav/, '</div>');
        assert.match(toc, /aria-current="page"[^>]*>Initiate Phase</);
        const order = [...toc.matchAll(/>([^<>]+)<\/(?:a|span)>/g)].map((m) => m[1]);
        assert.ok(
          order.indexOf('Lifecycle Phases') < order.indexOf('Initiate Phase'),
          order.join(' | '),
        );
      },
    );
  },
);
