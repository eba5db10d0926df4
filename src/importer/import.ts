/**
 * DocFX playbook tree → content folder (`<locale>/<id>.md`, `<locale>/_toc.json`, media) plus
 * the import report. Reads the input in place and returns every output file in memory (sorted),
 * so the same input always gives the same bytes; write.ts puts them on disk.
 *
 * Per input file (see report.ts for the codes of files not imported):
 * - `.md` in a language folder → a page `<locale>/<id>.md`, id = path in the folder without the
 *   folder's legacy suffix (`x-de.md` → `x`). A suffix of another locale is reported; a file
 *   without suffix whose text is in another language (an English copy in german-playbook) is
 *   reported; of two files giving one id, the suffixed one wins.
 * - `.md` named by a DocFX `[!INCLUDE …]` → `<locale>/_includes/<path>` (a partial).
 * - `toc.yml` → `<locale>/_toc.json` (toc.ts); nested toc files it links are merged into it.
 * - any other file → copied when an imported page links to it, else reported.
 * Links are rewritten to the new file names (anchors and queries kept); links the importer
 * cannot place are left as written and reported. Front matter keeps every author line; only
 * missing keys are added (status fields, ft.audience for partner playbooks) and reported — except
 * `title`, which becomes what the reader sees as the page's heading (titles.ts; each decision in
 * the report). `legacy-addresses.json` maps each page's DocFX file to its page, for the build's
 * redirects (core/legacy.ts).
 *
 * `importDocfx` runs in phases over one ImportState, each a function below in the order it runs:
 * scan → classify files → includes → pages → titles → TOCs → status fields → `_toc.json` →
 * page outputs (front matter, links) → include outputs → linked files → report.
 */
import { readFileSync, readlinkSync } from 'node:fs';
import { basename, posix, resolve } from 'node:path';
import { DEFAULT_LIMITS, type Limits } from '../core/config.ts';
import { inLocaleOrDefault } from '../core/fallback.ts';
import { normaliseSource, parseFrontMatter, type FrontMatter } from '../core/frontmatter.ts';
import { LEGACY_ADDRESSES_FILE } from '../core/legacy.ts';
import { idToSlug, isExternalUrl, splitUrlPath } from '../core/links.ts';
import { DEFAULT_LOCALE, splitLegacySuffix } from '../core/locales.ts';
import { findIncludes } from '../core/markdown.ts';
import { validateFrontMatter } from '../core/validate.ts';
import { addFields, replaceField } from './fields.ts';
import { describeGuess, detectLanguage } from './language.ts';
import { compare, dirOf } from '../core/paths.ts';
import { folderOf, inFolder, scanLayout, type LanguageFolder, type Layout } from './layout.ts';
import {
  buildReport,
  type Finding,
  type NotImported,
  type OtherImport,
  type PageEntry,
  type Report,
} from './report.ts';
import { rewriteLinks, type LinkSite } from './rewrite.ts';
import { deriveStatuses, isStatusId, type StatusResult } from './status.ts';
import {
  applyTitleToBody,
  decideTitles,
  localizeToc,
  tocNames,
  type TitleDecision,
  type TocLabelChange,
} from './titles.ts';
import {
  parseTocYaml,
  pruneToc,
  resolveToc,
  tocJson,
  tocPlaces,
  type RawTocItem,
  type TocNode,
  type TocNote,
  type TocTarget,
} from './toc.ts';

// eslint-disable-next-line no-misleading-character-class -- zero-width characters, each on its own
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060]/;

export interface OutputFile {
  /** Relative to the output folder, posix. */
  path: string;
  data: string | Buffer;
}

export interface ImportResult {
  outputs: OutputFile[];
  report: Report;
}

interface PageRec {
  rel: string;
  folder: LanguageFolder;
  locale: string;
  id: string;
  suffixed: boolean;
  text: string;
  raw: string;
  fm: FrontMatter;
  changes: string[];
}

const EMAIL = /^[^/\s]+@[^/\s]+\.[a-z]{2,}$/i;

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/** Posix-normalised path relative to the input folder, or undefined when it leaves it. */
function joinRel(fromDir: string, path: string): string | undefined {
  const joined = posix.normalize(posix.join(fromDir || '.', path));
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) return undefined;
  return joined === '.' ? '' : joined.replace(/\/$/, '');
}

function stemOf(rel: string): string {
  return posix.basename(rel).replace(/\.md$/i, '');
}

/** Page id a `.md` path in a folder stands for: its path without the folder's suffix. */
function idFor(
  folder: LanguageFolder,
  rel: string,
): { id: string; suffixLocale?: string; suffix?: string } {
  const inner = inFolder(folder, rel);
  const dir = dirOf(inner);
  const full = stemOf(inner);
  const legacy = splitLegacySuffix(full);
  const stem = legacy.locale === folder.locale ? legacy.id : full;
  return {
    id: dir ? `${dir}/${stem}` : stem,
    suffixLocale: legacy.locale,
    suffix: legacy.locale ? full.slice(legacy.id.length + 1) : undefined,
  };
}

