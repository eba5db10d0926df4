import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frontMatterSchema } from '../core/schema.ts';
import { buildTaxonomy, type TaxPage } from '../core/taxonomy.ts';
import { MAX_ROWS, taxonomySvg } from './taxonomy-svg.ts';

const pg = (id: string, fm: Record<string, string>): TaxPage => ({
  locale: 'en',
  id,
  file: `en/${id}.md`,
  lineOf: () => 1,
  meta: frontMatterSchema.parse({
    description: 'd',
    'ms.date': '1/1/2020',
    'ft.audience': 'partner',
    ...fm,
  }),
});

/** 5 L1s, `l2` L2s under each, `l3` L3s under each L2. */
function tree(l2: number, l3: number) {
  const pages = new Map<string, TaxPage>();
  for (let a = 1; a <= 5; a++) {
    pages.set(
      `a${a}`,
      pg(`a${a}`, { title: `Status ${a}`, 'ft.level': 'L1', 'ft.order': String(a) }),
    );
    for (let b = 1; b <= l2; b++) {
      pages.set(
        `a${a}-b${b}`,
        pg(`a${a}-b${b}`, {
          title: `Reason ${a}.${b}`,
          'ft.level': 'L2',
          'ft.parent': `a${a}`,
          'ft.order': String(b),
        }),
      );
      for (let c = 1; c <= l3; c++)
        pages.set(
          `a${a}-b${b}-c${c}`,
          pg(`a${a}-b${b}-c${c}`, {
            title: `Sub ${a}.${b}.${c}`,
            'ft.level': 'L3',
            'ft.parent': `a${a}-b${b}`,
            'ft.order': String(c),
          }),
        );
    }
  }
  return buildTaxonomy('en', pages, pages).taxonomy;
}
const draw = (l2: number, l3: number) =>
  taxonomySvg(tree(l2, l3), (n) => `/en/${n.id}/`, 'Map', '… {n} more');
const links = (svg: string) => [...svg.matchAll(/<a href="\/en\/([^"]+)\/"/g)].map((m) => m[1]!);
const rows = (svg: string) => Number(/viewBox="0 0 360 (\d+)"/.exec(svg)![1]);

test('a playbook-sized tree is drawn whole: every status a link, in reading order', () => {
  const svg = draw(3, 2); // 5 + 15 + 30 = 50 statuses
  const ids = links(svg);
  assert.equal(ids.length, 50);
  assert.deepEqual(ids.slice(0, 4), ['a1', 'a1-b1', 'a1-b1-c1', 'a1-b1-c2']);
  assert.doesNotMatch(svg, /more|\+\d/);
});

test('past the row budget the L3s are left out and each L2 shows how many it has', () => {
  const svg = draw(10, 8); // 455 statuses, 55 of them L1 or L2
  const ids = links(svg);
  assert.equal(ids.length, 55);
  assert.ok(
    ids.every((id) => !/-c\d+$/.test(id)),
    'no L3 drawn',
  );
  assert.equal((svg.match(/text-anchor="end">\+8</g) ?? []).length, 50);
  assert.ok(rows(svg) <= (MAX_ROWS + 5) * 30 + 8);
});

test('a huge tree stays bounded: each L1, its first L2s and a "more" row to the L1 page', () => {
  const small = draw(100, 8);
  const big = draw(1000, 8); // 45,005 statuses
  for (const svg of [small, big]) {
    const ids = links(svg);
    for (let a = 1; a <= 5; a++) assert.ok(ids.includes(`a${a}`), `L1 a${a} drawn`);
    assert.ok(rows(svg) <= (MAX_ROWS + 5) * 30 + 8, `height ${rows(svg)}`);
  }
  const share = Math.floor(MAX_ROWS / 5) - 2;
  assert.match(
    big,
    new RegExp(
      `<a href="/en/a1/"><text class="t" x="32" y="[\\d.]+">… ${1000 - share} more</text></a>`,
    ),
  );
  assert.equal(
    big.length,
    small.length + 5 * (String(1000 - share).length - String(100 - share).length),
    'the same picture but for the counts',
  );
  assert.ok(big.length < 80_000, `${big.length} bytes`);
});
