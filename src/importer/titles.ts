/**
 * Page titles of an imported DocFX playbook. The DocFX playbooks kept the English front-matter
 * title on translated pages and wrote the translation only into the body's first `# ` heading;
 * the site shows the title as the page's heading, so such a page had an English heading above
 * its own. Here each page gets the title its reader sees as its heading:
 *
 * - Legacy prefixes go: the playbook's name ("FastTrack Partner Playbook - Blocked") on every
 *   page, and on status pages the names of the parent statuses ("Blocked - Legal/Regulatory").
 * - The body's first `# ` heading becomes the title, and leaves the body, when it is the body's
 *   first line and the front-matter title says the same thing (one's words contain the other's)
 *   or is in another language than the page. On a translation it counts as the title heading
 *   only if the English page's first heading is its title heading too (a list page whose first
 *   `#` opens a section keeps its title).
 * - Any other `# ` heading of the body becomes `## ` (the title is the page's one `<h1>`).
 * - A translated status page gets the English name as an alias (`ft.aliases`).
 * - TOC entries of a translation named as in English get the page's title (localizeToc).
 * Every decision says why, for the import report.
 */
import { readBody } from '../core/markdown.ts';
import { detectLanguage, readableText } from './language.ts';
import { slugWords, STATUS_PREFIX, titleSegments } from './status.ts';
import type { TocNode } from './toc.ts';

export interface TitleInput {
  locale: string;
  id: string;
  isStatus: boolean;
  /** Front-matter title as written, if it is a text. */
  title?: string;
  body: string;
}

export interface TitleDecision {
  before: string;
  after: string;
  /** Why, in words ("front-matter title is en; the page's heading"). Empty when unchanged. */
  why: string[];
  /** The body's first line is a `# ` heading that is now the title: it leaves the body. */
  removeHeading: boolean;
  /** Whether the body's first line is a `# ` heading that names the page (kept or taken). */
  headingIsTitle: boolean;
  /** `# ` headings that become `## `. */
  demote: number;
  /** How the front-matter title is in another language than the page ("the English title"), if it is. */
  otherLanguage?: string;
  /** The front-matter title is in another language and no heading gave one in the page's. */
  untranslated: boolean;
  /** English name for `ft.aliases` (translated status pages whose title changed language). */
  alias?: string;
}

const CJK_LOCALES = new Set(['ja', 'zh-cn']);
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
const words = (s: string) =>
  new Set(
    norm(s)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );

/** One's words all appear in the other's: "Blocked - Legal/Regulatory" and "Legal/Regulatory". */
export function saySameThing(a: string, b: string): boolean {
  const A = words(a);
  const B = words(b);
  if (A.size === 0 || B.size === 0) return false;
  const within = (x: Set<string>, y: Set<string>) => [...x].every((w) => y.has(w));
  return within(A, B) || within(B, A);
}

/**
 * The title without legacy prefixes: a leading playbook name, and on a status page the leading
 * segments that name one of its parent statuses (`knownIds`: status ids of the playbook).
 */
export function dropTitlePrefixes(
  title: string,
  opts: {
    id: string;
    isStatus: boolean;
    playbookNames: readonly string[];
    knownIds: ReadonlySet<string>;
  },
): string {
  let segs = titleSegments(title);
  if (segs.length < 2) return norm(title);
  const names = new Set(opts.playbookNames.map((n) => norm(n).toLowerCase()));
  if (names.has(segs[0]!.toLowerCase())) segs = segs.slice(1);
  if (opts.isStatus && segs.length > 1) {
    const slash = opts.id.lastIndexOf('/');
    const dir = slash < 0 ? '' : opts.id.slice(0, slash + 1);
    const rest = opts.id.slice(dir.length).toLowerCase().slice(STATUS_PREFIX.length);
    let drop = 0;
    for (let j = 1; j < segs.length; j++) {
      const parentSlug = slugWords(segs.slice(0, j).join(' '));
      if (!rest.startsWith(`${parentSlug}-`)) break;
      // A parent named by the title; the first one may have no page (status.ts reports it).
      if (j === 1 || opts.knownIds.has(dir + STATUS_PREFIX + parentSlug)) drop = j;
    }
    segs = segs.slice(drop);
  }
  return segs.join(' - ');
}

/** Lower-case words of a Markdown text as people read it. */
export function vocabulary(markdown: string): Set<string> {
  return words(readableText(markdown));
}