function encodePath(p: string): string {
  return /[\s()<>]/.test(p) ? encodeURI(p).replace(/\(/g, '%28').replace(/\)/g, '%29') : p;
}

/** Everything one import knows, filled in phase by phase (see importDocfx). */
interface ImportState {
  root: string;
  tocEntries: number;
  layout: Layout;
  fileSet: Set<string>;
  findings: Finding[];
  /** Input files not imported, with the reason (first reason wins). */
  skipped: Map<string, NotImported>;
  /** The language folders imported: the first folder of each locale. */
  usable: Set<LanguageFolder>;
  folderByLocale: Map<string, LanguageFolder>;
  /** `.md` files in usable folders (pages or includes), and every other file. */
  mdCandidates: string[];
  others: string[];
  texts: Map<string, { raw: string; text: string; fm: FrontMatter }>;
  /** Input `.md` files named by an `[!INCLUDE]`: partials, not pages. */
  includeSet: Set<string>;
  /** Pages, sorted by input path. */
  pages: PageRec[];
  pageByRel: Map<string, PageRec>;
  pagesByLocale: Map<string, Map<string, PageRec>>;
  titles: Map<string, TitleDecision>;
  tocTrees: Map<string, { tree: TocNode[]; file: string; notes: TocNote[] }>;
  /** Nested toc files merged into a locale's `_toc.json` → that output. */
  consumedTocs: Map<string, string>;
  statuses: Map<string, Map<string, StatusResult>>;
  outputs: OutputFile[];
  tocLabels: (TocLabelChange & { file: string; locale: string })[];
  otherImported: Map<string, OtherImport>;
  /** Input files that an imported page or include links to (copied as assets). */
  assetRefs: Set<string>;
  linksRewritten: number;
  entries: PageEntry[];
}

const tocOf = (f: LanguageFolder) => (f.rel ? `${f.rel}/toc.yml` : 'toc.yml');
const pageOut = (p: PageRec) => `${p.locale}/${p.id}.md`;
const hasFm = (p: PageRec) => p.fm.present && !p.fm.error;
const titleText = (p: PageRec) =>
  typeof p.fm.data.title === 'string' ? p.fm.data.title : undefined;

function skip(st: ImportState, file: string, code: string, reason: string): void {
  if (!st.skipped.has(file)) st.skipped.set(file, { file, code, reason });
}

function readInput(st: ImportState, rel: string): Buffer {
  return readFileSync(resolve(st.root, rel));
}

/** A `.md` file's text, normalised, with its front matter (read once). */
function textOf(st: ImportState, rel: string): { raw: string; text: string; fm: FrontMatter } {
  let t = st.texts.get(rel);
  if (!t) {
    const raw = readInput(st, rel).toString('utf8');
    const text = normaliseSource(raw);
    t = { raw, text, fm: parseFrontMatter(text) };
    st.texts.set(rel, t);
  }
  return t;
}

function titleOf(st: ImportState, locale: string, id: string): TitleDecision | undefined {
  return st.titles.get(`${locale}/${id}`);
}

function includeOut(st: ImportState, rel: string, locale: string): string {
  const f = folderOf(st.layout.folders, rel);
  return `${locale}/_includes/${f && f.locale === locale ? inFolder(f, rel) : rel}`;
}

function assetOut(st: ImportState, rel: string): string {
  const f = folderOf(st.layout.folders, rel);
  return f?.locale && st.usable.has(f) ? `${f.locale}/${inFolder(f, rel)}` : rel;
}

function addOther(st: ImportState, file: string, kind: OtherImport['kind'], out: string): void {
  const o = st.otherImported.get(file) ?? { file, kind, out: [] };
  o.out.push(out);
  st.otherImported.set(file, o);
}

/** Phase 1: the input's files and language folders; links reported; one folder per locale. */
function scanInput(inputDir: string, opts: { limits?: Pick<Limits, 'tocEntries'> }): ImportState {
  const root = resolve(inputDir);
  const layout = scanLayout(root);
  const st: ImportState = {
    root,
    tocEntries: opts.limits?.tocEntries ?? DEFAULT_LIMITS.tocEntries,
    layout,
    fileSet: new Set(layout.files),
    findings: [],
    skipped: new Map(),
    usable: new Set(),
    folderByLocale: new Map(),
    mdCandidates: [],
    others: [],
    texts: new Map(),
    includeSet: new Set(),
    pages: [],
    pageByRel: new Map(),
    pagesByLocale: new Map(),
    titles: new Map(),
    tocTrees: new Map(),
    consumedTocs: new Map(),
    statuses: new Map(),
    outputs: [],
    tocLabels: [],
    otherImported: new Map(),
    assetRefs: new Set(),
    linksRewritten: 0,
    entries: [],
  };
  // A link could bring any file of the machine into the content: never followed, always reported.
  for (const rel of layout.links) {
    let to = '?';
    try {
      to = readlinkSync(resolve(root, rel));
    } catch {
      // target unknown: reported without it
    }
    skip(
      st,
      rel,
      'symlink',
      `symbolic link (to "${to}"): links are not followed; copy the file itself into the input if it belongs to the playbook`,
    );
  }
  // Folders: one per locale; later ones with the same locale are reported (classifyFiles).
  for (const f of layout.folders) {
    if (!f.locale || st.folderByLocale.has(f.locale)) continue;
    st.folderByLocale.set(f.locale, f);
    st.usable.add(f);
  }
  return st;
}

