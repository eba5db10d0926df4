import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertReconciled, buildReport, reportJson, reportMarkdown } from './report.ts';

const parts = {
  folders: [{ folder: 'en-docs', locale: 'en', how: 'folder name', partnerPlaybook: true }],
  pages: [
    { file: 'en-docs/b.md', locale: 'en', id: 'b', out: 'en/b.md', changes: ['x'] },
    { file: 'en-docs/a.md', locale: 'en', id: 'a', out: 'en/a.md', changes: [] },
  ],
  otherImported: [{ file: 'en-docs/toc.yml', kind: 'toc' as const, out: ['en/_toc.json'] }],
  notImported: [
    { file: 'LICENSE', code: 'outside-language-folder', reason: 'not in a language folder' },
  ],
  findings: [{ file: 'en-docs/b.md', line: 3, kind: 'link', message: 'm | pipe' }],
  linksRewritten: 2,
};
const inputs = ['LICENSE', 'en-docs/a.md', 'en-docs/b.md', 'en-docs/toc.yml'];

test('input files = imported + not imported, or the report refuses to exist', () => {
  const r = buildReport('in', inputs, parts);
  assert.equal(r.summary.inputFiles, r.summary.imported + r.summary.notImported);
  assert.deepEqual(
    r.pages.map((p) => p.id),
    ['a', 'b'],
  );
  assert.throws(
    () => buildReport('in', [...inputs, 'extra.md'], parts),
    /not accounted for: extra\.md/,
  );
  assert.throws(
    () =>
      assertReconciled(inputs, {
        ...parts,
        notImported: [...parts.notImported, { file: 'en-docs/a.md', code: 'x', reason: 'y' }],
      }),
    /twice: en-docs\/a\.md/,
  );
  assert.throws(() => assertReconciled(inputs.slice(1), parts), /not an input file: LICENSE/);
});

test('JSON and Markdown are stable and escape table cells', () => {
  const r = buildReport('in', inputs, parts);
  assert.equal(
    reportJson(r),
    reportJson(
      buildReport('in', [...inputs].reverse(), { ...parts, pages: [...parts.pages].reverse() }),
    ),
  );
  const md = reportMarkdown(r);
  assert.match(md, /4 input files: 3 imported, 1 not imported \(3 \+ 1 = 4\)/);
  assert.match(md, /\| LICENSE \| outside-language-folder \|/);
  assert.match(md, /m \\\| pipe/);
});
