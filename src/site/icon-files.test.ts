import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IconSprite } from './icon-sprite.ts';

const icon = (cls: string, d: string) => `<svg aria-hidden="true" class="${cls}" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" style="--sl-icon-size: 1em;"><path d="${d}"/></svg>`;
const page = `<header>${icon('light', 'M1 1h2')}${icon('dark', 'M5 5h1')}</header><main>${icon('caret', 'M1 1h2')}
<svg role="img" aria-label="Taxonomy" viewBox="0 0 100 50"><path d="M0 0h9"/><text x="1" y="1">Blocked</text></svg>
<svg viewBox="0 0 24 24"><path d="M9 9h1"/></svg><svg viewBox="0 0 24 24"><title>Logo</title><path d="M9 9h1"/></svg></main>`;

test('icons point into one sprite; the taxonomy tree and SVGs with a title stay inline', () => {
  const s = new IconSprite();
  s.collect(page);
  assert.equal(s.size, 3, 'the same path twice is one symbol');
  const { name, text } = s.file();
  assert.match(name, /^icons\.[0-9a-f]{8}\.svg$/);
  assert.equal((text.match(/<symbol /g) ?? []).length, 3);
  assert.match(text, /<symbol id="i-[0-9a-f]{10}" viewBox="0 0 24 24"><path d="M1 1h2"\/><\/symbol>/);
  const out = s.apply(page, `/_astro/${name}`);
  const uses = [...out.matchAll(/<svg aria-hidden="true" class="(\w+)"[^>]*><use href="\/_astro\/icons\.[0-9a-f]{8}\.svg#(i-[0-9a-f]{10})"><\/use><\/svg>/g)];
  assert.deepEqual(uses.map((u) => u[1]), ['light', 'dark', 'caret']);
  assert.equal(uses[0]![2], uses[2]![2], 'same icon, same symbol');
  assert.ok(out.includes('fill="currentColor" style="--sl-icon-size: 1em;"'), 'outer attributes kept');
  assert.ok(out.includes('<text x="1" y="1">Blocked</text>'), 'SVG with text untouched');
  assert.match(out, /<svg viewBox="0 0 24 24"><use href="[^"]+#i-[0-9a-f]{10}"><\/use><\/svg>/, 'an unlabelled icon (heading anchor) too');
  assert.ok(out.includes('<title>Logo</title><path d="M9 9h1"/></svg>'), 'an SVG with a title stays inline');
  const long = icon('big', 'M21.64 13a1 1 0 0 0-1.05-.14 8.049 8.049 0 0 1-3.37.73 8.15 8.15 0 0 1-8.14-8.1 8.59 8.59 0 0 1 .25-2A1 1 0 0 0 8 2.36a10.14 10.14 0 1 0 14 11.69 1 1 0 0 0-.36-1.05Z');
  const t = new IconSprite();
  t.collect(long);
  assert.ok(t.apply(long, '/_astro/icons.12345678.svg').length < long.length - 100, 'a real icon shrinks');
});

test('the same icons give the same file (reproducible builds)', () => {
  const a = new IconSprite();
  const b = new IconSprite();
  a.collect(icon('x', 'M1 1') + icon('y', 'M2 2'));
  b.collect(icon('y', 'M2 2'));
  b.collect(icon('x', 'M1 1'));
  assert.deepEqual(a.file(), b.file());
});
