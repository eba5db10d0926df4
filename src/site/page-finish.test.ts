import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRecord, distFile, finishPage, isIndexable, resetBuildRecord } from './page-finish.ts';

test('distFile: the file Astro writes for a path (directory format, any base)', () => {
  assert.equal(distFile('/en/l1l2l3-blocked/', '/'), 'en/l1l2l3-blocked/index.html');
  assert.equal(distFile('/', '/'), 'index.html');
  assert.equal(distFile('/playbook/de/x/', '/playbook/'), 'de/x/index.html');
  assert.equal(distFile('/playbook/de/x/', '/playbook'), 'de/x/index.html');
  assert.equal(distFile('/playbook/', '/playbook'), 'index.html');
  assert.equal(distFile('/playbook', '/playbook/'), 'index.html');
  assert.equal(distFile('/ja/%E4%BA%88%E7%AE%97/', '/'), 'ja/予算/index.html');
  assert.equal(distFile('/404.html', '/'), '404.html');
});

test('isIndexable: an element with data-pagefind-body, not the words in text', () => {
  assert.ok(isIndexable('<main data-pagefind-body>x</main>'));
  assert.ok(isIndexable('<main class="a" data-pagefind-body="">x</main>'));
  assert.ok(!isIndexable('<main>x</main>'));
  assert.ok(!isIndexable('<main><code>&lt;main data-pagefind-body&gt;</code> data-pagefind-body</main>'));
  assert.ok(!isIndexable('<main data-pagefind-bodyx>x</main>'));
});

test('finishPage: icons to files, a CSP with the page’s inline script hashes, indexable pages noted', () => {
  const record = resetBuildRecord();
  const icon = '<svg aria-hidden="true" class="c" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M1 1h2"/></svg>';
  const page = (body: boolean) => `<!DOCTYPE html><html><head><meta charset="utf-8"><script>var a=1</script></head><body>${icon}<main${body ? ' data-pagefind-body' : ''}>x</main></body></html>`;
  const a = finishPage(page(true), '/base/en/a/', '/base/');
  const b = finishPage(page(false), '/base/es/a/', '/base/');
  assert.match(a, /^<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'/);
  assert.ok(!/script-src ([^;]*)/.exec(a)![1]!.includes('unsafe-inline'), 'no unsafe-inline for scripts');
  assert.match(a, /<svg aria-hidden="true" class="c"[^>]*><use href="\/base\/_astro\/i-[0-9a-f]{10}\.svg#i"><\/use><\/svg>/);
  assert.ok(b.includes('Content-Security-Policy'));
  assert.deepEqual([...record.indexable], ['en/a/index.html'], 'only the page with data-pagefind-body');
  assert.equal(record.pages, 2);
  assert.equal(record.icons.size, 1);
  assert.equal(buildRecord(), record, 'one record for the build');
  assert.notEqual(resetBuildRecord(), record, 'a new build starts afresh');
});

test('the record is shared through globalThis (the middleware and the integration are two copies of the module)', async () => {
  const record = resetBuildRecord();
  // A second copy of the module, as Vite's bundle of the site is.
  const copy = (await import(`./page-finish.ts?copy=${Date.now()}`)) as typeof import('./page-finish.ts');
  copy.finishPage('<html><head><meta charset="utf-8"></head><body><main data-pagefind-body></main></body></html>', '/en/b/', '/');
  assert.deepEqual([...record.indexable], ['en/b/index.html']);
});
