import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ImportResult } from './import.ts';
import { buildReport } from './report.ts';
import { outputsOf, reportPaths, writeImport } from './write.ts';

function result(pages: string[]): ImportResult {
  const files = pages.map((p) => `in/${p}`);
  const report = buildReport('in', files, {
    folders: [],
    otherImported: [],
    notImported: [],
    findings: [],
    linksRewritten: 0,
    pages: pages.map((p) => ({
      file: `in/${p}`,
      locale: 'en',
      id: p.replace('.md', ''),
      out: `en/${p}`,
      changes: [],
    })),
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
    assert.deepEqual(outputsOf(JSON.parse(readFileSync(`${out}.import-report.json`, 'utf8'))), [
      'en/a.md',
    ]);
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

test('hostile report: a previous report naming files outside --out removes and writes nothing there (issue 12, case 8)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docfx-write-'));
  try {
    const out = join(dir, 'content');
    writeImport(out, result(['a.md']));
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me');
    const json = JSON.parse(readFileSync(`${out}.import-report.json`, 'utf8'));
    json.pages.push({ file: 'in/x.md', locale: 'en', id: 'x', out: '../victim.txt', changes: [] });
    json.otherImported.push({ file: 'in/y', kind: 'asset', out: ['/etc/hostname-copy'] });
    writeFileSync(`${out}.import-report.json`, JSON.stringify(json));
    assert.throws(
      () => writeImport(out, result(['b.md'])),
      /"\.\.\/victim\.txt" is outside the output folder .*nothing was changed/,
    );
    assert.equal(readFileSync(victim, 'utf8'), 'keep me');
    assert.ok(existsSync(join(out, 'en/a.md')), 'nothing removed inside either');
    // An output path that climbs out is refused before anything is written.
    const bad: ImportResult = {
      ...result(['c.md']),
      outputs: [{ path: '../escape.md', data: 'x' }],
    };
    rmSync(`${out}.import-report.json`);
    assert.throws(() => writeImport(out, bad, { force: true }), /outside the output folder/);
    assert.ok(!existsSync(join(dir, 'escape.md')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('hostile report: an output folder inside a link to elsewhere is not written through (issue 12, case 8)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docfx-write-'));
  try {
    const out = join(dir, 'content');
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    mkdirSync(out);
    symlinkSync(elsewhere, join(out, 'en'));
    writeFileSync(join(out, 'marker'), 'x');
    assert.throws(
      () => writeImport(out, result(['a.md']), { force: true }),
      /"en\/a\.md" is outside the output folder/,
    );
    assert.deepEqual(readdirSync(elsewhere), []);
    // A dangling link where an output goes would create its target: refused too.
    rmSync(join(out, 'en'));
    mkdirSync(join(out, 'en'));
    symlinkSync(join(elsewhere, 'created.md'), join(out, 'en/a.md'));
    assert.throws(
      () => writeImport(out, result(['a.md']), { force: true }),
      /"en\/a\.md" is outside the output folder/,
    );
    assert.deepEqual(readdirSync(elsewhere), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('re-import refuses to overwrite files edited by hand since the last import, unless --force (issue 12, case 17)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docfx-write-'));
  try {
    const out = join(dir, 'content');
    writeImport(out, result(['a.md', 'b.md']));
    const report = JSON.parse(readFileSync(`${out}.import-report.json`, 'utf8'));
    assert.match(
      report.written['en/a.md'],
      /^[0-9a-f]{64}$/,
      'the report records what was written',
    );
    writeImport(out, result(['a.md', 'b.md']), {}); // unchanged files: a rerun is fine
    writeFileSync(join(out, 'en/b.md'), '# my edit\n');
    assert.throws(
      () => writeImport(out, result(['a.md'])),
      /1 imported file\(s\) .* were changed since the last import \(en\/b\.md\).*--force/,
    );
    assert.equal(readFileSync(join(out, 'en/b.md'), 'utf8'), '# my edit\n', 'the edit is kept');
    writeImport(out, result(['a.md', 'b.md']), { force: true });
    assert.equal(readFileSync(join(out, 'en/b.md'), 'utf8'), '# b.md\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
