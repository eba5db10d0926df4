import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  applyTitleToBody,
  decideTitles,
  dropTitlePrefixes,
  localizeToc,
  saySameThing,
  titleInOtherLanguage,
} from './titles.ts';

const known = new Set(['l1l2l3-blocked', 'l1l2l3-blocked-legal-regulatory']);
const drop = (title: string, id: string, isStatus = true) =>
  dropTitlePrefixes(title, { id, isStatus, playbookNames: ['Partner Playbook'], knownIds: known });

test('legacy prefixes: the playbook name everywhere, parent statuses on status pages', () => {
  assert.equal(drop('Partner Playbook - Blocked', 'l1l2l3-blocked'), 'Blocked');
  assert.equal(
    drop('Blocked - Legal/Regulatory', 'l1l2l3-blocked-legal-regulatory'),
    'Legal/Regulatory',
  );
  assert.equal(
    drop('Blocked - Legal/Regulatory - Legal', 'l1l2l3-blocked-legal-regulatory-legal'),
    'Legal',
  );
  assert.equal(
    drop('Partner Playbook - Initiate Phase', 'phase-initiate', false),
    'Initiate Phase',
  );
  assert.equal(
    drop('Approach - Get Modern', 'approach-get-modern', false),
    'Approach - Get Modern',
    'not a status page: only the playbook name goes',
  );
  assert.equal(
    drop('Blocked - Customer IT - Remediation', 'l1l2l3-blocked-customer-it-remediation'),
    'Customer IT - Remediation',
    'a " - " inside the name stays when no status has that prefix',
  );
  assert.equal(drop('Partner Playbook', 'index', false), 'Partner Playbook');
});

test('says the same thing; in another language', () => {
  assert.ok(saySameThing('FastTrack Partner Playbook', 'FastTrack Playbook'));
  assert.ok(saySameThing('Legal/Regulatory', 'Legal / Regulatory'));
  assert.ok(!saySameThing('L1 L2 L3 Homepage List', 'L1 - Status Unknown'));
  assert.equal(
    titleInOtherLanguage('Blocked - Legal/Regulatory', 'de', ['Blocked - Legal/Regulatory']),
    'the English title',
  );
  assert.equal(
    titleInOtherLanguage('Gesetzlich/Regulatorisch', 'de', ['Legal/Regulatory']),
    undefined,
  );
  assert.match(titleInOtherLanguage('Legal', 'ja', [])!, /script/);
  assert.equal(titleInOtherLanguage('法務/規制', 'ja', ['Legal/Regulatory']), undefined);
  // Too short for the detector: English words that the German page's text does not use.
  const vocab = {
    english: new Set(['office', 'standalone', 'deployment', 'migration']),
    own: new Set(['office', 'bereitstellung', 'migration']),
  };
  assert.match(
    titleInOtherLanguage('Office Standalone Deployment', 'de', [], vocab)!,
    /English words/,
  );
  assert.equal(
    titleInOtherLanguage('Migration', 'de', [], vocab),
    undefined,
    'a word both languages use',
  );
  assert.equal(titleInOtherLanguage('Eigenständige Bereitstellung', 'de', [], vocab), undefined);
});

const page = (
  locale: string,
  id: string,
  title: string,
  body: string,
  isStatus = id.startsWith('l1l2l3-') && !id.endsWith('-list'),
) => ({ locale, id, title, body, isStatus });

test('a translation takes its own heading; a list page whose first # opens a section keeps its title', () => {
  const d = decideTitles(
    [
      page('de', 'l1l2l3-blocked', 'Partner Playbook - Blocked', '# Blockiert\n\nText.\n'),
      page('en', 'l1l2l3-blocked', 'Partner Playbook - Blocked', '\n# Blocked\n\nText.\n'),
      page(
        'en',
        'l1l2l3-homepage-list',
        'Partner Playbook - Homepage List',
        '# L1 - Blocked\n\n- x\n\n# L1 - No Intent\n',
      ),
      page(
        'de',
        'l1l2l3-homepage-list',
        'Partner Playbook - Homepage List',
        '# L1 – Blockiert\n\n- x\n\n# L1 – Keine Absicht\n',
      ),
      page('ja', 'l1l2l3-blocked', 'Blocked', '# ブロック\n\n本文。\n'),
    ],
    { defaultLocale: 'en', playbookNames: ['Partner Playbook'], statusIds: known },
  );
  assert.deepEqual(
    [
      d.get('en/l1l2l3-blocked')!.after,
      d.get('en/l1l2l3-blocked')!.removeHeading,
      d.get('en/l1l2l3-blocked')!.alias,
    ],
    ['Blocked', true, undefined],
  );
  assert.deepEqual(
    [d.get('de/l1l2l3-blocked')!.after, d.get('de/l1l2l3-blocked')!.alias],
    ['Blockiert', 'Blocked'],
  );
  assert.deepEqual(
    [d.get('ja/l1l2l3-blocked')!.after, d.get('ja/l1l2l3-blocked')!.alias],
    ['ブロック', 'Blocked'],
  );
  const list = d.get('de/l1l2l3-homepage-list')!;
  assert.deepEqual(
    [list.after, list.removeHeading, list.demote, list.untranslated],
    ['Homepage List', false, 2, true],
  );
  assert.match(
    d.get('de/l1l2l3-blocked')!.why.join('; '),
    /front-matter title is the English title; the page's own heading "Blockiert" is its title/,
  );
});

test('the body loses its title heading and keeps one top level', () => {
  const body = '\n# Blockiert\n\nText.\n\n# Second\n\n```\n# not a heading\n```\n';
  assert.equal(
    applyTitleToBody(body, { removeHeading: true, demote: 1 }),
    '\nText.\n\n## Second\n\n```\n# not a heading\n```\n',
  );
  assert.equal(applyTitleToBody(body, { removeHeading: false, demote: 0 }), body);
});

test('TOC entries named as in English take the page title; sections without a page are reported', () => {
  const r = localizeToc(
    [
      {
        title: 'Lifecycle Phases',
        id: null,
        children: [
          { title: 'Initiate Phase', id: 'phase-initiate', children: [] },
          { title: 'Eigener Name', id: 'phase-assess', children: [] },
        ],
      },
    ],
    {
      englishNames: (id) => (id === 'phase-initiate' ? ['Initiate Phase'] : ['Assess Phase']),
      titleOf: (id) => (id === 'phase-initiate' ? 'Einleitungsphase' : 'Analysephase'),
      englishTocNames: new Set(['Lifecycle Phases', 'Initiate Phase']),
    },
  );
  assert.deepEqual(
    r.tree[0]!.children.map((c) => c.title),
    ['Einleitungsphase', 'Eigener Name'],
  );
  assert.deepEqual(r.changed, [
    { before: 'Initiate Phase', after: 'Einleitungsphase', id: 'phase-initiate' },
  ]);
  assert.deepEqual(r.untranslated, ['Lifecycle Phases']);
});
