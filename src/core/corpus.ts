/**
 * Loads a content folder once: pages, each locale's taxonomy, the link graph and every diagnostic.
 * Pure TypeScript with no Astro import; used by `npm run check`, the site and the importer.
 */
import {
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readFileSync,
  readlinkSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic, Severity } from './diagnostics.ts';
import { diag, sortDiagnostics } from './diagnostics.ts';
import { walk } from './paths.ts';
import type { RuleId } from './rules.ts';
import { parseFrontMatter } from './frontmatter.ts';
import { DEFAULT_LOCALE, LOCALES, folderToLocale, splitLegacySuffix } from './locales.ts';
import {
  idToSlug,
  isUnsafeUrl,
  resolveLink,
  type LinkTarget,
  type PageLookup,
  type Resolution,
} from './links.ts';
import {
  findIncludes,
  INCLUDE_RE,
  readBody,
  type Heading,
  type LinkRef,
  type RawHtml,
  type TableRowRef,
} from './markdown.ts';
import type { Audience, PageMeta } from './schema.ts';
import { buildTaxonomy, type TaxNode, type TaxPage, type Taxonomy } from './taxonomy.ts';
import { aliasCollisions } from './status-names.ts';
import { validateFrontMatter } from './validate.ts';
import { auditHtml } from './html-safety.ts';
import { applyBaseline } from './baseline.ts';
import { readToc, type TocEntry } from './toc.ts';
import { loadStatusHelpers, type StatusHelper } from './status-helper.ts';
import { groupsWithoutEffect, loadSynonyms, type SynonymGroups } from './synonyms.ts';
import { statusDocuments } from './status-docs.ts';
import { readLegacyAddresses, type LegacyAddresses } from './legacy.ts';
import {
  changedSections,
  readLockFile,
  removedSections,
  sectionsOf,
  type LockFile,
  type Section,
} from './freshness.ts';
import { DEFAULT_LIMITS, type Limits } from './config.ts';
import { isSafeId } from './escape.ts';
import { parseAudience } from './schema.ts';
import { compareTranslation, PARITY_GROUP, statusNamed, type ParityContext } from './parity.ts';
import { statusIndex } from './status-names.ts';

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
  /** Lines of list items and the table body rows (with their last cell), for translation parity. */
  listItems: number[];
  tableRows: TableRowRef[];
  /** Links written in the page's own file (lines are file lines). */
  links: LinkRef[];
  html: RawHtml[];
  /** Built for the requested audience. */
  visible: boolean;
  /** Links and raw HTML of the files this page includes (checked in this page's context). */
  includeFacts: { file: string; links: LinkRef[]; html: RawHtml[] }[];
  /** Identifiers of link definitions with an unsafe scheme in the rendered (expanded) body. */
  unsafeDefinitions: string[];
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
  /** Resource limits (playbook.config.json `limits`); defaults otherwise. */
  limits?: Limits;
  /** Severity per rule id or group (`rules` of playbook.config.json), for the rules that allow it. */
  severities?: Readonly<Record<string, Severity>>;
  /** The source locale translations fall back to (`defaultLocale` of playbook.config.json); default DEFAULT_LOCALE. */
  defaultLocale?: string;
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
  /** Files (paths in the content folder, `en/media/x.png`) that visible pages link to: the only ones the site copies. */
  assets: Set<string>;
  /** Navigation of non-taxonomy pages per locale (`<locale>/_toc.json`), when present. */
  tocs: Map<string, TocEntry[]>;
  /**
   * Translations marked with `npm run translations -- mark` whose English page changed since, by
   * `<locale>/<id>`: the English sections changed or added, and those removed.
   */
  freshness: Map<
    string,
    { sourceDate: string; marked: string; changed: Section[]; removed: string[] }
  >;
  /** The translation lock file of each locale that has one. */
  locks: Map<string, LockFile>;
  /** DocFX addresses of imported pages (`legacy-addresses.json`), for redirect pages. */
  legacy: LegacyAddresses['addresses'];
  /** The "which status applies?" helper per locale that has one (pruned for the audience). */
  helpers: Map<string, StatusHelper>;
  /** Search synonyms per locale that has a `_synonyms.yml`. */
  synonyms: Map<string, SynonymGroups>;
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
  return scanContent(root).files;
}

