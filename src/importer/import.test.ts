import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { loadContent } from '../core/corpus.ts';
import { parseFrontMatter } from '../core/frontmatter.ts';
import { PLAYBOOK, NO_SHARED } from '../../tests/helpers/corpus.ts';
import { importDocfx } from './import.ts';
import { scanLayout } from './layout.ts';
import { reportMarkdown } from './report.ts';
import { reportPaths, writeImport } from './write.ts';

const FIX = resolve(import.meta.dirname, '../../tests/fixtures/docfx');

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else
        out.set(
          p.slice(dir.length + 1),
          createHash('sha256').update(readFileSync(p)).digest('hex'),
        );
    }
  };
  walk(dir);
  return out;
}

function importInto(input: string): {
  dir: string;
  out: string;
  result: ReturnType<typeof importDocfx>;
} {
  const dir = mkdtempSync(join(tmpdir(), 'docfx-import-'));
  const out = join(dir, 'content');
  const result = importDocfx(input);
  writeImport(out, result);
  return { dir, out, result };
}

const text = (r: ReturnType<typeof importDocfx>, path: string) => {
  const o = r.outputs.find((x) => x.path === path);
  assert.ok(o, `no output ${path}`);
  return String(o.data);
};

test('fixture: every input file is imported or reported, with the reason', () => {
  const input = resolve(FIX, 'partner-mini');
  const { report } = importDocfx(input);
  const files = scanLayout(input).files;
  assert.equal(report.summary.inputFiles, files.length);
  assert.equal(report.summary.imported + report.summary.notImported, files.length);
  assert.deepEqual(Object.fromEntries(report.notImported.map((n) => [n.file, n.code])), {
    'README.txt': 'outside-language-folder',
    'english-playbook/media/unused.png': 'unreferenced-file',
    'german-playbook/l1l2l3-waiting-vendor.md': 'language-mismatch', // the English copy in the German folder
    'german-playbook/notes-en.md': 'other-locale-suffix',
  });
  assert.match(
    report.notImported.find((n) => n.code === 'language-mismatch')!.reason,
    /text is en/,
  );
  assert.deepEqual(report.summary.pagesPerLocale, { de: 4, en: 7 });
});

