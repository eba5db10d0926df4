import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMsDate } from './dates.ts';

const ok = (input: string) => {
  const r = parseMsDate(input);
  assert.ok(!('error' in r), `${input} should parse, got ${JSON.stringify(r)}`);
  return r;
};
const bad = (input: string) => {
  const r = parseMsDate(input);
  assert.ok('error' in r, `${input} should be an error, got ${JSON.stringify(r)}`);
  return r.error;
};

test('M/D/YYYY, MM/DD/YYYY, M/D/YY and YYYY-MM-DD parse to ISO dates', () => {
  assert.deepEqual(ok('5/02/2019'), { iso: '2019-05-02', year: 2019, month: 5, day: 2 });
  assert.deepEqual(ok('02/29/2024'), { iso: '2024-02-29', year: 2024, month: 2, day: 29 });
  assert.deepEqual(ok('1/29/20'), { iso: '2020-01-29', year: 2020, month: 1, day: 29 });
  assert.deepEqual(ok('2020-01-31'), { iso: '2020-01-31', year: 2020, month: 1, day: 31 });
  assert.equal(ok('11/24/2026').iso, '2026-11-24');
  assert.equal(ok('12/31/99').iso, '2099-12-31');
});

test('surrounding blanks are ignored', () => {
  assert.equal(ok('  3/4/2021 \t').iso, '2021-03-04');
});

test('month out of range is an error naming the month', () => {
  assert.match(bad('13/45/2019'), /month 13; months run 1–12/);
  assert.match(bad('0/1/2020'), /month 0/);
  assert.match(bad('2020-13-01'), /month 13/);
});

test('days that do not exist in the month are errors', () => {
  assert.match(bad('2/30/2020'), /not a real date: 2020-02 has 29 days/);
  assert.match(bad('2/29/2023'), /2023-02 has 28 days/);
  assert.match(bad('2100-02-29'), /2100-02 has 28 days/); // centuries are not leap years…
  assert.equal(ok('2000-02-29').iso, '2000-02-29'); // …unless divisible by 400
  assert.match(bad('4/31/2020'), /2020-04 has 30 days/);
  assert.match(bad('12/0/2020'), /not a real date/);
});

test('words and other forms are errors that quote the input', () => {
  assert.equal(bad('yesterday'), '"yesterday" is not a date in a known form');
  for (const s of [
    '',
    '2020/01/31',
    '31.01.2020',
    '1/1/1',
    '1/1/123',
    '2020-1-5',
    '20200131',
    'Jan 5, 2020',
    '1/2/2020x',
  ])
    bad(s);
});
