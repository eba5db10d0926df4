/**
 * Section-level freshness on a built site: a translation marked with `npm run translations`, whose
 * English page then changed in one section, tells its readers which English section changed, in
 * their language, with a link to it; an unchanged translation says nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, read, ROOT } from '../helpers/build.ts';
import { writeLockFile } from '../../src/core/freshness.ts';
import { runTranslations } from '../../scripts/lib/translations.ts';

const dir = mkdtempSync(join(tmpdir(), 'freshness-'));
cpSync(join(ROOT, 'tests/fixtures/helper'), dir, { recursive: true });
const marked = runTranslations(['mark', '--all', '--content', dir, '--date', '2026-12-01']);
for (const [locale, lock] of marked.locks) writeLockFile(dir, locale, lock);
const en = join(dir, 'en/l1l2l3-blocked-network-proxy.md');
writeFileSync(
  en,
  readFileSync(en, 'utf8').replace(
    'Fixture text for Proxy.',
    'Fixture text for Proxy, now with a second clause.',
  ),
);
const build = buildSite({ name: 'freshness', content: dir });

test('the reader of a translation behind its English page sees which section changed, linked', () => {
  assert.equal(build.status, 0, build.output.slice(-3000));
  const de = read(build.dir, 'de/l1l2l3-blocked-network-proxy/index.html');
  assert.match(
    de,
    /<aside class="pb-behind[^>]*>\s*<p[^>]*>Die englische Seite wurde am 20\.11\.2026 in diesen Abschnitten geändert/,
  );
  assert.match(
    de,
    /<li lang="en"[^>]*><a href="\/en\/l1l2l3-blocked-network-proxy\/#definition"[^>]*>Definition<\/a><\/li>/,
  );
  assert.match(read(build.dir, 'ja/l1l2l3-blocked-network-proxy/index.html'), /英語版のページは/);
  assert.doesNotMatch(
    read(build.dir, 'de/l1l2l3-blocked-network-bandwidth/index.html'),
    /pb-behind/,
  );
  assert.doesNotMatch(read(build.dir, 'en/l1l2l3-blocked-network-proxy/index.html'), /pb-behind/);
});