test('fixture: pages get <locale>/<id>.md, status fields, labels, rewritten links and copied media', () => {
  const r = importDocfx(resolve(FIX, 'partner-mini'));
  const vendorDe = parseFrontMatter(text(r, 'de/l1l2l3-waiting-vendor.md')).data;
  // The German heading is the title, the English name an alias; no label is needed any more.
  assert.deepEqual(
    [
      vendorDe['ft.level'],
      vendorDe['ft.parent'],
      vendorDe['ft.order'],
      vendorDe['ft.label'],
      vendorDe.title,
      vendorDe['ft.aliases'],
    ],
    ['L2', 'l1l2l3-waiting', '1', undefined, 'Anbieter', ['Vendor']],
  );
  const waiting = parseFrontMatter(text(r, 'en/l1l2l3-waiting.md')).data;
  assert.deepEqual(
    [
      waiting['ft.level'],
      waiting['ft.parent'],
      waiting['ft.order'],
      waiting['ft.label'],
      waiting.title,
    ],
    ['L1', undefined, '2', undefined, 'Waiting'],
  );
  const budget = parseFrontMatter(text(r, 'en/l1l2l3-paused-budget.md')).data;
  assert.deepEqual([budget['ft.level'], budget['ft.parent']], ['L2', 'l1l2l3-paused']);
  assert.ok(
    r.report.findings.some(
      (f) => f.kind === 'taxonomy' && /l1l2l3-paused: no such page/.test(f.message),
    ),
  );
  const list = parseFrontMatter(text(r, 'en/l1l2l3-homepage-list.md')).data;
  assert.equal(list['ft.level'], undefined);
  // Links: suffix dropped, anchors and titles kept, extensionless link given its .md, cross-folder media.
  const deGuide = text(r, 'de/guide-start.md');
  assert.match(deGuide, /\[Anbieter\]\(l1l2l3-waiting-vendor\.md#was-ist-zu-tun\)/);
  assert.match(deGuide, /\(\.\.\/en\/media\/flow\.png\)/);
  const enGuide = text(r, 'en/guide-start.md');
  assert.match(enGuide, /\(l1l2l3-waiting-vendor\.md#what-to-do "Waiting for a vendor"\)/);
  assert.match(enGuide, /\[the status list\]\(l1l2l3-homepage-list\.md\)/);
  assert.ok(r.outputs.some((o) => o.path === 'en/media/flow.png' && Buffer.isBuffer(o.data)));
  assert.ok(
    r.report.findings.some(
      (f) =>
        f.kind === 'missing-file' && f.file === 'english-playbook/guide-start.md' && f.line === 15,
    ),
  );
  // Audience: added for a partner playbook, and said so.
  assert.equal(parseFrontMatter(text(r, 'en/orphan.md')).data['ft.audience'], 'partner');
  assert.ok(
    r.report.pages
      .find((p) => p.id === 'orphan' && p.locale === 'en')!
      .changes.some((c) => /ft\.audience partner added/.test(c)),
  );
  // Author lines untouched.
  assert.ok(
    text(r, 'en/guide-start.md').startsWith('---\n# required metadata\ntitle: Getting started\n'),
  );
});

test("fixture: titles are the pages' own headings, each decision in the report; one top heading per page", () => {
  const r = importDocfx(resolve(FIX, 'partner-mini'));
  const titleOf = (p: string) => parseFrontMatter(text(r, p)).data.title;
  assert.equal(titleOf('de/l1l2l3-waiting.md'), 'Wartend'); // was "Tiny Playbook - Waiting" (English, with the playbook's name)
  assert.equal(titleOf('en/l1l2l3-waiting.md'), 'Waiting');
  assert.equal(titleOf('en/l1l2l3-paused-budget.md'), 'Budget'); // "Paused - Budget": the L1's name dropped
  assert.equal(titleOf('en/l1l2l3-homepage-list.md'), 'L1 L2 L3 Homepage List'); // its "# Statuses" opens a section
  const body = (p: string) => parseFrontMatter(text(r, p)).body;
  assert.doesNotMatch(
    body('de/l1l2l3-waiting.md'),
    /^# /m,
    'the heading that became the title left the body',
  );
  assert.match(
    body('en/l1l2l3-homepage-list.md'),
    /^## Statuses$/m,
    'a section heading becomes level 2',
  );
  for (const o of r.outputs.filter((x) => x.path.endsWith('.md') && !x.path.includes('_includes')))
    assert.doesNotMatch(parseFrontMatter(String(o.data)).body, /^ {0,3}# /m, o.path);
  // Every changed title is in the report, with before, after and why; the Markdown report lists them.
  const changed = r.report.pages
    .filter((p) => p.title && p.title.before !== p.title.after)
    .map((p) => [p.out, p.title!.before, p.title!.after]);
  assert.deepEqual(changed, [
    ['de/l1l2l3-waiting-vendor.md', 'Waiting - Vendor', 'Anbieter'],
    ['de/l1l2l3-waiting.md', 'Tiny Playbook - Waiting', 'Wartend'],
    [
      'en/l1l2l3-homepage-list.md',
      'Tiny Playbook - L1 L2 L3 Homepage List',
      'L1 L2 L3 Homepage List',
    ],
    ['en/l1l2l3-paused-budget.md', 'Paused - Budget', 'Budget'],
    ['en/l1l2l3-waiting-vendor.md', 'Waiting - Vendor', 'Vendor'],
    ['en/l1l2l3-waiting.md', 'Tiny Playbook - Waiting', 'Waiting'],
  ]);
  assert.deepEqual(r.report.summary.titlesChangedPerLocale, { de: 2, en: 4 });
  assert.match(
    reportMarkdown(r.report),
    /\| german-playbook\/l1l2l3-waiting-de\.md \| Tiny Playbook - Waiting \| Wartend \| .*front-matter title is the English title/,
  );
  // TOC: an entry named as in English takes the page's German title; a section without a page is reported.
  const de = JSON.parse(text(r, 'de/_toc.json'));
  assert.equal(de[0].children[0].title, 'Erste Schritte');
  assert.deepEqual(r.report.tocLabels, [
    {
      file: 'german-playbook/toc.yml',
      locale: 'de',
      id: 'guide-start',
      before: 'Getting started',
      after: 'Erste Schritte',
    },
  ]);
  assert.ok(
    r.report.findings.some(
      (f) => f.kind === 'untranslated-label' && /"Extras": untranslated label/.test(f.message),
    ),
  );
  assert.equal(de[1].title, 'Extras');
});

test('fixture: the DocFX address of every page goes into legacy-addresses.json', () => {
  const r = importDocfx(resolve(FIX, 'partner-mini'));
  const map = JSON.parse(text(r, 'legacy-addresses.json'));
  assert.equal(map['german-playbook/l1l2l3-waiting-vendor-de.md'], 'de/l1l2l3-waiting-vendor');
  assert.equal(map['english-playbook/l1l2l3-waiting.md'], 'en/l1l2l3-waiting');
  assert.equal(
    map['german-playbook/l1l2l3-waiting-vendor.md'],
    undefined,
    'a file not imported has no page to go to',
  );
  assert.equal(Object.keys(map).length, r.report.pages.length);
});

test('fixture: _toc.json keeps sections, nesting and order of the non-status pages', () => {
  const r = importDocfx(resolve(FIX, 'partner-mini'));
  const toc = JSON.parse(text(r, 'en/_toc.json'));
  assert.deepEqual(toc, [
    {
      title: 'Tiny Playbook',
      id: 'index',
      children: [{ title: 'Getting started', id: 'guide-start', children: [] }],
    },
    {
      title: 'Extras',
      id: null,
      children: [
        { title: 'Partner site', id: null, href: 'https://example.org/partners', children: [] },
      ],
    },
    {
      title: 'Statuses',
      id: null,
      children: [{ title: 'Status list', id: 'l1l2l3-homepage-list', children: [] }],
    },
  ]);
  assert.ok(
    r.report.findings.some((f) => f.file === 'english-playbook/orphan.md' && f.kind === 'toc'),
  );
  assert.ok(
    r.report.findings.some(
      (f) =>
        f.file === 'german-playbook/toc.yml' && /"Wartend".*l1l2l3-waiting-de\.md/.test(f.message),
    ),
  );
});

test('fixture: a folder of unknown name, includes, nested toc, no invented audience', () => {
  const r = importDocfx(resolve(FIX, 'handbook'));
  assert.deepEqual(r.report.summary.pagesPerLocale, { es: 3 });
  assert.deepEqual(
    r.report.notImported.map((n) => [n.file, n.code]),
    [['docs/inicio.md', 'duplicate-page']],
  );
  assert.equal(parseFrontMatter(text(r, 'es/guia.md')).data['ft.audience'], undefined);
  assert.ok(r.report.findings.some((f) => f.kind === 'audience' && f.file === 'docs/guia-es.md'));
  assert.match(text(r, 'es/guia.md'), /\[!INCLUDE \[aviso\]\(_includes\/includes\/aviso\.md\)\]/);
  assert.match(text(r, 'es/_includes/includes/aviso.md'), /\(guia\.md\)/);
  assert.deepEqual(JSON.parse(text(r, 'es/_toc.json'))[1], {
    title: 'More',
    id: null,
    children: [{ title: 'Extra', id: 'more/extra', children: [] }],
  });
  assert.deepEqual(
    r.report.otherImported.map((o) => [o.file, o.kind]),
    [
      ['docs/includes/aviso.md', 'include'],
      ['docs/more/toc.yml', 'toc'],
      ['docs/toc.yml', 'toc'],
    ],
  );
});

test('fixture: twice gives the same bytes, and the core loads the result', () => {
  const a = importInto(resolve(FIX, 'partner-mini'));
  const b = importInto(resolve(FIX, 'partner-mini'));
  try {
    writeImport(a.out, importDocfx(resolve(FIX, 'partner-mini'))); // a second run into the same folder
    assert.deepEqual(snapshot(a.dir), snapshot(b.dir));
    assert.equal(
      readFileSync(reportPaths(a.out).md, 'utf8'),
      readFileSync(reportPaths(b.out).md, 'utf8'),
    );
    const corpus = loadContent(a.out);
    assert.deepEqual(
      [
        ...new Set(corpus.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)),
      ].sort(),
      ['image/missing', 'taxonomy/unknown-parent'],
    );
    const vendor = corpus.get('de', 'l1l2l3-waiting-vendor');
    assert.equal(vendor?.meta?.level, 'L2');
    assert.equal(
      corpus.taxonomies.get('de')!.byId.get('l1l2l3-waiting-vendor')?.parent?.id,
      'l1l2l3-waiting',
    );
  } finally {
    rmSync(a.dir, { recursive: true, force: true });
    rmSync(b.dir, { recursive: true, force: true });
  }
});

test('real corpus: reconciles, is byte-identical twice, and loads', { skip: NO_SHARED }, () => {
  const a = importInto(PLAYBOOK);
  const b = importInto(PLAYBOOK);
  try {
    const { report } = a.result;
    assert.equal(report.summary.inputFiles, scanLayout(PLAYBOOK).files.length);
    assert.equal(report.summary.imported + report.summary.notImported, report.summary.inputFiles);
    assert.ok(report.summary.pagesPerLocale.en! > 0 && report.summary.pagesPerLocale.de! > 0);
    assert.deepEqual(snapshot(a.dir), snapshot(b.dir));
    const de = parseFrontMatter(
      readFileSync(join(a.out, 'de/l1l2l3-blocked-legal-regulatory.md'), 'utf8'),
    ).data;
    assert.equal(de['ft.level'], 'L2');
    assert.equal(de['ft.parent'], 'l1l2l3-blocked');
    assert.equal(de.title, 'Gesetzlich/Regulatorisch');
    assert.deepEqual(de['ft.aliases'], ['Legal/Regulatory']);
    assert.equal(de['ft.label'], undefined);
    const corpus = loadContent(a.out);
    const page = corpus.get('de', 'l1l2l3-blocked-legal-regulatory');
    assert.equal(page?.meta?.level, 'L2');
    assert.equal(page?.meta?.parent, 'l1l2l3-blocked');
    assert.equal(
      corpus.taxonomies.get('de')!.byId.get('l1l2l3-blocked-legal-regulatory')?.parent?.id,
      'l1l2l3-blocked',
    );
    // Nothing the importer writes is a layout or duplicate problem for the checker.
    assert.deepEqual(
      corpus.diagnostics.filter(
        (d) =>
          d.rule.startsWith('layout/') ||
          d.rule === 'page/duplicate-url' ||
          d.rule.startsWith('frontmatter/'),
      ),
      [],
    );
  } finally {
    rmSync(a.dir, { recursive: true, force: true });
    rmSync(b.dir, { recursive: true, force: true });
  }
});

test('hostile input: symbolic links are counted and reported, never followed; a toc.yml alias bomb stops at the entry limit (issue 12, cases 11 and 23)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docfx-hostile-'));
  try {
    const input = join(dir, 'english-playbook');
    mkdirSync(input);
    writeFileSync(join(dir, 'secret.md'), '---\ntitle: Secret\n---\nHOSTILE-OUTSIDE\n');
    writeFileSync(
      join(input, 'index.md'),
      '---\ntitle: Home\nms.date: 1/1/2026\n---\nSee [x](x.md).\n',
    );
    symlinkSync(join(dir, 'secret.md'), join(input, 'x.md'));
    symlinkSync(join(dir, 'nowhere.md'), join(input, 'dangling.md'));
    // Each level names the one below nine times: 9^8 entries from a few hundred bytes.
    const levels = ['a: &a [{ name: leaf, href: index.md }]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `l${i}: &l${i} [${Array.from({ length: 9 }, () => `{ name: n${i}, items: *${i === 1 ? 'a' : `l${i - 1}`} }`).join(', ')}]`,
      );
    writeFileSync(join(input, 'toc.yml'), `${levels.join('\n')}\nitems: *l8\n`);
    const r = importDocfx(input, { limits: { tocEntries: 1000 } });
    const links = r.report.notImported.filter((n) => n.code === 'symlink').map((n) => n.file);
    assert.deepEqual(links, ['dangling.md', 'x.md']);
    assert.equal(r.report.summary.notImportedByCode.symlink, 2);
    assert.equal(r.report.summary.inputFiles, 4, 'links are input files too');
    assert.ok(
      !r.outputs.some((o) => String(o.data).includes('HOSTILE-OUTSIDE')),
      'the link target is not read',
    );
    assert.ok(
      r.report.findings.some(
        (f) => f.kind === 'toc' && /expands to more than 1000 entries/.test(f.message),
      ),
      JSON.stringify(r.report.findings.slice(0, 3)),
    );
    const toc = r.outputs.find((o) => o.path === 'en/_toc.json');
    assert.ok(toc && String(toc.data).length < 2_000_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('authored ft.level/ft.order are read as the checker reads them, and the page is validated by its code', () => {
  const input = mkdtempSync(join(tmpdir(), 'docfx-fields-'));
  const dir = join(input, 'english-playbook');
  mkdirSync(dir);
  const page = (fields: string, title: string) =>
    `---\ntitle: ${title}\ndescription: One sentence.\nms.date: 1/2/2026\nft.audience: partner\n${fields}---\n\nBody.\n`;
  writeFileSync(join(dir, 'toc.yml'), '- name: Blocked\n  href: l1l2l3-blocked.md\n');
  writeFileSync(join(dir, 'l1l2l3-blocked.md'), page('', 'Blocked'));
  writeFileSync(join(dir, 'l1l2l3-blocked-none.md'), page('ft.level: none\n', 'Blocked - None'));
  writeFileSync(
    join(dir, 'l1l2l3-blocked-deep.md'),
    page('ft.level: L4\nft.parent: l1l2l3-blocked\n', 'Blocked - Deep'),
  );
  writeFileSync(join(dir, 'l1l2l3-blocked-odd.md'), page('ft.order: abc\n', 'Blocked - Odd'));
  const { report, outputs } = importDocfx(input);
  rmSync(input, { recursive: true, force: true });
  const entry = (id: string) => report.pages.find((p) => p.id === id)!;
  assert.equal(entry('l1l2l3-blocked-none').level, undefined, 'none is no level ("NONE" before)');
  assert.equal(entry('l1l2l3-blocked-deep').level, undefined, 'L4 is not kept as a level');
  assert.equal(entry('l1l2l3-blocked-odd').level, 'L2');
  assert.equal(entry('l1l2l3-blocked-odd').order, undefined, 'abc gives no order (NaN before)');
  const none = String(outputs.find((o) => o.path === 'en/l1l2l3-blocked-none.md')!.data);
  assert.doesNotMatch(
    none,
    /ft\.order|ft\.parent/,
    'nothing is added to a page its author made no status',
  );
  const fm = report.findings.filter((f) => f.kind === 'frontmatter').map((f) => f.message);
  assert.deepEqual(fm, [
    'en/l1l2l3-blocked-deep.md:6: unknown level "L4" (did you mean "L1"?) (`npm run check`: schema/ft.level; allowed: L1, L2, L3, none)',
    'en/l1l2l3-blocked-odd.md:6: ft.order "abc" is not a whole number (`npm run check`: schema/ft.order; Position among siblings (1, 2, …); lower comes first.)',
  ]);
});
