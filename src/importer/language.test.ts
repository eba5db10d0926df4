import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeGuess, detectLanguage, readableText } from './language.ts';

test('tells English from German by their function words', () => {
  const en =
    'The customer is waiting for the vendor, and the team should write the date in the notes. If there is no date, ask the customer when it will be there.';
  const de =
    'Der Kunde wartet auf den Anbieter, und das Team schreibt das Datum in die Notizen. Wenn es kein Datum gibt, fragen Sie den Kunden, wann es so weit ist.';
  assert.equal(detectLanguage(en).locale, 'en');
  assert.equal(detectLanguage(de).locale, 'de');
});

test('tells Spanish from Portuguese', () => {
  assert.equal(
    detectLanguage(
      'El equipo habla con el cliente una vez por semana y escribe las notas en el sistema, pero no hay más que hacer.',
    ).locale,
    'es',
  );
  assert.equal(
    detectLanguage(
      'A equipe fala com o cliente uma vez por semana e escreve as notas no sistema, mas não há mais nada para você fazer. Isso é muito importante para os clientes e também para as equipes.',
    ).locale,
    'pt-br',
  );
});

test('Japanese and Chinese by their characters', () => {
  assert.equal(
    detectLanguage('お客様はベンダーを待っています。チームは日付をメモに書きます。').locale,
    'ja',
  );
  assert.equal(
    detectLanguage('客户正在等待供应商交付解决方案的一部分。团队在笔记中写下日期。').locale,
    'zh-cn',
  );
});

test('says nothing when the text is too short or mixed', () => {
  assert.equal(detectLanguage('FastTrack Playbook').locale, undefined);
  assert.equal(detectLanguage('the and der die').locale, undefined);
  assert.match(describeGuess(detectLanguage('FastTrack')), /no stop words of 1 words/);
});

test('ignores code, link targets and URLs', () => {
  const t = readableText(
    'Text `the the the` [a](the-and-of.md) https://the.example/and/of\n```\nthe and of to is\n```\n',
  );
  assert.doesNotMatch(t, /the-and|the\.example|of to is/);
});
