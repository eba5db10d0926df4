import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { folderOf, inFolder, scanLayout } from './layout.ts';

const FIX = resolve(import.meta.dirname, '../../tests/fixtures/docfx');

test('language folders by DocFX folder name; the partner playbook by its path', () => {
  const l = scanLayout(resolve(FIX, 'partner-mini'));
  assert.deepEqual(
    l.folders.map((f) => [f.rel, f.locale, f.partner]),
    [
      ['english-playbook', 'en', true],
      ['german-playbook', 'de', true],
    ],
  );
  assert.ok(l.files.includes('README.txt'));
  assert.ok(l.files.includes('english-playbook/media/flow.png'));
  assert.deepEqual(l.files, [...l.files].sort());
  const f = folderOf(l.folders, 'german-playbook/index.md')!;
  assert.equal(f.locale, 'de');
  assert.equal(inFolder(f, 'german-playbook/index.md'), 'index.md');
  assert.equal(folderOf(l.folders, 'README.txt'), undefined);
});

test('a folder with a toc.yml but an unknown name gets its locale from its file suffixes', () => {
  const l = scanLayout(resolve(FIX, 'handbook'));
  assert.equal(l.folders.length, 1);
  assert.equal(l.folders[0]!.rel, 'docs');
  assert.equal(l.folders[0]!.locale, 'es');
  assert.match(l.folders[0]!.how, /suffix/);
  assert.equal(l.folders[0]!.partner, false);
});
