/**
 * Loads a content folder once: pages, each locale's taxonomy, the link graph and every diagnostic.
 * Pure TypeScript with no Astro import; used by `npm run check`, the site and the importer.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import { diag, sortDiagnostics } from './diagnostics.ts';
import { parseFrontMatter } from './frontmatter.ts';
import { DEFAULT_LOCALE, LOCALES, folderToLocale, splitLegacySuffix } from './locales.ts';
import { idToSlug, resolveLink, type LinkTarget, type PageLookup, type Resolution } from './links.ts';
import { findIncludes, INCLUDE_RE, readBody, type Heading, type LinkRef, type RawHtml } from './markdown.ts';
import type { Audience, PageMeta } from './schema.ts';
import { buildTaxonomy, type TaxNode, type TaxPage, type Taxonomy } from './taxonomy.ts';
import { aliasCollisions } from './status-names.ts';
import { validateFrontMatter } from './validate.ts';
import { auditHtml } from './html-safety.ts';
import { applyBaseline } from './baseline.ts';
import { readToc, type TocEntry } from './toc.ts';

export interface Page extends LinkTarget {
  /** Path for people (relative to the working directory, forward slashes). */
  file: string;
  absPath: string;
  meta?: PageMeta;
  keyLines: Map<string, number>;
  /** Body with includes expanded (LF, no BOM, no zero-width spaces). */
  body: string;
  bodyLine: number;
  headings: Heading[];
  /** Links written in the page's own file (lines are file lines). */
  links: LinkRef[];
  html: RawHtml[];
  /** Built for the requested audience. */
  visible: boolean;
  /** Links and raw HTML of the files this page includes (checked in this page's context). */
  includeFacts: { file: string; links: LinkRef[]; html: RawHtml[] }[];
}

export interface LoadOptions {
  /** Which pages the site is built for; links to other pages are errors. Default partner. */
  audience?: Audience;
  owners?: readonly string[];
  /** Base for the paths shown in diagnostics. Default: process.cwd(). */
  displayBase?: string;
  /** Files already read (by `loadContentParallel`), in the order of the sorted file list. */
  records?: FileRecord[];
  /** Apply `<root>/playbook-baseline.json` when present (default true; see baseline.ts). */
  baseline?: boolean;
}

export interface Corpus {
  root: string;
  audience: Audience;
  defaultLocale: string;
  /** Every page file found (also those hidden for the audience). */
  pages: Page[];
  /** Number of files looked at (pages, partials, other files). */
  fileCount: number;
  taxonomies: Map<string, Taxonomy>;
  /** Navigation of non-taxonomy pages per locale (`<locale>/_toc.json`), when present. */
  tocs: Map<string, TocEntry[]>;
  diagnostics: Diagnostic[];
  lookup: PageLookup;
  get(locale: string, id: string): Page | undefined;
  /** Locales that have at least one visible page. */
  locales: string[];
  resolve(page: Page, url: string): Resolution;
}

const MD = /\.md$/i;
const BIG_FILE = 1024 * 1024;

/** Every file under a content folder, sorted (the order every consumer sees). */
export function listContentFiles(root: string): string[] {
  const files: string[] = [];
  walk(resolve(root), files);
  return files.sort();
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
}

const isPartial = (rel: string) => rel.split('/').some((s) => s.startsWith('_'));

function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8000);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

let scratch = Buffer.allocUnsafe(256 * 1024);

/**
 * A file's bytes, read into a buffer reused from file to file (valid until the next call): no
 * allocation and no fstat per file, which matters at 10,000 files.
 */
function readBytes(abs: string): Buffer {
  const fd = openSync(abs, 'r');
  try {
    let n = 0;
    for (;;) {
      if (n === scratch.length) {
        const bigger = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(bigger, 0, 0, n);
        scratch = bigger;
      }
      const got = readSync(fd, scratch, n, scratch.length - n, null);
      if (got === 0) return scratch.subarray(0, n);
      n += got;
    }
  } finally {
    closeSync(fd);
  }
}

/** What reading one file gives: its findings and, for a page, the page (visibility set later). */
export interface FileRecord {
  diagnostics: Diagnostic[];
  page?: Page;
}

/**
 * Reads, parses and validates one file: everything about a page that does not depend on the
 * other pages. Pure per file, so `loadContentParallel` can run it in worker threads.
 */
