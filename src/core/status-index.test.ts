import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildStatusIndex,
  cjkNearKeys,
  cjkNearTerms,
  compoundParts,
  loadStatusIndex,
  synonymExpander,
  type StatusSearch,
} from './status-index.ts';
import type { SynonymGroups } from './synonyms.ts';
import type { StatusDoc } from './status-docs.ts';
import { statusDocuments } from './status-docs.ts';
import {
  fold,
  insteadTerms,
  negatedTerms,
  terms,
  withoutReportFrames,
  words,
} from './search-text.ts';
import { loadContent } from './corpus.ts';

/** A status document with only what a test cares about. */
function doc(id: string, level: StatusDoc['level'], fields: Partial<StatusDoc>): StatusDoc {
  return {
    id,
    level,
    l1: fields.l1 ?? id,
    title: id,
    label: id,
    path: id,
    href: `/x/${id}/`,
    aliases: [],
    keywords: [],
    definition: '',
    scenarios: '',
    invalid: '',
    notThis: '',
    questions: '',
    source: '',
    ...fields,
  };
}

/** Builds, serialises and loads an index, as the site and the browser do. */
function index(docs: StatusDoc[], locale: string, synonyms: SynonymGroups = []): StatusSearch {
  return loadStatusIndex(JSON.parse(JSON.stringify(buildStatusIndex(docs, locale, synonyms))));
}

const first = (s: StatusSearch, q: string) => s.search(q).hits[0]?.status.id;
const ids = (s: StatusSearch, q: string) => s.search(q).hits.map((h) => h.status.id);

const EN = [
  doc('network', 'L3', {
    l1: 'blocked',
    title: 'Network',
    keywords: ['bandwidth', 'proxy', 'firewall'],
    definition: 'The network cannot carry the service: too little bandwidth or a proxy in the way.',
  }),
  doc('apps', 'L2', {
    l1: 'blocked',
    title: 'App Compatibility',
    keywords: ['add-in', 'macros'],
    definition: 'A business application does not work with the service.',
  }),
  doc('licensing', 'L2', {
    l1: 'blocked',
    title: 'Billing, Licensing and Subscription',
    keywords: ['license', 'seats'],
    definition: 'Licenses are missing or wrong.',
  }),
  doc('unresponsive', 'L2', {
    l1: 'unknown',
    title: 'Customer Unresponsive',
    definition: 'The customer has not responded to repeated contact attempts.',
  }),
  doc('blocked', 'L1', { title: 'Blocked', definition: 'Something prevents the deployment.' }),
];

test('a misspelt word still finds its status (typos allowed by word length)', () => {
  const s = index(EN, 'en');
  assert.equal(first(s, 'compatibilty'), 'apps', 'one letter missing');
  assert.equal(first(s, 'bandwitdh'), 'network', 'two letters swapped');
  assert.equal(first(s, 'licence'), 'licensing', 'British spelling');
  // a three-letter word gets no typo allowance: "cat" must not match "app"
  assert.deepEqual(s.search('cat').closest, true);
});

test('inflected forms meet (stemming): responded / responding / responds', () => {
  const s = index(EN, 'en');
  for (const q of ['responding', 'responds', 'respond'])
    assert.equal(first(s, q), 'unresponsive', q);
  assert.equal(first(s, 'licensed'), 'licensing');
  const es = index(
    [
      doc('resp', 'L2', {
        title: 'El cliente no responde',
        definition: 'No hay respuesta del cliente.',
      }),
      doc('other', 'L2', { title: 'Otro', definition: 'Presupuesto aprobado.' }),
    ],
    'es',
  );
  assert.equal(first(es, 'respuestas'), 'resp');
  assert.equal(first(es, 'presupuestos'), 'other');
});

test('accents and umlauts fold: Lösung = losung = Loesung, Migración = migracion', () => {
  assert.equal(fold('Lösung Migración Straße'), 'Losung Migracion Strasse');
  assert.equal(
    fold('ブロック プロキシ'),
    'ブロック プロキシ',
    'a Japanese voiced mark is part of the letter: ブ and プ are not フ',
  );
  const de = index(
    [
      doc('solution', 'L2', { title: 'Lösung oder Benutzereinführung' }),
      doc('other', 'L2', { title: 'Budget' }),
    ],
    'de',
  );
  for (const q of ['Lösung', 'losung', 'Loesung', 'LÖSUNG', 'benutzereinfuhrung'])
    assert.equal(first(de, q), 'solution', q);
  const es = index(
    [doc('mig', 'L2', { title: 'Migración' }), doc('other', 'L2', { title: 'Bloqueo' })],
    'es',
  );
  assert.equal(first(es, 'migracion'), 'mig');
});

