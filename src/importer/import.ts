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
 */
import { readFileSync, readlinkSync } from 'node:fs';
import { DEFAULT_LIMITS, type Limits } from '../core/config.ts';
import { basename, posix, resolve } from 'node:path';
import { normaliseSource, parseFrontMatter, type FrontMatter } from '../core/frontmatter.ts';
import { LEGACY_ADDRESSES_FILE } from '../core/legacy.ts';
import { idToSlug } from '../core/links.ts';
import { DEFAULT_LOCALE, splitLegacySuffix } from '../core/locales.ts';
import { findIncludes } from '../core/markdown.ts';
import { addFields, replaceField } from './fields.ts';
import { describeGuess, detectLanguage } from './language.ts';
import { dirOf, folderOf, inFolder, scanLayout, type LanguageFolder } from './layout.ts';
import { buildReport, type Finding, type NotImported, type OtherImport, type PageEntry, type Report } from './report.ts';
import { rewriteLinks, type LinkSite } from './rewrite.ts';
import { deriveStatuses, isStatusId, type StatusResult } from './status.ts';
import { applyTitleToBody, decideTitles, localizeToc, tocNames, type TocLabelChange } from './titles.ts';
import { parseTocYaml, pruneToc, resolveToc, tocJson, tocPlaces, type RawTocItem, type TocNode, type TocNote, type TocTarget } from './toc.ts';

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

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
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
function idFor(folder: LanguageFolder, rel: string): { id: string; suffixLocale?: string; suffix?: string } {
  const inner = inFolder(folder, rel);
  const dir = dirOf(inner);
  const full = stemOf(inner);
  const legacy = splitLegacySuffix(full);
  const stem = legacy.locale === folder.locale ? legacy.id : full;
  return { id: dir ? `${dir}/${stem}` : stem, suffixLocale: legacy.locale, suffix: legacy.locale ? full.slice(legacy.id.length + 1) : undefined };
}

function encodePath(p: string): string {
  return /[\s()<>]/.test(p) ? encodeURI(p).replace(/\(/g, '%28').replace(/\)/g, '%29') : p;
}

