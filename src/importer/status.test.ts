import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  deriveStatuses,
  isStatusId,
  slugWords,
  statusSegments,
  type StatusInput,
} from './status.ts';

const page = (id: string, title: string, authored: StatusInput['authored'] = {}): StatusInput => ({
  id,
  title,
  authored,
});
const noToc = { places: new Map(), titles: [] };

test('status ids: l1l2l3- pages except list pages', () => {
  assert.ok(isStatusId('l1l2l3-blocked'));
  assert.ok(isStatusId('l1l2l3-blocked-legal-regulatory'));
  assert.ok(!isStatusId('l1l2l3-homepage-list'));
  assert.ok(!isStatusId('l1l2l3-overview'));
  assert.ok(!isStatusId('phase-assess'));
  assert.ok(!isStatusId('l1l2l3-'));
});

test('title segments that spell the id', () => {
  assert.equal(
    slugWords('Security/Privacy (Non-Product/Feature)'),
    'security-privacy-non-product-feature',
  );
  assert.deepEqual(
    statusSegments('Blocked - Legal/Regulatory', 'l1l2l3-blocked-legal-regulatory'),
    ['Blocked', 'Legal/Regulatory'],
  );
  assert.deepEqual(statusSegments('FastTrack Partner Playbook - Blocked', 'l1l2l3-blocked'), [
    'Blocked',
  ]);
  assert.deepEqual(
    statusSegments(
      'In Progress - Technical Onboarding',
      'l1l2l3-in-progress-technical-onboarding-deployment',
    ),
    ['In Progress', 'Technical Onboarding'],
  );
  assert.equal(statusSegments('Blockiert - Gesetzlich', 'l1l2l3-blocked-legal'), undefined);
});

test('parent by longest prefix id; level follows the chain; label is the last title segment', () => {
  const r = deriveStatuses({
    pages: [
      page('l1l2l3-blocked', 'Playbook - Blocked'),
      page('l1l2l3-blocked-legal-regulatory', 'Blocked - Legal/Regulatory'),
      page('l1l2l3-blocked-legal-regulatory-law', 'Blocked - Legal/Regulatory - Law'),
    ],
    defaultIds: [],
    toc: noToc,
  });
  assert.deepEqual(
    [
      r.get('l1l2l3-blocked')!.level,
      r.get('l1l2l3-blocked')!.parent,
      r.get('l1l2l3-blocked')!.label,
    ],
    ['L1', undefined, 'Blocked'],
  );
  const l2 = r.get('l1l2l3-blocked-legal-regulatory')!;
  assert.deepEqual([l2.level, l2.parent, l2.label], ['L2', 'l1l2l3-blocked', 'Legal/Regulatory']);
  const l3 = r.get('l1l2l3-blocked-legal-regulatory-law')!;
  assert.deepEqual([l3.level, l3.parent], ['L3', 'l1l2l3-blocked-legal-regulatory']);
});

test('parent named by the title or the TOC section when it has no page; reported in the notes', () => {
  const places = new Map([
    ['l1l2l3-paused-budget', { index: 3, parentTitle: 'Paused' }],
    ['l1l2l3-stuck-x', { index: 6, parentTitle: 'Stuck' }],
  ]);
  const r = deriveStatuses({
    pages: [
      page('l1l2l3-paused-budget', 'Paused - Budget'),
      page('l1l2l3-stuck-x', 'Something else'),
    ],
    defaultIds: [],
    toc: { places, titles: [] },
  });
  assert.equal(r.get('l1l2l3-paused-budget')!.parent, 'l1l2l3-paused');
  assert.equal(r.get('l1l2l3-paused-budget')!.level, 'L2');
  assert.match(
    r.get('l1l2l3-paused-budget')!.notes.join(' '),
    /from the title .* no page with that id/,
  );
  assert.equal(r.get('l1l2l3-stuck-x')!.parent, 'l1l2l3-stuck');
  assert.match(r.get('l1l2l3-stuck-x')!.notes.join(' '), /from the TOC section "Stuck"/);
});

