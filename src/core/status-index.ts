/**
 * The status index: one MiniSearch index per locale and audience over the statuses' names,
 * keywords and sections (status-docs.ts), built at build time, written as one JSON file, and
 * loaded by the status finder and the search dialog. The same module answers queries in the
 * browser and in Node (tests, `npm run bench:search`), with the same tokenizer (search-text.ts).
 *
 * Ranking: any word may match, and a status matching more of the words scores more (MiniSearch
 * multiplies by the number of query terms matched); field weights title/alias > keywords >
 * definition > scenarios; typos tolerated by word length; prefixes count (as you type); on a tie
 * an L3 within a fifth of its L2's score comes before it, and an L2 before its L1 (specific beats general). When nothing matches, looser
 * matching gives the closest statuses, and the L1s are the answer of last resort: never empty.
 * Also: a word the query negates weighs less where the names hold it unnegated; words about the
 * playbook ("which status") are left out; a Chinese or Japanese word one character off meets the name.
 */
import MiniSearch, {
  type AsPlainObject,
  type Options,
  type SearchOptions,
  type SearchResult,
} from 'minisearch';
import {
  fold,
  hasHanOrKana,
  indexTerms,
  insteadTerms,
  isCjk,
  languageOf,
  negatedTerms,
  playbookTerms,
  stemmed,
  term,
  terms,
  withoutReportFrames,
  words,
} from './search-text.ts';
import { packIndex, unpackIndex, type PackedIndex } from './packed-index.ts';
import type { StatusDoc } from './status-docs.ts';
import type { SynonymGroups } from './synonyms.ts';

export const INDEX_VERSION = 3;

/** Weight of a word a synonym group adds to the query, against 1 for a word the reader typed. */
export const SYNONYM_WEIGHT = 0.6;

/** Weight of a two-character piece of a long Chinese or Japanese word in a query (search-text.ts), against 1 for a word. */
export const PIECE_WEIGHT = 0.5;

/** Weight of a name's word one character away from a misspelt Chinese or Japanese word in a query (cjkNearTerms), against 1 for a word. */
export const CJK_NEAR_WEIGHT = 1;

/**
 * Weight of a word the query negates where a status's names hold it without a negation: "intent
 * not confirmed" against the alias "Confirmed intent", "no adoption champion" against a keyword
 * "adoption champion". Where the names negate it too ("No BDM Sponsor Identified"), it weighs 1.
 */
export const NEGATION_MISMATCH = 0.7;

/** Weight of a word after "instead of" in a query (insteadTerms: what the customer does not use), against 1. */
export const INSTEAD_WEIGHT = 0.3;

/** Share of the best score a match needs to be listed by the finder and the search dialog (weaker ones share a common word or two). */
export const RELEVANT_SHARE = 0.2;

/** Fields searched, with their weight. */
// Not indexed: the questions to ask and a page's own invalid scenarios (they describe other
// statuses). They moved few answers and made the Japanese index pass its 40 KB gzip budget.
export const FIELD_BOOST = {
  title: 8,
  aliases: 7,
  keywords: 4,
  definition: 1.6,
  source: 1.5,
  notThis: 1.2,
  scenarios: 1,
} as const;
export type Field = keyof typeof FIELD_BOOST;
const FIELDS = Object.keys(FIELD_BOOST) as Field[];

/** What a result shows (stored beside the index). */
export interface IndexedStatus {
  id: string;
  level: StatusDoc['level'];
  l1: string;
  title: string;
  path: string;
  href: string;
  /** Id of the parent status (an L2's L1, an L3's L2). */
  parent?: string;
  aliases: string[];
  keywords: string[];
}

export interface StatusIndexFile {
  v: number;
  locale: string;
  statuses: IndexedStatus[];
  /** The locale's search synonyms (content/<locale>/_synonyms.yml). */
  synonyms: SynonymGroups;
  index: PackedIndex;
}

