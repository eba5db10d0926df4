/** The DocFX importer end to end on the real corpus: import → check → build → breadcrumbs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, OUT, read, ROOT } from '../helpers/build.ts';
import { between, texts } from '../helpers/html.ts';
import { NO_SHARED, PLAYBOOK } from '../helpers/corpus.ts';

const target = join(OUT, 'imported');

test('importing the shared DocFX playbook, checking and building it', { skip: NO_SHARED }, async (t) => {
  rmSync(target, { recursive: true, force: true });
  const imp = spawnSync(process.execPath, ['scripts/import-docfx.ts', PLAYBOOK, '--out', target, '--force'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(imp.status, 0, imp.stderr);

  await t.test('input files = imported + reported', () => {
    const report = JSON.parse(readFileSync(`${target}.import-report.json`, 'utf8'));
    const s = report.summary;
    assert.equal(s.inputFiles, s.imported + s.notImported);
    assert.equal(s.inputFiles, 163);
    assert.deepEqual(s.pagesPerLocale, { de: 69, en: 69 });
  });

  await t.test('check reports only real problems of that content (pinned by rule)', () => {
    const r = spawnSync(process.execPath, ['scripts/check.ts', target, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const out = JSON.parse(r.stdout);
    const byRule: Record<string, number> = {};
    for (const d of out.diagnostics) byRule[d.rule] = (byRule[d.rule] ?? 0) + 1;
    console.log('findings on the imported corpus:', JSON.stringify(byRule));
    // Every remaining rule is a real problem of the corpus (see README "Importing"): missing
    // images, broken links, links that are not links, unknown owner aliases, German-only pages,
    // statuses whose L1 page the DocFX playbook never had, and German pages that are not a
    // translation of this English edition (other sections, rows, items: i18n/parity-*).
    const allowed = new Set(['image/missing', 'link/missing-file', 'link/broken', 'link/unknown-target', 'link/absolute', 'schema/unknown-owner', 'i18n/no-source', 'taxonomy/unknown-parent', 'toc/unknown-page', 'i18n/parity-sections', 'i18n/parity-rows', 'i18n/parity-items', 'i18n/parity-target']);
    for (const rule of Object.keys(byRule)) assert.ok(allowed.has(rule), `unexpected finding kind ${rule}`);
    assert.equal(byRule['page/duplicate-url'], undefined, 'English copies in the German folder are not imported');
    // The importer lists these errors in playbook-baseline.json: check reports each as a known
    // warning (naming its baseline line) and passes.
    assert.equal(r.status, 0, `check passes on the fresh import: ${out.errors} error(s)`);
    assert.equal(out.errors, 0);
    const known = out.diagnostics.filter((d: { message: string }) => /\[known: .*playbook-baseline\.json:\d+\]$/.test(d.message));
    assert.ok(known.length >= 50, `known findings: ${known.length}`);
    assert.ok(known.every((d: { severity: string }) => d.severity === 'warning'));
    for (const rule of ['image/missing', 'link/broken', 'taxonomy/unknown-parent']) assert.ok(known.some((d: { rule: string }) => d.rule === rule), rule);
  });

  await t.test('a problem added after the import is an error again', () => {
    const page = join(target, 'en', 'l1l2l3-blocked.md');
    const before = readFileSync(page, 'utf8');
    try {
      writeFileSync(page, `${before}\nSee [the new page](l1l2l3-blocked-nowhere.md).\n`);
      const r = spawnSync(process.execPath, ['scripts/check.ts', target], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 1);
      assert.match(r.stdout, /en\/l1l2l3-blocked\.md:\d+:\d+ error link\/broken link "l1l2l3-blocked-nowhere\.md"/);
      assert.match(r.stdout, /: 1 errors, /);
    } finally {
      writeFileSync(page, before);
    }
  });

  await t.test('the imported playbook builds; a German L2 reads Blocked › its L2', () => {
    const b = buildSite({ name: 'imported', content: target, env: { PLAYBOOK_BUILD_WITH_ERRORS: '0' } });
    assert.equal(b.status, 0, b.output.slice(-3000));
    const html = read(b.dir, 'de/l1l2l3-blocked-legal-regulatory/index.html');
    const crumbs = texts(between(html, /<nav class="pb-breadcrumbs/, '</nav>'), 'li');
    assert.equal(crumbs.length, 3, crumbs.join(' › '));
    assert.equal(crumbs[1], 'Blocked');
    assert.match(crumbs[2]!, /Legal\/Regulatory/);
    // non-taxonomy pages keep the TOC's sections and order in the sidebar
    const phase = read(b.dir, 'en/phase-initiate/index.html');
    const toc = between(phase, /<div class="toc-nav/, '</div>');
    assert.match(toc, /aria-current="page"[^>]*>Initiate Phase</);
    const order = [...toc.matchAll(/>([^<>]+)<\/(?:a|span)>/g)].map((m) => m[1]);
    assert.ok(order.indexOf('Lifecycle Phases') < order.indexOf('Initiate Phase'), order.join(' | '));
  });
});
