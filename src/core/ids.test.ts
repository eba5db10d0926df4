import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STATUS_PREFIX, isNewPageId, slugify, slugWords, statusIdFor } from './ids.ts';

test('slugWords: ASCII lower-case words, accents folded, punctuation a single "-"', () => {
  assert.equal(
    slugWords('Security/Privacy (Non-Product/Feature)'),
    'security-privacy-non-product-feature',
  );
  assert.equal(slugWords('  Réseau & Co.  '), 'reseau-co');
  assert.equal(slugWords('日本語'), '');
});

test("slugify: like the playbook's ids (no a/an/and/the, no apostrophes, & is and)", () => {
  assert.equal(slugify('Billing, Licensing and Subscription'), 'billing-licensing-subscription');
  assert.equal(slugify("Customer's Réseau & Co"), 'customers-reseau-co');
  assert.equal(slugify('Solution or User Adoption'), 'solution-or-user-adoption');
  assert.equal(slugify('And'), 'and', 'a title of filler words only keeps them');
  assert.equal(slugify('日本語'), '');
});

test('statusIdFor: prefix for an L1, parent id + slug below', () => {
  assert.equal(STATUS_PREFIX, 'l1l2l3-');
  assert.equal(statusIdFor('L1', undefined, 'On Hold'), 'l1l2l3-on-hold');
  assert.equal(
    statusIdFor('L2', 'l1l2l3-blocked', 'Data Residency'),
    'l1l2l3-blocked-data-residency',
  );
  assert.equal(
    statusIdFor('L3', 'l1l2l3-blocked-legal', 'Works Council'),
    'l1l2l3-blocked-legal-works-council',
  );
  assert.equal(statusIdFor('L2', 'l1l2l3-blocked', '日本語'), '');
});

test('isNewPageId: lower-case words and single dashes only', () => {
  assert.ok(isNewPageId('l1l2l3-blocked-data-residency'));
  assert.ok(!isNewPageId('L1l2l3-Blocked'));
  assert.ok(!isNewPageId('a--b'));
  assert.ok(!isNewPageId('-a'));
  assert.ok(!isNewPageId('a/b'));
});
