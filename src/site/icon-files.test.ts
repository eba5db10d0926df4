import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IconFiles } from './icon-files.ts';

const icon = (cls: string, d: string) =>
  `<svg aria-hidden="true" class="${cls}" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" style="--sl-icon-size: 1em;"><path d="${d}"/></svg>`;
const page = `<header>${icon('light', 'M1 1h2')}${icon('dark', 'M5 5h1')}</header><main>${icon('caret', 'M1 1h2')}
<svg role="img" aria-label="Taxonomy" viewBox="0 0 100 50"><path d="M0 0h9"/><text x="1" y="1">Blocked</text></svg>
<svg viewBox="0 0 24 24"><path d="M9 9h1"/></svg><svg viewBox="0 0 24 24"><title>Logo</title><path d="M9 9h1"/></svg></main>`;

test('icons point at a file each; the taxonomy tree and SVGs with a title stay inline', () => {
  const s = new IconFiles();
  const out = s.externalise(page, '/base/_astro');
  assert.equal(s.size, 3, 'the same path twice is one file');
  const files = s.files();
  assert.equal(files.length, 3);
  for (const f of files) assert.match(f.name, /^i-[0-9a-f]{10}\.svg$/);
  assert.ok(
    files.some(
      (f) =>
        f.text ===
        '<svg xmlns="http://www.w3.org/2000/svg"><symbol id="i" viewBox="0 0 24 24"><path d="M1 1h2"/></symbol></svg>\n',
    ),
    files.map((f) => f.text).join(''),
  );
  const uses = [
    ...out.matchAll(
      /<svg aria-hidden="true" class="(\w+)"[^>]*><use href="\/base\/_astro\/(i-[0-9a-f]{10}\.svg)#i"><\/use><\/svg>/g,
    ),
  ];
  assert.deepEqual(
    uses.map((u) => u[1]),
    ['light', 'dark', 'caret'],
  );
  assert.equal(uses[0]![2], uses[2]![2], 'same icon, same file');
  assert.notEqual(uses[0]![2], uses[1]![2]);
  for (const u of uses)
    assert.ok(
      files.some((f) => f.name === u[2]),
      `${u[2]} is written`,
    );
  assert.ok(
    out.includes('fill="currentColor" style="--sl-icon-size: 1em;"'),
    'outer attributes kept',
  );
  assert.ok(out.includes('<text x="1" y="1">Blocked</text>'), 'SVG with text untouched');
  assert.match(
    out,
    /<svg viewBox="0 0 24 24"><use href="[^"]+\/i-[0-9a-f]{10}\.svg#i"><\/use><\/svg>/,
    'an unlabelled icon (heading anchor) too',
  );
  assert.ok(
    out.includes('<title>Logo</title><path d="M9 9h1"/></svg>'),
    'an SVG with a title stays inline',
  );
  const long = icon(
    'big',
    'M21.64 13a1 1 0 0 0-1.05-.14 8.049 8.049 0 0 1-3.37.73 8.15 8.15 0 0 1-8.14-8.1 8.59 8.59 0 0 1 .25-2A1 1 0 0 0 8 2.36a10.14 10.14 0 1 0 14 11.69 1 1 0 0 0-.36-1.05Z',
  );
  assert.ok(
    new IconFiles().externalise(long, '/_astro').length < long.length - 100,
    'a real icon shrinks',
  );
});

test('the same icons give the same files in any page order (reproducible builds)', () => {
  const a = new IconFiles();
  const b = new IconFiles();
  const pa = a.externalise(icon('x', 'M1 1') + icon('y', 'M2 2'), '/_astro');
  b.externalise(icon('y', 'M2 2'), '/_astro');
  const pb = b.externalise(icon('x', 'M1 1') + icon('y', 'M2 2'), '/_astro');
  assert.equal(pa, pb);
  assert.deepEqual(a.files(), b.files());
});

test('a file name is the hash of its content', async () => {
  const { createHash } = await import('node:crypto');
  const s = new IconFiles();
  s.externalise(icon('x', 'M3 3'), '/_astro');
  const [f] = s.files();
  assert.equal(f!.name, `i-${createHash('sha256').update(f!.text).digest('hex').slice(0, 10)}.svg`);
});