/** Why a status matched: the field and the words (as written in the query or the page). */
export interface MatchReason {
  field: Field;
  words: string[];
  /** When synonyms brought the words: what the reader typed ("lawyers" for the keyword "legal counsel"). */
  via?: string[];
}

export interface StatusHit {
  status: IndexedStatus;
  score: number;
  reasons: MatchReason[];
}

export interface StatusAnswer {
  hits: StatusHit[];
  /** True when nothing matched well and `hits` are the closest statuses instead. */
  closest: boolean;
  /** Title of the status the reader probably meant (only with `closest`). */
  didYouMean?: string;
}

type Doc = StatusDoc & { n: number };

function indexOptions(locale: string): Options<Doc> {
  return {
    idField: 'n',
    fields: FIELDS,
    storeFields: [],
    extractField: (doc, field) => {
      // the navigation label (ft.label) is a name too: searched with the title
      if (field === 'title')
        return doc.label && doc.label !== doc.title ? `${doc.title} \n ${doc.label}` : doc.title;
      const v = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(v) ? v.join(' \n ') : String(v ?? '');
    },
    tokenize: (text, field) => words(text, locale, !field || PIECE_FIELDS.has(field)),
    // unstemmed words only where typos matter most (names, keywords, definition): the file stays small
    processTerm: (w, field) =>
      field && RAW_FIELDS.has(field) ? indexTerms(w, locale) : term(w, locale),
    // a query looks for the stems only (the unstemmed words are there for typos)
    searchOptions: { processTerm: (w) => term(w, locale) },
  };
}

const RAW_FIELDS = new Set<string>(['title', 'aliases', 'keywords', 'definition', 'source']);
/**
 * Fields whose long Chinese and Japanese words also give their two-character pieces (search-text.ts):
 * the names, where a query must meet a word however it is cut. In the sections, pieces made the
 * Japanese index a seventh larger and ranked no better.
 */
const PIECE_FIELDS = new Set<string>(['title', 'aliases', 'keywords', 'source']);

function searchOptions(locale: string, loose: boolean): SearchOptions {
  const cjk = isCjk(locale);
  return {
    combineWith: 'OR',
    boost: { ...FIELD_BOOST },
    // Typos by word length: none in short words (they would match anything), then 1, then 2 edits.
    fuzzy: cjk ? false : loose ? 0.34 : (t) => (t.length <= 3 ? 0 : t.length <= 6 ? 1 : 2),
    // a single Chinese or Japanese character is a prefix only while it is the whole query (typing
    // its first character): inside a longer query it would match every word that starts with it
    prefix: (t, _i, all) => (cjk ? t.length >= 2 || all.length === 1 : t.length >= (loose ? 2 : 3)),
    weights: { fuzzy: loose ? 0.6 : 0.45, prefix: 0.4 },
  };
}

/**
 * A word that most statuses' texts hold ("customer", "Kunde", "客户") says little about which
 * status is meant, yet it scores high where it is rare: in the titles of the few statuses named with
 * it. Such words weigh less in a query.
 */
export const COMMON_SHARE = 0.3;
export const COMMON_WEIGHT = 0.4;

/** Terms held by more than COMMON_SHARE of the statuses (in any field); they weigh COMMON_WEIGHT in a query. */
function commonTerms(index: AsPlainObject, statusCount: number): Set<string> {
  const out = new Set<string>();
  for (const [t, fields] of index.index) {
    const docs = new Set<string>();
    for (const f of Object.values(fields)) for (const d of Object.keys(f)) docs.add(d);
    if (docs.size > COMMON_SHARE * statusCount) out.add(t);
  }
  return out;
}

/** Builds the index file of one locale from its status documents. */
export function buildStatusIndex(
  docs: StatusDoc[],
  locale: string,
  synonyms: SynonymGroups = [],
): StatusIndexFile {
  const ms = new MiniSearch<Doc>(indexOptions(locale));
  ms.addAll(docs.map((d, n) => ({ ...d, n })));
  const statuses = docs.map(({ id, level, l1, title, path, href, parent, aliases, keywords }) => ({
    id,
    level,
    l1,
    title,
    path,
    href,
    parent,
    aliases,
    keywords,
  }));
  return { v: INDEX_VERSION, locale, statuses, synonyms, index: packIndex(ms.toJSON()) };
}

