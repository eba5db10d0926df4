/**
 * The real `content/`, whatever it holds: its build is checked only by assertions that hold for
 * any valid content (tests/helpers/site-checks.ts) — pages in = pages out, link crawl, page
 * budgets, audience leak probe, every status reachable — never by its counts or titles. The tool's
 * own behaviour is tested on fixture trees (tests/site/site.test.ts, fixtures.test.ts).
 *
 * Proof that a valid content change keeps these green: a copy of `content/` with an L3 added in
 * es, an L2 renamed in de, an L3 deleted in ja (and an internal-only page for the leak probe) is
 * built and checked the same way; the same copy with a broken link fails the build with the
 * checker's message.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import {
  corpusOf,
  crawl,
  leaks,
  pageBudgets,
  pagesInPagesOut,
  unreachableStatuses,
} from '../helpers/site-checks.ts';
import type { Corpus } from '../../src/core/corpus.ts';

const CONTENT = join(ROOT, 'content');

/** The content-independent assertions, for one content folder and its partner build. */
function contentIndependent(
  label: string,
  content: string,
  build: () => BuildResult,
  markers: string[] = [],
): void {
  let b: BuildResult;
  let corpus: Corpus;
  const ready = () => {
    b ??= build();
    corpus ??= corpusOf(content);
    assert.equal(b.status, 0, b.output.slice(-3000));
    return { dist: b.dir, corpus };
  };
  test(`${label}: pages in = pages out, per locale`, () => {
    const { dist, corpus } = ready();
    assert.deepEqual(pagesInPagesOut(corpus, dist), []);
  });
  test(`${label}: link crawl — every internal href and src resolves to a file, every #fragment to an id`, () => {
    const { dist } = ready();
    const c = crawl(dist);
    console.log(
      `${label}: crawled ${c.pages} pages, ${c.checked} internal links (${c.icons} icons from their files): ${c.broken.length} broken`,
    );
    assert.ok(c.icons > c.pages, 'the pages draw their icons from the icon files');
    assert.deepEqual(c.broken.slice(0, 20), []);
  });
  test(`${label}: page budgets — ≤ 10 KB HTML, ≤ 30 KB JS, ≤ 20 KB CSS per page (gzip); the status finder ≤ 16 KB HTML`, () => {
    const { dist } = ready();
    const r = pageBudgets(dist);
    for (const l of r.largest) console.log(`${label}: ${l}`);
    assert.deepEqual(r.over, []);
  });
  test(`${label}: audience leak probe — nothing of a page hidden from partners is in the partner build`, () => {
    const { dist, corpus } = ready();
    assert.deepEqual(leaks(corpus, dist, markers), []);
  });
  test(`${label}: status index — one file per locale, ≤ 40 KB gzip, named by the finder and by the home's search dialog`, () => {
    const { dist } = ready();
    const locales = corpus.locales;
    const files = locales.flatMap((l) =>
      readdirSync(join(dist, l))
        .filter((f) => /^status-index-[0-9a-f]{10}\.json$/.test(f))
        .map((f) => `${l}/${f}`),
    );
    assert.deepEqual(
      files.map((f) => f.split('/')[0]),
      [...locales],
      'one index file per locale',
    );
    for (const f of files) {
      const size = gzipSync(readFileSync(join(dist, f))).length;
      assert.ok(size <= 40 * 1024, `${f}: ${size} bytes gzip > 40 KB`);
      const locale = f.split('/')[0]!;
      assert.ok(
        readFileSync(join(dist, locale, 'status-finder/index.html'), 'utf8').includes(
          `data-index="/${f}"`,
        ),
        `the ${locale} finder loads /${f}`,
      );
      assert.ok(
        readFileSync(join(dist, locale, 'index.html'), 'utf8').includes(`data-url="/${f}"`),
        `the ${locale} home's search dialog loads /${f}`,
      );
    }
  });
  test(`${label}: every status of every locale is reachable by links from the locale's home`, () => {
    const { dist, corpus } = ready();
    assert.deepEqual(unreachableStatuses(corpus, dist), []);
  });
}

contentIndependent('content/', CONTENT, () => buildSite({ name: 'site' }));