export function readPageFile(root: string, abs: string, opts: { displayBase: string; owners: readonly string[] }): FileRecord {
  const show = (p: string) => relative(opts.displayBase, p).split(sep).join('/');
  const owners = opts.owners;
  const out: FileRecord = { diagnostics: [] };
  const rel = relative(root, abs).split(sep).join('/');
  const file = show(abs);
  if (!MD.test(rel)) return out;
  const [top, ...rest] = rel.split('/');
  const locale = folderToLocale(top!);
  if (rest.length === 0 || !locale) {
    out.diagnostics.push(diag(file, 1, 'error', 'layout/outside-locale', `Markdown file outside a locale folder is not part of the site`, `move it under one of ${LOCALES.map((l) => l.folder + '/').join(', ')}`));
    return out;
  }
  if (isPartial(rest.join('/'))) return out; // include files: checked through the pages that include them
  const buf = readBytes(abs);
  if (looksBinary(buf)) {
    out.diagnostics.push(diag(file, 1, 'error', 'file/binary', 'file is binary, not Markdown text', 'remove it or save it as UTF-8 text'));
    return out;
  }
  if (buf.length > BIG_FILE) {
    out.diagnostics.push(diag(file, 1, 'warning', 'file/too-large', `file is ${(buf.length / 1024 / 1024).toFixed(1)} MB; pages over 1 MB are slow to build and read`, 'split it into several pages'));
  }
  const raw = buf.toString('utf8');
  if (raw.includes('\uFFFD')) out.diagnostics.push(diag(file, 1, 'warning', 'file/encoding', 'file is not valid UTF-8 (replacement characters found)', 'save it as UTF-8'));
  // A DocFX tree (`german-playbook/x-de.md`) is read in place: the folder's suffix is dropped.
  let id = rest.join('/').replace(MD, '');
  if (top !== locale) {
    const legacy = splitLegacySuffix(id);
    if (legacy.locale === locale) id = legacy.id;
  }
  const fm = parseFrontMatter(raw);
  const v = validateFrontMatter(fm, file, owners);
  out.diagnostics.push(...v.diagnostics);
  if (!fm.body.trim() && v.meta) out.diagnostics.push(diag(file, fm.bodyLine, 'warning', 'content/empty', 'page has no text after the front matter', 'write the page, or delete the file'));

  // Includes: expand for rendering and headings; report missing ones here.
  const includes = findIncludes(fm.body, fm.bodyLine - 1);
  let body = fm.body;
  const extraLinks: { file: string; links: LinkRef[]; html: RawHtml[] }[] = [];
  if (includes.length) {
    const lines = body.split('\n');
    for (const inc of includes) {
      let incPath = inc.path;
      try {
        incPath = decodeURIComponent(inc.path);
      } catch {
        // A stray "%" (`100%.md`) is not an escape: use the path as written instead of throwing.
      }
      const target = resolve(dirname(abs), incPath);
      const idx = inc.line - fm.bodyLine;
      if (!target.startsWith(root + sep) || !existsSync(target) || !statSync(target).isFile()) {
        out.diagnostics.push(diag(file, inc.line, 'error', 'include/missing', `included file "${inc.path}" does not exist`, 'fix the path (relative to this file) or create the include, e.g. content/en/_includes/x.md'));
        lines[idx] = '';
        continue;
      }
      const incFm = parseFrontMatter(readFileSync(target, 'utf8'));
      if (findIncludes(incFm.body).length) out.diagnostics.push(diag(file, inc.line, 'warning', 'include/nested', `"${inc.path}" includes other files; nested includes are not expanded`, 'inline the nested include'));
      lines[idx] = incFm.body.replace(new RegExp(INCLUDE_RE.source, 'gim'), '');
      const facts = readBody(incFm.body, incFm.bodyLine - 1);
      extraLinks.push({ file: show(target), links: facts.links, html: facts.html });
    }
    body = lines.join('\n');
  }
  const own = readBody(fm.body, fm.bodyLine - 1);
  const expanded = includes.length ? readBody(body, fm.bodyLine - 1) : own;
  out.page = {
    locale: locale!, id, slug: idToSlug(id), file, absPath: abs, meta: v.meta, keyLines: fm.keyLines, body, bodyLine: fm.bodyLine,
    headings: expanded.headings, anchors: new Set(expanded.headings.map((h) => h.slug)), links: own.links, html: own.html, visible: false,
    includeFacts: extraLinks,
  };
  return out;
}