/** A synonym group found in a query: the member the reader typed and the members it adds. */
export interface SynonymMatch {
  typed: string;
  added: string[];
}

/**
 * Which synonym groups a query holds. A member is found in the query as a phrase: its words,
 * stemmed and folded like the index's, in a row (common words included, so "does not want" stays
 * a phrase); in Chinese and Japanese as a piece of the query's text.
 */
export function synonymMatcher(
  groups: SynonymGroups,
  locale: string,
): (query: string) => SynonymMatch[] {
  const cjk = isCjk(locale);
  const phrase = (text: string) => words(text, locale).map((w) => stemmed(w, locale));
  const norm = (text: string) => text.normalize('NFKC').toLowerCase();
  const members = groups.map((g) => g.map((m) => ({ text: m, phrase: phrase(m), raw: norm(m) })));
  return (query) => {
    const q = phrase(query);
    const raw = norm(query);
    const has = (m: { phrase: string[]; raw: string }) => {
      if (cjk && hasHanOrKana(m.raw)) return raw.includes(m.raw);
      if (!m.phrase.length) return false;
      for (let i = 0; i + m.phrase.length <= q.length; i++)
        if (m.phrase.every((t, k) => q[i + k] === t)) return true;
      return false;
    };
    const out: SynonymMatch[] = [];
    for (const g of members) {
      const typed = g.find(has);
      if (!typed) continue;
      out.push({ typed: typed.text, added: g.filter((m) => !has(m)).map((m) => m.text) });
    }
    return out;
  };
}

/** What the members of the synonym groups add to a query (synonymMatcher's added members, in order). */
export function synonymExpander(
  groups: SynonymGroups,
  locale: string,
): (query: string) => string[] {
  const match = synonymMatcher(groups, locale);
  return (query) => match(query).flatMap((m) => m.added);
}

/**
 * The parts of a German compound the index knows when it does not know the whole word
 * ("Lizenzproblem" → "lizenz", "problem"; a linking s or es is dropped: "Sicherheitsrichtlinie").
 * Partners coin compounds freely; the pages hold their parts. Other languages: none.
 */
export function compoundParts(
  word: string,
  vocabulary: ReadonlySet<string>,
  locale: string,
): string[] | undefined {
  if (languageOf(locale) !== 'de') return undefined;
  const w = fold(word.toLowerCase());
  const whole = term(w, locale);
  if (w.length < 8 || !whole || vocabulary.has(whole)) return undefined;
  const known = (part: string) => {
    const t = term(part, locale);
    return t !== null && t.length >= 3 && vocabulary.has(t);
  };
  // the longest known head first: "Datenschutzbedenken" → "datenschutz" + "bedenken"
  for (let i = w.length - 4; i >= 4; i--) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (!known(tail)) continue;
    for (const h of [head, head.replace(/e?s$/, '')])
      if (h.length >= 4 && known(h)) return [h, tail];
  }
  return undefined;
}

/**
 * Chinese and Japanese have no typo tolerance by edit distance (a word is two or three
 * characters), so a misspelt word, one wrong character and often one of the same sound (受组 for
 * 受阻, 可考性 for 可靠性), finds nothing: the segmenter cuts it into single characters, or keeps an
 * unknown word whole (規正 for 規制). The words of the names (NEAR_FIELDS) one
 * character away from such a run stand in for it.
 *
 * `near` maps a name's word with one character blanked ("受\0") to the words it comes from
 * (cjkNearKeys).
 */