/**
 * The title is not in the page's language: it is the English page's title, the language
 * detector says so, a CJK page's title has no CJK character, or — for titles too short for the
 * detector — every word of it is a word of the English pages and some word is not in the page's
 * own text ("Standalone Deployment" on a German page that says "Bereitstellung").
 */
export function titleInOtherLanguage(
  title: string,
  locale: string,
  englishTitles: readonly string[],
  vocab?: { english: ReadonlySet<string>; own: ReadonlySet<string> },
): string | undefined {
  const t = norm(title).toLowerCase();
  if (englishTitles.some((e) => norm(e).toLowerCase() === t)) return 'the English title';
  const guess = detectLanguage(title).locale;
  // A few Han characters do not tell Japanese from Chinese (法務/規制 has no kana).
  if (guess && guess !== locale && !(CJK_LOCALES.has(guess) && CJK_LOCALES.has(locale)))
    return `in ${guess}`;
  if (CJK_LOCALES.has(locale) && !CJK.test(title) && /\p{L}/u.test(title))
    return "without a single character of the page's script";
  const ws = [...words(title)].filter((w) => /^\p{L}+$/u.test(w)); // not product codes (opp365)
  if (
    vocab &&
    ws.length &&
    ws.every((w) => vocab.english.has(w)) &&
    ws.some((w) => !vocab.own.has(w))
  )
    return 'in English words (all in the English pages, not all in this page)';
  return undefined;
}

interface BodyHeadings {
  /** The first `# ` heading when it is the body's first non-blank line (ATX). */
  first?: { text: string; line: number };
  /** Lines (1-based, in the body) of every ATX `# ` heading. */
  lines: number[];
}