test('parents may be pages of the default locale only', () => {
  const r = deriveStatuses({
    pages: [page('l1l2l3-waiting-vendor', 'Warten - Anbieter')],
    defaultIds: ['l1l2l3-waiting', 'l1l2l3-waiting-vendor'],
    toc: noToc,
  });
  assert.deepEqual(
    [
      r.get('l1l2l3-waiting-vendor')!.level,
      r.get('l1l2l3-waiting-vendor')!.parent,
      r.get('l1l2l3-waiting-vendor')!.label,
    ],
    ['L2', 'l1l2l3-waiting', 'Anbieter'],
  );
});

test("order is the TOC order among siblings; a parent without page takes its section's place", () => {
  const places = new Map([
    ['l1l2l3-paused-budget', { index: 2, parentTitle: 'Paused' }],
    ['l1l2l3-waiting', { index: 3 }],
    ['l1l2l3-waiting-vendor', { index: 4, parentTitle: 'Waiting' }],
    ['l1l2l3-waiting-customer', { index: 5, parentTitle: 'Waiting' }],
  ]);
  const r = deriveStatuses({
    pages: [
      page('l1l2l3-waiting', 'Waiting'),
      page('l1l2l3-waiting-vendor', 'Waiting - Vendor'),
      page('l1l2l3-waiting-customer', 'Waiting - Customer'),
      page('l1l2l3-paused-budget', 'Paused - Budget'),
      page('l1l2l3-waiting-zz', 'Waiting - Zz'),
    ],
    defaultIds: [],
    toc: { places, titles: [{ title: 'Paused', index: 1 }] },
  });
  assert.equal(r.get('l1l2l3-waiting')!.order, 2); // the Paused section comes first
  assert.equal(r.get('l1l2l3-waiting-vendor')!.order, 1);
  assert.equal(r.get('l1l2l3-waiting-customer')!.order, 2);
  assert.equal(r.get('l1l2l3-waiting-zz')!.order, 3); // not in the TOC: last
});

test('values the author wrote are kept and not added again', () => {
  const r = deriveStatuses({
    pages: [
      page('l1l2l3-a', 'A'),
      page('l1l2l3-a-b', 'A - B', { level: 'L2', parent: 'l1l2l3-a', order: '7', label: 'Bee' }),
    ],
    defaultIds: [],
    toc: noToc,
  });
  const b = r.get('l1l2l3-a-b')!;
  assert.deepEqual(
    [b.level, b.parent, b.order, b.label, b.added],
    ['L2', 'l1l2l3-a', 7, 'Bee', []],
  );
  assert.deepEqual(r.get('l1l2l3-a')!.added, ['ft.level', 'ft.order']); // title "A" has no segment to label
});

test('authored ft.level and ft.order are read as the checker reads them: none, L4, abc', () => {
  const r = deriveStatuses({
    pages: [
      page('l1l2l3-blocked', 'Blocked', { level: 'l1' }),
      page('l1l2l3-blocked-legal', 'Blocked - Legal', { level: 'none' }),
      page('l1l2l3-blocked-deep', 'Blocked - Deep', { level: 'L4', parent: 'l1l2l3-blocked' }),
      page('l1l2l3-on-hold', 'On Hold', { order: 'abc' }),
    ],
    defaultIds: [],
    toc: noToc,
  });
  assert.equal(r.get('l1l2l3-blocked')!.level, 'L1', 'l1 is L1');
  const none = r.get('l1l2l3-blocked-legal')!;
  assert.equal(none.level, undefined, 'none is no level, not "NONE"');
  assert.equal(none.order, undefined, 'a page without level gets no ft.order');
  assert.deepEqual(none.added, []);
  const l4 = r.get('l1l2l3-blocked-deep')!;
  assert.equal(l4.level, undefined, 'L4 is refused, not kept');
  assert.match(l4.notes.join('\n'), /unknown level "L4"/);
  const abc = r.get('l1l2l3-on-hold')!;
  assert.equal(abc.level, 'L1');
  assert.equal(abc.order, undefined, 'abc is no order (never NaN)');
  assert.ok(!abc.added.includes('ft.order'), "the author's line stays; none is added");
  assert.match(abc.notes.join('\n'), /ft\.order "abc" is not a whole number/);
});
