import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from './corpus.ts';
import { loadContentParallel } from './parallel.ts';
import { WorkerPool } from './worker-pool.ts';

test('the parallel loader gives exactly what loadContent gives', async () => {
  const root = mkdtempSync(join(tmpdir(), 'par-'));
  try {
    mkdirSync(join(root, 'en'));
    const fm = (t: string, extra = '') =>
      `---\ntitle: ${t}\ndescription: ${t}.\nms.date: 11/20/2026\nft.audience: partner\n${extra}---\n`;
    writeFileSync(join(root, 'en', 'l1.md'), `${fm('One', 'ft.level: L1\n')}## Head\n`);
    for (let i = 0; i < 1600; i++)
      writeFileSync(
        join(root, 'en', `p${i}.md`),
        `${fm(`P ${i}`, 'ft.level: L2\nft.parent: l1\n')}See [one](l1.md#head) and [gone](gone-${i % 7}.md).\n`,
      );
    writeFileSync(join(root, 'en', 'bad.md'), '---\ntitle: [\n---\n');
    const a = loadContent(root, { displayBase: root });
    const b = await loadContentParallel(root, { displayBase: root }, 2);
    // with workers started ahead (as scripts/check.ts does): the same again
    const c = await loadContentParallel(root, { displayBase: root }, 3, new WorkerPool(2));
    assert.deepEqual(c.diagnostics, a.diagnostics);
    assert.deepEqual(
      c.pages.map((p) => [p.locale, p.id, p.visible, p.headings]),
      a.pages.map((p) => [p.locale, p.id, p.visible, p.headings]),
    );
    assert.deepEqual(b.diagnostics, a.diagnostics);
    assert.deepEqual(
      b.pages.map((p) => [p.locale, p.id, p.visible, p.headings]),
      a.pages.map((p) => [p.locale, p.id, p.visible, p.headings]),
    );
    assert.equal(b.taxonomies.get('en')?.byId.size, a.taxonomies.get('en')?.byId.size);
    assert.ok(a.diagnostics.some((d) => d.rule === 'link/broken'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a tree too small to share closes the workers started ahead, and the process can end', async () => {
  const root = mkdtempSync(join(tmpdir(), 'par-small-'));
  try {
    mkdirSync(join(root, 'en'));
    writeFileSync(
      join(root, 'en', 'index.md'),
      '---\ntitle: Home\ndescription: Home.\nms.date: 11/20/2026\nft.audience: partner\n---\nHi.\n',
    );
    const pool = new WorkerPool(1);
    const exited = new Promise((ok) => pool.workers[0]!.once('exit', ok));
    const c = await loadContentParallel(root, { displayBase: root }, 2, pool);
    assert.equal(c.pages.length, 1);
    await exited;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
