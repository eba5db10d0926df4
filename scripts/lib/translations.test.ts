import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadContent } from '../../src/core/corpus.ts';
import { writeLockFile } from '../../src/core/freshness.ts';
import { runTranslations } from './translations.ts';

const FIXTURE = resolve(import.meta.dirname, '../../tests/fixtures/helper');

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'translations-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}
function run(dir: string, ...argv: string[]) {
  const r = runTranslations([...argv, '--content', dir, '--date', '2026-12-01']);
  for (const [locale, lock] of r.locks) writeLockFile(dir, locale, lock);
  return r;
}
const stale = (dir: string) =>
  loadContent(dir, { audience: 'internal', displayBase: dir })
    .diagnostics.filter((d) => d.rule.startsWith('i18n/'))
    .map((d) => `${d.file}:${d.line} ${d.rule}`);

test('mark, change an English section, check names the section in each marked translation; accept clears it', () => {
  const dir = tree();
  assert.equal(run(dir, 'mark', 'de/l1l2l3-blocked-legal').code, 0);
  assert.equal(run(dir, 'mark', 'ja', '--all').code, 0);
  assert.deepEqual(stale(dir), []);
  const en = join(dir, 'en/l1l2l3-blocked-legal.md');
  writeFileSync(
    en,
    readFileSync(en, 'utf8').replace(
      '| The proxy blocks the sign-in page. | Proxy |',
      '| The proxy blocks every sign-in page. | Proxy |',
    ),
  );
  // de/…-legal and ja/…-legal are marked: their table section is behind. de/…-proxy is not marked: judged by date, as before.
  assert.deepEqual(stale(dir), [
    'de/l1l2l3-blocked-legal.md:15 i18n/section-stale',
    'ja/l1l2l3-blocked-legal.md:15 i18n/section-stale',
  ]);
  const accepted = run(dir, 'accept', 'l1l2l3-blocked-legal');
  assert.match(
    accepted.out.join('\n'),
    /accepted the English change for 2 marked translation\(s\) \(de, ja\)/,
  );
  assert.deepEqual(stale(dir), []);
});

test('refuses what it cannot do, with the usage', () => {
  const dir = tree();
  const r = run(dir, 'mark', 'de/l1l2l3-nope');
  assert.equal(r.code, 2);
  assert.match(r.out[0]!, /"de\/l1l2l3-nope" is not a translation/);
  assert.equal(run(dir, 'frobnicate').code, 2);
  assert.equal(run(dir, 'mark').code, 2);
  assert.match(run(dir, 'status').out.join(''), /No translation is behind/);
});
