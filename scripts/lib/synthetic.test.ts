import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/core/corpus.ts';
import { tempDir, writePlaybook, writeStarlightDocs } from './synthetic.ts';

test('a synthetic playbook loads with 0 errors and 0 warnings, with the full L1 › L2 › L3 tree', (t) => {
  const dir = tempDir('playbook-synth-test-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = writePlaybook(dir, { pages: 240 });
  assert.equal(r.files, 240);
  assert.deepEqual(r.perLocale, { en: 120, de: 120 });
  const mean = r.bytes / r.files;
  assert.ok(mean > 2500 && mean < 4000, `mean page size ${mean.toFixed(0)} B should be ~3 KB`);

  const corpus = loadContent(dir, { owners: ['pagrim', 'ftplaybook'] });
  const errors = corpus.diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors, []);
  assert.deepEqual(corpus.diagnostics, [], 'no warnings either');
  assert.equal(corpus.pages.length, 240);
  for (const locale of ['en', 'de']) {
    const tax = corpus.taxonomies.get(locale)!;
    assert.equal(tax.roots.length, 5);
    assert.equal(tax.byId.size, 119, `${locale}: every page but the index is in the tree`);
    assert.ok(
      tax.roots.every(
        (l1) => l1.children.length > 0 && l1.children.some((l2) => l2.children.length > 0),
      ),
    );
  }
  // links with anchors are really there (and resolve, since there are no diagnostics)
  const page = corpus.pages.find((p) => p.meta?.level === 'L3')!;
  assert.ok(page.links.some((l) => /^[\w-]+\.md#[\p{L}\w-]+$/u.test(l.url)));
  assert.match(page.body, /\n\| --- \| --- \|\n/);
});

test('the plain-Starlight copy keeps only title and description', (t) => {
  const dir = tempDir('playbook-synth-test-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writePlaybook(join(dir, 'content'), { pages: 20 });
  const n = writeStarlightDocs(join(dir, 'content'), join(dir, 'docs'));
  assert.equal(n, 20);
  assert.deepEqual(readdirSync(join(dir, 'docs')).sort(), ['de', 'en']);
  const text = readFileSync(join(dir, 'docs', 'de', 'l1l2l3-blocked.md'), 'utf8');
  assert.match(text, /^---\ntitle: "Blockiert"\ndescription: ".+"\n---\n/);
  assert.doesNotMatch(text.split('\n---\n')[0]!, /ft\.|ms\./);
});
