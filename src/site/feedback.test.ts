import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedbackIssueUrl, keywordIssueUrl } from './feedback.ts';

test('a feedback issue carries title, page id, locale, status path and commit', () => {
  const u = new URL(
    feedbackIssueUrl(
      {
        repository: 'https://github.com/o/r/',
        pageId: 'l1l2l3-blocked',
        locale: 'de',
        title: 'Blockiert',
        path: 'Blockiert',
        commit: 'abc123',
      },
      { key: 'reasonTwoFit', label: 'Zwei Status scheinen zu passen' },
    ),
  );
  assert.equal(u.origin + u.pathname, 'https://github.com/o/r/issues/new');
  assert.equal(
    u.searchParams.get('title'),
    'Feedback: Blockiert (de): Zwei Status scheinen zu passen',
  );
  const body = u.searchParams.get('body')!;
  for (const s of [
    '`l1l2l3-blocked` (de)',
    '**Status:** Blockiert',
    '**Build:** abc123',
    '`reasonTwoFit`',
  ])
    assert.ok(body.includes(s), s);
  assert.equal(u.searchParams.get('labels'), 'feedback');
});

test('a keyword suggestion carries the query', () => {
  const u = new URL(
    keywordIssueUrl('https://github.com/o/r', 'ja', 'データ & 移行', 'status finder', 'abc'),
  );
  assert.equal(u.searchParams.get('title'), 'Keyword: "データ & 移行" (ja)');
  assert.match(u.searchParams.get('body')!, /\*\*Query:\*\* データ & 移行/);
});