/** Phase 2: which files may be pages (`.md` of a usable folder), which are other files, which are not imported. */
function classifyFiles(st: ImportState): void {
  for (const rel of st.layout.files) {
    const f = folderOf(st.layout.folders, rel);
    const isMd = /\.md$/i.test(rel);
    if (!f) {
      if (isMd)
        skip(
          st,
          rel,
          'outside-language-folder',
          'Markdown file outside every language folder (no folder name or toc.yml says its language)',
        );
      else st.others.push(rel);
      continue;
    }
    if (!f.locale) {
      skip(st, rel, 'unknown-language-folder', `folder "${f.rel || '.'}": ${f.how}`);
      continue;
    }
    if (!st.usable.has(f)) {
      skip(
        st,
        rel,
        'duplicate-locale-folder',
        `folder "${f.rel}" is ${f.locale} too; ${f.locale} is imported from "${st.folderByLocale.get(f.locale)!.rel || '.'}" only`,
      );
      continue;
    }
    if (rel === tocOf(f)) continue; // handled with the folder
    if (/(^|\/)toc\.md$/i.test(rel)) {
      skip(
        st,
        rel,
        'docfx-markdown-toc',
        'a Markdown TOC (toc.md) is not read; write the TOC as toc.yml',
      );
      continue;
    }
    if (isMd) st.mdCandidates.push(rel);
    else st.others.push(rel);
  }
}

/** Phase 3: files named by `[!INCLUDE]` are partials, not pages. */
function findIncludeFiles(st: ImportState): void {
  for (const rel of st.mdCandidates) {
    for (const inc of findIncludes(textOf(st, rel).fm.body)) {
      const target = joinRel(dirOf(rel), safeDecode(inc.path));
      if (target && st.fileSet.has(target)) st.includeSet.add(target);
    }
  }
}

/** Phase 4: the pages: id from the path without the folder's suffix, language checked, one file per id. */
function readPages(st: ImportState): void {
  const chosen = new Map<string, PageRec>(); // `${locale}/${slug}` → page
  for (const rel of st.mdCandidates) {
    if (st.includeSet.has(rel)) continue;
    const f = folderOf(st.layout.folders, rel)!;
    const locale = f.locale!;
    const { id, suffixLocale, suffix } = idFor(f, rel);
    if (suffixLocale && suffixLocale !== locale) {
      skip(
        st,
        rel,
        'other-locale-suffix',
        `file name ends in the suffix of ${suffixLocale}, but the folder "${f.rel || '.'}" is ${locale}`,
      );
      continue;
    }
    const t = textOf(st, rel);
    const guess = detectLanguage(t.fm.body);
    const changes: string[] = [];
    if (!suffixLocale) {
      if (guess.locale && guess.locale !== locale) {
        skip(
          st,
          rel,
          'language-mismatch',
          `no ${locale} suffix and the text is ${guess.locale} (${describeGuess(guess)}): a copy left in the ${locale} folder`,
        );
        continue;
      }
      if (!guess.locale && locale !== DEFAULT_LOCALE)
        st.findings.push({
          file: rel,
          kind: 'language',
          message: `no ${locale} suffix and the language of the text is unclear (${describeGuess(guess)}); imported as ${locale} because of its folder`,
        });
    } else if (guess.locale && guess.locale !== locale) {
      st.findings.push({
        file: rel,
        kind: 'language',
        message: `named as ${locale} but the text is ${guess.locale} (${describeGuess(guess)}); imported as ${locale}`,
      });
    }
    if (suffixLocale) changes.push(`file-name suffix "-${suffix}" dropped`);
    const rec: PageRec = {
      rel,
      folder: f,
      locale,
      id,
      suffixed: !!suffixLocale,
      text: t.text,
      raw: t.raw,
      fm: t.fm,
      changes,
    };
    const key = `${locale}/${idToSlug(id)}`;
    const prev = chosen.get(key);
    if (!prev) chosen.set(key, rec);
    else if (rec.suffixed && !prev.suffixed) {
      skip(
        st,
        prev.rel,
        'duplicate-page',
        `same page (${locale}/${id}) as ${rel}, which has the ${locale} suffix and is imported instead`,
      );
      chosen.set(key, rec);
    } else
      skip(
        st,
        rel,
        'duplicate-page',
        `same page (${locale}/${id}) as ${prev.rel}, which is imported instead`,
      );
  }
  st.pages = [...chosen.values()].sort((a, b) => compare(a.rel, b.rel));
  st.pageByRel = new Map(st.pages.map((p) => [p.rel, p]));
  for (const p of st.pages) {
    if (!st.pagesByLocale.has(p.locale)) st.pagesByLocale.set(p.locale, new Map());
    st.pagesByLocale.get(p.locale)!.set(p.id, p);
  }
}

