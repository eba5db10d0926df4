import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  changedSections,
  formatLockFile,
  lockEntryFor,
  readLockFile,
  removedSections,
  sectionsOf,
} from './freshness.ts';
import { readBody } from './markdown.ts';

const page = (body: string, bodyLine = 10) => ({
  body,
  bodyLine,
  headings: readBody(body, bodyLine - 1).headings,
});
const BODY =
  'Intro.\n\n## Definition\n\nThe text.\n\n## Valid example scenarios\n\n- One.\n- Two.\n';

test('sections: the text before the first ## heading, then one per ## heading, with file lines', () => {
  const s = sectionsOf(page(BODY));
  assert.deepEqual(
    s.map((x) => [x.index, x.heading, x.slug, x.line]),
    [
      [0, '', '', 10],
      [1, 'Definition', 'definition', 12],
      [2, 'Valid example scenarios', 'valid-example-scenarios', 16],
    ],
  );
  assert.equal(new Set(s.map((x) => x.hash)).size, 3);
});

test('white space does not change a hash; words do; a ### heading stays in its ## section', () => {
  const before = lockEntryFor(page(BODY), '2026-12-01', '2026-12-01');
  assert.deepEqual(
    changedSections(
      sectionsOf(
        page(BODY.replace('- One.', '-   One.  ').replace('\n\n## Valid', '\n\n\n## Valid')),
      ),
      before,
    ),
    [],
  );
  const changed = changedSections(
    sectionsOf(page(BODY.replace('- Two.', '- Two.\n\n### Detail\n\nThree.'))),
    before,
  );
  assert.deepEqual(
    changed.map((c) => c.heading),
    ['Valid example scenarios'],
  );
});

test('a new English section counts as changed, a removed one is named', () => {
  const before = lockEntryFor(page(BODY), '2026-12-01', '2026-12-01');
  const now = sectionsOf(
    page(
      BODY.replace('## Valid example scenarios\n\n- One.\n- Two.\n', '## Questions\n\n1. Why?\n'),
    ),
  );
  assert.deepEqual(
    changedSections(now, before).map((c) => c.heading),
    ['Questions'],
  );
  assert.deepEqual(removedSections(now, before), ['Valid example scenarios']);
});

test('lock files: sorted when written; broken JSON or a wrong shape is a finding, not a crash', () => {
  const entry = lockEntryFor(page(BODY), '2026-12-01', '2026-12-02');
  const text = formatLockFile({ version: 1, pages: { b: entry, a: entry } });
  assert.ok(text.indexOf('"a"') < text.indexOf('"b"'));
  const root = mkdtempSync(join(tmpdir(), 'lock-'));
  mkdirSync(join(root, 'de'));
  const show = (p: string) => p.slice(root.length + 1);
  writeFileSync(join(root, 'de', '_translations.lock.json'), text);
  assert.deepEqual(readLockFile(root, 'de', show).diagnostics, []);
  writeFileSync(join(root, 'de', '_translations.lock.json'), '{ "version": 1, ');
  assert.match(readLockFile(root, 'de', show).diagnostics[0]!.message, /not valid JSON/);
  writeFileSync(join(root, 'de', '_translations.lock.json'), '{ "version": 2, "pages": {} }');
  assert.deepEqual(
    readLockFile(root, 'de', show).diagnostics.map((d) => `${d.file} ${d.rule}`),
    ['de/_translations.lock.json i18n/lock-file'],
  );
});
