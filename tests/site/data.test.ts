/**
 * The taxonomy as data, on the helper fixture (en/de/ja with an internal-only status): statuses.json
 * validates against the published JSON Schema, the CSV parses back to the same records, every status
 * of each locale is there and nothing internal is; llms.txt / llms-full.txt; DefinedTerm JSON-LD;
 * the feedback widget (and none without a repository).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { buildSite, listFiles, read, ROOT } from '../helpers/build.ts';
import { loadContent } from '../../src/core/corpus.ts';
import { flatten } from '../../src/core/taxonomy.ts';
import { CSV_LIST_SEPARATOR, csvValue, type StatusRecord } from '../../src/core/status-data.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/helper');
const build = buildSite({ name: 'helper-fixture', content: FIXTURE });
const dist = build.dir;
const LOCALES = ['en', 'de', 'ja'];
const INTERNAL = [
  /l1l2l3-blocked-secret/,
  /Secret Internal Reason/,
  /Geheimer interner Grund/,
  /社内限定の理由/,
];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed files are checked by the schema
const json = (rel: string): any => JSON.parse(read(dist, rel));

test('the fixture builds', () => {
  assert.equal(build.status, 0, build.output.slice(-3000));
});

test('statuses.json of each locale validates against the published schema and holds every status, in order', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(json('statuses.schema.json'));
  const corpus = loadContent(FIXTURE, { audience: 'partner' });
  for (const locale of LOCALES) {
    const file = json(`${locale}/statuses.json`);
    const valid: boolean = validate(file);
    assert.ok(valid, `${locale}: ${ajv.errorsText(validate.errors)}`);
    assert.equal(file.locale, locale);
    assert.equal(file.audience, 'partner');
    const expected = flatten(corpus.taxonomies.get(locale)!).map((n) => n.id);
    assert.deepEqual(
      file.statuses.map((s: StatusRecord) => s.id),
      expected,
    );
  }
  const bad = json('en/statuses.json');
  bad.statuses[0].level = 'L4';
  assert.equal(validate(bad), false, 'the schema can fail');
  const all = json('statuses.json');
  const validAll: boolean = ajv.compile(json('statuses-all.schema.json'))(all);
  assert.ok(validAll);
  assert.deepEqual(Object.keys(all.locales), LOCALES);
  assert.deepEqual(all.locales.de, json('de/statuses.json').statuses);
});

test('a record says what the page says: names, paths in both languages, definition, URL', () => {
  const de = json('de/statuses.json').statuses as StatusRecord[];
  const proxy = de.find((s) => s.id === 'l1l2l3-blocked-network-proxy')!;
  assert.deepEqual(
    {
      level: proxy.level,
      parentId: proxy.parentId,
      name: proxy.name,
      englishName: proxy.englishName,
      path: proxy.path,
      englishPath: proxy.englishPath,
      definition: proxy.definition,
      translated: proxy.translated,
    },
    {
      level: 'L3',
      parentId: 'l1l2l3-blocked-network',
      name: 'Proxy-Server',
      englishName: 'Proxy',
      path: 'Blockiert › Netzwerk › Proxy-Server',
      englishPath: 'Blocked › Network › Proxy',
      definition: 'Fixture-Text für Proxy-Server.',
      translated: true,
    },
  );
  const path = new URL(proxy.url).pathname;
  assert.ok(existsSync(join(dist, path, 'index.html')), `${proxy.url} is a built page`);
});

test('the CSV starts with a BOM and parses back to the JSON records', () => {
  for (const locale of LOCALES) {
    const csv = read(dist, `${locale}/statuses.csv`);
    assert.ok(csv.startsWith('\uFEFF'), `${locale}: BOM`);
    const rows = parse(csv, {
      bom: true,
      columns: true,
      cast: (v: string) => csvValue(v),
    }) as Record<string, string>[];
    const back = rows.map((r) => ({
      ...r,
      parentId: r.parentId || null,
      aliases: r.aliases ? r.aliases.split(CSV_LIST_SEPARATOR) : [],
      translated: r.translated === 'true',
    }));
    assert.deepEqual(back, json(`${locale}/statuses.json`).statuses);
  }
});

test('no internal status in any data file, llms.txt or page of the partner build', () => {
  const files = listFiles(dist).filter(
    (f) => /\.(json|csv|txt|html|xml)$/.test(f) && !f.startsWith('pagefind/'),
  );
  assert.ok(files.includes('en/llms-full.txt') && files.includes('statuses.json'));
  for (const f of files) {
    const text = read(dist, f);
    for (const re of INTERNAL) assert.doesNotMatch(text, re, `${f} mentions the internal status`);
  }
});

test('llms.txt: the llmstxt.org shape per locale; every link is a built file; llms-full.txt has each status page in reading order', () => {
  const root = read(dist, 'llms.txt');
  assert.match(root, /^# .+\n\n> .+\n\n## Languages\n/);
  for (const locale of LOCALES) {
    const txt = read(dist, `${locale}/llms.txt`);
    assert.match(txt, /^# .+\n\n> .+\n\n## /);
    const links = [...txt.matchAll(/\]\((https:\/\/[^)]+)\)/g)].map((m) => new URL(m[1]!).pathname);
    assert.ok(links.length >= 8, `${locale}: ${links.length} links`);
    for (const p of links)
      assert.ok(
        existsSync(join(dist, p)) || existsSync(join(dist, p, 'index.html')),
        `${locale}/llms.txt links to ${p}, which is not built`,
      );
    const full = read(dist, `${locale}/llms-full.txt`);
    const order = (json(`${locale}/statuses.json`).statuses as StatusRecord[]).map((s) =>
      full.indexOf(`· ${s.id} ·`),
    );
    assert.ok(
      order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!)),
      `${locale}: every status once, in reading order`,
    );
  }
  assert.match(
    read(dist, 'en/llms-full.txt'),
    /\| The proxy blocks the sign-in page\. \| Proxy \|/,
  );
});

const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) =>
    JSON.parse(m[1]!),
  );

test('JSON-LD: a DefinedTerm on each status page, a DefinedTermSet on each home', () => {
  for (const locale of LOCALES) {
    const records = json(`${locale}/statuses.json`).statuses as StatusRecord[];
    const set = jsonLd(read(dist, `${locale}/index.html`)).find(
      (x) => x['@type'] === 'DefinedTermSet',
    );
    assert.ok(set, `${locale} home has a DefinedTermSet`);
    assert.deepEqual(
      set.hasDefinedTerm.map((t: { termCode: string }) => t.termCode),
      records.map((r) => r.id),
    );
    for (const r of records) {
      const term = jsonLd(read(dist, join(new URL(r.url).pathname, 'index.html'))).find(
        (x) => x['@type'] === 'DefinedTerm',
      );
      assert.ok(term, `${r.url} has a DefinedTerm`);
      assert.equal(term.termCode, r.id);
      assert.equal(term.name, r.name);
      assert.equal(term.inDefinedTermSet, set['@id']);
    }
  }
});

test('feedback: four reasons on each status page, each a pre-filled issue of the configured repository', () => {
  const html = read(dist, 'ja/l1l2l3-blocked-legal/index.html');
  const links = [
    ...html.matchAll(
      /<a href="([^"]+)" target="_blank" rel="noopener noreferrer" data-reason="(\w+)"/g,
    ),
  ];
  assert.deepEqual(
    links.map((m) => m[2]),
    ['reasonTwoFit', 'reasonNotCovered', 'reasonTranslation', 'reasonWrong'],
  );
  const u = new URL(links[0]![1]!.replace(/&amp;/g, '&'));
  assert.match(u.href, /^https:\/\/github\.com\/fasttrack\/partner-playbook-site\/issues\/new\?/);
  assert.equal(u.searchParams.get('labels'), 'feedback');
  // The page's details are on the section once; the script writes them into the issue (tests/e2e/feedback.test.ts).
  const context = JSON.parse(
    /data-context="([^"]+)"/
      .exec(html)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
  assert.deepEqual(
    [context.pageId, context.locale, context.path],
    ['l1l2l3-blocked-legal', 'ja', 'ブロック › 法務'],
  );
  assert.doesNotMatch(
    read(dist, 'ja/index.html'),
    /pb-feedback/,
    'not on pages outside the taxonomy',
  );
});

test('feedback: without a repository in the config there is no widget', () => {
  const none = buildSite({
    name: 'helper-fixture-no-repo',
    content: FIXTURE,
    env: { PLAYBOOK_REPOSITORY: '' },
  });
  assert.equal(none.status, 0, none.output.slice(-3000));
  assert.doesNotMatch(
    read(none.dir, 'en/l1l2l3-blocked-legal/index.html'),
    /pb-feedback|issues\/new/,
  );
});

test('the finder and the search dialog offer the guided helper: "Not sure? Answer three questions"', () => {
  for (const locale of LOCALES) {
    const finder = read(dist, `${locale}/status-finder/index.html`);
    assert.match(
      finder,
      new RegExp(`<p class="pb-guided[^"]*"><a href="/${locale}/which-status/"`),
      `${locale} finder links the helper`,
    );
    const index = listFiles(join(dist, locale)).find((f) =>
      /^status-index-[0-9a-f]+\.json$/.test(f),
    )!;
    assert.equal(
      json(`${locale}/${index}`).whichStatus,
      `/${locale}/which-status/`,
      `${locale} search dialog gets the helper's address`,
    );
  }
});