/** Phase 5: what each page's reader sees as its heading (titles.ts). */
function decidePageTitles(st: ImportState): void {
  const { pages } = st;
  st.titles = decideTitles(
    pages.filter(hasFm).map((p) => ({
      locale: p.locale,
      id: p.id,
      isStatus: isStatusId(p.id),
      title: titleText(p),
      body: p.fm.body,
    })),
    {
      defaultLocale: DEFAULT_LOCALE,
      playbookNames: pages
        .filter((p) => p.id === 'index' && hasFm(p))
        .map(titleText)
        .filter((t): t is string => !!t),
      statusIds: new Set(pages.filter((p) => hasFm(p) && isStatusId(p.id)).map((p) => p.id)),
    },
  );
}

/** What an href written in a toc file of `locale` points to. */
function tocTarget(st: ImportState, locale: string, href: string, tocFile: string): TocTarget {
  if (isExternalUrl(href)) return { kind: 'external', href };
  const path = safeDecode(splitUrlPath(href).path);
  const rel = joinRel(dirOf(tocFile), path);
  if (rel === undefined) return { kind: 'none', problem: 'points outside the input folder' };
  if (path.endsWith('/') || /(^|\/)toc\.ya?ml$/i.test(rel)) {
    const tf = path.endsWith('/') || rel === '' ? (rel ? `${rel}/toc.yml` : 'toc.yml') : rel;
    if (!st.fileSet.has(tf)) return { kind: 'none', problem: `no toc file ${tf}` };
    st.consumedTocs.set(tf, `${locale}/_toc.json`);
    const nested = parseTocYaml(readInput(st, tf).toString('utf8'));
    if (nested.error) return { kind: 'none', problem: `${tf}: ${nested.error}` };
    return { kind: 'toc', items: nested.items, file: tf };
  }
  if (!/\.md$/i.test(rel)) return { kind: 'none', problem: 'not a Markdown page' };
  const direct = st.pageByRel.get(rel);
  if (direct && direct.locale === locale) return { kind: 'page', id: direct.id };
  const tf = folderOf(st.layout.folders, rel);
  if (!tf || tf.locale !== locale)
    return {
      kind: 'none',
      problem: direct
        ? `a page of ${direct.locale}, not of this folder`
        : 'no such page in this folder',
    };
  const { id } = idFor(tf, rel);
  const p = st.pagesByLocale.get(locale)?.get(id);
  if (!p)
    return {
      kind: 'none',
      problem: st.fileSet.has(rel)
        ? `not imported (${st.skipped.get(rel)?.reason ?? 'not a page'})`
        : 'no such file',
    };
  return {
    kind: 'page',
    id,
    note: st.fileSet.has(rel)
      ? `"${href}" is not imported (${st.skipped.get(rel)?.code}); the entry now points to ${p.rel}`
      : `"${href}" does not exist; the entry points to ${p.rel}`,
  };
}

/** Phase 6: each folder's toc.yml (and the toc files it links) as one tree of pages. */
function readTocs(st: ImportState): void {
  for (const f of st.usable) {
    const locale = f.locale!;
    const file = tocOf(f);
    if (!st.fileSet.has(file)) continue;
    const parsed = parseTocYaml(readInput(st, file).toString('utf8'));
    const notes: TocNote[] = [];
    if (parsed.error) notes.push({ file, message: parsed.error });
    const { tree } = resolveToc(
      parsed.items as RawTocItem[],
      file,
      (href, tocFile) => tocTarget(st, locale, href, tocFile),
      notes,
      undefined,
      { left: st.tocEntries, limit: st.tocEntries },
    );
    st.tocTrees.set(locale, { tree, file, notes });
  }
}

