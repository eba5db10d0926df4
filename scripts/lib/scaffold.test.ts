import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { readConfig } from '../../src/core/config.ts';
import { loadContent, type Corpus } from '../../src/core/corpus.ts';
import { formatHuman } from '../../src/core/diagnostics.ts';
import { parseFrontMatter } from '../../src/core/frontmatter.ts';
import { KNOWN_KEYS } from '../../src/core/schema.ts';
import { findStatus, statusIndex } from '../../src/core/status-names.ts';
import {
  defaultId,
  formatMsDate,
  parseArgs,
  placeholderKeywords,
  scaffoldPage,
  slugify,
  type NewPageRequest,
} from './scaffold.ts';
import { yamlList, yamlScalar } from '../../src/core/yaml-text.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OWNERS = readConfig(ROOT).owners;
const TODAY = new Date(2026, 10, 25); // 11/25/2026, after the content's ms.date
const temps: string[] = [];
after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A temp content folder holding a copy of the fixture playbook's en (and other locales when asked) as <tmp>/en. */
function tree(...locales: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'scaffold-'));
  temps.push(dir);
  // The fixture playbook, not content/: these tests must not change when the content does.
  for (const l of ['en', ...locales])
    cpSync(join(ROOT, 'tests', 'fixtures', 'playbook', l), join(dir, l), { recursive: true });
  return dir;
}

function make(dir: string, req: Partial<NewPageRequest> & Pick<NewPageRequest, 'level' | 'title'>) {
  return scaffoldPage(
    dir,
    { locale: 'en', ...req },
    { owners: OWNERS, today: TODAY, displayBase: dir },
  );
}

function created(
  dir: string,
  req: Partial<NewPageRequest> & Pick<NewPageRequest, 'level' | 'title'>,
) {
  const r = make(dir, req);
  assert.ok(r.ok, `refused: ${!r.ok ? r.message : ''}`);
  return r;
}

/** Asserts the whole tree checks clean, listing any finding. */
function assertClean(dir: string): Corpus {
  const corpus = loadContent(dir, { owners: OWNERS, displayBase: dir });
  // A new status is not yet an answer of the guided helper: check warns about that by design.
  const findings = corpus.diagnostics.filter((d) => d.rule !== 'helper/unreachable-status');
  assert.deepEqual(findings.map(formatHuman), [], 'no errors and no warnings');
  return corpus;
}

function headings(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('## '))
    .map((l) => l.slice(3));
}

describe('helpers', () => {
  test("slugify makes ids like the playbook's own", () => {
    assert.equal(slugify('Legal/Regulatory'), 'legal-regulatory');
    assert.equal(
      slugify('Security/Privacy (Non-Product/Feature)'),
      'security-privacy-non-product-feature',
    );
    assert.equal(slugify('Billing, Licensing and Subscription'), 'billing-licensing-subscription');
    assert.equal(slugify('Solution or User Adoption'), 'solution-or-user-adoption');
    assert.equal(slugify("Customer's Réseau & Co"), 'customers-reseau-co');
    assert.equal(slugify('And'), 'and');
    assert.equal(slugify('日本語'), '');
  });

  test('defaultId: l1l2l3- for L1, parent id + slug below', () => {
    assert.equal(defaultId('L1', undefined, 'On Hold'), 'l1l2l3-on-hold');
    assert.equal(
      defaultId('L2', 'l1l2l3-blocked', 'Data Residency'),
      'l1l2l3-blocked-data-residency',
    );
    assert.equal(
      defaultId('L3', 'l1l2l3-blocked-legal-regulatory', 'Works Council'),
      'l1l2l3-blocked-legal-regulatory-works-council',
    );
  });

  test('formatMsDate writes M/D/YYYY', () => {
    assert.equal(formatMsDate(new Date(2026, 0, 5)), '1/5/2026');
    assert.equal(formatMsDate(TODAY), '11/25/2026');
  });

  test("the scaffold's YAML values (src/core/yaml-text.ts) survive the front-matter parser unchanged", () => {
    const values = [
      'Legal/Regulatory',
      'Works Council: Approval',
      '[Draft] Thing',
      '#1 Priority',
      "Customer's Choice",
      'Yes',
      '- dash',
      'Trailing:',
      'a "quoted" word',
      'Billing, Licensing and Subscription',
      '日本語のタイトル',
    ];
    for (const v of values) {
      const fm = parseFrontMatter(
        `---\ntitle: ${yamlScalar(v)}\nft.keywords: ${yamlList([v, 'x'])}\n---\nbody\n`,
      );
      assert.equal(fm.error, undefined, v);
      assert.equal(fm.data.title, v);
      assert.deepEqual(fm.data['ft.keywords'], [v, 'x']);
    }
    assert.equal(
      yamlScalar('Legal/Regulatory'),
      'Legal/Regulatory',
      'plain when safe, as the playbook writes it',
    );
  });

  test('placeholderKeywords: one or two, from the title', () => {
    assert.deepEqual(placeholderKeywords('On Hold'), ['on hold']);
    assert.deepEqual(placeholderKeywords('Data Residency', 'Blocked'), [
      'data residency',
      'blocked data residency',
    ]);
    assert.deepEqual(placeholderKeywords('Key: Value, [x]'), ['key value x']);
  });
});

