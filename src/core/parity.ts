/**
 * Translation parity: a translation (not `ft.original`) has its English page's structure — the
 * same sections (## / ### headings) in the same order, the same number of list items and table
 * rows in each, and table rows that point to the same statuses. Headings are in another language,
 * so sections are compared by position, level and content (counts and targets), never by text.
 * Works on the facts the loader already has (headings, list items, table rows); no second parse.
 */
import { diag, type Diagnostic, type Severity } from './diagnostics.ts';
import type { Heading, TableRowRef } from './markdown.ts';
import { findStatus } from './status-names.ts';
import type { TaxNode } from './taxonomy.ts';

/** Rule ids; `i18n/parity` in playbook.config.json's `rules` sets the severity of all of them. */
export const PARITY_RULES = {
  sections: 'i18n/parity-sections',
  items: 'i18n/parity-items',
  rows: 'i18n/parity-rows',
  target: 'i18n/parity-target',
} as const;
export const PARITY_GROUP = 'i18n/parity';

/** What parity needs of a page. */
export interface ParityPage {
  file: string;
  locale: string;
  id: string;
  bodyLine: number;
  headings: Heading[];
  listItems: number[];
  tableRows: TableRowRef[];
}

export interface ParityContext {
  /** Status id a table row points to (its link, or the status it names), or undefined. */
  target(page: ParityPage, row: TableRowRef): string | undefined;
  /** How to name a status id in a message (its English title). */
  name(id: string): string;
  /**
   * Whether the translation's locale has its own page for a status. A row naming a status whose
   * translation is missing cannot be resolved in that language, so it is not held against the page.
   */
  translated?(locale: string, id: string): boolean;
  severity(rule: string): Severity;
}

interface Section {
  /** 0: the text before the first heading; then 1, 2, … per ## / ### heading. */
  n: number;
  depth: number;
  line: number;
  heading: string;
  items: number;
  rows: { line: number; target?: string }[];
  sig: string;
}

/** A status named in a cell: its name in the locale, else in English; "A › B › C" by its last part. */
export function statusNamed(
  text: string,
  indexes: ReadonlyMap<string, TaxNode>[],
): TaxNode | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const last = t.includes('›') ? t.slice(t.lastIndexOf('›') + 1) : undefined;
  for (const name of last ? [t, last] : [t]) {
    for (const index of indexes) {
      const node = findStatus(index, name);
      if (node) return node;
    }
  }
  return undefined;
}

function sections(page: ParityPage, ctx: ParityContext): Section[] {
  const out: Section[] = [
    { n: 0, depth: 0, line: page.bodyLine, heading: '', items: 0, rows: [], sig: '' },
  ];
  for (const h of page.headings) {
    if (h.depth <= 3)
      out.push({
        n: out.length,
        depth: h.depth,
        line: h.line,
        heading: h.text,
        items: 0,
        rows: [],
        sig: '',
      });
  }
  // Facts and headings are in line order: walk them together.
  let s = 0;
  const at = (line: number) => {
    while (s + 1 < out.length && out[s + 1]!.line <= line) s++;
    return out[s]!;
  };
  for (const line of page.listItems) at(line).items++;
  s = 0;
  for (const row of page.tableRows)
    at(row.line).rows.push({ line: row.line, target: ctx.target(page, row) });
  for (const sec of out)
    sec.sig = `${sec.depth}|${sec.items}|${sec.rows.map((r) => r.target ?? '-').join(',')}`;
  return out;
}

const GAP = 1.2; // a missing or extra section costs a little more than a changed one
const LEVEL = 0.5;

/** Aligns English and translated sections (edit distance); pairs with a side undefined are gaps. */
function align(en: Section[], tr: Section[]): [Section | undefined, Section | undefined][] {
  const n = en.length;
  const m = tr.length;
  const cost = (a: Section, b: Section) =>
    (a.sig === b.sig ? 0 : 1) +
    (a.depth === b.depth ? 0 : a.depth === 0 || b.depth === 0 ? 99 : LEVEL);
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) =>
    Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j * GAP : j === 0 ? i * GAP : 0)),
  );
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j - 1]! + cost(en[i - 1]!, tr[j - 1]!),
        d[i - 1]![j]! + GAP,
        d[i]![j - 1]! + GAP,
      );
    }
  }
  const pairs: [Section | undefined, Section | undefined][] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && d[i]![j] === d[i - 1]![j - 1]! + cost(en[i - 1]!, tr[j - 1]!))
      pairs.push([en[--i], tr[--j]]);
    else if (i > 0 && d[i]![j] === d[i - 1]![j]! + GAP) pairs.push([en[--i], undefined]);
    else pairs.push([undefined, tr[--j]]);
  }
  return pairs.reverse();
}

const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;

