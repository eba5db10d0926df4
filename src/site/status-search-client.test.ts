import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reasonText } from './status-search-client.ts';
import { searchStrings } from './search-strings.ts';
import type { StatusHit } from '../core/status-index.ts';

const hit = (reasons: StatusHit['reasons']): StatusHit => ({
  status: {
    id: 'x',
    level: 'L2',
    l1: 'x',
    title: 'X',
    path: 'X',
    href: '/en/x/',
    aliases: [],
    keywords: [],
  },
  score: 1,
  reasons,
});

test('why it matched: fields and their words, at most three fields', () => {
  const en = searchStrings('en');
  assert.equal(
    reasonText(
      hit([
        { field: 'keywords', words: ['VPN', 'proxy'] },
        { field: 'definition', words: ['bandwidth'] },
        { field: 'scenarios', words: ['firewall'] },
        { field: 'notThis', words: ['ports'] },
      ]),
      en,
    ),
    `${en.field.keywords}: VPN, proxy · ${en.field.definition}: bandwidth · ${en.field.scenarios}: firewall`,
  );
});

test('why it matched: what the reader typed for a synonym is said once, not after every field', () => {
  const en = searchStrings('en');
  const text = reasonText(
    hit([
      { field: 'title', words: ['Solution or User Adoption'], via: ['barely anyone uses'] },
      { field: 'keywords', words: ['low usage'], via: ['barely anyone uses', 'nobody uses'] },
      { field: 'definition', words: ['usage'], via: ['barely anyone uses'] },
    ]),
    en,
  );
  assert.equal(text.split('barely anyone uses').length - 1, 1, text);
  assert.match(text, /low usage \(similar to “nobody uses”\)/);
  assert.match(text, new RegExp(`${en.field.definition}: usage$`));
});