/** Phase 7: status fields per locale (status.ts), default locale first: others may name its pages as parents. */
function deriveStatusFields(st: ImportState): void {
  const statusIdsOf = (locale: string) =>
    [...(st.pagesByLocale.get(locale)?.values() ?? [])]
      .filter((p) => isStatusId(p.id) && p.fm.present && !p.fm.error)
      .map((p) => p.id);
  const localeOrder = [...st.pagesByLocale.keys()].sort((a, b) =>
    a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : compare(a, b),
  );
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  for (const locale of localeOrder) {
    const own = st.pagesByLocale.get(locale)!;
    const places = tocPlaces(st.tocTrees.get(locale)?.tree ?? []);
    const inputs = statusIdsOf(locale).map((id) => {
      const d = own.get(id)!.fm.data;
      return {
        id,
        title: str(d.title),
        shownTitle: titleOf(st, locale, id)?.after,
        authored: {
          level: str(d['ft.level']),
          parent: str(d['ft.parent']),
          order: str(d['ft.order']),
          label: str(d['ft.label']),
        },
      };
    });
    st.statuses.set(
      locale,
      deriveStatuses({
        pages: inputs,
        defaultIds: locale === DEFAULT_LOCALE ? [] : statusIdsOf(DEFAULT_LOCALE),
        toc: places,
      }),
    );
  }
}

/** Phase 8: `_toc.json` per locale: status pages left out, a translation's entries named as its pages. */
function writeTocs(st: ImportState): void {
  const { findings } = st;
  for (const [locale, t] of [...st.tocTrees].sort((a, b) => compare(a[0], b[0]))) {
    const statuses = st.statuses.get(locale);
    const isStatus = (id: string) => !!statuses?.get(id)?.level;
    let pruned = pruneToc(t.tree, isStatus, t.file, t.notes);
    const enToc = st.tocTrees.get(DEFAULT_LOCALE);
    if (locale !== DEFAULT_LOCALE && enToc) {
      // Entries named as in English take the title of the page they link to.
      // English names of a page: its English TOC names and titles, and its own title if that is English.
      const en = tocNames(enToc.tree);
      const own = (id: string) => titleOf(st, locale, id);
      const loc = localizeToc(pruned, {
        englishNames: (id) => [
          ...(en.byId.get(id) ?? []),
          ...[
            titleOf(st, DEFAULT_LOCALE, id),
            own(id)?.otherLanguage ? own(id) : undefined,
          ].flatMap((d) => (d ? [d.before, d.after] : [])),
        ],
        titleOf: (id) => (own(id)?.untranslated ? undefined : own(id)?.after),
        englishTocNames: en.all,
      });
      pruned = loc.tree;
      for (const c of loc.changed) st.tocLabels.push({ file: t.file, locale, ...c });
      for (const name of loc.untranslated)
        findings.push({
          file: t.file,
          kind: 'untranslated-label',
          message: `"${name}": untranslated label — a section without a page, named as in the ${DEFAULT_LOCALE} TOC; kept as written (translate it in ${locale}/_toc.json)`,
        });
    }
    st.outputs.push({ path: `${locale}/_toc.json`, data: tocJson(pruned) });
    addOther(st, t.file, 'toc', `${locale}/_toc.json`);
    for (const n of t.notes) findings.push({ file: n.file, kind: 'toc', message: n.message });
    const listed = tocPlaces(t.tree).places;
    for (const p of st.pagesByLocale.get(locale)?.values() ?? []) {
      if (!listed.has(p.id) && !isStatus(p.id))
        findings.push({
          file: p.rel,
          kind: 'toc',
          message: `not in ${t.file}: the page has no place in the sidebar`,
        });
    }
  }
  for (const [tf, out] of st.consumedTocs) addOther(st, tf, 'toc', out);
  for (const f of st.usable) {
    if (!st.fileSet.has(tocOf(f)) && st.pagesByLocale.has(f.locale!))
      findings.push({
        file: f.rel || '.',
        kind: 'toc',
        message: `folder has no toc.yml: its ${st.pagesByLocale.get(f.locale!)!.size} pages get no sidebar place`,
      });
  }
}

/** The front-matter lines the importer adds to a page (status fields, alias, audience), with notes. */
function proposedFields(
  st: ImportState,
  p: PageRec,
  changes: string[],
): { add: [string, string | string[]][]; title?: string } {
  const { findings } = st;
  const status = st.statuses.get(p.locale)?.get(p.id);
  const add: [string, string | string[]][] = [];
  if (status) {
    for (const n of status.notes) changes.push(n);
    if (status.added.includes('ft.level')) add.push(['ft.level', status.level!]);
    if (status.added.includes('ft.parent')) add.push(['ft.parent', status.parent!]);
    if (status.added.includes('ft.order')) add.push(['ft.order', String(status.order)]);
    if (status.added.includes('ft.label')) add.push(['ft.label', status.label!]);
    const defaultIds = st.pagesByLocale.get(DEFAULT_LOCALE);
    if (
      status.parent &&
      !defaultIds?.has(status.parent) &&
      !st.pagesByLocale.get(p.locale)?.has(status.parent)
    ) {
      findings.push({
        file: p.rel,
        kind: 'taxonomy',
        message: `ft.parent ${status.parent}: no such page in the input (the ${status.level}'s parent status has no page)`,
      });
    }
    if (!status.level)
      findings.push({ file: p.rel, kind: 'taxonomy', message: status.notes.join('; ') });
  }
  const td = titleOf(st, p.locale, p.id);
  if (td?.alias && !('ft.aliases' in p.fm.data)) add.push(['ft.aliases', [td.alias]]);
  if (td?.untranslated)
    findings.push({
      file: p.rel,
      line: p.fm.keyLines.get('title'),
      kind: 'title',
      message: `title "${td.after}" is ${td.otherLanguage}, not ${p.locale}, and the body's first line is no heading that names the page; left in that language (translate the title)`,
    });
  if (!('ft.audience' in p.fm.data)) {
    if (p.folder.partner) {
      add.push(['ft.audience', 'partner']);
      changes.push('ft.audience partner added (no ft.audience; the folder is a partner playbook)');
    } else
      findings.push({
        file: p.rel,
        kind: 'audience',
        message: 'no ft.audience, and the folder is not a partner playbook: none added',
      });
  }
  return { add, title: td && td.after !== td.before ? td.after : undefined };
}

