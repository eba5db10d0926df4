import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatLastUpdated } from './dates.ts';

test('the same text as Starlight’s toLocaleDateString(lang, { dateStyle: medium, timeZone: UTC })', () => {
  const dates = [
    new Date('2026-11-20T00:00:00Z'),
    new Date('2019-02-01T00:00:00Z'),
    new Date('2026-12-31T00:00:00Z'),
  ];
  for (const lang of ['en', 'de', 'es', 'pt-BR', 'ja', 'zh-CN']) {
    for (const d of dates)
      assert.equal(
        formatLastUpdated(d, lang),
        d.toLocaleDateString(lang, { dateStyle: 'medium', timeZone: 'UTC' }),
        `${lang} ${d.toISOString()}`,
      );
  }
  assert.equal(formatLastUpdated(dates[0]!, 'de'), '20.11.2026');
});