/**
 * The files of a content folder, and what could not be looked at. Symbolic links are never
 * followed (a link could bring any file of the machine into the site): each is a finding, as is
 * a folder that cannot be read.
 */
export function scanContent(
  root: string,
  show: (abs: string) => string = (p) => p,
): { files: string[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files = walk(resolve(root), {
    skipDotFiles: true,
    sorted: true,
    onUnreadable: (dir, e) =>
      diagnostics.push(
        diag(
          show(dir),
          1,
          'error',
          'file/unreadable',
          `folder cannot be read (${e.code ?? 'error'}); nothing in it is checked or built`,
          'fix its permissions (e.g. chmod a+rx) or remove it',
        ),
      ),
    onSymlink: (p) => diagnostics.push(symlinkFinding(p, show)),
  });
  return { files, diagnostics };
}

function symlinkFinding(p: string, show: (abs: string) => string): Diagnostic {
  let to = '?';
  try {
    to = readlinkSync(p);
  } catch {
    // unreadable link: reported without its target
  }
  const dangling = !existsSync(p);
  return diag(
    show(p),
    1,
    'error',
    'file/symlink',
    `is a symbolic link${dangling ? ' that points nowhere' : ''} (to "${to}"); links are not followed, so it is not checked, built or copied`,
    'put the file itself here instead of a link (content must be inside the content folder)',
  );
}

/** What in an SVG's text can run script when the file is opened on its own (undefined: nothing). */
export function unsafeSvgContent(svg: string): string | undefined {
  const checks: [RegExp, string][] = [
    [/<\s*(?:[a-z]+:)?script\b/i, 'a <script>'],
    [/\son[a-z]+\s*=/i, 'an event-handler attribute (on…=)'],
    [
      /<\s*(?:[a-z]+:)?(?:foreignObject|iframe|embed|object)\b/i,
      'embedded HTML (<foreignObject>, <iframe>, <embed> or <object>)',
    ],
    [
      /(?:href|src|values|to|from)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i,
      'a javascript:/data: URL',
    ],
    [/<!ENTITY/i, 'an XML entity declaration'],
  ];
  for (const [re, what] of checks) if (re.test(svg)) return what;
  return undefined;
}

/** The real path of `abs` when it lies inside the content root (also after following links), else undefined. */
export function realPathInside(realRoot: string, abs: string): string | undefined {
  try {
    const real = realpathSync(abs);
    return real.startsWith(realRoot + sep) ? real : undefined;
  } catch {
    return undefined;
  }
}

/** The content root as the file system has it (links resolved), for containment checks. */
export function realRootOf(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

const isPartial = (rel: string) => rel.split('/').some((s) => s.startsWith('_'));

/** A file's size, or undefined when there is no file (not an exception when a folder on the way cannot be read). */
function fileSizeNoThrow(abs: string): number | undefined {
  try {
    const st = statSync(abs);
    return st.isFile() ? st.size : undefined;
  } catch {
    return undefined;
  }
}

/** A NUL byte anywhere: not text (and a NUL must never reach the HTML). */
function looksBinary(buf: Buffer): boolean {
  return buf.indexOf(0) >= 0;
}

let scratch = Buffer.allocUnsafe(256 * 1024);

/**
 * A file's bytes, read into a buffer reused from file to file (valid until the next call): no
 * allocation and no fstat per file, which matters at 10,000 files.
 */
function readBytes(abs: string, max = Infinity): Buffer | undefined {
  const fd = openSync(abs, 'r');
  try {
    let n = 0;
    for (;;) {
      if (n > max) return undefined; // past the limit: the rest is not read
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
export interface ReadOptions {
  displayBase: string;
  owners: readonly string[];
  /** The audience being built: an include not for it is not expanded. Default partner. */
  audience?: Audience;
  limits?: Limits;
  /** The content root with links resolved (computed when not given). */
  realRoot?: string;
}

export function readPageFile(root: string, abs: string, opts: ReadOptions): FileRecord {
  const show = (p: string) => relative(opts.displayBase, p).split(sep).join('/');
  const owners = opts.owners;
  const audience = opts.audience ?? 'partner';
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const realRoot = opts.realRoot ?? realRootOf(root);
  const out: FileRecord = { diagnostics: [] };
  const rel = relative(root, abs).split(sep).join('/');
  const file = show(abs);
  if (!MD.test(rel)) return out;
  const [top, ...rest] = rel.split('/');
  const locale = folderToLocale(top!);
  if (rest.length === 0 || !locale) {
    out.diagnostics.push(
      diag(
        file,
        1,
        'error',
        'layout/outside-locale',
        `Markdown file outside a locale folder is not part of the site`,
        `move it under one of ${LOCALES.map((l) => l.folder + '/').join(', ')}`,
      ),
    );
    return out;
  }
  if (isPartial(rest.join('/'))) return out; // include files: checked through the pages that include them
  let buf: Buffer | undefined;
  try {
    buf = readBytes(abs, limits.pageBytes);
  } catch (e) {
    out.diagnostics.push(
      diag(
        file,
        1,
        'error',
        'file/unreadable',
        `file cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); the page is not built`,
        'fix its permissions (e.g. chmod a+r) or remove it',
      ),
    );
    return out;
  }
  if (!buf) {
    // Not read further than the limit, so not built: the finding says so.
    out.diagnostics.push(
      diag(
        file,
        1,
        'error',
        'limit/page-size',
        `file is larger than ${(limits.pageBytes / 1024 / 1024).toFixed(1)} MB (limits.pageBytes in playbook.config.json); it is not read further, so the page is not built`,
        'split it into several pages',
      ),
    );
    return out;
  }
  if (looksBinary(buf)) {
    out.diagnostics.push(
      diag(
        file,
        1,
        'error',
        'file/binary',
        'file is binary, not Markdown text',
        'remove it or save it as UTF-8 text',
      ),
    );
    return out;
  }
  if (buf.length > BIG_FILE) {
    out.diagnostics.push(
      diag(
        file,
        1,
        'warning',
        'file/too-large',
        `file is ${(buf.length / 1024 / 1024).toFixed(1)} MB; pages over 1 MB are slow to build and read`,
        'split it into several pages',
      ),
    );
  }
  const raw = buf.toString('utf8');
  if (raw.includes('\uFFFD'))
    out.diagnostics.push(
      diag(
        file,
        1,
        'warning',
        'file/encoding',
        'file is not valid UTF-8 (replacement characters found)',
        'save it as UTF-8',
      ),
    );
  // A DocFX tree (`german-playbook/x-de.md`) is read in place: the folder's suffix is dropped.
  let id = rest.join('/').replace(MD, '');
  if (top !== locale) {
    const legacy = splitLegacySuffix(id);
    if (legacy.locale === locale) id = legacy.id;
  }
  if (!isSafeId(id)) {
    out.diagnostics.push(
      diag(
        file,
        1,
        'error',
        'page/id-chars',
        `page id "${id.slice(0, 80)}" has characters other than letters a–z, digits, ".", "_" and "-" (the id is the page's address and HTML id)`,
        `rename the file, e.g. to "${
          idToSlug(id)
            .replace(/[^A-Za-z0-9._/-]/g, '-')
            .replace(/^[^A-Za-z0-9]+/, '') || 'page'
        }.md"`,
      ),
    );
  }
  const fm = parseFrontMatter(raw);
  const v = validateFrontMatter(fm, file, owners);
  out.diagnostics.push(...v.diagnostics);
  if (!fm.body.trim() && v.meta)
    out.diagnostics.push(
      diag(
        file,
        fm.bodyLine,
        'warning',
        'content/empty',
        'page has no text after the front matter',
        'write the page, or delete the file',
      ),
    );

  // Includes: expand for rendering and headings; report missing ones here. An include is read
  // only from inside the content folder (links resolved), only when it is text, for the audience
  // being built and within the size limit; otherwise its line stays empty.
  const includes = findIncludes(fm.body, fm.bodyLine - 1);
  let body = fm.body;
  const extraLinks: { file: string; links: LinkRef[]; html: RawHtml[] }[] = [];
  /** File line of each line of the expanded body (an include's lines: the include line). */
  let lineMap: number[] | undefined;
  if (includes.length) {
    const lines = body.split('\n');
    const expandedAt = new Map<number, string>();
    let added = 0;
    for (const inc of includes) {
      let incPath = inc.path;
      try {
        incPath = decodeURIComponent(inc.path);
      } catch {
        // A stray "%" (`100%.md`) is not an escape: use the path as written instead of throwing.
      }
      const target = resolve(dirname(abs), incPath);
      const idx = inc.line - fm.bodyLine;
      lines[idx] = '';
      const refuse = (rule: RuleId, message: string, hint: string) =>
        out.diagnostics.push(diag(file, inc.line, 'error', rule, message, hint, inc.column));
      const size = target.startsWith(root + sep) ? fileSizeNoThrow(target) : undefined;
      if (size === undefined) {
        refuse(
          'include/missing',
          `included file "${inc.path}" does not exist`,
          'fix the path (relative to this file) or create the include, e.g. content/en/_includes/x.md',
        );
        continue;
      }
      const real = realPathInside(realRoot, target);
      if (!real || lstatSync(target).isSymbolicLink()) {
        refuse(
          'security/outside-content',
          `included file "${inc.path}" is a symbolic link${real ? '' : ' to a file outside the content folder'}; it is not read`,
          'put the text itself in the include file (content must be inside the content folder)',
        );
        continue;
      }
      // Measured before reading: a huge include is never read at all.
      if (added + size > limits.includeBytes) {
        refuse(
          'limit/include-size',
          `includes would add more than ${(limits.includeBytes / 1024 / 1024).toFixed(1)} MB to this page ("${inc.path}" is ${(size / 1024).toFixed(0)} KB); it is not included (limits.includeBytes in playbook.config.json)`,
          'include less, or split the page',
        );
        continue;
      }
      let incBuf: Buffer;
      try {
        incBuf = readFileSync(real);
      } catch (e) {
        refuse(
          'file/unreadable',
          `included file "${inc.path}" cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
          'fix its permissions or remove the include',
        );
        continue;
      }
      if (looksBinary(incBuf)) {
        refuse(
          'file/binary',
          `included file "${inc.path}" is binary (NUL bytes), not Markdown text; it is not included`,
          'save the include as UTF-8 text',
        );
        continue;
      }
      const incFm = parseFrontMatter(incBuf.toString('utf8'));
      // Whom the include is for: its own ft.audience. Front matter that cannot be read, or an
      // ft.audience naming no known audience, could mean "internal": such an include is left out.
      const declares = incFm.present && (!!incFm.error || 'ft.audience' in incFm.data);
      const incAudience =
        incFm.present && !incFm.error ? parseAudience(incFm.data['ft.audience']) : [];
      if (declares && audience !== 'internal' && !incAudience.includes(audience)) {
        // Only a page built for this audience would show it; a hidden page is not built at all.
        const whom = incFm.error
          ? 'has front matter that cannot be read (its ft.audience is unknown)'
          : incAudience.length
            ? `is for ${incAudience.join(', ')} only (ft.audience)`
            : 'has an ft.audience that names no known audience';
        if (v.meta?.audience.includes(audience))
          refuse(
            'security/include-audience',
            `included file "${inc.path}" ${whom} and is included into a ${audience} page; it is left out of the ${audience} site`,
            `include only ${audience} text (ft.audience: partner, or none), or make this page ft.audience: internal`,
          );
        continue;
      }
      added += incBuf.length;
      if (findIncludes(incFm.body).length)
        out.diagnostics.push(
          diag(
            file,
            inc.line,
            'warning',
            'include/nested',
            `"${inc.path}" includes other files; nested includes are not expanded`,
            'inline the nested include',
          ),
        );
      expandedAt.set(idx, incFm.body.replace(new RegExp(INCLUDE_RE.source, 'gim'), ''));
      const facts = readBody(incFm.body, incFm.bodyLine - 1);
      extraLinks.push({ file: show(target), links: facts.links, html: facts.html });
    }
    if (expandedAt.size) {
      lineMap = [];
      for (let i = 0; i < lines.length; i++) {
        const text = expandedAt.get(i);
        if (text === undefined) lineMap.push(i + fm.bodyLine);
        else {
          lines[i] = text;
          for (let k = text.split('\n').length; k > 0; k--) lineMap.push(i + fm.bodyLine);
        }
      }
    }
    body = lines.join('\n');
  }
  const own = readBody(fm.body, fm.bodyLine - 1);
  const expanded = lineMap ? readBody(body, 0) : own;
  if (lineMap) {
    for (const h of expanded.headings) h.line = lineMap[h.line - 1] ?? h.line;
    // A link can be formed across an include boundary (`[r]:` in the page, its URL in the include):
    // the rendered body's unsafe links are checked too, where the parts alone did not show one.
    const seen = new Set([own, ...extraLinks].flatMap((g) => g.links.map((l) => l.url)));
    for (const l of expanded.links) {
      if (seen.has(l.url) || !isUnsafeUrl(l.url)) continue;
      out.diagnostics.push(
        diag(
          file,
          lineMap[l.line - 1] ?? 1,
          'error',
          'security/unsafe-url',
          `link uses an unsafe scheme: "${l.url.trim().slice(0, 40)}" (formed with the text of an include)`,
          'link to an https:// address or to a page of the playbook',
        ),
      );
    }
  }
  const linkCount = own.links.length + extraLinks.reduce((n, g) => n + g.links.length, 0);
  if (linkCount > limits.linksPerPage) {
    out.diagnostics.push(
      diag(
        file,
        1,
        'error',
        'limit/links',
        `page has ${linkCount} links, images and link definitions (its includes counted); the limit is ${limits.linksPerPage} (limits.linksPerPage in playbook.config.json)`,
        'split the page into several pages',
      ),
    );
  }
  out.page = {
    locale: locale!,
    id,
    slug: idToSlug(id),
    file,
    absPath: abs,
    meta: v.meta,
    keyLines: fm.keyLines,
    body,
    bodyLine: fm.bodyLine,
    headings: expanded.headings,
    listItems: expanded.listItems,
    tableRows: expanded.tableRows,
    anchors: new Set(expanded.headings.map((h) => h.slug)),
    links: own.links,
    html: own.html,
    visible: false,
    includeFacts: extraLinks,
    unsafeDefinitions: expanded.links
      .filter((l) => l.kind === 'definition' && l.identifier !== undefined && isUnsafeUrl(l.url))
      .map((l) => l.identifier!),
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
    diagnostics.push(
      diag(
        show(root),
        1,
        'error',
        'content/missing-folder',
        'content folder does not exist',
        'pass the folder that holds en/, de/, …',
      ),
    );
  } else {
    const scan = scanContent(root, show);
    files = scan.files;
    diagnostics.push(...scan.diagnostics);
  }
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const realRoot = realRootOf(root);

  const pages: Page[] = [];
  const bySlug = new Map<string, Page>();
  const byLocale = new Map<string, Map<string, Page>>();
  const hiddenByLocale = new Map<string, Set<string>>();

  const records =
    opts.records ??
    files.map((abs) =>
      readPageFile(root, abs, { displayBase, owners, audience, limits, realRoot }),
    );
  for (const rec of records) {
    diagnostics.push(...rec.diagnostics);
    const page = rec.page;
    if (!page) continue;
    // The partner site holds pages for partners; the internal site holds every page.
    page.visible =
      !!page.meta && (audience === 'internal' || page.meta.audience.includes(audience));
    const { locale, id, slug, file } = page;
    // `x/index.md` is served at `/x/` like `x.md`: one address, so one key.
    const key = `${locale}/${slug.replace(/(^|\/)index$/, '')}`;
    const clash = bySlug.get(key);
    if (clash) {
      diagnostics.push(
        diag(
          file,
          1,
          'error',
          'page/duplicate-url',
          `gives the same URL /${key.replace(/\/$/, '')}/ as ${clash.file}; the site would keep only one of them`,
          'rename one of the two files',
        ),
      );
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

  const defaultLocale = opts.defaultLocale ?? DEFAULT_LOCALE;
  const get = (locale: string, id: string) => byLocale.get(locale)?.get(id);
  const lookup: PageLookup = {
    defaultLocale,
    get,
    ids: (locale) => byLocale.get(locale)?.keys() ?? [],
    hidden: (locale, id) => hiddenByLocale.get(locale)?.has(id) ?? false,
  };
  // An asset counts only as a real file inside the content folder (a link to outside is not one).
  const assetExists = (contentPath: string) => {
    const abs = join(root, contentPath);
    return (
      existsSync(abs) &&
      !lstatSync(abs).isSymbolicLink() &&
      realPathInside(realRoot, abs) !== undefined
    );
  };
  const resolveFrom = (page: Page, url: string) => resolveLink(url, page, lookup, { assetExists });

  // Translations: a source must exist; a translation marked against its source's sections is
  // behind in the sections that changed since; one never marked is stale when it is older.
  const freshness: Corpus['freshness'] = new Map();
  const locks = new Map<string, LockFile>();
  for (const [locale, map] of byLocale) {
    if (locale === defaultLocale) continue;
    const lockRead = readLockFile(root, locale, show);
    diagnostics.push(...lockRead.diagnostics);
    if (lockRead.lock) locks.set(locale, lockRead.lock);
    for (const page of map.values()) {
      const src = get(defaultLocale, page.id);
      const entry = lockRead.lock?.pages[page.id];
      if (!src) {
        diagnostics.push(
          diag(
            page.file,
            1,
            'warning',
            'i18n/no-source',
            `translation has no ${defaultLocale} page "${page.id}"`,
            `add content/${defaultLocale}/${page.id}.md or rename this file to match its source`,
          ),
        );
      } else if (
        src.meta &&
        page.meta &&
        ((src.meta.level ?? null) !== (page.meta.level ?? null) ||
          (src.meta.parent ?? '') !== (page.meta.parent ?? ''))
      ) {
        const key = src.meta.level !== page.meta.level ? 'ft.level' : 'ft.parent';
        const [mine, theirs] =
          key === 'ft.level'
            ? [page.meta.level ?? 'none', src.meta.level ?? 'none']
            : [page.meta.parent ?? '(none)', src.meta.parent ?? '(none)'];
        diagnostics.push(
          diag(
            page.file,
            page.keyLines.get(key) ?? 1,
            'error',
            'i18n/structure',
            `${key} "${mine}" differs from the ${defaultLocale} page's "${theirs}" (${src.file}); a translation has the place of its source`,
            `write ${key}: ${theirs === '(none)' ? '(remove the line)' : theirs}, as in ${src.file}`,
          ),
        );
      }
      if (src && entry && page.meta && !page.meta.original) {
        const current = sectionsOf(src);
        const changed = changedSections(current, entry);
        const removed = removedSections(current, entry);
        if (changed.length || removed.length)
          freshness.set(`${locale}/${page.id}`, {
            sourceDate: src.meta?.date ?? entry.sourceDate,
            marked: entry.marked,
            changed,
            removed,
          });
        const own = page.headings.filter((h) => h.depth === 2);
        for (const c of changed) {
          const line = c.index === 0 ? page.bodyLine : (own[c.index - 1]?.line ?? 1);
          const what = c.heading ? `section "${c.heading}"` : 'introduction';
          diagnostics.push(
            diag(
              page.file,
              line,
              'warning',
              'i18n/section-stale',
              `the English ${what} (${src.file}:${c.line}) changed since this translation was marked on ${entry.marked}`,
              `bring the translation in step, then run \`npm run translations -- mark ${locale}/${page.id}\` (a typo fix in English: \`npm run translations -- accept ${page.id}\`)`,
            ),
          );
        }
        for (const heading of removed) {
          diagnostics.push(
            diag(
              page.file,
              1,
              'warning',
              'i18n/section-stale',
              `the English section "${heading}" was removed since this translation was marked on ${entry.marked}`,
              `remove it from the translation too, then run \`npm run translations -- mark ${locale}/${page.id}\``,
            ),
          );
        }
      } else if (
        src &&
        src.meta &&
        page.meta &&
        !page.meta.original &&
        page.meta.date < src.meta.date
      ) {
        diagnostics.push(
          diag(
            page.file,
            page.keyLines.get('ms.date') ?? 1,
            'warning',
            'i18n/stale',
            `translation (ms.date ${page.meta.date}) is older than its source ${src.file} (${src.meta.date})`,
            'update the translation, then its ms.date',
          ),
        );
      }
    }
  }

  // Each locale's home must be on the partner site, or it has no home and every Home link is broken.
  for (const page of pages) {
    if (page.id !== 'index' || !page.meta || page.meta.audience.includes('partner')) continue;
    diagnostics.push(
      diag(
        page.file,
        page.keyLines.get('ft.audience') ?? 1,
        'error',
        'page/home-audience',
        `the home page of ${page.locale} is not for partners (ft.audience: ${page.meta.audience.join(', ')}): the partner site would have no home and every Home link would be broken`,
        'set ft.audience: partner (or [internal, partner]) on the home page',
      ),
    );
  }

  // Taxonomy per locale.
  const aliasLine = (node: TaxNode, alias: string) => {
    const page = get(node.page.locale, node.id);
    const from = node.page.lineOf('ft.aliases');
    if (!page) return from;
    const lines = readFileSync(page.absPath, 'utf8').split(/\r?\n/);
    for (let i = from - 1; i < lines.length && i < from + 200; i++)
      if (lines[i]!.includes(alias)) return i + 1;
    return from;
  };
  const asTax = (p: Page): TaxPage => ({
    locale: p.locale,
    id: p.id,
    file: p.file,
    meta: p.meta!,
    lineOf: (k) => p.keyLines.get(k) ?? 1,
  });
  const taxPages = (locale: string) =>
    new Map([...(byLocale.get(locale)?.values() ?? [])].map((p) => [p.id, asTax(p)]));
  const sourceTax = taxPages(defaultLocale);
  const taxonomies = new Map<string, Taxonomy>();
  for (const l of LOCALES) {
    if (!byLocale.has(l.folder) && l.folder !== defaultLocale) continue;
    const own = l.folder === defaultLocale ? sourceTax : taxPages(l.folder);
    const r = buildTaxonomy(l.folder, own, sourceTax);
    taxonomies.set(l.folder, r.taxonomy);
    diagnostics.push(...r.diagnostics, ...aliasCollisions(r.taxonomy, aliasLine));
  }

  // Translation parity: every translation (not ft.original) keeps its English page's structure.
  const sourceIndex = statusIndex(taxonomies.get(defaultLocale)!);
  const severities = opts.severities ?? {};
  const parity: ParityContext = {
    target(p, row) {
      if (row.url !== undefined) {
        const r = resolveFrom(p as Page, row.url);
        return r.kind === 'page' ? r.target.id : undefined;
      }
      const tax = taxonomies.get(p.locale);
      return statusNamed(
        row.cell,
        tax && p.locale !== defaultLocale ? [statusIndex(tax), sourceIndex] : [sourceIndex],
      )?.id;
    },
    name: (id) => get(defaultLocale, id)?.meta?.title ?? id,
    translated: (locale, id) => !!get(locale, id),
    severity: (rule) => severities[rule] ?? severities[PARITY_GROUP] ?? 'error',
  };
  for (const [locale, map] of byLocale) {
    if (locale === defaultLocale) continue;
    for (const page of map.values()) {
      const src = get(defaultLocale, page.id);
      if (src?.meta && page.meta && !page.meta.original)
        diagnostics.push(...compareTranslation(src, page, parity));
    }
  }

  // TOC navigation for pages outside the taxonomy.
  const tocs = new Map<string, TocEntry[]>();
  for (const l of LOCALES) {
    const r = readToc(
      root,
      l.folder,
      (id) => !!get(l.folder, id) || !!get(defaultLocale, id),
      displayBase,
      (id) => lookup.hidden!(l.folder, id) || lookup.hidden!(defaultLocale, id),
    );
    diagnostics.push(...r.diagnostics);
    if (r.toc) tocs.set(l.folder, r.toc);
  }

  const legacy = readLegacyAddresses(root, show);
  diagnostics.push(...legacy.diagnostics);

  // The guided helper of each locale, checked against its taxonomy and the English tree.
  const helperResult = loadStatusHelpers(
    root,
    LOCALES.map((l) => l.folder),
    defaultLocale,
    taxonomies,
    (l, id) => lookup.hidden!(l, id),
    show,
  );
  diagnostics.push(...helperResult.diagnostics);
  const synonymResult = loadSynonyms(
    root,
    LOCALES.map((l) => l.folder),
    show,
  );
  diagnostics.push(...synonymResult.diagnostics);

  // Links, images and raw HTML of every visible page (and of what it includes).
  const assets = new Set<string>();
  const svgChecked = new Map<string, string | undefined>();
  const svgDanger = (path: string): string | undefined => {
    if (!svgChecked.has(path)) {
      let found: string | undefined;
      try {
        found = unsafeSvgContent(readFileSync(join(root, path), 'utf8'));
      } catch {
        found = 'nothing readable';
      }
      svgChecked.set(path, found);
    }
    return svgChecked.get(path);
  };
  for (const page of pages) {
    if (!page.visible) continue;
    const groups = [{ file: page.file, links: page.links, html: page.html }, ...page.includeFacts];
    for (const g of groups) {
      for (const l of g.links) {
        const r = resolveFrom(page, l.url);
        if (r.kind === 'asset') {
          // An SVG opened on its own runs its scripts in the site's origin: one with script is not published.
          const danger = /\.svg$/i.test(r.path) ? svgDanger(r.path) : undefined;
          if (danger) {
            diagnostics.push(
              diag(
                g.file,
                l.line,
                'error',
                'security/unsafe-svg',
                `SVG file "${l.url.trim().slice(0, 60)}" contains ${danger}; it is not published`,
                'remove the scripts and event handlers from the SVG (or export it again as a plain picture), or use a PNG',
                l.column,
              ),
            );
            continue;
          }
          assets.add(r.path);
        }
        if (r.kind === 'error')
          diagnostics.push(
            diag(
              g.file,
              l.line,
              r.severity,
              l.kind === 'image' && r.rule === 'link/missing-file' ? 'image/missing' : r.rule,
              r.message,
              r.hint,
              l.column,
            ),
          );
      }
      for (const h of g.html) diagnostics.push(...auditHtml(h, g.file));
    }
  }

  const corpus: Corpus = {
    root,
    audience,
    defaultLocale,
    pages,
    fileCount: files.length,
    taxonomies,
    tocs,
    helpers: helperResult.helpers,
    synonyms: synonymResult.synonyms,
    freshness,
    locks,
    assets,
    legacy: legacy.addresses,
    diagnostics: [],
    lookup,
    get,
    locales: LOCALES.map((l) => l.folder).filter((l) => byLocale.has(l)),
    resolve: resolveFrom,
  };
  // Synonym groups that cannot bring any status (none of their words is in the language's status texts).
  for (const [locale, groups] of corpus.synonyms) {
    const src = synonymResult.sources.get(locale)!;
    const texts = statusDocuments(corpus, locale, () => '').map((d) =>
      [
        d.title,
        d.label,
        ...d.aliases,
        ...d.keywords,
        d.definition,
        d.scenarios,
        d.notThis,
        d.source,
      ].join('\n'),
    );
    for (const i of groupsWithoutEffect(groups, texts, locale)) {
      diagnostics.push(
        diag(
          src.file,
          src.lines[i]!,
          'warning',
          'synonyms/no-effect',
          `no word of the group [${groups[i]!.join(', ')}] is in a status page of this language, so it finds nothing`,
          'add to the group the word the pages use for this, or remove the group',
        ),
      );
    }
  }
  corpus.diagnostics = sortDiagnostics(
    opts.baseline === false ? diagnostics : applyBaseline(diagnostics, root, displayBase),
  );
  return corpus;
}
