/**
 * llms.txt (llmstxt.org) for one locale: the site's title, a summary, then a section per L1 status
 * listing it and every reason and sub-reason below it with its definition; and llms-full.txt, the
 * text of every status page in reading order. Built from the status records, so the audience of
 * the build decides what is in them.
 */
import type { StatusRecord } from './status-data.ts';

export interface LlmsLink {
  title: string;
  url: string;
  note?: string;
}

export interface LlmsInput {
  title: string;
  summary: string;
  records: StatusRecord[];
  /** Pages and files next to the statuses (finder, helper, data files). */
  tools: { heading: string; links: LlmsLink[] };
  /** Optional reading (llms-full.txt). */
  optional: LlmsLink[];
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const item = (l: LlmsLink) =>
  `- [${oneLine(l.title).replace(/[[\]]/g, '')}](${l.url})${l.note ? `: ${oneLine(l.note)}` : ''}`;

export function llmsTxt(input: LlmsInput): string {
  const out = [`# ${oneLine(input.title)}`, '', `> ${oneLine(input.summary)}`, ''];
  if (input.tools.links.length)
    out.push(`## ${input.tools.heading}`, '', ...input.tools.links.map(item), '');
  let current: string | undefined;
  input.records.forEach((r, i) => {
    if (r.level === 'L1') {
      current = r.id;
      out.push(`## ${oneLine(r.name)}`, '');
    }
    if (!current) return;
    out.push(item({ title: r.level === 'L1' ? r.name : r.path, url: r.url, note: r.definition }));
    const next = input.records[i + 1];
    if (!next || next.level === 'L1') out.push('');
  });
  if (input.optional.length) out.push('## Optional', '', ...input.optional.map(item), '');
  return `${out.join('\n').trimEnd()}\n`;
}

export interface FullPage {
  record: StatusRecord;
  /** The page's Markdown body, links already absolute. */
  markdown: string;
}

export function llmsFullTxt(title: string, pages: FullPage[]): string {
  const parts = [`# ${oneLine(title)}`, ''];
  for (const { record: r, markdown } of pages) {
    parts.push(
      `# ${oneLine(r.path)}`,
      '',
      `${r.level} · ${r.id} · ${r.url}`,
      '',
      markdown.trim(),
      '',
    );
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
