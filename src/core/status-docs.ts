/**
 * What the status index knows about each status of a locale: its names, keywords and the text of
 * its sections. Sections are told apart by their shape, not their (translated) headings: the first
 * section is the definition, a table holds the invalid scenarios (the last column names the status
 * that applies instead), a numbered list the questions, other lists the example scenarios
 * (CONTRIBUTING "Sections each level needs").
 */
import type { Corpus } from './corpus.ts';
import { findStatus, statusIndex } from './status-names.ts';
import { ancestry, flatten, type TaxNode } from './taxonomy.ts';

export interface StatusDoc {
  id: string;
  level: 'L1' | 'L2' | 'L3';
  /** Id of the status's L1. */
  l1: string;
  title: string;
  label: string;
  /** Id of the parent status (an L2's L1, an L3's L2). */
  parent?: string;
  /** L1 › L2 › L3 labels. */
  path: string;
  href: string;
  aliases: string[];
  keywords: string[];
  definition: string;
  scenarios: string;
  /** This status's own invalid scenarios (they point elsewhere: low weight). */
  invalid: string;
  /** Invalid scenarios of other statuses that name this one as the status that applies. */
  notThis: string;
  questions: string;
  /** On a translation: the default locale's title, aliases and keywords (partners type English product and status names in every language). */
  source: string;
}

interface Section {
  heading: string;
  lines: string[];
}

function sections(body: string): { intro: string[]; sections: Section[] } {
  const intro: string[] = [];
  const out: Section[] = [];
  let fence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const h = !fence && /^##\s+(.*)$/.exec(line);
    if (h) out.push({ heading: h[1]!.trim(), lines: [] });
    else (out.at(-1)?.lines ?? intro).push(line);
  }
  return { intro, sections: out };
}

/** Markdown inline syntax → plain text (link text kept, URLs, emphasis and alert markers dropped). */
export function plain(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION|INCLUDE)[^\]]*\]/gi, '')
    .replace(/[*_`>#]+/g, ' ')
    .replace(/^\s*(?:[-+]|\d+[.)])\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const TABLE_ROW = /^\s*\|(.*)\|\s*$/;
const DIVIDER = /^\s*\|?\s*:?-{2,}/;

interface InvalidRow {
  scenario: string;
  target: string;
  /** Link target in the status cell, when it has one (`[Name](id.md)`). */
  link?: string;
}

function tableRows(lines: string[]): InvalidRow[] {
  const rows = lines.filter((l) => TABLE_ROW.test(l) && !DIVIDER.test(l)).slice(1); // header row dropped
  return rows.map((l) => {
    const cells = TABLE_ROW.exec(l)![1]!
      .split('|')
      .map((c) => c.trim());
    const last = cells.at(-1) ?? '';
    const link = /\]\(([^)#\s]+?)(?:\.md)?(?:#[^)]*)?\)/.exec(last)?.[1]?.split('/').pop();
    return { scenario: plain(cells.slice(0, -1).join(' ')), target: plain(last), link };
  });
}

function sourceNames(corpus: Corpus, node: TaxNode): string {
  if (node.page.locale === corpus.defaultLocale) return '';
  const src = corpus.get(corpus.defaultLocale, node.id)?.meta;
  return src
    ? [src.title, src.label ?? '', ...src.aliases, ...src.keywords].filter(Boolean).join(' \n ')
    : '';
}

/** Every status of `locale` as the index sees it; `href` gives each node's URL. */
export function statusDocuments(
  corpus: Corpus,
  locale: string,
  href: (n: TaxNode) => string,
): StatusDoc[] {
  const tax = corpus.taxonomies.get(locale);
  if (!tax) return [];
  const names = statusIndex(tax);
  const docs = new Map<string, StatusDoc>();
  const pending: { target: TaxNode; text: string }[] = [];
  for (const node of flatten(tax)) {
    const page = corpus.get(node.page.locale, node.id);
    const meta = node.page.meta;
    const chain = ancestry(node);
    const { intro, sections: parts } = sections(page?.body ?? '');
    const definition: string[] = [meta.description, plain(intro.join('\n'))];
    const scenarios: string[] = [];
    const invalid: string[] = [];
    const questions: string[] = [];
    parts.forEach((s, i) => {
      const text = s.lines.join('\n');
      if (s.lines.some((l) => TABLE_ROW.test(l))) {
        for (const row of tableRows(s.lines)) {
          invalid.push(row.scenario);
          const target = (row.link && tax.byId.get(row.link)) || findStatus(names, row.target);
          if (target && target.id !== node.id) pending.push({ target, text: row.scenario });
        }
      } else if (i === 0) definition.push(plain(text));
      else if (s.lines.some((l) => /^\s*\d+[.)]\s/.test(l))) questions.push(plain(text));
      else scenarios.push(plain(text));
    });
    docs.set(node.id, {
      id: node.id,
      level: node.level,
      l1: chain[0]!.id,
      parent: node.parent?.id,
      title: node.title,
      label: node.label,
      path: chain.map((c) => c.label).join(' › '),
      href: href(node),
      aliases: meta.aliases,
      keywords: meta.keywords,
      definition: definition.filter(Boolean).join(' '),
      scenarios: scenarios.join(' '),
      invalid: invalid.join(' '),
      notThis: '',
      questions: questions.join(' '),
      source: sourceNames(corpus, node),
    });
  }
  for (const p of pending) {
    const d = docs.get(p.target.id);
    if (d) d.notThis = d.notThis ? `${d.notThis} ${p.text}` : p.text;
  }
  return [...docs.values()];
}