export function cjkNearTerms(
  query: string,
  locale: string,
  vocabulary: ReadonlySet<string>,
  near: ReadonlyMap<string, string[]>,
): { typed: string; terms: string[] }[] {
  if (!isCjk(locale)) return [];
  const segments = words(query, locale, false);
  const unknown: string[] = [];
  let run = '';
  const endRun = () => {
    if (run.length >= 2) unknown.push(run);
    run = '';
  };
  for (const w of segments) {
    const single = w.length === 1 && HAN.test(w) && term(w, locale) !== null;
    if (single) {
      run += w;
      continue;
    }
    endRun();
    if (w.length >= 2 && w.length <= 4 && HAN_WORD.test(w) && !vocabulary.has(term(w, locale) ?? w))
      unknown.push(w);
  }
  endRun();
  const out: { typed: string; terms: string[] }[] = [];
  for (const u of unknown)
    for (let len = Math.min(4, u.length); len >= 2; len--)
      for (let i = 0; i + len <= u.length; i++) {
        const piece = u.slice(i, i + len);
        if (vocabulary.has(piece)) continue;
        const found = new Set<string>();
        for (const key of cjkNearKeys(piece)) for (const t of near.get(key) ?? []) found.add(t);
        if (found.size) out.push({ typed: piece, terms: [...found] });
      }
  return out;
}

/** The fields a misspelt Chinese or Japanese word is matched in (cjkNearTerms): the names. */
const NEAR_FIELDS: Field[] = ['title', 'aliases'];

/** cjkNearKeys of the Chinese and Japanese words of two to four characters in NEAR_FIELDS. */
function nearKeysOfNames(index: AsPlainObject): Map<string, string[]> {
  const nameFields = new Set(
    Object.entries(index.fieldIds)
      .filter(([f]) => (NEAR_FIELDS as string[]).includes(f))
      .map(([, id]) => String(id)),
  );
  const out = new Map<string, string[]>();
  for (const [t, fields] of index.index) {
    const len = [...t].length;
    if (len < 2 || len > 4 || !hasHanOrKana(t)) continue;
    if (!Object.keys(fields).some((f) => nameFields.has(f))) continue;
    for (const key of cjkNearKeys(t)) out.set(key, [...(out.get(key) ?? []), t]);
  }
  return out;
}

const HAN = /^\p{Script=Han}$/u;
const HAN_WORD = /^\p{Script=Han}+$/u;

/** A word's keys for cjkNearTerms: the word with each character in turn blanked. */
export function cjkNearKeys(word: string): string[] {
  const chars = [...word];
  return chars.map((_, i) => [...chars.slice(0, i), '\0', ...chars.slice(i + 1)].join(''));
}

/**
 * Specific beats general: a status that matches nearly as well as its parent (NEAR: four fifths of
 * its score or more) comes just before it.
 * A parent's text sums up its children, so it shares their words and scores a little more; when
 * the query fits the child about as well, the child is the more precise answer.
 */
const NEAR = 0.8;
function specificFirst(results: SearchResult[], statuses: IndexedStatus[]): SearchResult[] {
  const score = new Map(results.map((r) => [statuses[r.id as number]!.id, r.score]));
  const rank = (r: SearchResult): number => {
    const st = statuses[r.id as number]!;
    const up = st.parent ? score.get(st.parent) : undefined;
    if (up === undefined || r.score >= up || r.score < NEAR * up) return r.score;
    const parent = results.find((p) => statuses[p.id as number]!.id === st.parent)!;
    return rank(parent) * 1.0001;
  };
  const depth = (r: SearchResult) => Number(statuses[r.id as number]!.level.slice(1));
  return results
    .map((r) => ({ r, k: rank(r) }))
    .sort((a, b) => b.k - a.k || depth(b.r) - depth(a.r))
    .map((x) => x.r);
}

export interface StatusSearch {
  locale: string;
  statuses: IndexedStatus[];
  /** `relevant`: leave out matches scoring under this share of the best one (0.2: a fifth). */
  search(query: string, opts?: { l1?: string; limit?: number; relevant?: number }): StatusAnswer;
}