test('Japanese and Chinese are cut into words (Intl.Segmenter): 数据迁移 finds 数据 and 迁移', () => {
  assert.ok(words('数据迁移', 'zh-cn').includes('数据'), `${words('数据迁移', 'zh-cn')}`);
  const zh = index(
    [
      doc('migration', 'L2', { title: '迁移', keywords: ['数据', '邮箱'] }),
      doc('legal', 'L2', { title: '法律/法规', keywords: ['合规'] }),
    ],
    'zh-cn',
  );
  assert.equal(first(zh, '数据迁移'), 'migration');
  assert.equal(first(zh, '法规'), 'legal');
  const ja = index(
    [
      doc('migration', 'L2', { title: '移行', keywords: ['メールボックス'] }),
      doc('unresponsive', 'L2', {
        title: '顧客の応答なし',
        definition: '顧客から応答がありません。',
      }),
    ],
    'ja',
  );
  assert.equal(first(ja, 'メールボックスの移行'), 'migration');
  assert.equal(first(ja, '顧客が応答しない'), 'unresponsive');
  // half-width katakana and full-width letters are the same words (NFKC)
  assert.deepEqual(terms('ﾒｰﾙﾎﾞｯｸｽ', 'ja'), terms('メールボックス', 'ja'));
});

test('any word may match, and more words matched rank higher; names weigh more than text', () => {
  const s = index(EN, 'en');
  // "Teams" is nowhere: the other words still find the status
  assert.equal(first(s, 'proxy breaks Teams'), 'network');
  const both = s.search('proxy macros');
  assert.deepEqual(
    both.hits
      .slice(0, 2)
      .map((h) => h.status.id)
      .sort(),
    ['apps', 'network'],
  );
  // two words of one status beat one word of another
  assert.equal(first(s, 'firewall proxy macros'), 'network');
  // `relevant` leaves out the matches far below the best (the finder lists a fifth of the best score and up)
  const all = s.search('firewall proxy bandwidth business');
  const relevant = s.search('firewall proxy bandwidth business', { relevant: 0.2 });
  assert.ok(relevant.hits.length < all.hits.length, `${relevant.hits.length} < ${all.hits.length}`);
  assert.equal(relevant.hits[0]?.status.id, 'network');
  assert.ok(relevant.hits.every((h) => h.score >= relevant.hits[0]!.score * 0.2));
  // a title word beats the same word in another status's definition
  const t = index(
    [
      doc('def', 'L2', { title: 'Other', definition: 'mentions budget once' }),
      doc('ttl', 'L2', { title: 'Budget' }),
    ],
    'en',
  );
  assert.equal(first(t, 'budget'), 'ttl');
});

test('the navigation label is searched like the title', () => {
  const s = index(
    [
      doc('legal', 'L2', { title: 'Legal/Regulatory', label: 'Compliance' }),
      doc('other', 'L2', { title: 'Other' }),
    ],
    'en',
  );
  assert.equal(first(s, 'compliance'), 'legal');
  assert.deepEqual(s.search('compliance').hits[0]!.reasons[0]!.field, 'title');
});

test('specific beats general on a tie: the L3 before its L2 before its L1', () => {
  const same = { keywords: ['tenant'] };
  const s = index([doc('l1', 'L1', same), doc('l2', 'L2', same), doc('l3', 'L3', same)], 'en');
  assert.deepEqual(ids(s, 'tenant'), ['l3', 'l2', 'l1']);
});