export function loadContent(rootDir: string, opts: LoadOptions = {}): Corpus {
  const root = resolve(rootDir);
  const displayBase = opts.displayBase ?? process.cwd();
  const show = (abs: string) => relative(displayBase, abs).split(sep).join('/');
  const audience: Audience = opts.audience ?? 'partner';
  const owners = opts.owners ?? [];
  const diagnostics: Diagnostic[] = [];
  let files: string[] = [];
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    diagnostics.push(diag(show(root), 1, 'error', 'content/missing-folder', 'content folder does not exist', 'pass the folder that holds en/, de/, …'));
  } else files = listContentFiles(root);

  const pages: Page[] = [];
  const bySlug = new Map<string, Page>();
  const byLocale = new Map<string, Map<string, Page>>();
  const hiddenByLocale = new Map<string, Set<string>>();

  const records = opts.records ?? files.map((abs) => readPageFile(root, abs, { displayBase, owners }));
  for (const rec of records) {
    diagnostics.push(...rec.diagnostics);
    const page = rec.page;
    if (!page) continue;
    // The partner site holds pages for partners; the internal site holds every page.
    page.visible = !!page.meta && (audience === 'internal' || page.meta.audience.includes(audience));
    const { locale, id, slug, file } = page;
    const key = `${locale}/${slug}`;
    const clash = bySlug.get(key);
    if (clash) {
      diagnostics.push(diag(file, 1, 'error', 'page/duplicate-url', `gives the same URL /${key}/ as ${clash.file}; the site would keep only one of them`, 'rename one of the two files'));
      continue;
    }
    bySlug.set(key, page);
    pages.push(page);
    if (page.visible) {
      if (!byLocale.has(locale)) byLocale.set(locale, new Map());
      byLocale.get(locale)!.set(id, page);
    } else if (page.meta) {
      if (!hiddenByLocale.has(locale)) hiddenByLocale.set(locale, new Set());
      hiddenByLocale.get(locale)!.add(id);
    }
  }

  const defaultLocale = DEFAULT_LOCALE;
  const get = (locale: string, id: string) => byLocale.get(locale)?.get(id);
  const lookup: PageLookup = {
    defaultLocale,
    get,
    ids: (locale) => byLocale.get(locale)?.keys() ?? [],
    hidden: (locale, id) => hiddenByLocale.get(locale)?.has(id) ?? false,
  };
  const assetExists = (contentPath: string) => existsSync(join(root, contentPath));
  const resolveFrom = (page: Page, url: string) => resolveLink(url, page, lookup, { assetExists });

  // Translations: a source must exist; a translation older than its source is stale.
  for (const [locale, map] of byLocale) {
    if (locale === defaultLocale) continue;
    for (const page of map.values()) {
      const src = get(defaultLocale, page.id);
      if (!src) {
        diagnostics.push(diag(page.file, 1, 'warning', 'i18n/no-source', `translation has no ${defaultLocale} page "${page.id}"`, `add content/${defaultLocale}/${page.id}.md or rename this file to match its source`));
      } else if (src.meta && page.meta && !page.meta.original && page.meta.date < src.meta.date) {
        diagnostics.push(diag(page.file, page.keyLines.get('ms.date') ?? 1, 'warning', 'i18n/stale', `translation (ms.date ${page.meta.date}) is older than its source ${src.file} (${src.meta.date})`, 'update the translation, then its ms.date'));
      }
    }
  }

  // Taxonomy per locale.
  const aliasLine = (node: TaxNode, alias: string) => {
    const page = get(node.page.locale, node.id);
    const from = node.page.lineOf('ft.aliases');
    if (!page) return from;
    const lines = readFileSync(page.absPath, 'utf8').split(/\r?\n/);
    for (let i = from - 1; i < lines.length && i < from + 200; i++) if (lines[i]!.includes(alias)) return i + 1;
    return from;
  };
  const asTax = (p: Page): TaxPage => ({ locale: p.locale, id: p.id, file: p.file, meta: p.meta!, lineOf: (k) => p.keyLines.get(k) ?? 1 });
  const taxPages = (locale: string) => new Map([...(byLocale.get(locale)?.values() ?? [])].map((p) => [p.id, asTax(p)]));
  const sourceTax = taxPages(defaultLocale);
  const taxonomies = new Map<string, Taxonomy>();
  for (const l of LOCALES) {
    if (!byLocale.has(l.folder) && l.folder !== defaultLocale) continue;
    const own = l.folder === defaultLocale ? sourceTax : taxPages(l.folder);
    const r = buildTaxonomy(l.folder, own, sourceTax);
    taxonomies.set(l.folder, r.taxonomy);
    diagnostics.push(...r.diagnostics, ...aliasCollisions(r.taxonomy, aliasLine));
  }

  // TOC navigation for pages outside the taxonomy.
  const tocs = new Map<string, TocEntry[]>();
  for (const l of LOCALES) {
    const r = readToc(root, l.folder, (id) => !!get(l.folder, id) || !!get(defaultLocale, id), displayBase);
    diagnostics.push(...r.diagnostics);
    if (r.toc) tocs.set(l.folder, r.toc);
  }

  // Links, images and raw HTML of every visible page (and of what it includes).
  for (const page of pages) {
    if (!page.visible) continue;
    const groups = [{ file: page.file, links: page.links, html: page.html }, ...page.includeFacts];
    for (const g of groups) {
      for (const l of g.links) {
        const r = resolveFrom(page, l.url);
        if (r.kind === 'error') diagnostics.push(diag(g.file, l.line, r.severity, l.kind === 'image' && r.rule === 'link/missing-file' ? 'image/missing' : r.rule, r.message, r.hint, l.column));
      }
      for (const h of g.html) diagnostics.push(...auditHtml(h, g.file));
    }
  }

  return {
    root, audience, defaultLocale, pages, fileCount: files.length, taxonomies, tocs,
    diagnostics: sortDiagnostics(opts.baseline === false ? diagnostics : applyBaseline(diagnostics, root, displayBase)), lookup, get,
    locales: LOCALES.map((l) => l.folder).filter((l) => byLocale.has(l)),
    resolve: resolveFrom,
  };
}
