import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteSectionHtml, sectionAnchor } from './one-page.ts';

test("one-page view: ids and in-page links of real tags get the section prefix; the author's text and code stay as written", () => {
  const html =
    '<h2 id="target">Target</h2><p>Write id="main" and href="#top" here, <code>id="main" href="#top"</code>, <a href="#target">up</a> <a href="/en/l1l2l3-b/#x">b</a> <a title="a > b" href="#target">t</a></p>';
  const prefix = /href="\/(?:en|en)\/([^"#]+?)\/(?:#([^"]*))?"/g;
  const out = rewriteSectionHtml(html, 's-a', prefix, new Map([['l1l2l3-b', 's-l1l2l3-b']]));
  assert.equal(
    out,
    '<h2 id="s-a--target">Target</h2><p>Write id="main" and href="#top" here, <code>id="main" href="#top"</code>, <a href="#s-a--target">up</a> <a href="#s-l1l2l3-b--x">b</a> <a title="a > b" href="#s-a--target">t</a></p>',
  );
});

test('section anchors are safe HTML ids whatever the page id', () => {
  assert.equal(sectionAnchor('sub/l1l2l3-x'), 's-sub-l1l2l3-x');
  assert.equal(
    sectionAnchor('x"><img src=x onerror=alert(1)>'),
    's-x___img_src_x_onerror_alert_1__',
  );
});
