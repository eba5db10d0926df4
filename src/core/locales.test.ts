import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_LOCALE,
  LOCALES,
  folderToLocale,
  isLocale,
  localeInfo,
  splitLegacySuffix,
} from './locales.ts';

test('six locales, English by default, with BCP-47 tags', () => {
  assert.equal(DEFAULT_LOCALE, 'en');
  assert.deepEqual(
    LOCALES.map((l) => l.folder),
    ['en', 'de', 'es', 'pt-br', 'ja', 'zh-cn'],
  );
  assert.equal(localeInfo('pt-br')?.lang, 'pt-BR');
  assert.equal(localeInfo('zh-cn')?.lang, 'zh-CN');
  assert.equal(localeInfo('de')?.label, 'Deutsch');
  assert.equal(localeInfo('fr'), undefined);
  assert.equal(isLocale('ja'), true);
  assert.equal(isLocale('JA'), false);
  assert.equal(isLocale('german-playbook'), false);
});

test('legacy DocFX suffixes split off the page id', () => {
  assert.deepEqual(splitLegacySuffix('l1l2l3-blocked-legal-regulatory-de'), {
    id: 'l1l2l3-blocked-legal-regulatory',
    locale: 'de',
  });
  assert.deepEqual(splitLegacySuffix('x-jp'), { id: 'x', locale: 'ja' });
  assert.deepEqual(splitLegacySuffix('x-pr'), { id: 'x', locale: 'pt-br' });
  assert.deepEqual(splitLegacySuffix('x-DE'), { id: 'x', locale: 'de' });
  assert.deepEqual(splitLegacySuffix('x-en'), { id: 'x', locale: 'en' });
  assert.deepEqual(splitLegacySuffix('dir/page-es'), { id: 'dir/page', locale: 'es' });
});

test('longest suffix wins: -zh-cn and -pt-br are not read as -cn / -br', () => {
  assert.deepEqual(splitLegacySuffix('x-zh-cn'), { id: 'x', locale: 'zh-cn' });
  assert.deepEqual(splitLegacySuffix('x-pt-br'), { id: 'x', locale: 'pt-br' });
  assert.deepEqual(splitLegacySuffix('x-cn'), { id: 'x', locale: 'zh-cn' });
});

test('no suffix: the stem is the id; a bare suffix is not split to an empty id', () => {
  assert.deepEqual(splitLegacySuffix('l1l2l3-blocked'), { id: 'l1l2l3-blocked' });
  assert.deepEqual(splitLegacySuffix('services'), { id: 'services' });
  assert.deepEqual(splitLegacySuffix('-de'), { id: '-de' });
  assert.deepEqual(splitLegacySuffix('de'), { id: 'de' });
  assert.deepEqual(splitLegacySuffix('x-fr'), { id: 'x-fr' });
});

test('folders: ours and DocFX ones map to a locale', () => {
  assert.equal(folderToLocale('de'), 'de');
  assert.equal(folderToLocale('english-playbook'), 'en');
  assert.equal(folderToLocale('german-playbook'), 'de');
  assert.equal(folderToLocale('German_Playbook'), 'de');
  assert.equal(folderToLocale('spanish-playbook'), 'es');
  assert.equal(folderToLocale('brazilian-playbook'), 'pt-br');
  assert.equal(folderToLocale('japanese-playbook'), 'ja');
  assert.equal(folderToLocale('simplified-chineses-playbook'), 'zh-cn');
  assert.equal(folderToLocale('media'), undefined);
  assert.equal(folderToLocale('englishman'), undefined);
  assert.equal(folderToLocale('README.md'), undefined);
});
