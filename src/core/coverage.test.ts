import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadContent } from './corpus.ts';
import { coverage, formatCoverage } from './coverage.ts';

const md = (date: string, audience = 'partner', extra = '') =>
  `---\ntitle: T\ndescription: D\nms.date: ${date}\nft.audience: ${audience}\n${extra}---\n\nText.\n`;

function corpusOf(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'coverage-'));
  try {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
    return loadContent(root, { displayBase: root });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('pages, missing and stale per locale, in LOCALES order', () => {
  const c = corpusOf({
    'en/a.md': md('3/1/2024'),
    'en/b.md': md('3/1/2024'),
    'en/c.md': md('3/1/2024'),
    'en/internal.md': md('3/1/2024', 'internal'),
    'de/a.md': md('3/1/2024'),
    'de/b.md': md('1/1/2024'),
    'de/extra.md': md('1/1/2024'),
    'ja/c.md': md('1/1/2020', 'partner', 'ft.original: yes\n'),
  });
  const rows = coverage(c);
  assert.deepEqual(
    rows.map((r) => r.locale),
    ['en', 'de', 'es', 'pt-br', 'ja', 'zh-cn'],
  );
  assert.deepEqual(rows[0], { locale: 'en', pages: 3, missing: [], stale: [] });
  assert.deepEqual(rows[1], { locale: 'de', pages: 3, missing: ['c'], stale: ['b'] });
  assert.deepEqual(rows[2], { locale: 'es', pages: 0, missing: ['a', 'b', 'c'], stale: [] });
  assert.deepEqual(rows[4], { locale: 'ja', pages: 1, missing: ['a', 'b'], stale: [] }); // ft.original: not a translation
});

test('formatCoverage: a Markdown table with counts', () => {
  const t = formatCoverage([
    { locale: 'en', pages: 3, missing: [], stale: [] },
    { locale: 'de', pages: 2, missing: ['c'], stale: ['a', 'b'] },
  ]);
  assert.equal(
    t,
    [
      '| locale | pages | missing | stale |',
      '|---|---:|---:|---:|',
      '| en | 3 | 0 | 0 |',
      '| de | 2 | 1 | 2 |',
    ].join('\n'),
  );
});