/** The imported page a `.md` path stands for: the file itself, or the page its id names. */
function pageForMd(st: ImportState, mdRel: string): PageRec | undefined {
  if (st.pageByRel.has(mdRel)) return st.pageByRel.get(mdRel);
  const tf = folderOf(st.layout.folders, mdRel);
  return tf?.locale && st.usable.has(tf)
    ? st.pagesByLocale.get(tf.locale)?.get(idFor(tf, mdRel).id)
    : undefined;
}

/**
 * Where a link target written in the input file `fromRel` goes, written relative to the output
 * file `fromOut`; undefined leaves it as written. The DocFX side (input paths, suffixes, includes,
 * files) is the importer's; what counts as an external address and where the path of a target
 * ends are the core's link rules (core/links.ts), as the checker and the site read them.
 */
function mapLink(
  st: ImportState,
  site: LinkSite,
  fromRel: string,
  fromOut: string,
  locale: string,
  lineOffset: number,
): string | undefined {
  const line = site.line + lineOffset;
  const note = (kind: string, message: string) =>
    st.findings.push({ file: fromRel, line, kind, message });
  const raw = site.url.trim();
  if (raw === '' || raw.startsWith('#') || isExternalUrl(raw)) return undefined;
  const { path: pathRaw, rest: tail } = splitUrlPath(raw);
  if (pathRaw.startsWith('/')) {
    note(
      'link',
      `"${raw}" is site-absolute: not rewritten (write a relative link to the .md file)`,
    );
    return undefined;
  }
  const path = safeDecode(pathRaw);
  if (EMAIL.test(path)) {
    note('link', `"${raw}" looks like an e-mail address without "mailto:": left as written`);
    return undefined;
  }
  const rel = joinRel(dirOf(fromRel), path);
  if (rel === undefined) {
    note('link', `"${raw}" points outside the input folder: left as written`);
    return undefined;
  }
  let target: string | undefined;
  const isMd = /\.md$/i.test(rel);
  const hasExt = /\.[a-z0-9]+$/i.test(posix.basename(rel));
  if (st.pageByRel.has(rel)) target = pageOut(st.pageByRel.get(rel)!);
  else if (st.includeSet.has(rel)) target = includeOut(st, rel, locale);
  else if (isMd || (!hasExt && !st.fileSet.has(rel) && pageForMd(st, `${rel}.md`))) {
    const mdRel = isMd ? rel : `${rel}.md`;
    const tf = folderOf(st.layout.folders, mdRel);
    if (!tf?.locale || !st.usable.has(tf)) {
      note('link', `"${raw}" goes to ${mdRel}, which is not in a language folder: left as written`);
      return undefined;
    }
    if (!isMd) {
      const p = pageForMd(st, mdRel)!;
      target = pageOut(p);
      note('link', `"${raw}" has no ".md": linked to the page ${p.rel} (${target})`);
    } else {
      const { id } = idFor(tf, mdRel);
      const p = st.pagesByLocale.get(tf.locale)?.get(id);
      target = `${tf.locale}/${id}.md`;
      const notImported = () => st.skipped.get(mdRel)?.code ?? 'not a page';
      if (p && st.fileSet.has(mdRel))
        note(
          'link',
          `"${raw}" goes to ${mdRel}, which is not imported (${notImported()}); linked to ${p.rel} (${target}) instead`,
        );
      else if (!p) {
        // The site's fallback rule (core/fallback.ts): a missing translation shows the default locale's page.
        const shown = inLocaleOrDefault(tf.locale, DEFAULT_LOCALE, (l) =>
          st.pagesByLocale.get(l)?.get(id),
        );
        note(
          'link',
          `"${raw}": no page ${tf.locale}/${id} in the input${st.fileSet.has(mdRel) ? ` (${mdRel} is not imported: ${notImported()})` : ''}; written as ${posix.relative(posix.dirname(fromOut), target)}${shown?.fallback ? ` (the site shows the ${DEFAULT_LOCALE} page instead)` : ' (a broken link)'}`,
        );
      }
    }
  } else if (!hasExt) {
    if (!st.fileSet.has(rel)) {
      note('link', `"${raw}" is neither a page (.md), a file nor a web address: left as written`);
      return undefined;
    }
    st.assetRefs.add(rel);
    target = assetOut(st, rel);
  } else {
    target = assetOut(st, rel);
    if (st.fileSet.has(rel)) st.assetRefs.add(rel);
    else
      note(
        'missing-file',
        `${site.kind === 'image' ? 'image' : 'file'} "${raw}" does not exist in the input (expected at ${rel}); add it at ${target}`,
      );
  }
  const newPath = encodePath(
    posix.relative(posix.dirname(fromOut), target) || posix.basename(target),
  );
  return newPath === pathRaw ? undefined : newPath + tail;
}

