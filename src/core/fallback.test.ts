import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fallbackChain, inLocaleOrDefault } from './fallback.ts';

const pages: Record<string, Record<string, string>> = {
  en: { a: 'en/a', b: 'en/b' },
  de: { a: 'de/a' },
};
const find = (id: string) => (locale: string) => pages[locale]?.[id];

test("a locale's own page first, else the default locale's, marked as fallback", () => {
  assert.deepEqual(inLocaleOrDefault('de', 'en', find('a')), { value: 'de/a', fallback: false });
  assert.deepEqual(inLocaleOrDefault('de', 'en', find('b')), { value: 'en/b', fallback: true });
  assert.equal(inLocaleOrDefault('de', 'en', find('c')), undefined);
});

test('the default locale has no fallback, and asks for each locale at most once', () => {
  const asked: string[] = [];
  assert.equal(
    inLocaleOrDefault('en', 'en', (l) => (asked.push(l), undefined)),
    undefined,
  );
  assert.deepEqual(asked, ['en']);
  assert.deepEqual(inLocaleOrDefault('en', 'en', find('b')), { value: 'en/b', fallback: false });
});

test('a locale with nothing at all (no map) falls back too', () => {
  assert.deepEqual(inLocaleOrDefault('ja', 'en', find('a')), { value: 'en/a', fallback: true });
});

test('fallbackChain: own locale first, the default locale once', () => {
  assert.deepEqual(fallbackChain('de', 'en'), ['de', 'en']);
  assert.deepEqual(fallbackChain('en', 'en'), ['en']);
});