test('specific beats general near a tie: a child matching nearly as well as its parent comes just before it', () => {
  const parent = doc('partner', 'L2', {
    title: 'Partner Engagement',
    keywords: ['skills'],
    definition: 'The partner is not chosen, not skilled or not responding.',
    scenarios: 'No answer from the partner.',
  });
  const child = doc('partner-unresponsive', 'L3', {
    parent: 'partner',
    title: 'Partner Unresponsive',
    definition: 'No answer.',
  });
  const other = doc('contract', 'L2', {
    title: 'Contract',
    definition: 'A partner contract is missing.',
  });
  // without the parent link, the parent (more text, more matches) comes first
  const unlinked = index([parent, { ...child, parent: undefined }, other], 'en');
  assert.deepEqual(ids(unlinked, 'partner does not answer').slice(0, 2), [
    'partner',
    'partner-unresponsive',
  ]);
  const s = index([parent, child, other], 'en');
  assert.deepEqual(ids(s, 'partner does not answer').slice(0, 2), [
    'partner-unresponsive',
    'partner',
  ]);
  // far below its parent, a child stays below
  assert.deepEqual(ids(s, 'partner not skilled, not chosen').slice(0, 1), ['partner']);
});

test('never an empty answer: the closest statuses, with a "did you mean"', () => {
  const s = index(EN, 'en');
  const near = s.search('netwrk bandwdth prxy');
  assert.equal(near.hits[0]?.status.id, 'network');
  const none = s.search('zzzqqq');
  assert.equal(none.closest, true);
  assert.ok(none.hits.length > 0, 'some statuses shown');
  assert.ok(
    none.hits.every((h) => h.status.level === 'L1'),
    'the general statuses as last resort',
  );
  const typo = s.search('Blokced');
  assert.equal(typo.hits[0]?.status.id, 'blocked');
});

test('each result says why it matched: the field and the words as written', () => {
  const s = index(EN, 'en');
  const hit = s.search('bandwidth').hits[0]!;
  assert.equal(hit.status.id, 'network');
  assert.deepEqual(hit.reasons[0], { field: 'keywords', words: ['bandwidth'] });
  assert.ok(hit.reasons.some((r) => r.field === 'definition'));
});

test('the L1 facet filters the ranking', () => {
  const s = index(EN, 'en');
  assert.deepEqual(ids(s, 'customer').filter(Boolean), ['unresponsive']);
  assert.deepEqual(
    s
      .search('license', { l1: 'unknown' })
      .hits.map((h) => h.status.l1)
      .every((l) => l === 'unknown'),
    true,
  );
});