/** Longest common subsequence of two target lists: index pairs [english, translation]. */
function lcs(a: (string | undefined)[], b: (string | undefined)[]): [number, number][] {
  const L: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      L[i]![j] = a[i] === b[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const out: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) out.push([i++, j++]);
    else if (L[i + 1]![j]! >= L[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

/** Every divergence of a translation from its English page. */
export function compareTranslation(
  en: ParityPage,
  tr: ParityPage,
  ctx: ParityContext,
): Diagnostic[] {
  const E = sections(en, ctx);
  const T = sections(tr, ctx);
  // A faithful translation (the usual case) is settled here, without aligning anything.
  if (E.length === T.length && E.every((e, k) => e.sig === T[k]!.sig)) return [];
  const out: Diagnostic[] = [];
  const enAt = (line: number) => `${en.file}:${line}`;
  const label = (s: Section) =>
    s.n === 0 ? 'the text before the first heading' : `section ${s.n} (line ${s.line})`;
  const enLabel = (s: Section) =>
    s.n === 0
      ? `the English text before the first heading (${enAt(s.line)})`
      : `English section ${s.n} "${s.heading}" (${enAt(s.line)})`;
  const target = (t?: string) => (t ? `→ ${ctx.name(t)}` : 'names no status');
  const push = (kind: keyof typeof PARITY_RULES, line: number, message: string, hint: string) => {
    const rule = PARITY_RULES[kind];
    out.push(diag(tr.file, line, ctx.severity(rule), rule, message, hint));
  };

  const pairs = align(E, T);
  // Sections present on both sides but in another order: changed pairs whose content matches a
  // different English section. Reported once, not as a change of every section involved.
  const changed = pairs.filter(
    (p): p is [Section, Section] =>
      !!p[0] && !!p[1] && p[0].sig !== p[1].sig && p[0].depth === p[1].depth,
  );
  const free = new Map<string, Section[]>();
  for (const [e] of changed) free.set(e.sig, [...(free.get(e.sig) ?? []), e]);
  const moved: [Section, Section][] = [];
  for (const [, t] of changed) {
    const e = free.get(t.sig)?.shift();
    if (e) moved.push([e, t]);
  }
  const movedTr = new Set(moved.length >= 2 ? moved.map(([, t]) => t) : []);
  if (movedTr.size) {
    const t0 = moved[0]![1];
    const list = moved
      .map(([e, t]) => `${label(t)} is English section ${e.n} "${e.heading}" (${enAt(e.line)})`)
      .join('; ');
    push(
      'sections',
      t0.line,
      `sections are in another order than on the English page: ${list}`,
      `put the sections in the order of ${en.file}: ${moved.map(([e, t]) => `${label(t)} as section ${e.n}`).join(', ')}`,
    );
  }
  pairs.forEach(([e, t], k) => {
    if (e && !t) {
      // Reported where it belongs: at the next section of the translation (or its last one).
      const next = pairs.slice(k + 1).find((p) => p[1])?.[1];
      const before = pairs
        .slice(0, k)
        .reverse()
        .find((p) => p[1])?.[1];
      push(
        'sections',
        (next ?? before)?.line ?? tr.bodyLine,
        `missing section: ${enLabel(e)} has no counterpart here`,
        `translate the English section ${e.n} and put it ${next ? `before ${label(next)}` : 'at the end'}`,
      );
      return;
    }
    if (!e && t) {
      push(
        'sections',
        t.line,
        `${label(t)} has no counterpart on the English page ${en.file}`,
        'remove it, or add it to the English page first and translate it from there',
      );
      return;
    }
    if (!e || !t || e.sig === t.sig || movedTr.has(t)) return;
    if (e.depth !== t.depth) {
      push(
        'sections',
        t.line,
        `${label(t)} is a ${'#'.repeat(t.depth)} heading; ${enLabel(e)} is ${'#'.repeat(e.depth)}`,
        `write it as ${'#'.repeat(e.depth)}, as on the English page`,
      );
    }
    if (e.items !== t.items) {
      const more = t.items > e.items;
      push(
        'items',
        t.line,
        `${label(t)} has ${plural(t.items, 'list item')}; ${enLabel(e)} has ${e.items}`,
        more
          ? 'remove the list items the English page does not have (each scenario and question is translated, none added)'
          : 'translate the missing list items (each scenario and question of the English page, in its order)',
      );
    }
    if (e.rows.length !== t.rows.length) {
      const common = lcs(
        e.rows.map((r) => r.target),
        t.rows.map((r) => r.target),
      );
      const enKept = new Set(common.map(([i]) => i));
      const trKept = new Set(common.map(([, j]) => j));
      const lostRow = e.rows.findIndex((_, i) => !enKept.has(i));
      const extraRow = t.rows.findIndex((_, j) => !trKept.has(j));
      const hint =
        t.rows.length < e.rows.length && lostRow >= 0
          ? `translate the missing row: English row ${lostRow + 1} (${enAt(e.rows[lostRow]!.line)}, ${target(e.rows[lostRow]!.target)})`
          : extraRow >= 0
            ? `remove row ${extraRow + 1} (line ${t.rows[extraRow]!.line}, ${target(t.rows[extraRow]!.target)}), which the English page does not have`
            : 'give the table the rows of the English page, in its order';
      push(
        'rows',
        t.line,
        `${label(t)} has ${plural(t.rows.length, 'table row')}; ${enLabel(e)} has ${e.rows.length}`,
        hint,
      );
      return;
    }
    e.rows.forEach((er, r) => {
      const tt = t.rows[r]!;
      if (er.target === tt.target) return;
      if (
        tt.target === undefined &&
        er.target !== undefined &&
        ctx.translated &&
        !ctx.translated(tr.locale, er.target)
      )
        return;
      push(
        'target',
        tt.line,
        `table row ${r + 1} of ${label(t)} ${target(tt.target)}; the English row (${enAt(er.line)}) ${target(er.target)}`,
        er.target
          ? `name or link the status "${ctx.name(er.target)}" in the last cell, in this page's language`
          : 'the English row names no status; translate its last cell as text',
      );
    });
  });
  return out;
}
