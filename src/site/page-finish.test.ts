import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildRecord,
  compactToc,
  distFile,
  finishPage,
  isIndexable,
  minifyInlineScripts,
  resetBuildRecord,
} from './page-finish.ts';
import { inlineScriptsOf, scriptKey, siteInlineScripts } from './site-scripts.ts';
import { inlineScriptHashes } from './csp.ts';

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
  assert.ok(
    !isIndexable('<main><code>&lt;main data-pagefind-body&gt;</code> data-pagefind-body</main>'),
  );
  assert.ok(!isIndexable('<main data-pagefind-bodyx>x</main>'));
});

test('finishPage: icons to files, a CSP with the page’s inline script hashes, indexable pages noted', () => {
  const record = resetBuildRecord();
  const icon =
    '<svg aria-hidden="true" class="c" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M1 1h2"/></svg>';
  const page = (body: boolean) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><script>var a=1</script></head><body>${icon}<main${body ? ' data-pagefind-body' : ''}>x</main></body></html>`;
  const own = new Set(['var a=1']);
  const a = finishPage(page(true), '/base/en/a/', '/base/', own);
  const b = finishPage(page(false), '/base/es/a/', '/base/', own);
  assert.match(
    a,
    /^<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'/,
  );
  assert.ok(
    !/script-src ([^;]*)/.exec(a)![1]!.includes('unsafe-inline'),
    'no unsafe-inline for scripts',
  );
  assert.match(
    a,
    /<svg aria-hidden="true" class="c"[^>]*><use href="\/base\/_astro\/i-[0-9a-f]{10}\.svg#i"><\/use><\/svg>/,
  );
  assert.ok(b.includes('Content-Security-Policy'));
  assert.deepEqual(
    [...record.indexable],
    ['en/a/index.html'],
    'only the page with data-pagefind-body',
  );
  assert.equal(record.pages, 2);
  assert.equal(record.icons.size, 1);
  assert.equal(buildRecord(), record, 'one record for the build');
  assert.notEqual(resetBuildRecord(), record, 'a new build starts afresh');
});

test('the record is shared through the build store (the middleware and the integration are two copies of the module)', async () => {
  const record = resetBuildRecord();
  // A second copy of the module, as Vite's bundle of the site is.
  const copy = (await import(
    `./page-finish.ts?copy=${Date.now()}`
  )) as typeof import('./page-finish.ts');
  copy.finishPage(
    '<html><head><meta charset="utf-8"></head><body><main data-pagefind-body></main></body></html>',
    '/en/b/',
    '/',
  );
  assert.deepEqual([...record.indexable], ['en/b/index.html']);
});

test("compactToc: --depth stays on each level's <ul> only (custom properties inherit)", () => {
  // Starlight's TableOfContentsList markup, two levels.
  const c = 'astro-jugkfwgx';
  const item = (d: number, slug: string, inner = '') =>
    `<li style="--depth: ${d};" class="${c}"><a href="#${slug}" style="--depth: ${d};" class="${c}"><span style="--depth: ${d};" class="${c}">${slug}</span></a>${inner}</li>`;
  const toc = `<ul class="isMobile ${c}" style="--depth: 0;">${item(0, 'a', `<ul class="isMobile ${c}" style="--depth: 1;">${item(1, 'b')}</ul>`)}${item(0, 'c')}</ul>`;
  const out = compactToc(toc);
  assert.equal(
    out,
    `<ul class="isMobile ${c}" style="--depth: 0;"><li class="${c}"><a href="#a" class="${c}"><span class="${c}">a</span></a><ul class="isMobile ${c}" style="--depth: 1;"><li class="${c}"><a href="#b" class="${c}"><span class="${c}">b</span></a></li></ul></li><li class="${c}"><a href="#c" class="${c}"><span class="${c}">c</span></a></li></ul>`,
  );
  assert.equal(
    compactToc('<div style="--depth: 1;"><a style="color: red">x</a></div>'),
    '<div style="--depth: 1;"><a style="color: red">x</a></div>',
    'other styles untouched',
  );
});

test('minifyInlineScripts: classic scripts minified with their globals kept; data blocks, modules and external scripts untouched', () => {
  const theme = `<script>
\twindow.StarlightThemeProvider = (() => {
\t\tconst storedTheme = typeof localStorage !== 'undefined' && localStorage.getItem('starlight-theme');
\t\treturn { updatePickers(theme = storedTheme || 'auto') { return theme; } };
\t})();
</script>`;
  const global = '<script>function shared(value) { return value + 1; }</script>';
  const json = '<script type="application/ld+json">{ "a":  1 }</script>';
  const mod = '<script type="module">const  x = 1;  console.log(x)</script>';
  const ext = '<script type="module" src="/_astro/x.js"></script>';
  const broken = '<script>let = ;</script>';
  const own = new Set(
    [theme, global, broken].map((t) => scriptKey(/<script>([\s\S]*)<\/script>/.exec(t)![1]!)),
  );
  const out = minifyInlineScripts(theme + global + json + mod + ext + broken, own);
  const code = /<script>(.*?)<\/script>/s.exec(out)![1]!;
  assert.ok(code.length < theme.length * 0.8 && !code.includes('\n'), code);
  assert.match(code, /^window\.StarlightThemeProvider=/);
  const run = new Function(
    'window',
    'localStorage',
    `${code}; return window.StarlightThemeProvider.updatePickers();`,
  );
  assert.equal(run({}, { getItem: () => 'dark' }), 'dark', 'it still works');
  assert.ok(out.includes('<script>function shared('), `a global function keeps its name: ${out}`);
  for (const kept of [json, mod, ext, broken]) assert.ok(out.includes(kept), kept);
});

test("only the site's own inline scripts are hashed and minified; a script smuggled into the page is neither", () => {
  resetBuildRecord();
  const own = new Set([scriptKey('var a = 1;')]);
  const html =
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title><script>var a = 1;</script>' +
    '<meta property="og:title" content="y"></head><body><script>alert(1)</script><p>&lt;script&gt;var  b = 2&lt;/script&gt;</p></body></html>';
  const out = finishPage(html, '/en/x/', '/', own);
  const csp = /content="([^"]*script-src[^"]*)"/.exec(out)![1]!;
  assert.equal(
    inlineScriptHashes(out, (c) => c === 'var a=1;').length,
    1,
    'the site script is minified',
  );
  assert.equal((csp.match(/'sha256-/g) ?? []).length, 1, `one hash, the site's: ${csp}`);
  assert.ok(
    out.includes('<script>alert(1)</script>'),
    'the smuggled script is not minified (and not hashed)',
  );
  assert.ok(
    out.includes('&lt;script&gt;var  b = 2&lt;/script&gt;'),
    'script-looking text is untouched',
  );
});

test('<script> inside an attribute value (og:title) is not a script: not minified, not hashed, and the real scripts after it are found', () => {
  resetBuildRecord();
  const own = new Set([scriptKey('var a = 1;')]);
  const html =
    '<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="<script>var  a = 1;</script> and <script>open"><script>var a = 1;</script></head><body></body></html>';
  const out = finishPage(html, '/en/x/', '/', own);
  assert.ok(
    out.includes('content="<script>var  a = 1;</script> and <script>open"'),
    `the attribute is as written: ${out}`,
  );
  assert.ok(out.includes('<script>var a=1;</script>'), 'the real site script after it is minified');
  const csp = /content="([^"]*script-src[^"]*)"/.exec(out)![1]!;
  assert.equal((csp.match(/'sha256-/g) ?? []).length, 1, csp);
});

test("the site's own inline scripts are read from the components: Starlight's theme script among them", () => {
  const keys = siteInlineScripts();
  assert.ok(
    [...keys].some((k) => k.includes('StarlightThemeProvider')),
    [...keys].join('\n---\n').slice(0, 500),
  );
  assert.equal(inlineScriptsOf(['/nonexistent']).size, 0);
});
