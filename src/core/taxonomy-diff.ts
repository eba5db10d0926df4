/**
 * What a change does to the playbook, from two corpora (before and after): the status tree per
 * locale (added, removed, renamed, moved, reordered statuses, changed aliases), the pages whose
 * file changed, and the translations an English change leaves behind (with the English sections
 * that changed). Used by `npm run pr-summary`.
 */
import type { Corpus, Page } from './corpus.ts';
import { LOCALES } from './locales.ts';

export interface StatusFacts {
  id: string;
  title: string;
  level: string;
  parent?: string;
  /** Position among the locale's own siblings (1-based). */
  position: number;
  aliases: string[];
}

export interface LocaleDiff {
  locale: string;
  added: StatusFacts[];
  removed: StatusFacts[];
  renamed: { id: string; from: string; to: string }[];
  moved: { id: string; title: string; from?: string; to?: string }[];
  reordered: { parent?: string; before: string[]; after: string[] }[];
  aliases: { id: string; title: string; added: string[]; removed: string[] }[];
}

export interface PageChange {
  locale: string;
  id: string;
  slug: string;
  kind: 'added' | 'changed' | 'removed';
}

export interface StaleTranslation {
  locale: string;
  id: string;
  /** Headings of the English sections that changed ('' for the text before the first heading). */
  sections: string[];
}

/** The own status pages of a locale (no fallbacks), with their position among own siblings. */
function statuses(corpus: Corpus, locale: string): Map<string, StatusFacts> {
  const out = new Map<string, StatusFacts>();
  const tax = corpus.taxonomies.get(locale);
  if (!tax) return out;
  const walk = (nodes: typeof tax.roots) => {
    const own = nodes.filter((n) => !n.fallback);
    own.forEach((n, i) =>
      out.set(n.id, {
        id: n.id,
        title: n.title,
        level: n.level,
        parent: n.parent?.id,
        position: i + 1,
        aliases: n.page.meta.aliases ?? [],
      }),
    );
    for (const n of nodes) walk(n.children);
  };
  walk(tax.roots);
  return out;
}

export function diffTaxonomy(before: Corpus, after: Corpus): LocaleDiff[] {
  const out: LocaleDiff[] = [];
  for (const { folder: locale } of LOCALES) {
    const a = statuses(before, locale);
    const b = statuses(after, locale);
    const d: LocaleDiff = {
      locale,
      added: [],
      removed: [],
      renamed: [],
      moved: [],
      reordered: [],
      aliases: [],
    };
    for (const [id, s] of b) if (!a.has(id)) d.added.push(s);
    for (const [id, s] of a) if (!b.has(id)) d.removed.push(s);
    const parents = new Set<string | undefined>();
    for (const [id, s] of b) {
      const old = a.get(id);
      if (!old) continue;
      if (old.title !== s.title) d.renamed.push({ id, from: old.title, to: s.title });
      if (old.parent !== s.parent)
        d.moved.push({ id, title: s.title, from: old.parent, to: s.parent });
      else parents.add(s.parent);
      const added = s.aliases.filter((x) => !old.aliases.includes(x));
      const removed = old.aliases.filter((x) => !s.aliases.includes(x));
      if (added.length || removed.length) d.aliases.push({ id, title: s.title, added, removed });
    }
    // Reordered: the statuses kept under the same parent are in another order.
    for (const parent of parents) {
      const kept = (m: Map<string, StatusFacts>) =>
        [...m.values()]
          .filter(
            (s) =>
              s.parent === parent &&
              a.has(s.id) &&
              b.has(s.id) &&
              a.get(s.id)!.parent === b.get(s.id)!.parent,
          )
          .sort((x, y) => x.position - y.position)
          .map((s) => s.id);
      const was = kept(a);
      const now = kept(b);
      if (was.join() !== now.join()) d.reordered.push({ parent, before: was, after: now });
    }
    if (Object.values(d).some((v) => Array.isArray(v) && v.length)) out.push(d);
  }
  return out;
}

const fileText = (p: Page) => `${JSON.stringify(p.meta ?? null)}\n${p.body}`;

/** Pages added, changed (front matter or text) or removed, per locale. */
export function changedPages(before: Corpus, after: Corpus): PageChange[] {
  const key = (p: Page) => `${p.locale}/${p.id}`;
  const a = new Map(before.pages.map((p) => [key(p), p]));
  const b = new Map(after.pages.map((p) => [key(p), p]));
  const out: PageChange[] = [];
  for (const [k, p] of b) {
    const old = a.get(k);
    if (!old) out.push({ locale: p.locale, id: p.id, slug: p.slug, kind: 'added' });
    else if (fileText(old) !== fileText(p))
      out.push({ locale: p.locale, id: p.id, slug: p.slug, kind: 'changed' });
  }
  for (const [k, p] of a)
    if (!b.has(k)) out.push({ locale: p.locale, id: p.id, slug: p.slug, kind: 'removed' });
  return out.sort((x, y) => (x.locale + x.id < y.locale + y.id ? -1 : 1));
}

/** A page's text per section (by heading position): '' is the text before the first heading. */
function sectionTexts(p: Page): { heading: string; text: string }[] {
  const lines = p.body.split('\n');
  const starts = p.headings
    .filter((h) => h.depth <= 3)
    .map((h) => ({ heading: h.text, at: h.line - p.bodyLine }));
  const bounds = [{ heading: '', at: 0 }, ...starts];
  return bounds.map((s, i) => ({
    heading: s.heading,
    text: lines
      .slice(s.at, bounds[i + 1]?.at ?? lines.length)
      .join('\n')
      .trim(),
  }));
}

/**
 * Translations this change leaves behind: the English page changed, its translation did not.
 * Sections are compared by position (headings are what a translator sees in English).
 */
export function staleTranslations(
  before: Corpus,
  after: Corpus,
  changes: PageChange[],
): StaleTranslation[] {
  const en = after.defaultLocale;
  const touched = new Set(changes.map((c) => `${c.locale}/${c.id}`));
  const out: StaleTranslation[] = [];
  for (const c of changes) {
    if (c.locale !== en || c.kind !== 'changed') continue;
    const was = before.get(en, c.id);
    const now = after.get(en, c.id);
    if (!was || !now) continue;
    const a = sectionTexts(was);
    const b = sectionTexts(now);
    const sections = b
      .filter((s, i) => a[i]?.text !== s.text || a[i]?.heading !== s.heading)
      .map((s) => s.heading);
    if (was.meta?.title !== now.meta?.title || was.meta?.description !== now.meta?.description)
      sections.unshift('(title or description)');
    if (!sections.length) continue;
    for (const p of after.pages) {
      if (
        p.locale === en ||
        p.id !== c.id ||
        !p.visible ||
        p.meta?.original ||
        touched.has(`${p.locale}/${p.id}`)
      )
        continue;
      out.push({ locale: p.locale, id: p.id, sections });
    }
  }
  return out;
}
