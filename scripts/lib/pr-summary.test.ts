/**
 * `npm run pr-summary` on a temporary git repository with two commits: the fixture playbook, then
 * an author's changes (a status renamed, one moved, two reordered, one added, one removed, aliases
 * changed, an English section rewritten, a broken link). Asserts the Markdown says each of them.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MARKER, prSummary } from './pr-summary.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let repo = '';
let md = '';

const git = (...args: string[]) => {
  const r = spawnSync(
    'git',
    ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args],
    { cwd: repo, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
};
const edit = (rel: string, fn: (s: string) => string) =>
  writeFileSync(join(repo, 'content', rel), fn(readFileSync(join(repo, 'content', rel), 'utf8')));

before(() => {
  repo = mkdtempSync(join(tmpdir(), 'pr-summary-'));
  const cfg = JSON.parse(readFileSync(join(ROOT, 'playbook.config.json'), 'utf8'));
  writeFileSync(
    join(repo, 'playbook.config.json'),
    JSON.stringify({ ...cfg, site: 'https://playbook.example', base: '/pb', rules: {} }),
  );
  cpSync(join(ROOT, 'tests', 'fixtures', 'playbook'), join(repo, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base');
  // renamed (de), moved (en and de: network from infra to legal), reordered (billing before legal), aliases, added, removed
  edit('de/l1l2l3-blocked-legal-regulatory-works-council.md', (s) =>
    s.replace('title: Betriebsrat', 'title: Arbeitnehmervertretung'),
  );
  for (const l of ['en', 'de'])
    edit(`${l}/l1l2l3-blocked-customer-it-infrastructure-remediation-network.md`, (s) =>
      s
        .replace(
          'ft.parent: l1l2l3-blocked-customer-it-infrastructure-remediation',
          'ft.parent: l1l2l3-blocked-legal-regulatory',
        )
        .replace('ft.order: 3', 'ft.order: 9'),
    );
  edit('en/l1l2l3-blocked-legal-regulatory.md', (s) =>
    s.replace('ft.order: 1', 'ft.order: 2\nft.aliases: [Regulatory, Compliance]'),
  );
  edit('en/l1l2l3-blocked-billing-licensing-subscription.md', (s) =>
    s.replace('ft.order: 2', 'ft.order: 1'),
  );
  writeFileSync(
    join(repo, 'content/en/l1l2l3-in-progress-migration-mailboxes.md'),
    '---\ntitle: Mailboxes\ndescription: Mailboxes are moved.\nms.date: 11/25/2026\nft.audience: partner\nft.level: L3\nft.parent: l1l2l3-in-progress-migration\nft.order: 1\n---\n\nMail moves.\n',
  );
  git('rm', '-q', 'content/de/l1l2l3-blocked-billing-licensing-subscription-wrong-tenant.md');
  // an English section rewritten; its German translation is left as it was
  edit('en/l1l2l3-in-progress-migration.md', (s) =>
    s.replace(
      'Migration is a status of the fixture playbook.',
      'Migration means data, apps or mailboxes are being moved. See [gone](l1l2l3-gone.md).',
    ),
  );
  git('add', '-A');
  git('commit', '-qm', 'change');
  md = prSummary({ base: 'HEAD~1', repo });
});
after(() => rmSync(repo, { recursive: true, force: true }));

test('one comment, found again by its marker', () => {
  assert.ok(
    md.startsWith(`${MARKER}\n## What this pull request does to the playbook\n`),
    md.slice(0, 200),
  );
  assert.match(md, /Compared with `HEAD~1`\./);
});

test('check findings: counts, what is new, the first ones with file:line', () => {
  assert.match(md, /\*\*Check:\*\* 1 errors, 0 warnings — 1 new with this change, 0 fixed\./);
  assert.match(
    md,
    /\| `content\/en\/l1l2l3-in-progress-migration\.md:\d+` \| error \(new\) \| `link\/broken` \| link "l1l2l3-gone\.md" goes to no page/,
  );
});

test('status tree per locale: added, removed, renamed, moved, reordered, aliases', () => {
  const en = md.slice(md.indexOf('**en**'), md.indexOf('**de**'));
  const de = md.slice(md.indexOf('**de**'), md.indexOf('### Translations'));
  assert.match(
    en,
    /- added L3 `l1l2l3-in-progress-migration-mailboxes` "Mailboxes" under `l1l2l3-in-progress-migration` \(Migration\)/,
  );
  assert.match(
    en,
    /- moved `l1l2l3-blocked-customer-it-infrastructure-remediation-network` "Network" from `l1l2l3-blocked-customer-it-infrastructure-remediation` \(Customer IT Infrastructure and Remediation\) to `l1l2l3-blocked-legal-regulatory` \(Legal\/Regulatory\)/,
  );
  assert.match(
    en,
    /- reordered under `l1l2l3-blocked` \(Blocked\): `l1l2l3-blocked-legal-regulatory`, `l1l2l3-blocked-billing-licensing-subscription`, `l1l2l3-blocked-customer-it-infrastructure-remediation` → `l1l2l3-blocked-billing-licensing-subscription`, `l1l2l3-blocked-legal-regulatory`, `l1l2l3-blocked-customer-it-infrastructure-remediation`/,
  );
  assert.match(
    en,
    /- aliases of `l1l2l3-blocked-legal-regulatory` "Legal\/Regulatory": added "Regulatory", "Compliance"/,
  );
  assert.doesNotMatch(en, /renamed|removed/);
  assert.match(
    de,
    /- removed L3 `l1l2l3-blocked-billing-licensing-subscription-wrong-tenant` "Falscher Mandant"/,
  );
  assert.match(
    de,
    /- renamed `l1l2l3-blocked-legal-regulatory-works-council`: "Betriebsrat" → "Arbeitnehmervertretung"/,
  );
  assert.match(
    de,
    /- moved `l1l2l3-blocked-customer-it-infrastructure-remediation-network` "Netzwerk"/,
  );
  assert.doesNotMatch(md, /\*\*(es|ja|pt-br|zh-cn)\*\*/, 'locales without a change are not listed');
});