describe('parseArgs', () => {
  const ok = (argv: string[]) => {
    const r = parseArgs(argv);
    assert.ok(r.ok, JSON.stringify(r));
    return r.options;
  };
  const err = (argv: string[]) => {
    const r = parseArgs(argv);
    assert.ok(!r.ok && !r.help, JSON.stringify(r));
    return r.message;
  };

  test('L1 with or without "-" as parent', () => {
    assert.deepEqual(ok(['L1', 'On Hold']).request, ok(['L1', '-', 'On Hold']).request);
    assert.equal(ok(['l1', 'On Hold']).request.level, 'L1');
    assert.equal(ok(['L1', 'On Hold']).request.parent, undefined);
  });

  test('L2/L3 with parent, title and options', () => {
    const o = ok([
      'l2',
      'l1l2l3-blocked',
      '  Data   Residency ',
      '--locale',
      'de',
      '--id=l1l2l3-x',
      '--content',
      '/tmp/c',
      '--dry-run',
      '--audience',
      'Internal',
      '--author',
      'me',
      '--label',
      'Short',
    ]);
    assert.deepEqual(o.request, {
      level: 'L2',
      parent: 'l1l2l3-blocked',
      title: 'Data Residency',
      locale: 'de',
      id: 'l1l2l3-x',
      label: 'Short',
      author: 'me',
      owner: undefined,
      manager: undefined,
      audience: 'internal',
    });
    assert.equal(o.content, '/tmp/c');
    assert.equal(o.dryRun, true);
    assert.equal(ok(['L3', 'p', 'T']).request.locale, 'en');
  });

  test('says what is wrong', () => {
    assert.match(err([]), /L1, L2 or L3/);
    assert.match(err(['L4', 'x', 'y']), /unknown level "L4"/);
    assert.match(err(['L2', 'Only Title']), /needs a parent id and a title/);
    assert.match(err(['L2', 'p', 'Data', 'Residency']), /put the title in quotes/);
    assert.match(
      err(['L2', 'p', 't', '--locle', 'de']),
      /unknown option --locle \(did you mean "--locale"\?\)/,
    );
    assert.match(err(['L2', 'p', 't', '--id']), /--id needs a value/);
    assert.match(err(['L2', 'p', 't', '--audience', 'everyone']), /partner or internal/);
    assert.deepEqual(parseArgs(['--help']), { ok: false, help: true });
  });
});