/**
 * The page's front matter as `npm run check` will read it (the checker's validateFrontMatter): each
 * error is a finding, so the report says what the author still has to fix (an authored
 * `ft.level: L4`, a missing description). Owners are not checked here; check does that.
 */
function reportInvalidFrontMatter(st: ImportState, p: PageRec, text: string): void {
  const out = pageOut(p);
  for (const d of validateFrontMatter(parseFrontMatter(text), out, []).diagnostics) {
    // A missing ft.audience is already an `audience` finding (proposedFields).
    if (d.rule === 'schema/ft.audience' && !('ft.audience' in p.fm.data)) continue;
    if (d.severity === 'error')
      st.findings.push({
        file: p.rel,
        kind: 'frontmatter',
        message: `${out}:${d.line}: ${d.message} (\`npm run check\`: ${d.rule}; ${d.hint ?? 'fix it in the page'})`,
      });
  }
}

/** Phase 9: each page's output: author lines kept, fields added, title decided, links rewritten. */
function writePages(st: ImportState): void {
  const { findings } = st;
  for (const p of st.pages) {
    const out = pageOut(p);
    const status = st.statuses.get(p.locale)?.get(p.id);
    const changes = [...p.changes];
    if (p.raw.startsWith('\uFEFF')) changes.push('byte-order mark removed');
    if (/\r/.test(p.raw)) changes.push('line endings made LF');
    if (ZERO_WIDTH.test(p.raw.replace(/^\uFEFF/, '')) || p.raw.slice(1).includes('\uFEFF'))
      changes.push('zero-width characters removed');
    let text = p.text;
    if (!hasFm(p)) {
      findings.push({
        file: p.rel,
        line: p.fm.error?.line ?? 1,
        kind: 'frontmatter',
        message: p.fm.error
          ? `front matter is not valid YAML (${p.fm.error.message}); nothing added`
          : 'no front matter; nothing added',
      });
    } else {
      const proposed = proposedFields(st, p, changes);
      if (proposed.title !== undefined) text = replaceField(text, 'title', proposed.title);
      if (proposed.add.length) text = addFields(text, proposed.add);
      reportInvalidFrontMatter(st, p, text);
    }
    const fmNow = parseFrontMatter(text);
    const head = text.split('\n').slice(0, fmNow.bodyLine - 1);
    const lineOffset = (hasFm(p) ? p.fm.bodyLine : fmNow.bodyLine) - 1;
    const rw = rewriteLinks(fmNow.body, (site) =>
      mapLink(st, site, p.rel, out, p.locale, lineOffset),
    );
    for (const u of rw.unplaced)
      findings.push({
        file: p.rel,
        line: u.line + lineOffset,
        kind: 'link',
        message: `"${u.url}" could not be found in the source text to rewrite; left as written`,
      });
    if (rw.changed.length)
      changes.push(`${rw.changed.length} link${rw.changed.length === 1 ? '' : 's'} rewritten`);
    st.linksRewritten += rw.changed.length;
    const d = hasFm(p) ? titleOf(st, p.locale, p.id) : undefined;
    const body = d ? applyTitleToBody(rw.text, d) : rw.text;
    const title =
      d && (d.after !== d.before || d.removeHeading || d.demote)
        ? { before: d.before, after: d.after, why: d.why.join('; ') }
        : undefined;
    if (title)
      changes.push(
        d!.after !== d!.before
          ? `title "${d!.before}" → "${d!.after}" (${title.why})`
          : `title kept (${title.why})`,
      );
    text = head.length ? `${head.join('\n')}\n${body}` : body;
    st.outputs.push({ path: out, data: text });
    st.entries.push({
      file: p.rel,
      locale: p.locale,
      id: p.id,
      out,
      level: status?.level,
      parent: status?.parent,
      order: status?.level ? status.order : undefined,
      label: status?.label,
      title,
      changes,
    });
  }
}

/**
 * Phase 10: includes, one copy per locale that uses them. The site resolves an include's links
 * from the page that includes it (core/corpus.ts), DocFX from the include file: links are
 * rewritten so they work from the including pages' folder.
 */