/** Loads an index file (parsed JSON) for searching. */
export function loadStatusIndex(file: StatusIndexFile): StatusSearch {
  if (file.v !== INDEX_VERSION)
    throw new Error(`status index version ${file.v}, expected ${INDEX_VERSION}: rebuild the site`);
  const { locale, statuses } = file;
  const plain = unpackIndex(file.index);
  const ms = MiniSearch.loadJS<Doc>(plain, indexOptions(locale));
  const common = commonTerms(plain, statuses.length);
  const boostTerm = (t: string) => (common.has(t) ? COMMON_WEIGHT : 1);
  const cjk = isCjk(locale);
  const aboutPlaybook = playbookTerms(locale);
  // "which status if they use Slack": the question's words must not make it Status Unknown, so
  // they are left out while the query holds other words (in Chinese and Japanese cut out of the text)
  const withoutPlaybookWords = (query: string) => {
    const ws = words(query, locale, false);
    const about = (w: string) => aboutPlaybook.has(term(w, locale) ?? '');
    if (!ws.some(about) || ws.every((w) => about(w) || !term(w, locale))) return query;
    if (!cjk) return ws.filter((w) => !about(w)).join(' ');
    return ws.reduce((q, w) => (about(w) ? q.split(w).join(' ') : q), query);
  };
  const strict = { ...searchOptions(locale, false), boostTerm };
  const loose = { ...searchOptions(locale, true), boostTerm };
  const matchSynonyms = synonymMatcher(file.synonyms ?? [], locale);
  const vocabulary = new Set(plain.index.map(([t]) => t));
  const near = cjk ? nearKeysOfNames(plain) : new Map<string, string[]>();
  // the terms of each status's names, negated or not ("No BDM Sponsor Identified": bdm, sponsor negated)
  const namePolarity = statuses.map((st) => {
    const pos = new Set<string>();
    const neg = new Set<string>();
    for (const text of [st.title, ...st.aliases, ...st.keywords]) {
      const negated = negatedTerms(text, locale);
      for (const w of words(text, locale, false))
        for (const t of indexTerms(w, locale) ?? [])
          (negated.has(term(w, locale)!) ? neg : pos).add(t);
    }
    return { pos, neg };
  });
  const polarityBoost = (query: string) => {
    const negated = [...negatedTerms(query, locale)];
    if (!negated.length) return undefined;
    return (n: number, derived: string) => {
      const p = namePolarity[n]!;
      const queryNegates = negated.some((t) => derived.startsWith(t));
      return queryNegates && p.pos.has(derived) && !p.neg.has(derived) ? NEGATION_MISMATCH : 1;
    };
  };
  const withParts = (query: string) => {
    const parts = words(query, locale).flatMap((w) => compoundParts(w, vocabulary, locale) ?? []);
    return parts.length ? `${query} ${parts.join(' ')}` : query;
  };
  /** Results, and for each term a synonym added: its word and the member the reader typed (for "why it matched"). */
  interface Run {
    results: SearchResult[];
    via: Map<string, { word: string; typed: string }>;
  }
  // A long Chinese or Japanese word's two-character pieces stand for the word, not for as many
  // words: "テナント" gives テナ, ナン, ント, and at full weight a status named with a katakana word
  // outscored one that matched the whole query ("重複テナント").
  const piecesWeighLess = (query: string, o: SearchOptions) => {
    const whole = new Set(words(query, locale, false));
    const base = o.boostTerm ?? (() => 1);
    return (t: string, i: number, all: string[]) =>
      base(t, i, all) * (whole.has(t) ? 1 : PIECE_WEIGHT);
  };
  const run = (query: string, o: SearchOptions, l1?: string): Run => {
    const opts = l1
      ? { ...o, filter: (r: SearchResult) => statuses[r.id as number]?.l1 === l1 }
      : o;
    const typed = withParts(withoutPlaybookWords(withoutReportFrames(query, locale)));
    const boostDocument = polarityBoost(query);
    const notUsed = insteadTerms(query, locale);
    const weighed = cjk ? piecesWeighLess(typed, opts) : opts.boostTerm;
    const boostTerm: SearchOptions['boostTerm'] = notUsed.size
      ? (t, i, all) => (weighed?.(t, i, all) ?? 1) * (notUsed.has(t) ? INSTEAD_WEIGHT : 1)
      : weighed;
    const found = ms.search(typed, {
      ...opts,
      ...(boostTerm && { boostTerm }),
      ...(boostDocument && { boostDocument }),
    });
    // each word once, and none the reader typed: a word shared by several members must not count again for each
    const own = new Set(words(typed, locale).map((w) => term(w, locale)));
    const extraTerms = new Map<string, string>();
    const via: Run['via'] = new Map();
    // what the customer does not use ("instead of Entra ID") brings no other names for it
    const notUsedGroup = (typedMember: string) => {
      const ts = terms(typedMember, locale);
      return ts.length > 0 && ts.every((t) => notUsed.has(t));
    };
    for (const m of matchSynonyms(typed).filter((m) => !notUsed.size || !notUsedGroup(m.typed)))
      for (const w of m.added.flatMap((a) => words(a, locale))) {
        const t = term(w, locale);
        if (!t || own.has(t) || extraTerms.has(t)) continue;
        extraTerms.set(t, w);
        via.set(t, { word: w, typed: m.typed });
      }
    // a misspelt Chinese or Japanese word: the names' words one character away (cjkNearTerms)
    const nearTerms: string[] = [];
    for (const n of cjkNearTerms(typed, locale, vocabulary, near))
      for (const t of n.terms) {
        if (own.has(t) || extraTerms.has(t) || nearTerms.includes(t)) continue;
        nearTerms.push(t);
        via.set(t, { word: t, typed: n.typed });
      }
    const extra = [...extraTerms.values()];
    if (!extra.length && !nearTerms.length) return { results: found, via };
    // The added words: a second query, matched as written (no typos or prefixes). MiniSearch
    // multiplies a score by the number of query words matched; the added words count as one word
    // at most, at their weight, so that a phrase member does not outweigh what the reader typed.
    const byId = new Map(found.map((r) => [r.id, r]));
    const addQuery = (queries: string[], weight: number, fields?: string[]) => {
      if (!queries.length) return;
      for (const e of ms.search(
        { combineWith: 'OR', queries },
        { ...opts, fuzzy: false, prefix: false, ...(fields && { fields }) },
      )) {
        const add = (weight * e.score) / Math.max(1, e.queryTerms.length);
        const t = byId.get(e.id);
        if (t)
          byId.set(e.id, {
            ...t,
            score: t.score + add,
            match: { ...e.match, ...t.match },
            terms: [...new Set([...t.terms, ...e.terms])],
          });
        else byId.set(e.id, { ...e, score: add });
      }
    };
    addQuery(extra, SYNONYM_WEIGHT);
    addQuery(nearTerms, CJK_NEAR_WEIGHT, NEAR_FIELDS);
    return { results: [...byId.values()].sort((a, b) => b.score - a.score), via };
  };

  // The terms of each status's names and keywords, worked out once (a reason names the one that matched).
  const named = new Map<number, { field: Field; text: string; terms: Set<string> }[]>();
  const namesOf = (n: number) => {
    let list = named.get(n);
    if (!list) {
      const st = statuses[n]!;
      const entry = (field: Field, text: string) => ({
        field,
        text,
        terms: new Set(words(text, locale).flatMap((w) => indexTerms(w, locale) ?? [])),
      });
      list = [
        entry('title', st.title),
        ...st.aliases.map((a) => entry('aliases', a)),
        ...st.keywords.map((k) => entry('keywords', k)),
      ];
      named.set(n, list);
    }
    return list;
  };
  const reasonsOf = (
    r: SearchResult,
    queryWords: { word: string; term: string }[],
    via: Run['via'],
  ): MatchReason[] => {
    const byField = new Map<Field, Set<string>>();
    const viaByField = new Map<Field, Set<string>>();
    for (const [docTerm, fields] of Object.entries(r.match)) {
      // a term only a synonym brought: the reason also names the words the reader typed
      // (a single Chinese or Japanese character inside a longer query is no prefix: searchOptions)
      const typedIt = queryWords.some(
        (q) =>
          docTerm.startsWith(q.term) && (!cjk || q.term.length >= 2 || queryWords.length === 1),
      );
      const synonym = typedIt ? undefined : via.get(docTerm);
      for (const f of fields as Field[]) {
        if (synonym) viaByField.set(f, (viaByField.get(f) ?? new Set()).add(synonym.typed));
        const set = byField.get(f) ?? new Set<string>();
        // names and keywords: the one(s) holding the term, as written; elsewhere the query's word
        // (or the synonym's)
        const hit =
          f === 'title' || f === 'aliases' || f === 'keywords'
            ? namesOf(r.id as number).filter((e) => e.field === f && e.terms.has(docTerm))
            : [];
        if (hit.length) hit.forEach((e) => set.add(e.text));
        else if (synonym) set.add(synonym.word);
        else
          set.add(
            queryWords.find(
              (q) =>
                docTerm.startsWith(q.term) ||
                q.term.startsWith(docTerm) ||
                r.queryTerms.includes(q.term),
            )?.word ?? docTerm,
          );
        byField.set(f, set);
      }
    }
    const same = (a: string, b: string) => fold(a.toLowerCase()) === fold(b.toLowerCase());
    return FIELDS.filter((f) => byField.has(f)).map((f) => {
      const shown = [...byField.get(f)!];
      // "Funkstille (similar to Funkstille)" says nothing: a typed member the field shows is left out
      // …and a piece of another typed word ("可考" of "可考性") says nothing more
      const typed = [...(viaByField.get(f) ?? [])].filter(
        (v, _i, all) =>
          !shown.some((w) => same(v, w)) && !all.some((o) => o !== v && o.includes(v)),
      );
      return typed.length ? { field: f, words: shown, via: typed } : { field: f, words: shown };
    });
  };
  const hitsOf = ({ results, via }: Run, query: string, limit: number): StatusHit[] => {
    const queryWords = words(query, locale).flatMap((word) => {
      const t = term(word, locale);
      return t ? [{ word, term: t }] : [];
    });
    return results.slice(0, limit).map((r) => ({
      status: statuses[r.id as number]!,
      score: r.score,
      reasons: reasonsOf(r, queryWords, via),
    }));
  };

  return {
    locale,
    statuses,
    search(query, opts = {}) {
      const limit = opts.limit ?? statuses.length;
      const q = query.trim();
      if (!q)
        return {
          hits: statuses
            .filter((s) => !opts.l1 || s.l1 === opts.l1)
            .slice(0, limit)
            .map((status) => ({ status, score: 0, reasons: [] })),
          closest: false,
        };
      const strictRun = run(q, strict, opts.l1);
      const found = specificFirst(strictRun.results, statuses);
      if (found.length) {
        const floor = found[0]!.score * (opts.relevant ?? 0);
        return {
          hits: hitsOf(
            { results: found.filter((r) => r.score >= floor), via: strictRun.via },
            q,
            limit,
          ),
          closest: false,
        };
      }
      const near = run(q, loose, opts.l1);
      const hits = near.results.length
        ? hitsOf(near, q, Math.min(limit, 5))
        : statuses
            .filter((s) => s.level === 'L1' && (!opts.l1 || s.l1 === opts.l1))
            .slice(0, limit)
            .map((status) => ({ status, score: 0, reasons: [] }));
      return {
        hits,
        closest: true,
        didYouMean: near.results.length ? hits[0]!.status.title : undefined,
      };
    },
  };
}