export function importDocfx(inputDir: string, opts: { limits?: Pick<Limits, 'tocEntries'> } = {}): ImportResult {
  const root = resolve(inputDir);
  const tocEntries = opts.limits?.tocEntries ?? DEFAULT_LIMITS.tocEntries;
  const layout = scanLayout(root);
  const files = layout.files;
  const fileSet = new Set(files);
  const findings: Finding[] = [];
  const skipped = new Map<string, NotImported>();
  const skip = (file: string, code: string, reason: string) => {
    if (!skipped.has(file)) skipped.set(file, { file, code, reason });
  };
  const read = (rel: string) => readFileSync(resolve(root, rel));
  // A link could bring any file of the machine into the content: never followed, always reported.
  for (const rel of layout.links) {
    let to = '?';
    try {
      to = readlinkSync(resolve(root, rel));
    } catch {
      // target unknown: reported without it
    }
    skip(rel, 'symlink', `symbolic link (to "${to}"): links are not followed; copy the file itself into the input if it belongs to the playbook`);
  }

  // Folders: one per locale; later ones with the same locale are reported.
  const folders = layout.folders;
  const folderByLocale = new Map<string, LanguageFolder>();
  const usable = new Set<LanguageFolder>();
  for (const f of folders) {
    if (!f.locale) continue;
    if (folderByLocale.has(f.locale)) continue;
    folderByLocale.set(f.locale, f);
    usable.add(f);
  }
  const tocOf = (f: LanguageFolder) => (f.rel ? `${f.rel}/toc.yml` : 'toc.yml');

  // Pass 1: classify files.
  const mdCandidates: string[] = [];
  const others: string[] = [];
  for (const rel of files) {
    const f = folderOf(folders, rel);
    const isMd = /\.md$/i.test(rel);
    if (!f) {
      if (isMd) skip(rel, 'outside-language-folder', 'Markdown file outside every language folder (no folder name or toc.yml says its language)');
      else others.push(rel);
      continue;
    }
    if (!f.locale) {
      skip(rel, 'unknown-language-folder', `folder "${f.rel || '.'}": ${f.how}`);
      continue;
    }
    if (!usable.has(f)) {
      skip(rel, 'duplicate-locale-folder', `folder "${f.rel}" is ${f.locale} too; ${f.locale} is imported from "${folderByLocale.get(f.locale)!.rel || '.'}" only`);
      continue;
    }
    if (rel === tocOf(f)) continue; // handled with the folder
    if (/(^|\/)toc\.md$/i.test(rel)) {
      skip(rel, 'docfx-markdown-toc', 'a Markdown TOC (toc.md) is not read; write the TOC as toc.yml');
      continue;
    }
    if (isMd) mdCandidates.push(rel);
    else others.push(rel);
  }

  // Includes: files named by [!INCLUDE] are partials, not pages.
  const texts = new Map<string, { raw: string; text: string; fm: FrontMatter }>();
  const textOf = (rel: string) => {
    let t = texts.get(rel);
    if (!t) {
      const raw = read(rel).toString('utf8');
      const text = normaliseSource(raw);
      t = { raw, text, fm: parseFrontMatter(text) };
      texts.set(rel, t);
    }
    return t;
  };
  const includeSet = new Set<string>();
  for (const rel of mdCandidates) {
    const { fm } = textOf(rel);
    for (const inc of findIncludes(fm.body)) {
      const target = joinRel(dirOf(rel), safeDecode(inc.path));
      if (target && fileSet.has(target)) includeSet.add(target);
    }
  }

  // Pages.
  const chosen = new Map<string, PageRec>(); // `${locale}/${slug}` → page
  for (const rel of mdCandidates) {
    if (includeSet.has(rel)) continue;
    const f = folderOf(folders, rel)!;
    const locale = f.locale!;
    const { id, suffixLocale, suffix } = idFor(f, rel);
    if (suffixLocale && suffixLocale !== locale) {
      skip(rel, 'other-locale-suffix', `file name ends in the suffix of ${suffixLocale}, but the folder "${f.rel || '.'}" is ${locale}`);
      continue;
    }
    const t = textOf(rel);
    const guess = detectLanguage(t.fm.body);
    const changes: string[] = [];
    if (!suffixLocale) {
      if (guess.locale && guess.locale !== locale) {
        skip(rel, 'language-mismatch', `no ${locale} suffix and the text is ${guess.locale} (${describeGuess(guess)}): a copy left in the ${locale} folder`);
        continue;
      }
      if (!guess.locale && locale !== DEFAULT_LOCALE) findings.push({ file: rel, kind: 'language', message: `no ${locale} suffix and the language of the text is unclear (${describeGuess(guess)}); imported as ${locale} because of its folder` });
    } else if (guess.locale && guess.locale !== locale) {
      findings.push({ file: rel, kind: 'language', message: `named as ${locale} but the text is ${guess.locale} (${describeGuess(guess)}); imported as ${locale}` });
    }
    if (suffixLocale) changes.push(`file-name suffix "-${suffix}" dropped`);
    const rec: PageRec = { rel, folder: f, locale, id, suffixed: !!suffixLocale, text: t.text, raw: t.raw, fm: t.fm, changes };
    const key = `${locale}/${idToSlug(id)}`;
    const prev = chosen.get(key);
    if (!prev) chosen.set(key, rec);
    else if (rec.suffixed && !prev.suffixed) {
      skip(prev.rel, 'duplicate-page', `same page (${locale}/${id}) as ${rel}, which has the ${locale} suffix and is imported instead`);
      chosen.set(key, rec);
    } else skip(rel, 'duplicate-page', `same page (${locale}/${id}) as ${prev.rel}, which is imported instead`);
  }
  const pages = [...chosen.values()].sort((a, b) => cmp(a.rel, b.rel));
  const pageByRel = new Map(pages.map((p) => [p.rel, p]));
  const pagesByLocale = new Map<string, Map<string, PageRec>>();
  for (const p of pages) {
    if (!pagesByLocale.has(p.locale)) pagesByLocale.set(p.locale, new Map());
    pagesByLocale.get(p.locale)!.set(p.id, p);
  }
  const pageOut = (p: PageRec) => `${p.locale}/${p.id}.md`;

  // Titles: what each page's reader sees as its heading (titles.ts).
  const hasFm = (p: PageRec) => p.fm.present && !p.fm.error;
  const titleText = (p: PageRec) => (typeof p.fm.data.title === 'string' ? p.fm.data.title : undefined);
  const titles = decideTitles(
    pages.filter(hasFm).map((p) => ({ locale: p.locale, id: p.id, isStatus: isStatusId(p.id), title: titleText(p), body: p.fm.body })),
    {
      defaultLocale: DEFAULT_LOCALE,
      playbookNames: pages.filter((p) => p.id === 'index' && hasFm(p)).map(titleText).filter((t): t is string => !!t),
      statusIds: new Set(pages.filter((p) => hasFm(p) && isStatusId(p.id)).map((p) => p.id)),
    },
  );
  const titleOf = (locale: string, id: string) => titles.get(`${locale}/${id}`);
  const includeOut = (rel: string, locale: string) => {
    const f = folderOf(folders, rel);
    return `${locale}/_includes/${f && f.locale === locale ? inFolder(f, rel) : rel}`;
  };
  const assetOut = (rel: string) => {
    const f = folderOf(folders, rel);
    return f?.locale && usable.has(f) ? `${f.locale}/${inFolder(f, rel)}` : rel;
  };

  // TOC per folder.
  const tocTrees = new Map<string, { tree: TocNode[]; file: string; notes: TocNote[] }>();
  const consumedTocs = new Map<string, string>(); // nested toc → output
  for (const f of usable) {
    const locale = f.locale!;
    const file = tocOf(f);
    if (!fileSet.has(file)) continue;
    const parsed = parseTocYaml(read(file).toString('utf8'));
    const notes: TocNote[] = [];
    if (parsed.error) notes.push({ file, message: parsed.error });
    const resolveHref = (href: string, tocFile: string): TocTarget => {
      if (SCHEME.test(href) || href.startsWith('//')) return { kind: 'external', href };
      const path = safeDecode(href.split('#')[0]!.split('?')[0]!);
      const rel = joinRel(dirOf(tocFile), path);
      if (rel === undefined) return { kind: 'none', problem: 'points outside the input folder' };
      if (path.endsWith('/') || /(^|\/)toc\.ya?ml$/i.test(rel)) {
        const tf = path.endsWith('/') || rel === '' ? (rel ? `${rel}/toc.yml` : 'toc.yml') : rel;
        if (!fileSet.has(tf)) return { kind: 'none', problem: `no toc file ${tf}` };
        consumedTocs.set(tf, `${locale}/_toc.json`);
        const nested = parseTocYaml(read(tf).toString('utf8'));
        if (nested.error) return { kind: 'none', problem: `${tf}: ${nested.error}` };
        return { kind: 'toc', items: nested.items, file: tf };
      }
      if (!/\.md$/i.test(rel)) return { kind: 'none', problem: 'not a Markdown page' };
      const direct = pageByRel.get(rel);
      if (direct && direct.locale === locale) return { kind: 'page', id: direct.id };
      const tf = folderOf(folders, rel);
      if (!tf || tf.locale !== locale) return { kind: 'none', problem: direct ? `a page of ${direct.locale}, not of this folder` : 'no such page in this folder' };
      const { id } = idFor(tf, rel);
      const p = pagesByLocale.get(locale)?.get(id);
      if (!p) return { kind: 'none', problem: fileSet.has(rel) ? `not imported (${skipped.get(rel)?.reason ?? 'not a page'})` : 'no such file' };
      return { kind: 'page', id, note: fileSet.has(rel) ? `"${href}" is not imported (${skipped.get(rel)?.code}); the entry now points to ${p.rel}` : `"${href}" does not exist; the entry points to ${p.rel}` };
    };
    const { tree } = resolveToc(parsed.items as RawTocItem[], file, resolveHref, notes, undefined, { left: tocEntries, limit: tocEntries });
    tocTrees.set(locale, { tree, file, notes });
  }

  // Status pages per locale (default locale first: others may name its pages as parents).
  const statusIdsOf = (locale: string) => [...(pagesByLocale.get(locale)?.values() ?? [])].filter((p) => isStatusId(p.id) && p.fm.present && !p.fm.error).map((p) => p.id);
  const statuses = new Map<string, Map<string, StatusResult>>();
  const localeOrder = [...pagesByLocale.keys()].sort((a, b) => (a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : cmp(a, b)));
  for (const locale of localeOrder) {
    const own = pagesByLocale.get(locale)!;
    const toc = tocTrees.get(locale);
    const places = tocPlaces(toc?.tree ?? []);
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const inputs = statusIdsOf(locale).map((id) => {
      const d = own.get(id)!.fm.data;
      return { id, title: str(d.title), shownTitle: titleOf(locale, id)?.after, authored: { level: str(d['ft.level']), parent: str(d['ft.parent']), order: str(d['ft.order']), label: str(d['ft.label']) } };
    });
    statuses.set(locale, deriveStatuses({ pages: inputs, defaultIds: locale === DEFAULT_LOCALE ? [] : statusIdsOf(DEFAULT_LOCALE), toc: places }));
  }

  const outputs: OutputFile[] = [];
  const tocLabels: (TocLabelChange & { file: string; locale: string })[] = [];
  const otherImported = new Map<string, OtherImport>();
  const addOther = (file: string, kind: OtherImport['kind'], out: string) => {
    const o = otherImported.get(file) ?? { file, kind, out: [] };
    o.out.push(out);
    otherImported.set(file, o);
  };

  // _toc.json per locale.
  for (const [locale, t] of [...tocTrees].sort((a, b) => cmp(a[0], b[0]))) {
    const st = statuses.get(locale);
    const isStatus = (id: string) => !!st?.get(id)?.level;
    let pruned = pruneToc(t.tree, isStatus, t.file, t.notes);
    const enToc = tocTrees.get(DEFAULT_LOCALE);
    if (locale !== DEFAULT_LOCALE && enToc) {
      // Entries named as in English take the title of the page they link to.
      // English names of a page: its English TOC names and titles, and its own title if that is English.
      const en = tocNames(enToc.tree);
      const own = (id: string) => titleOf(locale, id);
      const loc = localizeToc(pruned, {
        englishNames: (id) => [...(en.byId.get(id) ?? []), ...[titleOf(DEFAULT_LOCALE, id), own(id)?.otherLanguage ? own(id) : undefined].flatMap((d) => (d ? [d.before, d.after] : []))],
        titleOf: (id) => (own(id)?.untranslated ? undefined : own(id)?.after),
        englishTocNames: en.all,
      });
      pruned = loc.tree;
      for (const c of loc.changed) tocLabels.push({ file: t.file, locale, ...c });
      for (const name of loc.untranslated) findings.push({ file: t.file, kind: 'untranslated-label', message: `"${name}": untranslated label — a section without a page, named as in the ${DEFAULT_LOCALE} TOC; kept as written (translate it in ${locale}/_toc.json)` });
    }
    outputs.push({ path: `${locale}/_toc.json`, data: tocJson(pruned) });
    addOther(t.file, 'toc', `${locale}/_toc.json`);
    for (const n of t.notes) findings.push({ file: n.file, kind: 'toc', message: n.message });
    const listed = tocPlaces(t.tree).places;
    for (const p of pagesByLocale.get(locale)?.values() ?? []) {
      if (!listed.has(p.id) && !isStatus(p.id)) findings.push({ file: p.rel, kind: 'toc', message: `not in ${t.file}: the page has no place in the sidebar` });
    }
  }
  for (const [tf, out] of consumedTocs) addOther(tf, 'toc', out);
  for (const f of usable) {
    if (!fileSet.has(tocOf(f)) && pagesByLocale.has(f.locale!)) findings.push({ file: f.rel || '.', kind: 'toc', message: `folder has no toc.yml: its ${pagesByLocale.get(f.locale!)!.size} pages get no sidebar place` });
  }

  /** The imported page a `.md` path stands for: the file itself, or the page its id names. */
  const pageIdFor = (mdRel: string): PageRec | undefined => {
    if (pageByRel.has(mdRel)) return pageByRel.get(mdRel);
    const tf = folderOf(folders, mdRel);
    return tf?.locale && usable.has(tf) ? pagesByLocale.get(tf.locale)?.get(idFor(tf, mdRel).id) : undefined;
  };

  // Links: where a target written in `fromRel` goes, seen from the output file `fromOut`.
  const assetRefs = new Set<string>();
  let linksRewritten = 0;
  const mapLink = (site: LinkSite, fromRel: string, fromOut: string, locale: string, lineOffset: number): string | undefined => {
    const line = site.line + lineOffset;
    const note = (kind: string, message: string) => findings.push({ file: fromRel, line, kind, message });
    const raw = site.url.trim();
    if (raw === '' || raw.startsWith('#') || SCHEME.test(raw) || raw.startsWith('//')) return undefined;
    const cut = raw.search(/[?#]/);
    const pathRaw = cut < 0 ? raw : raw.slice(0, cut);
    const tail = cut < 0 ? '' : raw.slice(cut);
    if (pathRaw.startsWith('/')) {
      note('link', `"${raw}" is site-absolute: not rewritten (write a relative link to the .md file)`);
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
    if (pageByRel.has(rel)) target = pageOut(pageByRel.get(rel)!);
    else if (includeSet.has(rel)) target = includeOut(rel, locale);
    else if (isMd || (!hasExt && !fileSet.has(rel) && pageIdFor(`${rel}.md`))) {
      const mdRel = isMd ? rel : `${rel}.md`;
      const tf = folderOf(folders, mdRel);
      if (!tf?.locale || !usable.has(tf)) {
        note('link', `"${raw}" goes to ${mdRel}, which is not in a language folder: left as written`);
        return undefined;
      }
      if (!isMd) {
        const p = pageIdFor(mdRel)!;
        target = pageOut(p);
        note('link', `"${raw}" has no ".md": linked to the page ${p.rel} (${target})`);
      } else {
        const { id } = idFor(tf, mdRel);
        const p = pagesByLocale.get(tf.locale)?.get(id);
        target = `${tf.locale}/${id}.md`;
        if (p && fileSet.has(mdRel)) note('link', `"${raw}" goes to ${mdRel}, which is not imported (${skipped.get(mdRel)?.code ?? 'not a page'}); linked to ${p.rel} (${target}) instead`);
        else if (!p) {
          const fallback = tf.locale !== DEFAULT_LOCALE && pagesByLocale.get(DEFAULT_LOCALE)?.has(id);
          note('link', `"${raw}": no page ${tf.locale}/${id} in the input${fileSet.has(mdRel) ? ` (${mdRel} is not imported: ${skipped.get(mdRel)?.code ?? 'not a page'})` : ''}; written as ${posix.relative(posix.dirname(fromOut), target)}${fallback ? ` (the site shows the ${DEFAULT_LOCALE} page instead)` : ' (a broken link)'}`);
        }
      }
    } else if (!hasExt) {
      if (!fileSet.has(rel)) {
        note('link', `"${raw}" is neither a page (.md), a file nor a web address: left as written`);
        return undefined;
      }
      assetRefs.add(rel);
      target = assetOut(rel);
    } else {
      target = assetOut(rel);
      if (fileSet.has(rel)) assetRefs.add(rel);
      else note('missing-file', `${site.kind === 'image' ? 'image' : 'file'} "${raw}" does not exist in the input (expected at ${rel}); add it at ${target}`);
    }
    const newPath = encodePath(posix.relative(posix.dirname(fromOut), target) || posix.basename(target));
    return newPath === pathRaw ? undefined : newPath + tail;
  };

  // Pages: front matter, then links.
  const entries: PageEntry[] = [];
  const defaultIds = new Set(pagesByLocale.get(DEFAULT_LOCALE)?.keys() ?? []);
  for (const p of pages) {
    const out = pageOut(p);
    const st = statuses.get(p.locale)?.get(p.id);
    const changes = [...p.changes];
    if (p.raw.startsWith('\uFEFF')) changes.push('byte-order mark removed');
    if (/\r/.test(p.raw)) changes.push('line endings made LF');
    if (/[\u200B\u200C\u200D\u2060]/.test(p.raw.replace(/^\uFEFF/, '')) || p.raw.slice(1).includes('\uFEFF')) changes.push('zero-width characters removed');
    let text = p.text;
    if (!p.fm.present || p.fm.error) {
      findings.push({ file: p.rel, line: p.fm.error?.line ?? 1, kind: 'frontmatter', message: p.fm.error ? `front matter is not valid YAML (${p.fm.error.message}); nothing added` : 'no front matter; nothing added' });
    } else {
      const add: [string, string | string[]][] = [];
      if (st) {
        for (const n of st.notes) changes.push(n);
        if (st.added.includes('ft.level')) add.push(['ft.level', st.level!]);
        if (st.added.includes('ft.parent')) add.push(['ft.parent', st.parent!]);
        if (st.added.includes('ft.order')) add.push(['ft.order', String(st.order)]);
        if (st.added.includes('ft.label')) add.push(['ft.label', st.label!]);
        if (st.parent && !defaultIds.has(st.parent) && !pagesByLocale.get(p.locale)?.has(st.parent)) {
          findings.push({ file: p.rel, kind: 'taxonomy', message: `ft.parent ${st.parent}: no such page in the input (the ${st.level}'s parent status has no page)` });
        }
        if (!st.level) findings.push({ file: p.rel, kind: 'taxonomy', message: st.notes.join('; ') });
      }
      const td = titleOf(p.locale, p.id);
      if (td && td.after !== td.before) text = replaceField(text, 'title', td.after);
      if (td?.alias && !('ft.aliases' in p.fm.data)) add.push(['ft.aliases', [td.alias]]);
      if (td?.untranslated) findings.push({ file: p.rel, line: p.fm.keyLines.get('title'), kind: 'title', message: `title "${td.after}" is ${td.otherLanguage}, not ${p.locale}, and the body's first line is no heading that names the page; left in that language (translate the title)` });
      if (!('ft.audience' in p.fm.data)) {
        if (p.folder.partner) {
          add.push(['ft.audience', 'partner']);
          changes.push('ft.audience partner added (no ft.audience; the folder is a partner playbook)');
        } else findings.push({ file: p.rel, kind: 'audience', message: 'no ft.audience, and the folder is not a partner playbook: none added' });
      }
      if (add.length) text = addFields(text, add);
    }
    const fmNow = parseFrontMatter(text);
    const head = text.split('\n').slice(0, fmNow.bodyLine - 1);
    const lineOffset = (p.fm.present && !p.fm.error ? p.fm.bodyLine : fmNow.bodyLine) - 1;
    const rw = rewriteLinks(fmNow.body, (site) => mapLink(site, p.rel, out, p.locale, lineOffset));
    for (const u of rw.unplaced) findings.push({ file: p.rel, line: u.line + lineOffset, kind: 'link', message: `"${u.url}" could not be found in the source text to rewrite; left as written` });
    if (rw.changed.length) changes.push(`${rw.changed.length} link${rw.changed.length === 1 ? '' : 's'} rewritten`);
    linksRewritten += rw.changed.length;
    const d = hasFm(p) ? titleOf(p.locale, p.id) : undefined;
    const body = d ? applyTitleToBody(rw.text, d) : rw.text;
    const title = d && (d.after !== d.before || d.removeHeading || d.demote) ? { before: d.before, after: d.after, why: d.why.join('; ') } : undefined;
    if (title) changes.push(d!.after !== d!.before ? `title "${d!.before}" → "${d!.after}" (${title.why})` : `title kept (${title.why})`);
    text = head.length ? `${head.join('\n')}\n${body}` : body;
    outputs.push({ path: out, data: text });
    entries.push({ file: p.rel, locale: p.locale, id: p.id, out, level: st?.level, parent: st?.parent, order: st?.level ? st.order : undefined, label: st?.label, title, changes });
  }

  // Includes: one copy per locale that uses them. The site resolves an include's links from the
  // page that includes it (core/corpus.ts), DocFX from the include file: links are rewritten so
  // they work from the including pages' folder.
  const includeUsers = new Map<string, Map<string, Set<string>>>(); // include → locale → output folders of its pages
  for (const p of pages) {
    for (const inc of findIncludes(p.fm.body)) {
      const target = joinRel(dirOf(p.rel), safeDecode(inc.path));
      if (target && includeSet.has(target)) {
        const byLocale = includeUsers.get(target) ?? new Map<string, Set<string>>();
        includeUsers.set(target, byLocale);
        if (!byLocale.has(p.locale)) byLocale.set(p.locale, new Set());
        byLocale.get(p.locale)!.add(dirOf(pageOut(p)));
      }
    }
  }
  for (const rel of [...includeSet].sort(cmp)) {
    const users = [...(includeUsers.get(rel) ?? new Map<string, Set<string>>())].sort((a, b) => cmp(a[0], b[0]));
    if (users.length === 0) {
      skip(rel, 'unreferenced-file', 'included only by files that are not imported');
      continue;
    }
    const t = textOf(rel);
    for (const [locale, dirSet] of users) {
      const out = includeOut(rel, locale);
      const dirs = [...dirSet].sort(cmp);
      if (dirs.length > 1) findings.push({ file: rel, kind: 'link', message: `included by ${locale} pages in several folders (${dirs.join(', ')}); its links are written for ${dirs[0]}` });
      const rw = rewriteLinks(t.text, (site) => mapLink(site, rel, `${dirs[0]}/_`, locale, 0));
      linksRewritten += rw.changed.length;
      outputs.push({ path: out, data: rw.text });
      addOther(rel, 'include', out);
    }
  }

  // Other files: copied when linked, else reported.
  for (const rel of others) {
    if (consumedTocs.has(rel) || otherImported.has(rel)) continue;
    if (assetRefs.has(rel)) {
      const out = assetOut(rel);
      outputs.push({ path: out, data: read(rel) });
      addOther(rel, 'asset', out);
    } else if (/(^|\/)toc\.ya?ml$/i.test(rel) && folderOf(folders, rel)) skip(rel, 'unused-toc', 'a toc file no toc.yml of its folder links to');
    else if (folderOf(folders, rel)) skip(rel, 'unreferenced-file', 'no imported page links to it');
    else skip(rel, 'outside-language-folder', 'not in a language folder, and no imported page links to it');
  }

  const folderEntries = folders.map((f) => ({ folder: f.rel || '.', locale: f.locale ?? null, how: usable.has(f) || !f.locale ? f.how : `${f.how} (${f.locale} already comes from another folder: not imported)`, partnerPlaybook: f.partner }));
  // Each page's DocFX file: where the old site served it (`<file stem>.html`).
  const legacy = Object.fromEntries(pages.map((p) => [p.rel, `${p.locale}/${p.id}`] as const).sort((a, b) => cmp(a[0], b[0])));
  outputs.push({ path: LEGACY_ADDRESSES_FILE, data: `${JSON.stringify(legacy, null, 2)}\n` });
  const report = buildReport(basename(root), [...files, ...layout.links].sort(cmp), { folders: folderEntries, pages: entries, otherImported: [...otherImported.values()], notImported: [...skipped.values()], findings, linksRewritten, tocLabels, legacyAddresses: { file: LEGACY_ADDRESSES_FILE, count: pages.length } });
  outputs.sort((a, b) => cmp(a.path, b.path));
  for (let i = 1; i < outputs.length; i++) {
    if (outputs[i]!.path === outputs[i - 1]!.path) throw new Error(`two inputs write ${outputs[i]!.path}`);
  }
  return { outputs, report };
}