function writeIncludes(st: ImportState): void {
  const includeUsers = new Map<string, Map<string, Set<string>>>(); // include → locale → output folders of its pages
  for (const p of st.pages) {
    for (const inc of findIncludes(p.fm.body)) {
      const target = joinRel(dirOf(p.rel), safeDecode(inc.path));
      if (target && st.includeSet.has(target)) {
        const byLocale = includeUsers.get(target) ?? new Map<string, Set<string>>();
        includeUsers.set(target, byLocale);
        if (!byLocale.has(p.locale)) byLocale.set(p.locale, new Set());
        byLocale.get(p.locale)!.add(dirOf(pageOut(p)));
      }
    }
  }
  for (const rel of [...st.includeSet].sort(compare)) {
    const users = [...(includeUsers.get(rel) ?? new Map<string, Set<string>>())].sort((a, b) =>
      compare(a[0], b[0]),
    );
    if (users.length === 0) {
      skip(st, rel, 'unreferenced-file', 'included only by files that are not imported');
      continue;
    }
    const t = textOf(st, rel);
    for (const [locale, dirSet] of users) {
      const out = includeOut(st, rel, locale);
      const dirs = [...dirSet].sort(compare);
      if (dirs.length > 1)
        st.findings.push({
          file: rel,
          kind: 'link',
          message: `included by ${locale} pages in several folders (${dirs.join(', ')}); its links are written for ${dirs[0]}`,
        });
      const rw = rewriteLinks(t.text, (site) => mapLink(st, site, rel, `${dirs[0]}/_`, locale, 0));
      st.linksRewritten += rw.changed.length;
      st.outputs.push({ path: out, data: rw.text });
      addOther(st, rel, 'include', out);
    }
  }
}

/** Phase 11: other files: copied when an imported page links to them, else reported. */
function copyLinkedFiles(st: ImportState): void {
  const { folders } = st.layout;
  for (const rel of st.others) {
    if (st.consumedTocs.has(rel) || st.otherImported.has(rel)) continue;
    if (st.assetRefs.has(rel)) {
      const out = assetOut(st, rel);
      st.outputs.push({ path: out, data: readInput(st, rel) });
      addOther(st, rel, 'asset', out);
    } else if (/(^|\/)toc\.ya?ml$/i.test(rel) && folderOf(folders, rel))
      skip(st, rel, 'unused-toc', 'a toc file no toc.yml of its folder links to');
    else if (folderOf(folders, rel))
      skip(st, rel, 'unreferenced-file', 'no imported page links to it');
    else
      skip(
        st,
        rel,
        'outside-language-folder',
        'not in a language folder, and no imported page links to it',
      );
  }
}

/** Phase 12: legacy addresses, the report, and every output in path order (each path once). */
function finish(st: ImportState): ImportResult {
  const { folders } = st.layout;
  const folderEntries = folders.map((f) => ({
    folder: f.rel || '.',
    locale: f.locale ?? null,
    how:
      st.usable.has(f) || !f.locale
        ? f.how
        : `${f.how} (${f.locale} already comes from another folder: not imported)`,
    partnerPlaybook: f.partner,
  }));
  // Each page's DocFX file: where the old site served it (`<file stem>.html`).
  const legacy = Object.fromEntries(
    st.pages
      .map((p) => [p.rel, `${p.locale}/${p.id}`] as const)
      .sort((a, b) => compare(a[0], b[0])),
  );
  const outputs = [
    ...st.outputs,
    { path: LEGACY_ADDRESSES_FILE, data: `${JSON.stringify(legacy, null, 2)}\n` },
  ];
  const report = buildReport(
    basename(st.root),
    [...st.layout.files, ...st.layout.links].sort(compare),
    {
      folders: folderEntries,
      pages: st.entries,
      otherImported: [...st.otherImported.values()],
      notImported: [...st.skipped.values()],
      findings: st.findings,
      linksRewritten: st.linksRewritten,
      tocLabels: st.tocLabels,
      legacyAddresses: { file: LEGACY_ADDRESSES_FILE, count: st.pages.length },
    },
  );
  outputs.sort((a, b) => compare(a.path, b.path));
  for (let i = 1; i < outputs.length; i++) {
    if (outputs[i]!.path === outputs[i - 1]!.path)
      throw new Error(`two inputs write ${outputs[i]!.path}`);
  }
  return { outputs, report };
}

/** Imports a DocFX playbook tree: the outputs in memory (sorted) and the report. Phases in reading order. */
export function importDocfx(
  inputDir: string,
  opts: { limits?: Pick<Limits, 'tocEntries'> } = {},
): ImportResult {
  const st = scanInput(inputDir, opts);
  classifyFiles(st);
  findIncludeFiles(st);
  readPages(st);
  decidePageTitles(st);
  readTocs(st);
  deriveStatusFields(st);
  writeTocs(st);
  writePages(st);
  writeIncludes(st);
  copyLinkedFiles(st);
  return finish(st);
}
