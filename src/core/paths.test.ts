import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ASSET_EXT, compare, dirOf, walk } from './paths.ts';

test('dirOf: the folder without a trailing slash, "" at the top', () => {
  assert.equal(dirOf('a/b/c.md'), 'a/b');
  assert.equal(dirOf('a/c.md'), 'a');
  assert.equal(dirOf('c.md'), '');
  assert.equal(dirOf(''), '');
});

test('compare: code units, not locale (upper case before lower, "-" before "/")', () => {
  assert.deepEqual(['b', 'a/x', 'B', 'a-b/x', 'é', 'z'].sort(compare), [
    'B',
    'a-b/x',
    'a/x',
    'b',
    'z',
    'é',
  ]);
  assert.equal(compare('x', 'x'), 0);
});

test('ASSET_EXT: images, documents, media and archives, any case; not pages or scripts', () => {
  for (const f of ['a.png', 'b.JPEG', 'c.svg', 'd.pdf', 'e.docx', 'f.xls', 'g.mp4'])
    assert.ok(ASSET_EXT.test(f), f);
  for (const f of ['a.md', 'b.html', 'c.js', 'png', 'x.png.md']) assert.ok(!ASSET_EXT.test(f), f);
});

test('walk: regular files; links reported, never followed; hidden entries skipped on request; unreadable folders reported', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'paths-'));
  t.after(() => {
    chmodSync(join(root, 'locked'), 0o755);
    rmSync(root, { recursive: true, force: true });
  });
  mkdirSync(join(root, 'b/deep'), { recursive: true });
  mkdirSync(join(root, 'a-b'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'locked'));
  for (const f of ['b/deep/x.md', 'a-b/y.md', 'z.md', '.hidden.md', '.git/config'])
    writeFileSync(join(root, f), 'x');
  symlinkSync('/etc/passwd', join(root, 'b/link.md'));
  chmodSync(join(root, 'locked'), 0);
  const links: string[] = [];
  const dirs: string[] = [];
  const unreadable: string[] = [];
  const files = walk(root, {
    relative: true,
    sorted: true,
    skipDotFiles: true,
    onSymlink: (p) => links.push(p),
    onDirectory: (p) => dirs.push(p),
    onUnreadable: (p, e) => unreadable.push(`${p} ${e.code}`),
  });
  assert.deepEqual(files, ['a-b/y.md', 'b/deep/x.md', 'z.md']);
  assert.deepEqual(links, ['b/link.md']);
  assert.deepEqual(dirs.sort(), ['a-b', 'b', 'b/deep', 'locked']);
  // root reads every folder: then there is nothing to report
  if (process.getuid?.() !== 0) assert.deepEqual(unreadable, ['locked EACCES']);
  const all = walk(root, { sorted: true });
  assert.deepEqual(
    all,
    ['.git/config', '.hidden.md', 'a-b/y.md', 'b/deep/x.md', 'z.md'].map((f) => join(root, f)),
    'absolute paths, hidden entries too, links left out',
  );
  assert.throws(() => walk(join(root, 'missing')), /ENOENT/);
  const missing: string[] = [];
  assert.deepEqual(walk(join(root, 'missing'), { onUnreadable: (p) => missing.push(p) }), []);
  assert.deepEqual(missing, [join(root, 'missing')]);
});
