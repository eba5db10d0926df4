/** Built-HTML assertions on our own fixture trees: DocFX Markdown, includes, audiences, XSS, reproducibility, page size. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allText } from '../helpers/site-checks.ts';
import { buildSite, listFiles, read } from '../helpers/build.ts';
import { between } from '../helpers/html.ts';

const FX = 'tests/fixtures/site';
const MARKER = 'ZQX-INTERNAL-MARKER-7731';

test('DocFX alerts become Starlight asides of the matching kind, with translated titles', () => {
  const b = buildSite({ name: 'fx-partner', content: FX });
  assert.equal(b.status, 0, b.output.slice(-2000));
  const html = read(b.dir, 'en/l1l2l3-alpha-one/index.html');
  const kinds = [
    ...html.matchAll(/<aside aria-label="([^"]+)" class="starlight-aside starlight-aside--(\w+)"/g),
  ].map((m) => `${m[2]}:${m[1]}`);
  assert.deepEqual(kinds, [
    'note:Note',
    'tip:Tip',
    'note:Important',
    'caution:Warning',
    'danger:Caution',
  ]);
  assert.doesNotMatch(html, /\[!NOTE\]/);
});

test('[!INCLUDE] inlines the file; its headings get ids; links and anchors are rewritten', () => {
  const b = buildSite({ name: 'fx-partner', content: FX });
  const html = read(b.dir, 'en/l1l2l3-alpha-one/index.html');
  assert.match(html, /INCLUDED-TEXT-4471 comes from an include file/);
  assert.match(html, /<h2 id="included-heading"/);
  assert.doesNotMatch(html, /\[!INCLUDE/);
  assert.match(html, /<td><a href="\/en\/l1l2l3-beta\/">Beta<\/a><\/td>/, 'status cell linked');
  assert.match(html, /href="#invalid-example-scenarios"/);
  assert.match(
    read(b.dir, 'en/l1l2l3-beta/index.html'),
    /href="\/en\/l1l2l3-alpha-one\/#questions-to-ask"/,
  );
});

test('partner build contains no internal page in any form; the internal build does', () => {
  const partner = buildSite({ name: 'fx-partner', content: FX });
  const internal = buildSite({ name: 'fx-internal', content: FX, audience: 'internal' });
  assert.equal(internal.status, 0, internal.output.slice(-2000));
  const leaks = [...allText(partner.dir)]
    .filter(([, text]) => text.includes(MARKER) || text.includes('l1l2l3-beta-internal'))
    .map(([f]) => f);
  assert.deepEqual(leaks, [], 'no file of the partner build mentions the internal page');
  const found = [...allText(internal.dir)]
    .filter(([, text]) => text.includes(MARKER))
    .map(([f]) => f);
  assert.ok(
    found.some((f) => f.startsWith('en/l1l2l3-beta-internal/')),
    'internal page built',
  );
  assert.ok(
    found.some((f) => f.startsWith('pagefind/')),
    'internal page indexed for search in the internal build',
  );
  assert.ok(
    found.some((f) => f.includes('status-finder')),
    'internal page in the internal status finder',
  );
  // The data files are probed too: in the internal build they hold the internal status.
  const internalFiles = allText(internal.dir);
  for (const f of [
    'en/statuses.json',
    'en/statuses.csv',
    'statuses.json',
    'en/llms.txt',
    'en/llms-full.txt',
  ]) {
    assert.ok(
      internalFiles.get(f)?.includes('l1l2l3-beta-internal'),
      `${f} of the internal build lists the internal status`,
    );
    assert.ok(allText(partner.dir).has(f), `${f} is built for partners too`);
  }
  // the status index file of each audience: the internal status only in the internal one
  const indexOf = (dir: string) =>
    [...allText(dir)].filter(([f]) => /^en\/status-index-[0-9a-f]+\.json$/.test(f));
  assert.equal(
    indexOf(partner.dir).length,
    1,
    'the partner build has an English status index file',
  );
  assert.ok(
    !indexOf(partner.dir)[0]![1].includes('l1l2l3-beta-internal'),
    'no internal status in the partner status index',
  );
  assert.ok(
    indexOf(internal.dir)[0]![1].includes('l1l2l3-beta-internal'),
    'the internal status index holds the internal status',
  );
});

test('hostile Markdown is neutralised at build (and rejected by check)', () => {
  const b = buildSite({
    name: 'fx-xss',
    content: 'tests/fixtures/xss',
    env: { PLAYBOOK_BUILD_WITH_ERRORS: '1' },
  });
  assert.equal(b.status, 0, b.output.slice(-2000));
  const html = read(b.dir, 'en/l1l2l3-untrusted/index.html');
  const body = between(html, /<div class="sl-markdown-content/, '</main>');
  assert.ok(body.includes('Text after.'), 'page rendered');
  // The site's own module scripts (files under /_astro/, e.g. the feedback widget's) are not from content.
  assert.doesNotMatch(body, /<script(?![^>]*\ssrc="\/_astro\/)/i);
  assert.doesNotMatch(body, /<iframe/i);
  assert.doesNotMatch(body, /<style/i);
  assert.doesNotMatch(body, /<img[^>]*onerror/i);
  assert.doesNotMatch(body, /<a\b[^>]*href="\s*(javascript|data):/i);
  assert.match(body, /&lt;script&gt;/, 'raw HTML is shown as text');
});

test('two builds of the same content are byte-identical', () => {
  const a = buildSite({ name: 'fx-partner', content: FX });
  const b = buildSite({ name: 'fx-partner-again', content: FX });
  assert.equal(b.status, 0);
  const hash = (dir: string) =>
    new Map(
      listFiles(dir)
        .filter((f) => f !== '.test-run')
        .map((f) => [
          f,
          createHash('sha256')
            .update(readFileSync(join(dir, f)))
            .digest('hex'),
        ]),
    );
  const ha = hash(a.dir);
  const hb = hash(b.dir);
  assert.deepEqual([...ha.keys()], [...hb.keys()], 'same files');
  const differ = [...ha].filter(([f, h]) => hb.get(f) !== h).map(([f]) => f);
  assert.deepEqual(differ, [], 'same bytes');
});

function sizeTree(otherL2s: number): string {
  const dir = mkdtempSync(join(tmpdir(), `pb-size-${otherL2s}-`));
  mkdirSync(join(dir, 'en'));
  const fm = (title: string, extra: string) =>
    `---\ntitle: ${title}\ndescription: ${title} described in one sentence for lists.\nms.date: 11/20/2026\nft.audience: partner\n${extra}---\n`;
  writeFileSync(join(dir, 'en', 'index.md'), `${fm('Home', '')}Home.\n`);
  writeFileSync(join(dir, 'en', 'a.md'), `${fm('Status A', 'ft.level: L1\nft.order: 1\n')}A.\n`);
  writeFileSync(join(dir, 'en', 'b.md'), `${fm('Status B', 'ft.level: L1\nft.order: 2\n')}B.\n`);
  writeFileSync(
    join(dir, 'en', 'a-target.md'),
    `${fm('Target reason', 'ft.level: L2\nft.parent: a\nft.order: 1\n')}## Definition\n\nThe page we measure.\n`,
  );
  for (let i = 0; i < otherL2s; i++) {
    writeFileSync(
      join(dir, 'en', `b-reason-${i}.md`),
      `${fm(`Reason number ${i}`, `ft.level: L2\nft.parent: b\nft.order: ${i + 1}\n`)}Text ${i}.\n`,
    );
  }
  return dir;
}

test('a page does not grow with other branches: 20 vs 2,000 L2s under another L1 differ ≤ 5 %', () => {
  const small = sizeTree(20);
  const large = sizeTree(2000);
  try {
    const s = buildSite({
      name: 'fx-size-20',
      content: small,
      env: { PLAYBOOK_BUILD_WITH_ERRORS: '0' },
    });
    const l = buildSite({ name: 'fx-size-2000', content: large });
    assert.equal(s.status, 0, s.output.slice(-2000));
    assert.equal(l.status, 0, l.output.slice(-2000));
    const bs = Buffer.byteLength(read(s.dir, 'en/a-target/index.html'));
    const bl = Buffer.byteLength(read(l.dir, 'en/a-target/index.html'));
    const diff = Math.abs(bl - bs) / bs;
    console.log(
      `L2 page bytes: ${bs} (20 other L2s) vs ${bl} (2,000 other L2s): ${(diff * 100).toFixed(2)} %`,
    );
    assert.ok(diff <= 0.05, `differ by ${(diff * 100).toFixed(2)} %`);
  } finally {
    rmSync(small, { recursive: true, force: true });
    rmSync(large, { recursive: true, force: true });
  }
});

test('pages in = pages out, per locale and audience', async () => {
  const { loadContent } = await import('../../src/core/corpus.ts');
  const { existsSync, readdirSync } = await import('node:fs');
  for (const audience of ['partner', 'internal'] as const) {
    const b = buildSite({
      name: audience === 'partner' ? 'fx-partner' : 'fx-internal',
      content: FX,
      audience,
    });
    const corpus = loadContent(FX, { audience });
    for (const locale of ['en', 'de']) {
      const expected = corpus.pages
        .filter((p) => p.visible && p.locale === locale)
        .map((p) => p.slug)
        .sort();
      // built pages of the locale that are its own (not fallbacks of the default locale)
      const builtOwn = readdirSync(join(b.dir, locale))
        .filter(
          (d) =>
            existsSync(join(b.dir, locale, d, 'index.html')) &&
            !['404', 'print', 'status-finder'].includes(d) &&
            !d.endsWith('.md'),
        )
        .filter((d) => read(b.dir, `${locale}/${d}/index.html`).includes('data-pagefind-body'));
      if (read(b.dir, `${locale}/index.html`).includes('data-pagefind-body'))
        builtOwn.push('index');
      assert.deepEqual(builtOwn.sort(), expected, `${audience}/${locale}`);
    }
  }
});

test('a broken link or anchor fails the build with the checker’s own message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pb-broken-'));
  try {
    mkdirSync(join(dir, 'en'));
    const fm =
      '---\ntitle: Home\ndescription: Home page.\nms.date: 11/20/2026\nft.audience: partner\n---\n';
    writeFileSync(
      join(dir, 'en', 'index.md'),
      `${fm}\nSee [gone](l1l2l3-gone.md) and [here](#nowhere).\n`,
    );
    const b = buildSite({ name: 'fx-broken', content: dir });
    assert.notEqual(b.status, 0, 'build must fail');
    assert.match(
      b.output,
      /en\/index\.md:8:5 error link\/broken link "l1l2l3-gone\.md" goes to no page/,
    );
    assert.match(
      b.output,
      /en\/index\.md:8:\d+ error link\/anchor no heading "#nowhere" on this page/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
