import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupsWithoutEffect, loadSynonyms, parseSynonyms, SYNONYMS_FILE } from './synonyms.ts';

const found = (raw: string) =>
  parseSynonyms(raw, 'content/en/_synonyms.yml').diagnostics.map(
    (d) => `${d.line} ${d.severity} ${d.rule}: ${d.message}`,
  );

test('groups are read as written, a BOM and comments allowed', () => {
  const r = parseSynonyms(
    '\uFEFF# words partners use\n- [lawyer, attorney, legal counsel]\n- [new hires, "seats: more"]\n',
    'f',
  );
  assert.deepEqual(r.groups, [
    ['lawyer', 'attorney', 'legal counsel'],
    ['new hires', 'seats: more'],
  ]);
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(
    parseSynonyms('', 'f'),
    { groups: [], lines: [], diagnostics: [] },
    'an empty file is no synonyms',
  );
});

test('each mistake is reported at its line, and the good groups are kept', () => {
  const raw = [
    '- [lawyer, attorney]',
    '- lawyer',
    '- [one]',
    '- [a, A]',
    '- [x, ""]',
    `- [${Array.from({ length: 13 }, (_, i) => `w${i}`).join(', ')}]`,
    '- [Attorney, counsel]',
  ].join('\n');
  assert.deepEqual(found(raw), [
    '2 error synonyms/shape: a group must be a list of words or phrases',
    '3 error synonyms/shape: the group [one] has fewer than two different members',
    '4 error synonyms/shape: the group [a, A] has fewer than two different members',
    '5 error synonyms/shape: a group has an empty member or one that is not text',
    '6 error synonyms/shape: the group has 13 members, more than 12',
    '7 warning synonyms/duplicate: "attorney" is already in the group on line 1',
  ]);
  assert.equal(parseSynonyms(raw, 'f').groups.length, 2);
});

test('bad YAML and a file that is not a list are findings, not exceptions', () => {
  assert.match(
    found('- [lawyer, attorney\n- [x, y]')[0]!,
    /^\d+ error synonyms\/yaml: the synonyms file is not valid YAML/,
  );
  assert.deepEqual(found('lawyer: attorney'), [
    '1 error synonyms/shape: the synonyms file must be a list of groups',
  ]);
});

test('each locale folder is read; a symbolic link is refused, not followed', () => {
  const root = mkdtempSync(join(tmpdir(), 'synonyms-'));
  try {
    for (const l of ['en', 'de', 'ja']) mkdirSync(join(root, l));
    writeFileSync(join(root, 'en', SYNONYMS_FILE), '- [lawyer, attorney]\n');
    writeFileSync(join(root, 'outside.yml'), '- [secret, leak]\n');
    symlinkSync(join(root, 'outside.yml'), join(root, 'de', SYNONYMS_FILE));
    const r = loadSynonyms(root, ['en', 'de', 'ja'], (abs) => abs.slice(root.length + 1));
    assert.deepEqual([...r.synonyms], [['en', [['lawyer', 'attorney']]]]);
    assert.deepEqual(
      r.diagnostics.map((d) => `${d.file} ${d.rule}`),
      ['de/_synonyms.yml file/symlink'],
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a group none of whose words is in the status texts has no effect (stemmed; CJK as a piece of text)', () => {
  const texts = ['The legal counsel has not approved the contract.', 'More seats are needed.'];
  const groups = [
    ['lawyer', 'legal counsel'],
    ['attorney', 'barrister'],
    ['new hires', 'seat'],
  ];
  assert.deepEqual(
    groupsWithoutEffect(groups, texts, 'en'),
    [1],
    'seat meets seats; lawyer/attorney groups: only the second has no word of the pages',
  );
  assert.deepEqual(
    groupsWithoutEffect(
      [
        ['律师', '法务'],
        ['预算', '资金'],
      ],
      ['法务部门尚未批准合同。'],
      'zh-cn',
    ),
    [1],
  );
});
