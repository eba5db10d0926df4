import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ImportResult } from './import.ts';
import { buildReport } from './report.ts';
import { outputsOf, reportPaths, writeImport } from './write.ts';

function result(pages: string[]): ImportResult {
  const files = pages.map((p) => `in/${p}`);
  const report = buildReport('in', files, {
    folders: [], otherImported: [], notImported: [], findings: [], linksRewritten: 0,
    pages: pages.map((p) => ({ file: `in/${p}`, locale: 'en', id: p.replace('.md', ''), out: `en/${p}`, changes: [] })),
  });
  return { outputs: pages.map((p) => ({ path: `en/${p}`, data: `# ${p}\n` })), report };
}

test('report beside the output folder; a rerun removes what the last run wrote and no longer writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docfx-write-'));
  try {
    const out = join(dir, 'content');
    writeImport(out, result(['a.md', 'b.md']));
    assert.equal(reportPaths(out).md, `${out}.import-report.md`);
    assert.ok(existsSync(`${out}.import-report.json`));
    const second = writeImport(out, result(['a.md']));
    assert.equal(second.removed, 1);
    assert.ok(!existsSync(join(out, 'en/b.md')));
    assert.equal(readFileSync(join(out, 'en/a.md'), 'utf8'), '# a.md\n');
    assert.deepEqual(outputsOf(JSON.parse(readFileSync(`${out}.import-report.json`, 'utf8'))), ['en/a.md']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('does not write into a folder it did not make, unless forced', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docfx-write-'));
  try {
    const out = join(dir, 'content');
    mkdirSync(join(out, 'en'), { recursive: true });
    writeFileSync(join(out, 'en/mine.md'), 'mine');
    assert.throws(() => writeImport(out, result(['a.md'])), /not empty.*--force/);
    writeImport(out, result(['a.md']), { force: true });
    assert.equal(readFileSync(join(out, 'en/mine.md'), 'utf8'), 'mine');
    assert.ok(existsSync(join(out, 'en/a.md')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
