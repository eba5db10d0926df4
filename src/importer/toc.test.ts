import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  parseTocYaml,
  pruneToc,
  resolveToc,
  tocJson,
  tocPlaces,
  type TocNote,
  type TocTarget,
} from './toc.ts';

const TOC = `
- name: Home
  href: index.md
  items:
  - name: Start
    href: start-de.md
- name: Statuses
  items:
    - name: Waiting
      href: l1l2l3-waiting.md
      items:
        - name: Vendor
          href: l1l2l3-waiting-vendor.md
- name: More
  href: sub/
- name: Site
  href: https://example.org/
- name: Gone
  href: gone.md
`;
const SUB = `
- name: Deep page
  href: deep.md
`;

const resolver = (href: string, tocFile: string): TocTarget => {
  if (href.startsWith('https:')) return { kind: 'external', href };
  if (href === 'sub/') return { kind: 'toc', items: parseTocYaml(SUB).items, file: 'sub/toc.yml' };
  if (href === 'gone.md') return { kind: 'none', problem: 'no such file' };
  const id = href.replace(/(-de)?\.md$/, '');
  return { kind: 'page', id: tocFile === 'sub/toc.yml' ? `sub/${id}` : id };
};

test('parseTocYaml reads a list, and reports broken YAML', () => {
  assert.equal(parseTocYaml(TOC).items.length, 5);
  assert.deepEqual(parseTocYaml('').items, []);
  assert.match(parseTocYaml('- name: [').error ?? '', /not valid YAML/);
  assert.match(parseTocYaml('name: x').error ?? '', /not a list/);
});

test('resolveToc keeps sections, nesting and order, and follows nested toc files', () => {
  const notes: TocNote[] = [];
  const { tree } = resolveToc(parseTocYaml(TOC).items, 'toc.yml', resolver, notes);
  assert.deepEqual(
    tree.map((n) => [n.title, n.id]),
    [
      ['Home', 'index'],
      ['Statuses', null],
      ['More', null],
      ['Site', null],
      ['Gone', null],
    ],
  );
  assert.equal(tree[0]!.children[0]!.id, 'start');
  assert.equal(tree[1]!.children[0]!.children[0]!.id, 'l1l2l3-waiting-vendor');
  assert.equal(tree[2]!.children[0]!.id, 'sub/deep');
  assert.equal(tree[3]!.href, 'https://example.org/');
  assert.deepEqual(notes, [{ file: 'toc.yml', message: '"Gone" → "gone.md": no such file' }]);
  const { places } = tocPlaces(tree);
  assert.equal(places.get('l1l2l3-waiting')!.parentTitle, 'Statuses');
  assert.ok(places.get('index')!.index < places.get('sub/deep')!.index);
});

test('pruneToc drops status pages and the sections they leave empty, and says so', () => {
  const notes: TocNote[] = [];
  const { tree } = resolveToc(parseTocYaml(TOC).items, 'toc.yml', resolver);
  const pruned = pruneToc(tree, (id) => id.startsWith('l1l2l3-'), 'toc.yml', notes);
  assert.deepEqual(
    pruned.map((n) => n.title),
    ['Home', 'More', 'Site'],
  );
  assert.ok(notes.some((n) => n.message.startsWith('"Statuses"')));
  assert.ok(notes.some((n) => n.message.startsWith('"Gone"')));
});

test('_toc.json has title, id, optional href and children, in that order', () => {
  const json = tocJson([
    {
      title: 'A',
      id: 'a',
      children: [{ title: 'B', id: null, href: 'https://x.org', children: [] }],
    },
  ]);
  assert.equal(
    json,
    '[\n  {\n    "title": "A",\n    "id": "a",\n    "children": [\n      {\n        "title": "B",\n        "id": null,\n        "href": "https://x.org",\n        "children": []\n      }\n    ]\n  }\n]\n',
  );
});