describe('scaffoldPage', () => {
  test('L1, L2 and L3 pages pass the check as created, with complete front matter', () => {
    const dir = tree();
    const l1 = created(dir, { level: 'L1', title: 'On Hold' });
    const l2 = created(dir, { level: 'L2', parent: 'l1l2l3-blocked', title: 'Data Residency' });
    const l3 = created(dir, {
      level: 'L3',
      parent: 'l1l2l3-blocked-legal-regulatory',
      title: 'Data Protection Law',
    });
    // an L3 under the L2 just made
    const l3b = created(dir, { level: 'L3', parent: l2.id, title: 'Regulator Approval Pending' });
    const corpus = assertClean(dir);

    assert.equal(l1.relPath, 'en/l1l2l3-on-hold.md');
    assert.equal(l2.relPath, 'en/l1l2l3-blocked-data-residency.md');
    assert.equal(l3.relPath, 'en/l1l2l3-blocked-legal-regulatory-data-protection-law.md');
    assert.equal(l3b.relPath, 'en/l1l2l3-blocked-data-residency-regulator-approval-pending.md');
    for (const r of [l1, l2, l3, l3b]) {
      assert.ok(existsSync(r.file));
      assert.equal(readFileSync(r.file, 'utf8'), r.text);
    }

    // The complete front matter of a status page (ft.parent below L1), and only known keys.
    const COMPLETE = [
      'title',
      'description',
      'author',
      'ms.author',
      'manager',
      'ms.date',
      'ms.topic',
      'ms.prod',
      'ms.custom',
      'ft.audience',
      'ft.owner',
      'ft.level',
      'ft.order',
      'ft.keywords',
    ];
    for (const [r, parent] of [
      [l1, undefined],
      [l2, 'l1l2l3-blocked'],
      [l3, 'l1l2l3-blocked-legal-regulatory'],
    ] as const) {
      const fm = parseFrontMatter(r.text);
      const want = parent ? [...COMPLETE, 'ft.parent'] : COMPLETE;
      assert.deepEqual(Object.keys(fm.data).sort(), [...want].sort());
      for (const k of Object.keys(fm.data))
        assert.ok(KNOWN_KEYS.includes(k), `${k} is in FIELD_DOCS`);
      const meta = corpus.get('en', r.id)!.meta!;
      assert.equal(meta.date, '2026-11-25');
      assert.deepEqual(meta.audience, ['partner']);
      assert.equal(meta.author, 'pagrim');
      assert.equal(meta.msAuthor, 'pagrim');
      assert.equal(meta.owner, 'pagrim');
      assert.equal(meta.manager, 'pagrim');
      assert.equal(meta.topic, 'playbook');
      assert.equal(meta.prod, 'non-product-specific');
      assert.equal(meta.custom, 'partner-playbook');
      assert.equal(meta.parent, parent);
      assert.ok(meta.keywords.length >= 1 && meta.keywords.length <= 2);
      assert.match(meta.description, /\.$/);
    }

    // Order: after the last sibling; the tree places the pages there.
    const tax = corpus.taxonomies.get('en')!;
    assert.equal(l1.meta.order, 6);
    assert.equal(l2.meta.order, 4);
    assert.equal(l3.meta.order, 3);
    assert.equal(l3b.meta.order, 1);
    assert.equal(tax.roots.at(-1)!.id, l1.id);
    assert.equal(tax.byId.get('l1l2l3-blocked')!.children.at(-1)!.id, l2.id);
    assert.equal(tax.byId.get('l1l2l3-blocked-legal-regulatory')!.children.at(-1)!.id, l3.id);
    assert.equal(tax.byId.get(l3b.id)!.parent!.id, l2.id);

    // Headings per level.
    assert.deepEqual(headings(l1.text), ['Definition', 'When to use it', 'When not to use it']);
    assert.deepEqual(headings(l2.text), [
      'Definition',
      'Valid example scenarios',
      'Invalid example scenarios',
      'Questions to ask the customer',
    ]);
    assert.deepEqual(headings(l3.text), [
      'Definition',
      'Valid example scenarios',
      'Invalid example scenarios',
      'Questions to ask the customer',
    ]);

    // L2: a two-column table whose example row names an existing status.
    const rows = l2.text.split('\n').filter((l) => l.startsWith('|'));
    assert.equal(rows.length, 3);
    assert.equal(rows[0], '| Scenario | Status that applies |');
    const named = rows[2]!.split(' | ').at(-1)!.replace(/ \|$/, '');
    const status = findStatus(statusIndex(tax), named);
    assert.ok(status && status.id !== l2.id, `"${named}" is a status`);

    // L3: the sentence links the parent L2 and its L1.
    assert.match(
      l3.text,
      /refines \[Legal\/Regulatory\]\(l1l2l3-blocked-legal-regulatory\.md\) under \[Blocked\]\(l1l2l3-blocked\.md\)\./,
    );
    assert.match(
      l3b.text,
      /refines \[Data Residency\]\(l1l2l3-blocked-data-residency\.md\) under \[Blocked\]\(l1l2l3-blocked\.md\)\./,
    );
  });

  test('titles with YAML and Markdown punctuation stay clean', () => {
    const dir = tree();
    const r = created(dir, {
      level: 'L2',
      parent: 'l1l2l3-in-progress',
      title: 'Apps: C++ <Legacy> *Tools* | [Beta] #2',
    });
    assert.equal(r.id, 'l1l2l3-in-progress-apps-c-legacy-tools-beta-2');
    const corpus = assertClean(dir);
    assert.equal(corpus.get('en', r.id)!.meta!.title, 'Apps: C++ <Legacy> *Tools* | [Beta] #2');
  });

  test('--id, --label and people flags are used', () => {
    const dir = tree();
    const r = created(dir, {
      level: 'L2',
      parent: 'l1l2l3-no-intent',
      title: 'Budget Freeze',
      id: 'l1l2l3-no-intent-freeze',
      label: 'Freeze',
      author: 'v-cekenn',
      owner: 'ftplaybook',
      manager: 'someone',
    });
    assert.equal(r.relPath, 'en/l1l2l3-no-intent-freeze.md');
    const meta = assertClean(dir).get('en', r.id)!.meta!;
    assert.equal(meta.label, 'Freeze');
    assert.equal(meta.author, 'v-cekenn');
    assert.equal(meta.msAuthor, 'v-cekenn');
    assert.equal(meta.owner, 'ftplaybook');
    assert.equal(meta.manager, 'someone');
  });

  test('refuses an unknown parent, with a suggestion', () => {
    const dir = tree();
    const r = make(dir, { level: 'L2', parent: 'l1l2l3-blokced', title: 'X' });
    assert.ok(!r.ok);
    assert.match(
      r.message,
      /parent "l1l2l3-blokced" is not a status page in en \(did you mean "l1l2l3-blocked"\?\)/,
    );
    const far = make(dir, { level: 'L3', parent: 'nothing-like-it', title: 'X' });
    assert.ok(!far.ok);
    assert.doesNotMatch(far.message, /did you mean/);
    assert.match(far.hint!, /id \(file name without \.md\) of an L2 page/);
  });

  test('accepts the parent written as a file name or path', () => {
    const dir = tree();
    assert.equal(
      created(dir, { level: 'L2', parent: 'content/en/l1l2l3-blocked.md', title: 'A' }).meta.parent,
      'l1l2l3-blocked',
    );
  });

  test('refuses a parent of the wrong level', () => {
    const dir = tree();
    const l3 = make(dir, { level: 'L3', parent: 'l1l2l3-blocked', title: 'X' });
    assert.ok(!l3.ok);
    assert.match(l3.message, /an L3's parent must be an L2, but "l1l2l3-blocked" is an L1/);
    const l2 = make(dir, { level: 'L2', parent: 'l1l2l3-blocked-legal-regulatory', title: 'X' });
    assert.ok(!l2.ok);
    assert.match(
      l2.message,
      /an L2's parent must be an L1, but "l1l2l3-blocked-legal-regulatory" is an L2/,
    );
    const l1 = make(dir, { level: 'L1', parent: 'l1l2l3-blocked', title: 'X' });
    assert.ok(!l1.ok);
    assert.match(l1.message, /an L1 status has no parent/);
    const none = make(dir, { level: 'L2', title: 'X' });
    assert.ok(!none.ok);
    assert.match(none.message, /an L2 needs ft.parent naming its L1/);
    const notStatus = make(dir, { level: 'L2', parent: 'index', title: 'X' });
    assert.ok(!notStatus.ok);
    assert.match(notStatus.message, /not a status page/);
  });

  test('refuses an existing file and never overwrites it', () => {
    const dir = tree();
    const file = join(dir, 'en/l1l2l3-blocked-legal-regulatory.md');
    const before = readFileSync(file, 'utf8');
    const r = make(dir, { level: 'L2', parent: 'l1l2l3-blocked', title: 'Legal/Regulatory' });
    assert.ok(!r.ok);
    assert.match(r.message, /l1l2l3-blocked-legal-regulatory\.md already exists/);
    assert.equal(readFileSync(file, 'utf8'), before);
    const again = make(dir, { level: 'L1', title: 'Blocked' });
    assert.ok(!again.ok);
    assert.match(again.message, /already exists/);
  });

  test('refuses an unknown locale, a bad --id and a title without letters for an id', () => {
    const dir = tree();
    const count = readdirSync(join(dir, 'en')).length;
    const loc = make(dir, { level: 'L1', title: 'X', locale: 'dee' });
    assert.ok(!loc.ok);
    assert.match(loc.message, /unknown locale "dee" \(did you mean "de"\?\)/);
    const id = make(dir, { level: 'L1', title: 'X', id: 'Bad Id' });
    assert.ok(!id.ok);
    assert.match(id.message, /not a valid id/);
    const ja = make(dir, { level: 'L1', title: '保留中' });
    assert.ok(!ja.ok);
    assert.match(ja.hint!, /--id/);
    assert.equal(readdirSync(join(dir, 'en')).length, count, 'nothing written');
  });

  test('write: false plans without writing', () => {
    const dir = tree();
    const r = scaffoldPage(
      dir,
      { level: 'L1', title: 'On Hold', locale: 'en' },
      { owners: OWNERS, today: TODAY, write: false },
    );
    assert.ok(r.ok && !r.written);
    assert.equal(existsSync(r.file), false);
  });

  test("a translation keeps the source's place in the tree and passes the check", () => {
    const dir = tree('de');
    const en = created(dir, { level: 'L2', parent: 'l1l2l3-blocked', title: 'Data Residency' });
    const de = created(dir, {
      level: 'L2',
      parent: 'l1l2l3-blocked',
      title: 'Datenresidenz',
      locale: 'de',
      id: en.id,
    });
    assert.equal(de.relPath, `de/${en.id}.md`);
    assert.equal(de.meta.order, en.meta.order);
    assert.deepEqual(de.notes, []);
    assert.deepEqual(headings(de.text), [
      'Definition',
      'Gültige Beispielszenarien',
      'Ungültige Beispielszenarien',
      'Fragen an den Kunden',
    ]);
    const l3 = created(dir, {
      level: 'L3',
      parent: 'l1l2l3-blocked-legal-regulatory',
      title: 'Betriebsrat',
      locale: 'de',
      id: 'l1l2l3-blocked-legal-regulatory-legal-x',
    });
    assert.match(
      l3.text,
      /präzisiert \[Gesetzlich\/Regulatorisch\]\(l1l2l3-blocked-legal-regulatory\.md\) im Status \[Blockiert\]\(l1l2l3-blocked\.md\)/,
    );
    // The L3 has no English source: the only finding is the missing source.
    assert.equal(l3.notes.length, 1);
    assert.match(l3.notes[0]!, /i18n\/no-source/);
    const corpus = loadContent(dir, { owners: OWNERS, displayBase: dir });
    // The translation of a new English page has its structure (no i18n/parity-*); the L3 only lacks its source.
    const findings = corpus.diagnostics.filter((d) => d.rule !== 'helper/unreachable-status');
    assert.deepEqual(
      findings.map((d) => `${d.file} ${d.rule}`),
      [`de/${l3.id}.md i18n/no-source`],
    );
    // A translation must sit where its source sits.
    const wrong = make(dir, {
      level: 'L2',
      parent: 'l1l2l3-no-intent',
      title: 'X',
      locale: 'de',
      id: 'l1l2l3-blocked-adoption-readiness-x',
    });
    assert.ok(wrong.ok, 'no source: free');
    rmSync(wrong.file);
    const moved = make(dir, {
      level: 'L2',
      parent: 'l1l2l3-no-intent',
      title: 'X',
      locale: 'es',
      id: en.id,
    });
    assert.ok(!moved.ok);
    assert.match(moved.message, /same place in the tree/);
  });

  test('under an internal-only parent the page is internal; --audience partner is refused', () => {
    const dir = tree();
    const file = join(dir, 'en/l1l2l3-status-unknown.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('ft.audience: partner', 'ft.audience: internal'),
    );
    const r = created(dir, { level: 'L2', parent: 'l1l2l3-status-unknown', title: 'Waiting' });
    assert.equal(r.meta.audience, 'internal');
    const internal = loadContent(dir, { audience: 'internal', owners: OWNERS, displayBase: dir });
    assert.deepEqual(internal.diagnostics.filter((d) => d.file === r.relPath).map(formatHuman), []);
    const refused = make(dir, {
      level: 'L2',
      parent: 'l1l2l3-status-unknown',
      title: 'Other',
      audience: 'partner',
    });
    assert.ok(!refused.ok);
    assert.match(refused.message, /not built for partner/);
  });

  test('an unknown author is written but noted', () => {
    const dir = tree();
    const r = created(dir, { level: 'L1', title: 'On Hold', author: 'pagrm' });
    assert.match(r.notes.join('\n'), /--author "pagrm" is not in owners.*did you mean "pagrim"/);
  });
});

describe('sibling order from the core', () => {
  test('ties of ft.order break by title, as the taxonomy does (not by id)', () => {
    const dir = tree();
    for (const f of readdirSync(join(dir, 'en'))) {
      const path = join(dir, 'en', f);
      const text = readFileSync(path, 'utf8');
      if (!/^ft\.level: L1$/m.test(text)) continue;
      let next = text.replace(/^ft\.order: .*$/m, 'ft.order: 1');
      if (f === 'l1l2l3-blocked.md')
        next = next.replace(/^title: Blocked$/m, 'title: Zeta Blocked');
      writeFileSync(path, next);
    }
    const first = loadContent(dir, { owners: OWNERS, displayBase: dir }).taxonomies.get('en')!
      .roots[0]!.id;
    assert.equal(first, 'l1l2l3-duplicate-invalid', 'the taxonomy puts the first title first');
    const l1 = created(dir, { level: 'L1', title: 'On Hold' });
    assert.match(
      l1.text,
      /e\.g\.: use \[[^\]]+\]\(l1l2l3-duplicate-invalid\.md\)/,
      'the new page names the first L1 in taxonomy order',
    );
  });
});

