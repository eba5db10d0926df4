import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frontMatterSchema } from './schema.ts';
import {
  parseAliases,
  parseAudience,
  parseAudienceField,
  parseDateField,
  parseKeywords,
  parseLevel,
  parseOrder,
  type FieldResult,
} from './fields.ts';

const problems = <T>(r: FieldResult<T>) => (r.ok ? [] : r.problems.map((p) => p.message));

test('parseLevel: any case, none is no level, L4 and words are refused', () => {
  assert.deepEqual(parseLevel('l2'), { ok: true, value: 'L2' });
  assert.deepEqual(parseLevel(' L3 '), { ok: true, value: 'L3' });
  assert.deepEqual(parseLevel('none'), { ok: true, value: null }, 'none is not "NONE"');
  assert.deepEqual(parseLevel('None'), { ok: true, value: null });
  assert.deepEqual(parseLevel(''), { ok: true, value: null });
  const l4 = parseLevel('L4');
  assert.equal(l4.ok, false);
  assert.deepEqual(!l4.ok && l4.problems[0], {
    message: 'unknown level "L4"',
    value: 'L4',
    allowed: ['L1', 'L2', 'L3', 'none'],
  });
  assert.deepEqual(problems(parseLevel('reason')), ['unknown level "reason"']);
});

test('parseOrder: whole numbers only, never NaN, bounded', () => {
  assert.deepEqual(parseOrder(' 3 '), { ok: true, value: 3 });
  assert.deepEqual(parseOrder('-2'), { ok: true, value: -2 });
  assert.deepEqual(problems(parseOrder('abc')), ['ft.order "abc" is not a whole number']);
  assert.deepEqual(problems(parseOrder('1.5')), ['ft.order "1.5" is not a whole number']);
  assert.deepEqual(problems(parseOrder('')), ['ft.order "" is not a whole number']);
  assert.deepEqual(problems(parseOrder('10000001')), [
    'ft.order "10000001" is too large; use a number from -1000000 to 1000000',
  ]);
});

test('parseAudienceField: lists, "a, b", case, repeats; unknown words and empty refused', () => {
  assert.deepEqual(parseAudienceField('internal, Partner'), {
    ok: true,
    value: ['internal', 'partner'],
  });
  assert.deepEqual(parseAudienceField(['partner', 'partner']), { ok: true, value: ['partner'] });
  assert.deepEqual(problems(parseAudienceField('partners, customers')), [
    'unknown audience "partners"',
    'unknown audience "customers"',
  ]);
  assert.deepEqual(problems(parseAudienceField(' , ')), ['ft.audience is empty']);
  assert.deepEqual(
    parseAudience('partner, nobody'),
    ['partner'],
    'the lenient reader ignores unknown words',
  );
  assert.deepEqual(parseAudience(42), []);
});

test('parseDateField: the forms authors write, to ISO; impossible dates refused', () => {
  assert.deepEqual(parseDateField('5/2/19'), { ok: true, value: '2019-05-02' });
  assert.deepEqual(parseDateField('2026-11-24'), { ok: true, value: '2026-11-24' });
  assert.deepEqual(problems(parseDateField('13/45/2019')), [
    '"13/45/2019" has month 13; months run 1–12 (use M/D/YYYY or YYYY-MM-DD)',
  ]);
  assert.deepEqual(problems(parseDateField('2/30/2024')), [
    '"2/30/2024" is not a real date: 2024-02 has 29 days (use M/D/YYYY or YYYY-MM-DD)',
  ]);
});

test('parseKeywords splits on commas; parseAliases never does', () => {
  assert.deepEqual(parseKeywords('vpn, firewall ,'), ['vpn', 'firewall']);
  assert.deepEqual(
    parseAliases([
      ' Billing, Licensing and Subscription ',
      'Billing, Licensing and Subscription',
      '',
    ]),
    ['Billing, Licensing and Subscription'],
  );
});

test("the checker's schema reads fields with these parsers (same values, same messages)", () => {
  const base = { title: 't', description: 'd', 'ms.date': '1/2/2026', 'ft.audience': 'partner' };
  const meta = frontMatterSchema.parse({ ...base, 'ft.level': 'none', 'ft.order': '7' });
  assert.equal(meta.level, null);
  assert.equal(meta.order, 7);
  const r = frontMatterSchema.safeParse({ ...base, 'ft.level': 'L4', 'ft.order': 'abc' });
  assert.equal(r.success, false);
  assert.deepEqual(
    r.error!.issues.map((i) => i.message),
    [...problems(parseLevel('L4')), ...problems(parseOrder('abc'))],
  );
});
