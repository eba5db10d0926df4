import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditHtml } from './html-safety.ts';

const audit = (value: string) => auditHtml({ value, line: 7, column: 3 }, 'en/x.md');

test('dangerous markup is an error with the file, line and column of the HTML', () => {
  const cases: [string, string][] = [
    ['<script>alert(1)</script>', '<script>'],
    ['< SCRIPT src="x.js">', '<script>'],
    ['<iframe src="https://e.com">', '<iframe>'],
    ['<object data="x">', '<object>/<embed>'],
    ['<embed src="x">', '<object>/<embed>'],
    ['<style>body{display:none}</style>', '<style>'],
    ['<form action="x">', 'form or document-level element'],
    ['<meta http-equiv="refresh" content="0;url=https://e.com">', 'form or document-level element'],
    ['<img src=x onerror=alert(1)>', 'event-handler attribute (on…=)'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript:/data: URL'],
    ["<a href='data:text/html,x'>x</a>", 'javascript:/data: URL'],
  ];
  for (const [html, what] of cases) {
    const [d, ...rest] = audit(html);
    assert.equal(rest.length, 0);
    assert.equal(d!.severity, 'error', html);
    assert.equal(d!.rule, 'security/unsafe-html', html);
    assert.ok(
      d!.message.startsWith(`raw HTML with ${what} is not allowed: `),
      `${html}: ${d!.message}`,
    );
    assert.deepEqual([d!.file, d!.line, d!.column], ['en/x.md', 7, 3]);
  }
});

test('harmless markup is a warning that it shows as text', () => {
  for (const html of [
    '<br>',
    '<br/>',
    '<span class="x">',
    '</div>',
    '<img src="a.png" alt="a">',
    '<a href="https://e.com">x</a>',
  ]) {
    const [d, ...rest] = audit(html);
    assert.equal(rest.length, 0);
    assert.equal(d!.severity, 'warning', html);
    assert.equal(d!.rule, 'content/raw-html', html);
    assert.match(d!.message, /is shown as text on the site$/);
  }
});

test('an HTML comment is silent; a script between two comments is not', () => {
  assert.deepEqual(audit('<!-- editor note -->'), []);
  assert.deepEqual(audit('<!--\nmulti\nline\n-->\n'), []);
  const [d] = audit('<!-- a --><script>alert(1)</script><!-- b -->');
  assert.equal(d?.rule, 'security/unsafe-html');
});

test('long markup is cut in the message', () => {
  const [d] = audit(`<script>${'x'.repeat(200)}</script>`);
  assert.ok(d!.message.length < 120);
});
