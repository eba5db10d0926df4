import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES } from '../core/locales.ts';
import { forLocale } from './locale-strings.ts';
import { STRINGS, strings } from './strings.ts';
import { SEARCH_STRINGS, searchStrings } from './search-strings.ts';

test("forLocale: the locale's entry, else English", () => {
  const table = { en: { a: 'A' }, de: { a: 'Ä' } };
  assert.equal(forLocale(table, 'de').a, 'Ä');
  assert.equal(forLocale(table, 'xx').a, 'A');
  assert.equal(strings('xx'), STRINGS.en);
  assert.equal(searchStrings('xx'), SEARCH_STRINGS.en);
});

test('every locale has its own UI strings and search strings (none falls back to English by accident)', () => {
  for (const { folder } of LOCALES) {
    assert.ok(STRINGS[folder], `strings.ts has no ${folder}`);
    assert.ok(SEARCH_STRINGS[folder], `search-strings.ts has no ${folder}`);
  }
});