test('translations left behind: the German page of the English page that changed, with the section', () => {
  assert.match(
    md,
    /- `content\/de\/l1l2l3-in-progress-migration\.md` — English sections changed: "Definition"/,
  );
  assert.match(
    md,
    /- `content\/es\/l1l2l3-in-progress-migration\.md` — English sections changed: "Definition"/,
  );
  assert.doesNotMatch(
    md,
    /content\/de\/l1l2l3-blocked-customer-it-infrastructure-remediation-network\.md` — /,
    'a translation changed along with its English page is not listed',
  );
});

test('changed pages link to the site (site URL and base from the config)', () => {
  assert.match(
    md,
    /- added: \[en\/l1l2l3-in-progress-migration-mailboxes\]\(https:\/\/playbook\.example\/pb\/en\/l1l2l3-in-progress-migration-mailboxes\/\) \(`content\/en\/l1l2l3-in-progress-migration-mailboxes\.md`\)/,
  );
  assert.match(
    md,
    /- changed: \[de\/l1l2l3-blocked-legal-regulatory-works-council\]\(https:\/\/playbook\.example\/pb\/de\/l1l2l3-blocked-legal-regulatory-works-council\/\)/,
  );
  assert.match(
    md,
    /- removed: `content\/de\/l1l2l3-blocked-billing-licensing-subscription-wrong-tenant\.md`/,
  );
  assert.doesNotMatch(md, /\[en\/l1l2l3-blocked\]\(/, 'an unchanged page is not listed');
});

test('an unknown base is a message, not a stack trace', () => {
  assert.throws(
    () => prSummary({ base: 'no-such-ref', repo }),
    /--base no-such-ref: no such commit/,
  );
});
