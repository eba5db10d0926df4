import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rewriteLinks } from './rewrite.ts';

const drop = (url: string) => url.replace(/-de\.md/, '.md');

test('replaces only the target of links, images and definitions', () => {
  const text =
    'See [a [b]](x-de.md#Sec "x-de.md") and [![i](m.png)](y-de.md).\n\n[r]: <a b-de.md>\n[s]: z-de.md "t"\n\n| [c](x-de.md) | Ä [d](x-de.md) |\n|--|--|\n\n`[not](x-de.md)`\n';
  const r = rewriteLinks(text, (s) => drop(s.url));
  assert.equal(
    r.text,
    'See [a [b]](x.md#Sec "x-de.md") and [![i](m.png)](y.md).\n\n[r]: <a b.md>\n[s]: z.md "t"\n\n| [c](x.md) | Ä [d](x.md) |\n|--|--|\n\n`[not](x-de.md)`\n',
  );
  assert.equal(r.changed.length, 6);
  assert.deepEqual(r.unplaced, []);
  assert.deepEqual([r.changed[0]!.line, r.changed[0]!.column, r.changed[0]!.kind], [1, 5, 'link']);
});

test('leaves the text alone when nothing changes', () => {
  const text = '# T\n\n[a](b.md) ![c](d.png)\n';
  const r = rewriteLinks(text, () => undefined);
  assert.equal(r.text, text);
  assert.equal(r.changed.length, 0);
});

test('sees encoded targets as written', () => {
  const r = rewriteLinks('[a](my%20page-de.md)\n', (s) => s.url.replace('-de.md', '.md'));
  assert.equal(r.text, '[a](my%20page.md)\n');
});
