/**
 * "Was this page helpful?": each reason is a link that opens a pre-filled GitHub issue (no backend,
 * no cookie). Everything a maintainer needs to find the page is in the issue.
 */
export const FEEDBACK_REASONS = [
  'reasonTwoFit',
  'reasonNotCovered',
  'reasonTranslation',
  'reasonWrong',
] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

export interface FeedbackContext {
  /** Repository URL from playbook.config.json (https://github.com/owner/name). */
  repository: string;
  pageId: string;
  locale: string;
  title: string;
  /** Status path in the page's language. */
  path: string;
  commit: string;
}

/** The address a reason link has in the HTML: a new feedback issue (the script adds the page's details on click). */
export function feedbackIssueBase(repository: string): string {
  return `${repository.replace(/\/+$/, '')}/issues/new?labels=feedback`;
}

/** The new-issue URL for a page and a reason (the reason as the reader read it, and its key). */
export function feedbackIssueUrl(
  c: FeedbackContext,
  reason: { key: string; label: string },
): string {
  const u = new URL(`${c.repository.replace(/\/+$/, '')}/issues/new`);
  u.searchParams.set('title', `Feedback: ${c.title} (${c.locale}): ${reason.label}`);
  // Short: four of these links are on every status page.
  u.searchParams.set(
    'body',
    [
      `**Reason:** ${reason.label} (\`${reason.key}\`)`,
      `**Page:** \`${c.pageId}\` (${c.locale})`,
      `**Status:** ${c.path}`,
      `**Build:** ${c.commit}`,
      '',
      '',
    ].join('\n'),
  );
  u.searchParams.set('labels', 'feedback');
  return u.href;
}

/** A "Suggest a keyword" issue for a finder or search query that found no good answer. */
export function keywordIssueUrl(
  repository: string,
  locale: string,
  query: string,
  where: string,
  commit: string,
): string {
  const u = new URL(`${repository.replace(/\/+$/, '')}/issues/new`);
  u.searchParams.set('title', `Keyword: "${query}" (${locale})`);
  u.searchParams.set(
    'body',
    [
      `**Query:** ${query}`,
      `**Locale:** ${locale}`,
      `**Where:** ${where}`,
      `**Build:** ${commit}`,
      '',
      'Which status did you expect?',
      '',
    ].join('\n'),
  );
  u.searchParams.set('labels', 'keyword');
  return u.href;
}