describe('npm run new (scripts/new.ts)', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  test('creates the page and reports no findings', () => {
    const dir = tree();
    const r = run('L2', 'l1l2l3-blocked', 'Data Residency', '--content', dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Created .*l1l2l3-blocked-data-residency\.md/);
    assert.match(r.stdout, /no findings for this file/);
    assertClean(dir);
  });

  test('exit 1 with a clear message when refused', () => {
    const dir = tree();
    const unknown = run('L2', 'l1l2l3-blokced', 'X', '--content', dir);
    assert.equal(unknown.status, 1);
    assert.match(
      unknown.stderr,
      /error: ft.parent "l1l2l3-blokced" is not a status page in en \(did you mean "l1l2l3-blocked"\?\)/,
    );
    const level = run('L3', 'l1l2l3-blocked', 'X', '--content', dir);
    assert.equal(level.status, 1);
    assert.match(level.stderr, /must be an L2/);
    const exists = run('L1', '-', 'Blocked', '--content', dir);
    assert.equal(exists.status, 1);
    assert.match(exists.stderr, /already exists/);
    const usage = run('L9');
    assert.equal(usage.status, 1);
    assert.match(usage.stderr, /usage: npm run new/);
  });

  test('--dry-run prints the page and writes nothing', () => {
    const dir = tree();
    const r = run('L1', 'On Hold', '--content', dir, '--dry-run');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^title: On Hold$/m);
    assert.equal(existsSync(join(dir, 'en/l1l2l3-on-hold.md')), false);
  });

  test('--help', () => {
    const r = run('--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /usage: npm run new -- <L1\|L2\|L3>/);
  });
});
