import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frontMatterSchema } from './schema.ts';
import type { Level } from './levels.ts';
import {
  ancestry,
  buildTaxonomy,
  compareSiblings,
  flatten,
  neighbours,
  parentProblem,
  siblingsOf,
  type ParentLookup,
  type TaxPage,
} from './taxonomy.ts';

/** A page as the loader hands it over; key lines are fixed so diagnostics can be checked. */
function pg(locale: string, id: string, fm: Record<string, string>): TaxPage {
  const meta = frontMatterSchema.parse({
    title: id,
    description: 'd',
    'ms.date': '1/1/2020',
    'ft.audience': 'partner',
    ...fm,
  });
  const lines: Record<string, number> = { 'ft.level': 6, 'ft.parent': 7, 'ft.order': 8 };
  return { locale, id, file: `${locale}/${id}.md`, meta, lineOf: (k) => lines[k] ?? 1 };
}
const map = (...ps: TaxPage[]) => new Map(ps.map((p) => [p.id, p]));
const brief = (ds: { file: string; line: number; rule: string }[]) =>
  ds.map((d) => `${d.file}:${d.line} ${d.rule}`);

const tree = () =>
  map(
    pg('en', 'blocked', { 'ft.level': 'L1', 'ft.order': '2', title: 'Blocked' }),
    pg('en', 'in-progress', { 'ft.level': 'L1', 'ft.order': '1', title: 'In progress' }),
    pg('en', 'no-intent', { 'ft.level': 'L1', title: 'No intent' }),
    pg('en', 'legal', {
      'ft.level': 'L2',
      'ft.parent': 'blocked',
      'ft.order': '2',
      title: 'Legal',
    }),
    pg('en', 'app', {
      'ft.level': 'L2',
      'ft.parent': 'blocked',
      'ft.order': '1',
      title: 'App compatibility',
      'ft.label': 'Apps',
    }),
    pg('en', 'billing', { 'ft.level': 'L2', 'ft.parent': 'blocked', title: 'Billing' }),
    pg('en', 'auth', { 'ft.level': 'L2', 'ft.parent': 'blocked', title: 'Auth' }),
    pg('en', 'legal-gdpr', { 'ft.level': 'L3', 'ft.parent': 'legal', title: 'GDPR' }),
    pg('en', 'about', { title: 'About' }),
  );

test('a clean tree: roots and children ordered by ft.order, then title; pages without level are not nodes', () => {
  const { taxonomy, diagnostics } = buildTaxonomy('en', tree(), tree());
  assert.deepEqual(diagnostics, []);
  assert.equal(taxonomy.locale, 'en');
  assert.deepEqual(
    taxonomy.roots.map((n) => n.id),
    ['in-progress', 'blocked', 'no-intent'],
  );
  const blocked = taxonomy.byId.get('blocked')!;
  assert.deepEqual(
    blocked.children.map((n) => n.id),
    ['app', 'legal', 'auth', 'billing'],
  );
  assert.equal(taxonomy.byId.get('app')!.label, 'Apps');
  assert.equal(taxonomy.byId.get('legal')!.label, 'Legal');
  assert.equal(taxonomy.byId.has('about'), false);
  assert.deepEqual(
    flatten(taxonomy).map((n) => n.id),
    ['in-progress', 'blocked', 'app', 'legal', 'legal-gdpr', 'auth', 'billing', 'no-intent'],
  );
  const gdpr = taxonomy.byId.get('legal-gdpr')!;
  assert.deepEqual(
    ancestry(gdpr).map((n) => n.id),
    ['blocked', 'legal', 'legal-gdpr'],
  );
  assert.deepEqual(
    siblingsOf(taxonomy, blocked).map((n) => n.id),
    ['in-progress', 'blocked', 'no-intent'],
  );
  const legal = taxonomy.byId.get('legal')!;
  assert.deepEqual(
    [neighbours(taxonomy, legal).prev?.id, neighbours(taxonomy, legal).next?.id],
    ['app', 'auth'],
  );
  assert.deepEqual(neighbours(taxonomy, taxonomy.roots[0]!), {
    prev: undefined,
    next: taxonomy.byId.get('blocked'),
  });
});

