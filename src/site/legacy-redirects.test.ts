import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContent } from '../core/corpus.ts';
import { legacyRedirects } from './legacy-redirects.ts';

const page = (title: string, body: string, audience = 'partner') =>
  `---\ntitle: ${title}\ndescription: A page.\nms.date: 3/1/2024\nft.audience: ${audience}\n---\n\n${body}\n`;

function content(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'legacy-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

test('pages written natively get no redirect', () => {
  const root = content({
    'en/a.md': page('A', 'Text with a [link](b.md).'),
    'en/b.md': page('B', 'Text.'),
    'de/a.md': page('A', 'Text.'),
  });
  try {
    assert.deepEqual(legacyRedirects(loadContent(root), '/'), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a seed-style x-de.md link gives that German page its three DocFX addresses', () => {
  const root = content({
    'en/b.md': page('B', 'Text.'),
    'de/a.md': page('A', 'Siehe [B](b-de.md#abschnitt) und [C](c-de.md).'),
    'de/b.md': page('B', 'Text.'),
    'en/c.md': page('C', 'Text.'),
  });
  try {
    assert.deepEqual(
      legacyRedirects(loadContent(root), '/base/'),
      [
        { file: 'de/b-de.md/index.html', to: '/base/de/b/' },
        { file: 'german-playbook/b-de.html', to: '/base/de/b/' },
        { file: 'german-playbook/b-de.md/index.html', to: '/base/de/b/' },
      ],
      'c-de.md falls back to the English page: no German address existed',
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('legacy-addresses.json: each DocFX file of an import, for visible pages only; a broken map is a finding', () => {
  const map = {
    'german-playbook/x-de.md': 'de/x',
    'english-playbook/docs/y.md': 'en/docs/y',
    'english-playbook/staff.md': 'en/staff',
  };
  const root = content({
    'de/x.md': page('X', 'Text.'),
    'en/x.md': page('X', 'Text.'),
    'en/docs/y.md': page('Y', 'Text.'),
    'en/staff.md': page('Staff', 'Text.', 'internal'),
    'legacy-addresses.json': JSON.stringify(map),
  });
  try {
    assert.deepEqual(
      legacyRedirects(loadContent(root), '/').map((r) => `${r.file} → ${r.to}`),
      [
        'de/x-de.md/index.html → /de/x/',
        'en/docs/y.md/index.html → /en/docs/y/',
        'english-playbook/docs/y.html → /en/docs/y/',
        'english-playbook/docs/y.md/index.html → /en/docs/y/',
        'german-playbook/x-de.html → /de/x/',
        'german-playbook/x-de.md/index.html → /de/x/',
      ],
    );
    writeFileSync(join(root, 'legacy-addresses.json'), '{"a.md": 3}');
    const broken = loadContent(root);
    assert.deepEqual(legacyRedirects(broken, '/'), []);
    assert.ok(
      broken.diagnostics.some(
        (d) =>
          d.rule === 'legacy/address' &&
          /entry "a\.md" must map a \.md file to "<locale>\/<id>"/.test(d.message),
      ),
      'a finding, not an exception',
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