function topHeadings(body: string): BodyHeadings {
  const src = body.split('\n');
  const headings = readBody(body).headings;
  const lines = headings
    .filter((h) => h.depth === 1 && /^ {0,3}#(\s|$)/.test(src[h.line - 1] ?? ''))
    .map((h) => h.line);
  const firstLine = src.findIndex((l) => l.trim() !== '') + 1;
  const h = headings.find((x) => x.line === firstLine && x.depth === 1);
  return {
    first:
      h && lines.includes(h.line) && h.text.trim()
        ? { text: norm(h.text), line: h.line }
        : undefined,
    lines,
  };
}

/**
 * Decides the title of every page. `pages` of the default locale are decided first, as the
 * translations are compared with them. Key of the result: `${locale}/${id}`.
 */
export function decideTitles(
  pages: readonly TitleInput[],
  opts: { defaultLocale: string; playbookNames: readonly string[]; statusIds: ReadonlySet<string> },
): Map<string, TitleDecision> {
  const out = new Map<string, TitleDecision>();
  const ordered = [...pages].sort(
    (a, b) => Number(b.locale === opts.defaultLocale) - Number(a.locale === opts.defaultLocale),
  );
  const rawEnglish = new Map(
    pages.filter((p) => p.locale === opts.defaultLocale).map((p) => [p.id, p.title]),
  );
  const english = new Set<string>();
  for (const p of pages)
    if (p.locale === opts.defaultLocale) for (const w of vocabulary(p.body)) english.add(w);
  for (const p of ordered) {
    if (p.title === undefined || !p.title.trim()) continue;
    const before = p.title;
    const cleaned = dropTitlePrefixes(before, {
      id: p.id,
      isStatus: p.isStatus,
      playbookNames: opts.playbookNames,
      knownIds: opts.statusIds,
    });
    const why: string[] = [];
    if (cleaned !== norm(before))
      why.push(
        `legacy prefix "${norm(before)
          .slice(0, norm(before).length - cleaned.length)
          .replace(/\s*[-–—]\s*$/, '')}" dropped`,
      );
    const heads = topHeadings(p.body);
    const h = heads.first;
    const en =
      p.locale === opts.defaultLocale ? undefined : out.get(`${opts.defaultLocale}/${p.id}`);
    const englishTitles = en
      ? [en.before, en.after, rawEnglish.get(p.id) ?? ''].filter(Boolean)
      : [];
    const vocab = { english, own: vocabulary(p.body) };
    const other =
      p.locale === opts.defaultLocale
        ? undefined
        : (titleInOtherLanguage(before, p.locale, englishTitles) ??
          titleInOtherLanguage(cleaned, p.locale, englishTitles, vocab));
    const same = !!h && saySameThing(cleaned, h.text);
    // On a translation the first heading names the page when it does on the English page.
    const namesPage = !!h && (same || (en ? en.headingIsTitle : heads.lines.length === 1));
    let after = cleaned;
    let removeHeading = false;
    if (h && namesPage && (same || other)) {
      after = h.text;
      removeHeading = true;
      if (other)
        why.push(`front-matter title is ${other}; the page's own heading "${h.text}" is its title`);
      else if (after !== cleaned)
        why.push(`the page's own heading "${h.text}" says the same: it is the title`);
      else why.push('the same first heading removed from the body');
    }
    const demote = heads.lines.length - (removeHeading ? 1 : 0);
    if (demote > 0)
      why.push(
        `${demote} further top heading${demote === 1 ? '' : 's'} made level 2 (the title is the page's one heading)`,
      );
    const untranslated = !!other && !removeHeading;
    const alias =
      p.isStatus && en && removeHeading && norm(en.after) !== norm(after) ? en.after : undefined;
    if (alias) why.push(`English name "${alias}" added to ft.aliases`);
    out.set(`${p.locale}/${p.id}`, {
      before,
      after,
      why,
      removeHeading,
      headingIsTitle: !!h && namesPage,
      demote,
      otherLanguage: other,
      untranslated,
      alias,
    });
  }
  return out;
}

/** The body without its title heading (and the blank line after it), other `# ` headings as `## `. */
export function applyTitleToBody(
  body: string,
  d: Pick<TitleDecision, 'removeHeading' | 'demote'>,
): string {
  if (!d.removeHeading && d.demote === 0) return body;
  const heads = topHeadings(body);
  const lines = body.split('\n');
  for (const n of heads.lines)
    if (!(d.removeHeading && n === heads.first?.line))
      lines[n - 1] = lines[n - 1]!.replace(/^( {0,3})#/, '$1##');
  if (d.removeHeading && heads.first) {
    const i = heads.first.line - 1;
    lines.splice(i, lines[i + 1]?.trim() === '' ? 2 : 1);
  }
  return lines.join('\n');
}

/** Every entry name of a TOC, and the names per page id. */
export function tocNames(tree: readonly TocNode[]): {
  all: Set<string>;
  byId: Map<string, string[]>;
} {
  const all = new Set<string>();
  const byId = new Map<string, string[]>();
  const visit = (nodes: readonly TocNode[]) => {
    for (const n of nodes) {
      all.add(n.title);
      if (n.id !== null) byId.set(n.id, [...(byId.get(n.id) ?? []), n.title]);
      visit(n.children);
    }
  };
  visit(tree);
  return { all, byId };
}

export interface TocLabelChange {
  before: string;
  after: string;
  id: string;
}

/**
 * A translation's TOC with entries named as in English relabelled with the page's own title.
 * `englishNames(id)`: the English TOC names and titles of that page; `titleOf(id)`: the page's
 * decided title, when it is in the page's language. Entries without a page whose name is an
 * English TOC name keep it and are returned as `untranslated`.
 */
export function localizeToc(
  tree: TocNode[],
  opts: {
    englishNames: (id: string) => readonly string[];
    titleOf: (id: string) => string | undefined;
    englishTocNames: ReadonlySet<string>;
  },
): { tree: TocNode[]; changed: TocLabelChange[]; untranslated: string[] } {
  const changed: TocLabelChange[] = [];
  const untranslated: string[] = [];
  const same = (a: string, b: string) => norm(a).toLowerCase() === norm(b).toLowerCase();
  const visit = (nodes: TocNode[]): TocNode[] =>
    nodes.map((n) => {
      const children = visit(n.children);
      let title = n.title;
      if (n.id !== null) {
        const local = opts.titleOf(n.id);
        if (
          local &&
          !same(local, n.title) &&
          opts.englishNames(n.id).some((e) => same(e, n.title))
        ) {
          changed.push({ before: n.title, after: local, id: n.id });
          title = local;
        }
      } else if (!n.href && [...opts.englishTocNames].some((e) => same(e, n.title)))
        untranslated.push(n.title);
      return n.href ? { ...n, title, children } : { title, id: n.id, children };
    });
  return { tree: visit(tree), changed, untranslated };
}