test('L1 with a parent: error on the ft.parent line; it stays a root', () => {
  const own = map(pg('en', 'top', { 'ft.level': 'L1', 'ft.parent': 'other' }));
  const { taxonomy, diagnostics } = buildTaxonomy('en', own, own);
  assert.deepEqual(brief(diagnostics), ['en/top.md:7 taxonomy/l1-parent']);
  assert.match(diagnostics[0]!.message, /an L1 status has no parent, but ft.parent is "other"/);
  assert.deepEqual(
    taxonomy.roots.map((n) => n.id),
    ['top'],
  );
});

test('L2 whose parent is an L3: parent-level error, node left out of the tree', () => {
  const own = map(
    pg('en', 'a', { 'ft.level': 'L1' }),
    pg('en', 'b', { 'ft.level': 'L2', 'ft.parent': 'a' }),
    pg('en', 'c', { 'ft.level': 'L3', 'ft.parent': 'b' }),
    pg('en', 'bad', { 'ft.level': 'L2', 'ft.parent': 'c' }),
  );
  const { taxonomy, diagnostics } = buildTaxonomy('en', own, own);
  assert.deepEqual(brief(diagnostics), ['en/bad.md:7 taxonomy/parent-level']);
  assert.equal(diagnostics[0]!.message, 'an L2\'s parent must be an L1, but "c" is an L3');
  assert.equal(taxonomy.byId.has('bad'), false);
  assert.deepEqual(
    flatten(taxonomy).map((n) => n.id),
    ['a', 'b', 'c'],
  );
});

test('unknown parent: error with a suggestion among pages of the wanted level', () => {
  const own = map(
    pg('en', 'l1l2l3-blocked', { 'ft.level': 'L1' }),
    pg('en', 'l1l2l3-blocked-legal', { 'ft.level': 'L2', 'ft.parent': 'l1l2l3-blockd' }),
    pg('en', 'lost', { 'ft.level': 'L3', 'ft.parent': 'nothing-like-it' }),
  );
  const { diagnostics } = buildTaxonomy('en', own, own);
  assert.deepEqual(brief(diagnostics), [
    'en/l1l2l3-blocked-legal.md:7 taxonomy/unknown-parent',
    'en/lost.md:7 taxonomy/unknown-parent',
  ]);
  assert.equal(
    diagnostics[0]!.message,
    'ft.parent "l1l2l3-blockd" is not a status page in en (did you mean "l1l2l3-blocked"?)',
  );
  assert.equal(diagnostics[0]!.hint, 'write `ft.parent: l1l2l3-blocked`');
  assert.equal(diagnostics[1]!.message, 'ft.parent "nothing-like-it" is not a status page in en');
});

test('L2/L3 without parent, and parent without level', () => {
  const own = map(
    pg('en', 'orphan', { 'ft.level': 'L2' }),
    pg('en', 'plain', { 'ft.parent': 'x' }),
  );
  const { diagnostics } = buildTaxonomy('en', own, own);
  assert.deepEqual(brief(diagnostics).sort(), [
    'en/orphan.md:6 taxonomy/missing-parent',
    'en/plain.md:7 taxonomy/parent-without-level',
  ]);
});

test('translation: own pages win, missing ones fall back to the default locale, own order and titles used', () => {
  const source = tree();
  const own = map(
    pg('de', 'blocked', { 'ft.level': 'L1', 'ft.order': '2', title: 'Blockiert' }),
    pg('de', 'legal', {
      'ft.level': 'L2',
      'ft.parent': 'blocked',
      'ft.order': '0',
      title: 'Recht',
    }),
  );
  const { taxonomy, diagnostics } = buildTaxonomy('de', own, source);
  assert.deepEqual(diagnostics, []);
  const blocked = taxonomy.byId.get('blocked')!;
  assert.equal(blocked.title, 'Blockiert');
  assert.equal(blocked.fallback, false);
  assert.equal(blocked.page.locale, 'de');
  const app = taxonomy.byId.get('app')!;
  assert.equal(app.fallback, true);
  assert.equal(app.page.locale, 'en');
  // the German page's own ft.order (0) puts it before app (1); unordered pages come last
  assert.deepEqual(
    blocked.children.map((n) => n.id),
    ['legal', 'app', 'auth', 'billing'],
  );
  assert.equal(taxonomy.byId.get('legal-gdpr')!.parent?.title, 'Recht');
});