test('status documents from pages: sections by shape, invalid rows feed the status that applies', () => {
  const dir = mkdtempSync(join(tmpdir(), 'status-docs-'));
  try {
    const fm = (title: string, level: string, extra = '') =>
      `---\ntitle: ${title}\ndescription: ${title} described.\nms.date: 1/1/2026\nft.audience: partner\nft.level: ${level}\n${extra}---\n`;
    mkdirSync(join(dir, 'en'), { recursive: true });
    writeFileSync(
      join(dir, 'en', 'blocked.md'),
      `${fm('Blocked', 'L1')}\n## Definition\n\nSomething stops it.\n`,
    );
    writeFileSync(
      join(dir, 'en', 'network.md'),
      `${fm('Network', 'L2', 'ft.parent: blocked\nft.aliases: [Connectivity]\n')}
## Definition

The network is too slow.

## Valid example scenarios

- The proxy drops traffic.

## Invalid example scenarios

| Scenario | Status that applies |
| --- | --- |
| A licence is missing for a router admin. | Licensing |
| The tenant is wrong. | [Licensing](licensing.md) |

## Questions to ask the customer

1. What bandwidth do you have?
`,
    );
    writeFileSync(
      join(dir, 'en', 'licensing.md'),
      `${fm('Licensing', 'L2', 'ft.parent: blocked\n')}\n## Definition\n\nLicences.\n`,
    );
    const corpus = loadContent(dir, { displayBase: dir });
    assert.deepEqual(
      corpus.diagnostics.filter((d) => d.severity === 'error'),
      [],
    );
    const docs = statusDocuments(corpus, 'en', (n) => `/en/${n.id}/`);
    const net = docs.find((d) => d.id === 'network')!;
    assert.match(net.definition, /The network is too slow/);
    assert.match(net.scenarios, /proxy drops traffic/);
    assert.match(net.questions, /What bandwidth/);
    assert.match(net.invalid, /router admin/);
    assert.deepEqual(net.aliases, ['Connectivity']);
    assert.equal(net.path, 'Blocked › Network');
    const lic = docs.find((d) => d.id === 'licensing')!;
    assert.match(lic.notThis, /router admin/, 'the row named by title feeds its status');
    assert.match(lic.notThis, /tenant is wrong/, 'the row linking its status feeds it');
    const s = index(docs, 'en');
    assert.equal(first(s, 'router admin licence'), 'licensing', '"not this, but Licensing"');
    assert.equal(first(s, 'connectivity'), 'network', 'an alias is searched like the title');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an alias that is another status's title or alias is reported with file, line and the page that holds it", () => {
  const dir = mkdtempSync(join(tmpdir(), 'alias-'));
  try {
    const page = (title: string, level: string, extra = '') =>
      `---\ntitle: ${title}\ndescription: d.\nms.date: 1/1/2026\nft.audience: partner\nft.level: ${level}\n${extra}---\n\nText.\n`;
    mkdirSync(join(dir, 'de'), { recursive: true });
    mkdirSync(join(dir, 'en'), { recursive: true });
    writeFileSync(join(dir, 'en', 'blocked.md'), page('Blocked', 'L1', 'ft.aliases:\n  - Stuck\n'));
    writeFileSync(
      join(dir, 'en', 'legal.md'),
      page('Legal', 'L2', 'ft.parent: blocked\nft.aliases:\n  - Law\n  - blocked\n'),
    );
    writeFileSync(
      join(dir, 'en', 'trust.md'),
      page('Trust', 'L2', 'ft.parent: blocked\nft.aliases: [Confidence, Stuck]\n'),
    );
    // the same alias in another locale is fine (there, English pages standing in for missing translations hold their names too)
    writeFileSync(join(dir, 'de', 'blocked.md'), page('Blockiert', 'L1'));
    writeFileSync(join(dir, 'de', 'trust.md'), page('Vertrauen', 'L2', 'ft.parent: blocked\n'));
    writeFileSync(
      join(dir, 'de', 'legal.md'),
      page('Rechtlich', 'L2', 'ft.parent: blocked\nft.aliases: [Stuck]\n'),
    );
    const corpus = loadContent(dir, { displayBase: dir });
    const found = corpus.diagnostics.filter((d) => d.rule === 'taxonomy/alias-taken');
    const show = found.map((d) => `${d.file}:${d.line} ${d.message}`);
    assert.equal(found.length, 3, show.join('\n'));
    const legal = found.find((d) => d.file === 'en/legal.md')!;
    assert.equal(legal.line, 10, 'the line of the alias in the list');
    assert.match(
      legal.message,
      /"blocked" is already the title of another status, "Blocked" \(en\/blocked\.md:2\): did you mean that status\?/,
    );
    const trust = found.find((d) => d.file === 'en/trust.md')!;
    assert.equal(trust.line, 8);
    assert.match(
      trust.message,
      /"Stuck" is already the alias of another status, "Blocked" \(en\/blocked\.md:7\)/,
    );
    assert.ok(
      found.some(
        (d) =>
          d.file === 'en/blocked.md' &&
          /"Stuck" is already the alias of another status, "Trust"/.test(d.message),
      ),
      'both holders are told',
    );
    assert.ok(!found.some((d) => d.file.startsWith('de/')), 'no finding across locales');
    assert.ok(found.every((d) => d.severity === 'error' && d.hint?.includes('remove')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a synonym group brings the status whose page uses another member of the group', () => {
  const legal = doc('legal', 'L3', {
    l1: 'blocked',
    title: 'Legal',
    definition: 'The legal counsel of the customer has not approved the contract terms.',
  });
  const seats = doc('seats', 'L3', {
    l1: 'blocked',
    title: 'Addition of Seats',
    definition: 'The customer needs more seats.',
  });
  const docs = [...EN, legal, seats];
  const groups = [
    ['lawyer', 'attorney', 'legal counsel'],
    ['new hires', 'seats'],
  ];
  const without = index(docs, 'en');
  const withSynonyms = index(docs, 'en', groups);
  assert.equal(without.search('our lawyers are checking').closest, true, 'no page holds "lawyer"');
  assert.equal(
    first(withSynonyms, 'our lawyers are checking'),
    'legal',
    'lawyers → lawyer (stemmed) → legal counsel',
  );
  assert.equal(first(withSynonyms, 'three new hires start monday'), 'seats', 'a phrase member');
  // why it matched: the page's words, and what the reader typed that brought them
  const why = withSynonyms.search('our lawyers are checking').hits[0]!.reasons;
  assert.deepEqual(
    why.find((r) => r.field === 'definition'),
    { field: 'definition', words: ['legal', 'counsel'], via: ['lawyer'] },
  );
  assert.equal(
    withSynonyms.search('legal counsel').hits[0]!.reasons.some((r) => r.via),
    false,
    'typed words are not "similar to" anything',
  );
  const named = index(
    [doc('quiet', 'L3', { title: 'Silent', aliases: ['lawyer', 'counsel'] })],
    'en',
    groups,
  );
  const aliases = named.search('lawyer').hits[0]!.reasons.find((r) => r.field === 'aliases')!;
  assert.deepEqual(aliases.words.sort(), ['counsel', 'lawyer']);
  assert.equal(
    aliases.via,
    undefined,
    'not "lawyer (similar to lawyer)": the typed member is shown',
  );
  // a word the reader typed weighs more than a synonym of it
  const typed = index([legal, doc('atty', 'L2', { title: 'Attorney' })], 'en', groups);
  assert.equal(first(typed, 'attorney'), 'atty');
});

test('synonym members match as phrases after stemming; in Japanese and Chinese as a piece of the text', () => {
  const en = synonymExpander(
    [
      ['does not want', 'not interested', 'no intent'],
      ['hire', 'recruit'],
    ],
    'en',
  );
  assert.deepEqual(en('the customer does not want it'), ['not interested', 'no intent']);
  assert.deepEqual(en('customer wants it'), [], '"want" alone is not the phrase');
  assert.deepEqual(en('hiring staff'), ['recruit'], 'hiring → hire');
  const zh = synonymExpander([['不感兴趣', '没有意向']], 'zh-cn');
  assert.deepEqual(zh('客户对迁移不感兴趣'), ['没有意向']);
  const ja = synonymExpander([['ライセンス', '使用許諾']], 'ja');
  assert.deepEqual(ja('ライセンスが足りない'), ['使用許諾']);
});

test('a German compound the index does not know is split into two parts it knows', () => {
  const vocabulary = new Set(['lizenz', 'probl', 'datenschutz', 'bedenk']); // terms: stemmed
  assert.deepEqual(compoundParts('Lizenzproblem', vocabulary, 'de'), ['lizenz', 'problem']);
  assert.deepEqual(compoundParts('Datenschutzbedenken', vocabulary, 'de'), [
    'datenschutz',
    'bedenken',
  ]);
  assert.deepEqual(
    compoundParts('Sicherheitsrichtlinie', new Set(['sich', 'richtlini']), 'de'),
    ['sicherheits', 'richtlinie'],
    'with its linking s, the head stems like Sicherheit',
  );
  assert.deepEqual(compoundParts('Lizenzenproblem', vocabulary, 'de')?.[1], 'problem');
  assert.equal(compoundParts('Problem', vocabulary, 'de'), undefined, 'short words are not split');
  assert.equal(compoundParts('Lizenzproblem', vocabulary, 'en'), undefined, 'German only');
  const de = index(
    [
      doc('lic', 'L2', { title: 'Abrechnung und Lizenzierung', keywords: ['Lizenz'] }),
      doc('other', 'L2', { title: 'Netzwerk', definition: 'Ein Problem mit dem Netzwerk.' }),
    ],
    'de',
  );
  assert.equal(first(de, 'Lizenzproblem'), 'lic');
});

test('English contractions are two words: "doesn\'t want" meets "does not want"', () => {
  assert.deepEqual(words("The customer doesn't want it, can't or won't", 'en'), [
    'the',
    'customer',
    'does',
    'not',
    'want',
    'it',
    'can',
    'not',
    'or',
    'will',
    'not',
  ]);
  const s = index(
    [doc('ni', 'L1', { title: 'No Intent' }), doc('x', 'L2', { title: 'Other' })],
    'en',
    [['does not want', 'no intent']],
  );
  assert.equal(first(s, "doesn't want to"), 'ni');
});

test('a word most statuses hold weighs less than a rare one, even in a title', () => {
  const common = (id: string, title: string, extra = '') =>
    doc(id, 'L2', { title, definition: `The customer has a problem. ${extra}` });
  const docs = [
    common('cu', 'Customer Unresponsive'),
    common('ci', 'Customer IT'),
    common('mig', 'Migration', 'Mailboxes move to the cloud.'),
    common('a', 'A'),
    common('b', 'B'),
    common('c', 'C'),
  ];
  assert.equal(
    first(index(docs, 'en'), 'customer mailboxes'),
    'mig',
    '"mailboxes" says more than "customer"',
  );
});

test('pieces of long CJK words are indexed for the names only; a query gives its pieces too', () => {
  const whole = words('データ移行の計画書', 'ja', false);
  const withPieces = words('データ移行の計画書', 'ja');
  assert.ok(
    whole.every((w) => withPieces.includes(w)) && withPieces.length > whole.length,
    `${whole} / ${withPieces}`,
  );
  const s = index(
    [
      doc('mig', 'L2', { title: '移行', keywords: ['データ移行計画'] }),
      doc('other', 'L2', { title: 'その他', definition: '計画データ移行計画' }),
    ],
    'ja',
  );
  assert.equal(first(s, '移行計'), 'mig', 'a piece of the keyword meets a piece of the query');
});

test("a long word's pieces count less than words: a katakana name does not outweigh the whole query", () => {
  const s = index(
    [
      doc('wrong', 'L3', { title: '誤ったテナント', aliases: ['テナントの誤り'] }),
      doc('dup', 'L1', { title: '重複/無効', aliases: ['重複テナント'] }),
    ],
    'ja',
  );
  assert.equal(
    first(s, '重複テナント'),
    'dup',
    '重複 and テナント both match; テナ, ナン, ント weigh half',
  );
  assert.equal(
    first(s, 'テナント'),
    'wrong',
    'one word alone still finds the status named with it',
  );
});

test('a Chinese or Japanese word with one wrong character meets the name one character away', () => {
  const near = new Map<string, string[]>();
  for (const w of ['受阻', '可靠性']) for (const k of cjkNearKeys(w)) near.set(k, [w]);
  const vocabulary = new Set(['受阻', '可靠性', '服务']);
  assert.deepEqual(cjkNearTerms('受组', 'zh-cn', vocabulary, near), [
    { typed: '受组', terms: ['受阻'] },
  ]);
  assert.deepEqual(
    cjkNearTerms('服务可考性', 'zh-cn', vocabulary, near).flatMap((n) => n.terms),
    ['可靠性'],
    'the single characters the segmenter leaves of a misspelt word are read together',
  );
  assert.deepEqual(
    cjkNearTerms('受阻', 'zh-cn', vocabulary, near),
    [],
    'a known word is left alone',
  );
  assert.deepEqual(
    cjkNearTerms('blockd', 'en', vocabulary, near),
    [],
    'other languages have typos by edit distance',
  );

  const s = index(
    [
      doc('blocked', 'L1', { title: '受阻', definition: '客户无法继续' }),
      doc('rel', 'L2', { title: '服务可靠性', definition: '客户担心服务中断' }),
      doc('other', 'L2', { title: '其他', definition: '客户有其他问题' }),
    ],
    'zh-cn',
  );
  assert.equal(first(s, '受组'), 'blocked');
  assert.equal(first(s, '服务可考性'), 'rel');
  assert.deepEqual(
    s.search('服务可考性').hits[0]!.reasons.find((r) => r.field === 'title')?.via,
    ['可考性'],
    'the typed word once, not also its piece 可考',
  );
  const reason = s.search('受组').hits[0]!.reasons.find((r) => r.field === 'title');
  assert.deepEqual(
    reason,
    { field: 'title', words: ['受阻'], via: ['受组'] },
    'the reason says what was typed',
  );
});

test('a negation covers the next words of its clause; in German also the word before a final nicht', () => {
  assert.deepEqual([...negatedTerms('intent not confirmed yet', 'en')], terms('confirmed', 'en'));
  assert.deepEqual(
    [...negatedTerms("customer doesn't respond, partner busy", 'en')],
    terms('respond', 'en'),
  );
  assert.deepEqual([...negatedTerms('Kunde antwortet nicht', 'de')], terms('antwortet', 'de'));
  assert.deepEqual([...negatedTerms('não responde', 'pt-br')], terms('responde', 'pt-br'));
  assert.deepEqual(
    [...negatedTerms('意向未确认', 'zh-cn')],
    [],
    'CJK: the negation is part of the word',
  );
});

test('a word the query negates counts less where the names hold it unnegated', () => {
  const s = index(
    [
      // on a tie the L2 would come first (specific beats general)
      doc('ip', 'L2', { title: 'In Progress', aliases: ['Confirmed intent'] }),
      doc('ns', 'L1', { title: 'New Subscription', aliases: ['Intent not confirmed'] }),
    ],
    'en',
  );
  assert.equal(first(s, 'intent not confirmed'), 'ns');
  assert.equal(first(s, 'confirmed intent'), 'ip', 'without the negation the alias wins');
  const n = index(
    [
      doc('bdm', 'L3', { title: 'No BDM Sponsor Identified' }),
      doc('exec', 'L2', { title: 'Executive Sponsorship', keywords: ['sponsor'] }),
    ],
    'en',
  );
  const score = (q: string, id: string) => n.search(q).hits.find((h) => h.status.id === id)!.score;
  assert.equal(
    score('no sponsor', 'bdm'),
    score('sponsor', 'bdm'),
    'a name that negates it too: full weight',
  );
  assert.ok(score('no sponsor', 'exec') < score('sponsor', 'exec'), 'a name that does not: less');
});

test('"instead of" covers the next words of its clause: what the customer does not use', () => {
  assert.deepEqual([...insteadTerms('Okta instead of Entra ID', 'en')], terms('Entra ID', 'en'));
  assert.deepEqual([...insteadTerms('Zoom statt Teams, kein Wechsel', 'de')], terms('Teams', 'de'));
  assert.deepEqual([...insteadTerms('usan Gmail en vez de Outlook', 'es')], terms('Outlook', 'es'));
  assert.deepEqual(
    [...insteadTerms('Box em vez do OneDrive', 'pt-br')],
    terms('OneDrive', 'pt-br'),
  );
  assert.deepEqual([...insteadTerms('Okta for identity', 'en')], [], 'no cue, nothing covered');
});

test('what the customer uses "instead of" a Microsoft product decides, not the product', () => {
  const s = index(
    [
      doc('identity', 'L3', { title: 'Identity', aliases: ['Entra ID', 'Azure AD'] }),
      doc('competitor', 'L2', { title: 'Using Competitive Solution', aliases: ['Okta'] }),
    ],
    'en',
    [['Entra ID', 'Azure AD']],
  );
  assert.equal(first(s, 'Okta instead of Entra ID'), 'competitor');
  assert.equal(first(s, 'Okta and Entra ID'), 'identity', 'without the cue the names weigh fully');
  assert.equal(first(s, 'Entra ID'), 'identity');
});

test('a Japanese report frame ("お客様から…との連絡") is not the customer failing to answer', () => {
  assert.equal(
    withoutReportFrames('お客様から、利用予定なしとの連絡', 'ja').trim(),
    '、利用予定なし',
  );
  assert.equal(withoutReportFrames('との連絡', 'ja'), 'との連絡', 'nothing else left: kept');
  assert.equal(withoutReportFrames('customer says no', 'en'), 'customer says no');
  const s = index(
    [
      doc('cu', 'L2', { title: 'お客様の応答なし', keywords: ['連絡が取れない', '回答なし'] }),
      doc('ni', 'L1', { title: '意向なし', aliases: ['利用予定なし'] }),
    ],
    'ja',
  );
  assert.equal(first(s, 'お客様から、利用予定なしとの連絡'), 'ni');
  assert.equal(first(s, 'お客様と連絡が取れない'), 'cu');
});

test("a question's words about the playbook ('which status …') do not make it Status Unknown", () => {
  const s = index(
    [
      doc('su', 'L1', { title: 'Status Unknown', definition: 'Nobody knows the status yet.' }),
      doc('cs', 'L2', { title: 'Using Competitive Solution', keywords: ['Slack'] }),
    ],
    'en',
  );
  assert.equal(first(s, 'which status if they use slack'), 'cs');
  assert.equal(first(s, 'status unknown'), 'su');
  assert.equal(first(s, 'status'), 'su', 'alone, the word still finds the status named with it');
  const ja = index(
    [
      doc('su', 'L1', { title: 'ステータス不明' }),
      doc('cs', 'L2', { title: '競合ソリューションの使用', keywords: ['Slack'] }),
    ],
    'ja',
  );
  assert.equal(first(ja, 'Slackの場合どのステータス'), 'cs');
});