// --- the proof: valid changes of an author ---------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'pb-content-copy-'));
after(() => rmSync(work, { recursive: true, force: true }));
const copy = join(work, 'content');
cpSync(CONTENT, copy, { recursive: true });
const MARKER = 'ZQX-PROOF-INTERNAL-5512';
const changes = changeLikeAnAuthor(copy);

/**
 * An L3 added in es (the translation of an English L3 es lacks, or else a new one), an L2 renamed
 * in de, an L3 deleted in ja (an L2 when ja has no L3 of its own), an internal-only page. Picked
 * through the core, so it works whatever the content holds.
 */
function changeLikeAnAuthor(dir: string): string[] {
  const c = corpusOf(CONTENT);
  const level = (locale: string, l: string) =>
    c.pages.filter((p) => p.visible && p.locale === locale && p.meta?.level === l);
  const done: string[] = [];
  const esIds = new Set(c.pages.filter((p) => p.locale === 'es').map((p) => p.id));
  const enL3 = level('en', 'L3').find((p) => !esIds.has(p.id) && esIds.has(p.meta!.parent!));
  if (enL3) {
    // A faithful translation keeps the English structure; the title is the Spanish one.
    const text = readFileSync(join(dir, 'en', `${enL3.id}.md`), 'utf8').replace(
      /^title: .*$/m,
      `title: ${enL3.meta!.title} (es)`,
    );
    writeFileSync(join(dir, 'es', `${enL3.id}.md`), text);
    done.push(`es: added the L3 ${enL3.id}`);
  } else {
    const l2 = level('es', 'L2')[0]!;
    writeFileSync(
      join(dir, 'es', `${l2.id}-prueba.md`),
      `---\ntitle: Subrazón de prueba\ndescription: Una subrazón nueva.\nms.date: 11/24/2026\nft.audience: partner\nft.level: L3\nft.parent: ${l2.id}\nft.order: 99\n---\n\nTexto.\n`,
    );
    done.push(`es: added the L3 ${l2.id}-prueba`);
  }
  const deL2 = level('de', 'L2')[0]!;
  const deFile = join(dir, 'de', `${deL2.id}.md`);
  // Renamed as CONTRIBUTING says: the old name stays an alias, so tables that name it still find it.
  const oldTitle = deL2.meta!.title;
  writeFileSync(
    deFile,
    readFileSync(deFile, 'utf8')
      .replace(/^title: .*$/m, 'title: Umbenannter Grund')
      .replace(/^ft\.aliases: \[/m, `ft.aliases: [${JSON.stringify(oldTitle)}, `),
  );
  done.push(`de: renamed the L2 ${deL2.id}`);
  const jaGone = level('ja', 'L3')[0] ?? level('ja', 'L2').at(-1)!;
  rmSync(join(dir, 'ja', `${jaGone.id}.md`));
  done.push(`ja: deleted the ${jaGone.meta!.level} ${jaGone.id}`);
  writeFileSync(
    join(dir, 'en', 'internal-proof-note.md'),
    `---\ntitle: ${MARKER}\ndescription: Internal only.\nms.date: 11/24/2026\nft.audience: internal\n---\n\n${MARKER} must never reach partners.\n`,
  );
  done.push('en: added an internal-only page');
  return done;
}

test(`changed copy of content/: ${changes.join('; ')}`, () => {
  assert.equal(changes.length, 4);
  assert.ok(existsSync(join(copy, 'en', 'internal-proof-note.md')));
});
contentIndependent('changed copy', copy, () => buildSite({ name: 'content-copy', content: copy }), [
  MARKER,
]);

test("the changed copy with a broken link fails the build with the checker's message", () => {
  const broken = join(work, 'broken');
  cpSync(copy, broken, { recursive: true });
  const page = corpusOf(copy).pages.find(
    (p) => p.visible && p.locale === 'de' && p.meta?.level === 'L2',
  )!;
  const file = join(broken, 'de', `${page.id}.md`);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, `${text.trimEnd()}\n\nSiehe [fehlt](l1l2l3-gibt-es-nicht.md).\n`);
  const line = text.trimEnd().split('\n').length + 2;
  const b = buildSite({ name: 'content-copy-broken', content: broken });
  assert.notEqual(b.status, 0, 'the build must fail');
  assert.match(
    b.output,
    new RegExp(
      `de/${page.id}\\.md:${line}:7 error link/broken link "l1l2l3-gibt-es-nicht\\.md" goes to no page`,
    ),
  );
});