test('errors of fallback pages are reported once, by the default locale only', () => {
  const source = map(
    pg('en', 'x', { 'ft.level': 'L2', 'ft.parent': 'missing' }),
    pg('en', 'top', { 'ft.level': 'L1', 'ft.parent': 'x' }),
  );
  assert.equal(buildTaxonomy('en', source, source).diagnostics.length, 2);
  assert.deepEqual(buildTaxonomy('de', new Map(), source).diagnostics, []);
  // a translation's own mistake is its own
  const own = map(pg('de', 'x', { 'ft.level': 'L2', 'ft.parent': 'missin' }));
  assert.deepEqual(brief(buildTaxonomy('de', own, source).diagnostics), [
    'de/x.md:7 taxonomy/unknown-parent',
  ]);
});

test('nodes hanging off a broken parent are not in byId (not navigable)', () => {
  const own = map(
    pg('en', 'a', { 'ft.level': 'L2', 'ft.parent': 'gone' }),
    pg('en', 'b', { 'ft.level': 'L3', 'ft.parent': 'a' }),
  );
  const { taxonomy } = buildTaxonomy('en', own, own);
  assert.equal(taxonomy.byId.size, 0);
  assert.deepEqual(taxonomy.roots, []);
});

test("parentProblem: one answer per parent rule, with the checker's words", () => {
  const levels: Record<string, Level> = { 'l1l2l3-blocked': 'L1', 'l1l2l3-blocked-legal': 'L2' };
  const lookup: ParentLookup = {
    levelOf: (id) => levels[id],
    idsAt: (l) => Object.keys(levels).filter((id) => levels[id] === l),
  };
  assert.equal(parentProblem('L1', undefined, 'en', lookup), undefined);
  assert.equal(parentProblem('L2', 'l1l2l3-blocked', 'en', lookup), undefined);
  assert.equal(parentProblem('L3', 'l1l2l3-blocked-legal', 'en', lookup), undefined);
  assert.deepEqual(parentProblem('L1', 'l1l2l3-blocked', 'en', lookup), {
    rule: 'taxonomy/l1-parent',
    key: 'ft.parent',
    message: 'an L1 status has no parent, but ft.parent is "l1l2l3-blocked"',
    hint: 'remove ft.parent, or change ft.level to L2/L3',
  });
  assert.equal(parentProblem('L2', undefined, 'en', lookup)?.rule, 'taxonomy/missing-parent');
  assert.equal(parentProblem('L2', undefined, 'en', lookup)?.key, 'ft.level');
  const typo = parentProblem('L2', 'l1l2l3-blokced', 'de', lookup);
  assert.equal(
    typo?.message,
    'ft.parent "l1l2l3-blokced" is not a status page in de (did you mean "l1l2l3-blocked"?)',
  );
  assert.equal(typo?.hint, 'write `ft.parent: l1l2l3-blocked`');
  assert.equal(
    parentProblem('L3', 'l1l2l3-blocked', 'en', lookup)?.message,
    'an L3\'s parent must be an L2, but "l1l2l3-blocked" is an L1',
  );
});

test('compareSiblings: ft.order, then title, then id; no order comes last', () => {
  const keys = [
    { id: 'c', title: 'Same', order: 2 },
    { id: 'b', title: 'Same', order: 2 },
    { id: 'a', title: 'Zeta', order: 1 },
    { id: 'd', title: 'Alpha' },
    { id: 'e', title: 'Beta', order: 2 },
  ];
  assert.deepEqual(
    keys.sort(compareSiblings).map((k) => k.id),
    ['a', 'e', 'b', 'c', 'd'],
  );
});
