/**
 * `npm run new`: plans and writes a new L1 status, L2 reason or L3 sub-reason page whose front
 * matter and headings pass `npm run check` as created. Everything it knows about the content
 * comes from the core's corpus (src/core/corpus.ts), and every rule from the core: levels and
 * parents (levels.ts, taxonomy.ts `parentProblem`), ids (ids.ts), the fallback to the default
 * locale (fallback.ts), sibling order (taxonomy.ts `compareSiblings`), the owner check
 * (validate.ts); the page it proposes is validated by the checker's own front-matter and taxonomy
 * code before it is written. scripts/new.ts is only the command line.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadContent, type Corpus, type Page } from '../../src/core/corpus.ts';
import { formatHuman } from '../../src/core/diagnostics.ts';
import { inLocaleOrDefault } from '../../src/core/fallback.ts';
import { AUDIENCES, parseLevel, type Audience } from '../../src/core/fields.ts';
import { parseFrontMatter } from '../../src/core/frontmatter.ts';
import { isNewPageId, statusIdFor } from '../../src/core/ids.ts';
import { parentLevelOf, type Level } from '../../src/core/levels.ts';
import { idToSlug } from '../../src/core/links.ts';
import { DEFAULT_LOCALE, LOCALES, isLocale } from '../../src/core/locales.ts';
import type { PageMeta } from '../../src/core/schema.ts';
import { didYouMean } from '../../src/core/suggest.ts';
import {
  buildTaxonomy,
  compareSiblings,
  parentProblem,
  type ParentProblem,
  type TaxPage,
} from '../../src/core/taxonomy.ts';
import { unknownOwners, validateFrontMatter } from '../../src/core/validate.ts';
import { yamlList, yamlScalar } from '../../src/core/yaml-text.ts';

export { slugify } from '../../src/core/ids.ts';

export const USAGE = `usage: npm run new -- <L1|L2|L3> <parent id|-> "<title>" [options]

  L1 pages have no parent: write "-" or leave the parent out.
  An L2 names its L1 as parent, an L3 its L2 (the parent's file name without .md).

options:
  --locale <folder>      language folder (default en); for a translation pass --id of the English page
  --id <id>              file name without .md (default: parent id + "-" + title as a slug)
  --content <dir>        content folder (default: contentDir of playbook.config.json)
  --author <alias>       author and ms.author (default: first of owners in playbook.config.json)
  --owner <alias>        ft.owner (default: first of owners)
  --manager <alias>      manager (default: first of owners)
  --audience <partner|internal>  ft.audience (default partner, or internal under an internal parent)
  --label <text>         ft.label, a shorter name for navigation
  --dry-run              print the page instead of writing it
  -h, --help             show this help

examples:
  npm run new -- L2 l1l2l3-blocked "Data Residency"
  npm run new -- L3 l1l2l3-blocked-legal-regulatory "Works Council"
  npm run new -- L1 - "On Hold"`;

export interface NewPageRequest {
  level: Level;
  /** Id of the parent page; none for an L1. */
  parent?: string;
  title: string;
  locale: string;
  id?: string;
  label?: string;
  author?: string;
  owner?: string;
  manager?: string;
  audience?: Audience;
}

export interface CliOptions {
  request: NewPageRequest;
  content?: string;
  dryRun: boolean;
}

export type ParseResult =
  | { ok: true; options: CliOptions }
  | { ok: false; help: true }
  | { ok: false; help?: false; message: string };

const VALUE_FLAGS = [
  '--locale',
  '--id',
  '--content',
  '--author',
  '--owner',
  '--manager',
  '--audience',
  '--label',
] as const;

/** Reads the command line (without `node scripts/new.ts`). */
export function parseArgs(argv: readonly string[]): ParseResult {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return { ok: false, help: true };
    if (a === '--dry-run') {
      dryRun = true;
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (!(VALUE_FLAGS as readonly string[]).includes(name)) {
        return {
          ok: false,
          message: `unknown option ${name}${didYouMean(name, [...VALUE_FLAGS, '--dry-run'])}`,
        };
      }
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value.trim() === '')
        return { ok: false, message: `option ${name} needs a value` };
      flags.set(name, value.trim());
      continue;
    }
    positional.push(a);
  }
  const levelArg = positional[0];
  if (!levelArg) return { ok: false, message: 'say which level to create: L1, L2 or L3' };
  // Read as ft.level is read; `none` is a level a page may have, but not one to create.
  const parsedLevel = parseLevel(levelArg);
  if (!parsedLevel.ok || !parsedLevel.value) {
    return { ok: false, message: `unknown level "${levelArg}": use L1, L2 or L3` };
  }
  const level = parsedLevel.value;
  let parent: string | undefined;
  let title: string | undefined;
  if (level === 'L1' && positional.length === 2) title = positional[1];
  else if (positional.length === 3) {
    parent = positional[1]!.trim();
    title = positional[2];
  } else {
    return {
      ok: false,
      message:
        positional.length > 3
          ? `too many arguments (${positional.length}); put the title in quotes: "My Title"`
          : level === 'L1'
            ? 'give the title of the new status'
            : `an ${level} needs a parent id and a title`,
    };
  }
  if (parent === '-' || parent === '') parent = undefined;
  const audience = flags.get('--audience')?.toLowerCase();
  if (audience !== undefined && !(AUDIENCES as readonly string[]).includes(audience)) {
    return { ok: false, message: `--audience must be partner or internal, not "${audience}"` };
  }
  return {
    ok: true,
    options: {
      request: {
        level,
        parent,
        title: (title ?? '').replace(/\s+/g, ' ').trim(),
        locale: flags.get('--locale') ?? DEFAULT_LOCALE,
        id: flags.get('--id'),
        label: flags.get('--label'),
        author: flags.get('--author'),
        owner: flags.get('--owner'),
        manager: flags.get('--manager'),
        audience: audience as Audience | undefined,
      },
      content: flags.get('--content'),
      dryRun,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Small pure helpers

/** The id a new page gets unless --id says otherwise (the core's id convention, ids.ts). */
export function defaultId(level: Level, parent: string | undefined, title: string): string {
  return statusIdFor(level, parent, title);
}

/** `ms.date` as the playbook writes it: M/D/YYYY (local calendar day). */
export function formatMsDate(d: Date): string {
  return `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`;
}

/** Text usable as a search keyword: lower case, no list or YAML punctuation. */
function keywordOf(s: string): string {
  return s
    .toLowerCase()
    .replace(/[,[\]{}:#"'`|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One or two placeholder keywords derived from the title (and the parent's title). */
export function placeholderKeywords(title: string, parentTitle?: string): string[] {
  const own = keywordOf(title);
  const out = own ? [own] : [];
  if (parentTitle) {
    const both = keywordOf(`${parentTitle} ${title}`);
    if (both && !out.includes(both)) out.push(both);
  }
  return out;
}

const escapeCell = (s: string) => s.replace(/\|/g, '\\|');
/** Title inside prose: characters Markdown would read as markup are escaped. */
const escapeInline = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1');

// ---------------------------------------------------------------------------------------------
// Section headings per locale (taken from the playbook's own translated pages)

interface Template {
  definition: string;
  whenToUse: string;
  whenNotToUse: string;
  valid: string;
  invalid: string;
  scenario: string;
  statusThatApplies: string;
  questions: string;
  refines: (l2: string, l1: string) => string;
}

const TEMPLATES: Record<string, Template> = {
  en: {
    definition: 'Definition',
    whenToUse: 'When to use it',
    whenNotToUse: 'When not to use it',
    valid: 'Valid example scenarios',
    invalid: 'Invalid example scenarios',
    scenario: 'Scenario',
    statusThatApplies: 'Status that applies',
    questions: 'Questions to ask the customer',
    refines: (l2, l1) => `This sub-reason refines ${l2} under ${l1}.`,
  },
  de: {
    definition: 'Definition',
    whenToUse: 'Wann Sie diesen Status verwenden',
    whenNotToUse: 'Wann Sie diesen Status nicht verwenden',
    valid: 'Gültige Beispielszenarien',
    invalid: 'Ungültige Beispielszenarien',
    scenario: 'Szenario',
    statusThatApplies: 'Zutreffender Status',
    questions: 'Fragen an den Kunden',
    refines: (l2, l1) => `Dieser untergeordnete Grund (L3) präzisiert ${l2} im Status ${l1}.`,
  },
  es: {
    definition: 'Definición',
    whenToUse: 'Cuándo usarlo',
    whenNotToUse: 'Cuándo no usarlo',
    valid: 'Ejemplos de escenarios válidos',
    invalid: 'Ejemplos de escenarios no válidos',
    scenario: 'Escenario',
    statusThatApplies: 'Estado que corresponde',
    questions: 'Preguntas para el cliente',
    refines: (l2, l1) => `Este submotivo detalla el motivo ${l2} del estado ${l1}.`,
  },
  'pt-br': {
    definition: 'Definição',
    whenToUse: 'Quando usar',
    whenNotToUse: 'Quando não usar',
    valid: 'Exemplos de cenários válidos',
    invalid: 'Exemplos de cenários inválidos',
    scenario: 'Cenário',
    statusThatApplies: 'Status aplicável',
    questions: 'Perguntas para fazer ao cliente',
    refines: (l2, l1) => `Este submotivo detalha o motivo ${l2} do status ${l1}.`,
  },
  ja: {
    definition: '定義',
    whenToUse: '使用する場合',
    whenNotToUse: '使用しない場合',
    valid: '有効なシナリオ例',
    invalid: '無効なシナリオ例',
    scenario: 'シナリオ',
    statusThatApplies: '適用されるステータス',
    questions: 'お客様に確認する質問',
    refines: (l2, l1) => `このサブ理由は${l2}を細分化したもので、${l1}に属します。`,
  },
  'zh-cn': {
    definition: '定义',
    whenToUse: '适用情形',
    whenNotToUse: '不适用情形',
    valid: '有效示例场景',
    invalid: '无效示例场景',
    scenario: '场景',
    statusThatApplies: '适用的状态',
    questions: '向客户提出的问题',
    refines: (l2, l1) => `此子原因是${l2}的细分，隶属于${l1}状态。`,
  },
};

// ---------------------------------------------------------------------------------------------
// Planning: everything is decided here, from the corpus; nothing is written.

export interface PlanContext {
  corpus: Corpus;
  owners: readonly string[];
  today: Date;
  /** Does a file already exist at `<locale>/<id>.md` in the content folder? */
  fileExists(relPath: string): boolean;
}

export type Plan =
  | {
      ok: true;
      id: string;
      locale: string;
      /** Path inside the content folder: `en/<id>.md`. */
      relPath: string;
      text: string;
      meta: {
        level: Level;
        parent?: string;
        order: number;
        audience: Audience;
        keywords: string[];
        date: string;
      };
      /** Things worth telling the author (not errors). */
      notes: string[];
    }
  | { ok: false; message: string; hint?: string };

const fail = (message: string, hint?: string): Plan => ({ ok: false, message, hint });

type MetaPage = Page & { meta: PageMeta };

/** Id → page with valid front matter that this locale shows: its own, else the default locale's (fallback.ts). */
function effectivePages(corpus: Corpus, locale: string): Map<string, MetaPage> {
  const byLocale = new Map<string, Map<string, MetaPage>>();
  for (const p of corpus.pages) {
    if (!p.meta) continue;
    if (!byLocale.has(p.locale)) byLocale.set(p.locale, new Map());
    byLocale.get(p.locale)!.set(p.id, p as MetaPage);
  }
  const ids = new Set([
    ...(byLocale.get(corpus.defaultLocale)?.keys() ?? []),
    ...(byLocale.get(locale)?.keys() ?? []),
  ]);
  const map = new Map<string, MetaPage>();
  for (const id of ids) {
    const shown = inLocaleOrDefault(locale, corpus.defaultLocale, (l) => byLocale.get(l)?.get(id));
    if (shown) map.set(id, shown.value);
  }
  return map;
}

/** Taxonomy order (taxonomy.ts): ft.order, then title, then id. */
const byOrder = (a: { meta: PageMeta; id: string }, b: { meta: PageMeta; id: string }) =>
  compareSiblings(
    { id: a.id, title: a.meta.title, order: a.meta.order },
    { id: b.id, title: b.meta.title, order: b.meta.order },
  );

/** The core's message for a refused parent, with advice in the words of the command line. */
function parentRefusal(
  problem: ParentProblem,
  level: Level,
  parentId: string | undefined,
  parent: MetaPage | undefined,
  candidates: string[],
): Plan {
  const want = parentLevelOf(level);
  switch (problem.rule) {
    case 'taxonomy/l1-parent':
      return fail(problem.message, 'write "-" as the parent, or create an L2/L3 instead');
    case 'taxonomy/missing-parent':
      return fail(
        problem.message,
        `give the id of its ${want} page (file name without .md) after the level`,
      );
    case 'taxonomy/unknown-parent': {
      const s = problem.suggestion;
      return fail(
        problem.message,
        s
          ? `run the command again with ${s}`
          : `name the id (file name without .md) of an ${want} page${candidates.length ? `: ${candidates.sort().slice(0, 8).join(', ')}${candidates.length > 8 ? ', …' : ''}` : ''}`,
      );
    }
    default:
      return fail(
        problem.message,
        parent?.meta.level === level
          ? `use its parent "${parent.meta.parent}" instead${level === 'L2' ? `, or create an L3 under "${parentId}"` : ''}`
          : parent?.meta.level === 'L1'
            ? `name one of the L2 pages under "${parentId}", or create an L2 under it first`
            : `name an ${want} page`,
      );
  }
}

/**
 * The proposed page as `npm run check` will see it: the checker's front-matter validation and the
 * locale's taxonomy with the page in it. Returns its errors for the new file (there should be none).
 */
function checkerErrors(
  text: string,
  relPath: string,
  locale: string,
  corpus: Corpus,
  owners: readonly string[],
): { meta?: PageMeta; errors: string[] } {
  const fm = parseFrontMatter(text);
  const v = validateFrontMatter(fm, relPath, owners);
  const errors = v.diagnostics.filter((d) => d.severity === 'error').map(formatHuman);
  if (!v.meta) return { errors };
  const asTax = (p: {
    locale: string;
    id: string;
    file: string;
    meta: PageMeta;
    keyLines: ReadonlyMap<string, number>;
  }): TaxPage => ({
    locale: p.locale,
    id: p.id,
    file: p.file,
    meta: p.meta,
    lineOf: (k) => p.keyLines.get(k) ?? 1,
  });
  const taxPages = (l: string) =>
    new Map(
      corpus.pages.filter((p) => p.meta && p.locale === l).map((p) => [p.id, asTax(p as MetaPage)]),
    );
  const id = relPath.slice(locale.length + 1, -3);
  const own = taxPages(locale);
  own.set(id, asTax({ locale, id, file: relPath, meta: v.meta, keyLines: fm.keyLines }));
  const source = locale === corpus.defaultLocale ? own : taxPages(corpus.defaultLocale);
  const tax = buildTaxonomy(locale, own, source);
  errors.push(
    ...tax.diagnostics.filter((d) => d.file === relPath && d.severity === 'error').map(formatHuman),
  );
  return { meta: v.meta, errors };
}

/** Decides id, file, front matter and body of the new page, or says why it cannot be made. */
export function planNewPage(req: NewPageRequest, ctx: PlanContext): Plan {
  const { corpus } = ctx;
  const locale = req.locale;
  if (!isLocale(locale)) {
    const folders = LOCALES.map((l) => l.folder);
    return fail(
      `unknown locale "${locale}"${didYouMean(locale, folders)}`,
      `use one of ${folders.join(', ')}`,
    );
  }
  const title = req.title.replace(/\s+/g, ' ').trim();
  if (!title)
    return fail('the title is empty', 'give the status name in quotes, e.g. "Data Residency"');
  const level = req.level;
  const pages = effectivePages(corpus, locale);
  const statusPages = [...pages.values()].filter((p) => p.meta.level);

  // Parent: accept `x`, `x.md` or a path to the file; the taxonomy's rules decide (taxonomy.ts).
  const parentId =
    req.parent?.replace(/\\/g, '/').split('/').pop()!.replace(/\.md$/i, '') || undefined;
  const parent = parentId ? pages.get(parentId) : undefined;
  const problem = parentProblem(level, parentId, locale, {
    levelOf: (id) => pages.get(id)?.meta.level ?? undefined,
    idsAt: (l) => statusPages.filter((p) => p.meta.level === l).map((p) => p.id),
  });
  if (problem) {
    const want = parentLevelOf(level);
    return parentRefusal(
      problem,
      level,
      parentId,
      parent,
      statusPages.filter((p) => p.meta.level === want).map((p) => p.id),
    );
  }

  // Id and file.
  const id = req.id?.replace(/\.md$/i, '') ?? defaultId(level, parentId, title);
  if (!id)
    return fail(
      `cannot make a file name from the title "${title}"`,
      'pass one with --id, e.g. --id l1l2l3-blocked-data-residency',
    );
  if (!isNewPageId(id))
    return fail(
      `--id "${id}" is not a valid id`,
      'use lower-case letters, digits and single "-", e.g. l1l2l3-blocked-data-residency',
    );
  const relPath = `${locale}/${id}.md`;
  const clash = corpus.pages.find(
    (p) => p.locale === locale && (p.id === id || p.slug === idToSlug(id)),
  );
  if (ctx.fileExists(relPath) || clash) {
    return fail(
      `${clash?.file ?? relPath} already exists`,
      'edit that page, or choose another title or --id',
    );
  }

  // Translation of an existing default-locale page: keep its place in the tree.
  const notes: string[] = [];
  const source =
    locale !== corpus.defaultLocale
      ? corpus.pages.find((p) => p.locale === corpus.defaultLocale && p.id === id && p.meta)
      : undefined;
  if (source?.meta) {
    if (source.meta.level !== level || (source.meta.parent ?? undefined) !== parentId) {
      return fail(
        `${source.file} is ${source.meta.level ?? 'not a status page'}${source.meta.parent ? ` under ${source.meta.parent}` : ''}; its translation must have the same place in the tree`,
        source.meta.level
          ? `run: npm run new -- ${source.meta.level} ${source.meta.parent ?? '-'} "<title>" --locale ${locale} --id ${id}`
          : undefined,
      );
    }
  } else if (locale !== corpus.defaultLocale) {
    notes.push(
      `there is no ${corpus.defaultLocale}/${id}.md yet; \`npm run check\` warns (i18n/no-source) until the ${corpus.defaultLocale} page exists with the same file name`,
    );
  }

  // Audience: under an internal-only parent the page is internal too.
  const parentAudiences = parent?.meta.audience;
  let audience: Audience =
    req.audience ??
    (parentAudiences && !parentAudiences.includes('partner') ? 'internal' : 'partner');
  if (source?.meta && !req.audience && !source.meta.audience.includes(audience))
    audience = source.meta.audience[0]!;
  if (parentAudiences && !parentAudiences.includes(audience)) {
    return fail(
      `"${parentId}" is not built for ${audience} (ft.audience: ${parentAudiences.join(', ')}), so a ${audience} page under it would have no parent`,
      `use --audience ${parentAudiences[0]}, or change the parent's ft.audience`,
    );
  }

  // People.
  const fallbackPerson = ctx.owners[0];
  const author = req.author ?? fallbackPerson;
  const owner = req.owner ?? fallbackPerson;
  const manager = req.manager ?? fallbackPerson;
  if (!author || !owner || !manager) {
    return fail(
      'playbook.config.json has no owners, so there is no default author',
      'pass --author, --owner and --manager',
    );
  }
  // Owner notes come here, once the page is checked (below).
  const ownerNotesAt = notes.length;

  // Place among siblings: after the last one (in this locale or the default locale's tree).
  const siblings = statusPages.filter(
    (p) => p.id !== id && p.meta.level === level && (p.meta.parent ?? undefined) === parentId,
  );
  const order = source?.meta?.order ?? Math.max(0, ...siblings.map((p) => p.meta.order ?? 0)) + 1;

  // Date: today; a translation is never dated before its source.
  let date = formatMsDate(ctx.today);
  const todayIso = `${ctx.today.getFullYear()}-${String(ctx.today.getMonth() + 1).padStart(2, '0')}-${String(ctx.today.getDate()).padStart(2, '0')}`;
  if (source?.meta && source.meta.date > todayIso) {
    const [y, m, d] = source.meta.date.split('-').map(Number);
    date = `${m}/${d}/${y}`;
    notes.push(
      `ms.date set to ${date}, the date of ${source.file}, so the translation is not older than its source`,
    );
  }

  // Statuses the body may name: visible for the same audience, never the new page itself.
  const shown = statusPages.filter((p) => p.meta.audience.includes(audience) && p.id !== id);
  const roots = shown.filter((p) => p.meta.level === 'L1').sort(byOrder);
  const grandparent = parent?.meta.parent ? pages.get(parent.meta.parent) : undefined;
  const keywords = placeholderKeywords(title, parent?.meta.title);

  const t = TEMPLATES[locale] ?? TEMPLATES.en!;
  const link = (p: { id: string; meta: PageMeta }) => `[${escapeInline(p.meta.title)}](${p.id}.md)`;
  const tt = escapeInline(title);
  const body: string[] = [];
  if (level === 'L1') {
    const other = roots[0];
    body.push(
      `Replace this line with one sentence that tells the reader when to choose ${tt}.`,
      '',
      `## ${t.definition}`,
      '',
      `Replace this paragraph: say what ${tt} means for the customer's intent and for the engagement.`,
      '',
      `## ${t.whenToUse}`,
      '',
      `- Replace this item with a situation in which ${tt} is the right status.`,
      '',
      `## ${t.whenNotToUse}`,
      '',
      other
        ? `- Replace this item with a situation that looks similar but belongs to another status, and link that status, e.g.: use ${link(other)}.`
        : '- Replace this item with a situation that looks similar but belongs to another status, and name that status.',
    );
  } else if (level === 'L2') {
    const siblings2 = shown
      .filter((p) => p.meta.level === 'L2' && p.meta.parent === parentId)
      .sort(byOrder);
    const named = siblings2[0] ?? roots.find((r) => r.id !== parentId) ?? parent!;
    body.push(
      `Replace this line with one sentence that tells the reader when to choose the reason ${tt}.`,
      '',
      `## ${t.definition}`,
      '',
      `Replace this paragraph: say what ${tt} means and how it differs from the other reasons of ${link(parent!)}.`,
      '',
      `## ${t.valid}`,
      '',
      `- Replace this item with a situation in which ${tt} is the right reason.`,
      '',
      `## ${t.invalid}`,
      '',
      `| ${t.scenario} | ${t.statusThatApplies} |`,
      '| --- | --- |',
      `| Replace this row with a situation that looks like ${escapeCell(tt)} but is not; name the status that applies. | ${escapeCell(escapeInline(named.meta.title))} |`,
      '',
      `## ${t.questions}`,
      '',
      `1. Replace this item with a question that tells ${tt} apart from the other reasons.`,
    );
  } else {
    body.push(
      `Replace this line with one sentence that tells the reader when to choose the sub-reason ${tt}.`,
      '',
      `## ${t.definition}`,
      '',
      `Replace this paragraph: say what ${tt} means and what must happen before the engagement can continue.`,
      '',
      t.refines(link(parent!), grandparent ? link(grandparent) : (parent!.meta.parent ?? '')),
      '',
      `## ${t.valid}`,
      '',
      `- Replace this item with a situation in which ${tt} is the right sub-reason.`,
      '',
      `## ${t.invalid}`,
      '',
      `| ${t.scenario} | ${t.statusThatApplies} |`,
      '| --- | --- |',
      `| Replace this row with a situation that looks like ${escapeCell(tt)} but is not; name the status that applies. | ${escapeCell(escapeInline(parent!.meta.title))} |`,
      '',
      `## ${t.questions}`,
      '',
      `1. Replace this item with a question that tells ${tt} apart from the other sub-reasons.`,
    );
  }

  const fm: [string, string][] = [
    ['title', yamlScalar(title)],
    ['description', yamlScalar(`Replace this with one sentence on when to choose ${title}.`)],
    ['author', yamlScalar(author)],
    ['ms.author', yamlScalar(author)],
    ['manager', yamlScalar(manager)],
    ['ms.date', date],
    ['ms.topic', 'playbook'],
    ['ms.prod', 'non-product-specific'],
    ['ms.custom', 'partner-playbook'],
    ['ft.audience', audience],
    ['ft.owner', yamlScalar(owner)],
    ['ft.level', level],
  ];
  if (parentId) fm.push(['ft.parent', parentId]);
  fm.push(['ft.order', String(order)]);
  fm.push(['ft.keywords', yamlList(keywords)]);
  if (req.label?.trim()) fm.push(['ft.label', yamlScalar(req.label.trim())]);

  const text = ['---', ...fm.map(([k, v]) => `${k}: ${v}`), '---', '', ...body, ''].join('\n');

  // What `npm run check` will say about the page: nothing but owner warnings, told as notes.
  const checked = checkerErrors(text, relPath, locale, corpus, ctx.owners);
  if (checked.errors.length || !checked.meta) {
    return fail(
      `the page planned for ${relPath} would not pass npm run check:\n${checked.errors.join('\n')}`,
      'this is a fault of npm run new: please report it with the command you ran',
    );
  }
  const flagOf = { 'ms.author': '--author', 'ft.owner': '--owner' } as const;
  const owners = unknownOwners(checked.meta, ctx.owners).sort((a, b) =>
    a.key === 'ms.author' ? -1 : b.key === 'ms.author' ? 1 : 0,
  );
  notes.splice(
    ownerNotesAt,
    0,
    ...owners.map(
      (o) =>
        `${flagOf[o.key]} "${o.value}" is not in owners of playbook.config.json${didYouMean(o.value, ctx.owners)}; \`npm run check\` warns (schema/unknown-owner) until it is added`,
    ),
  );
  return {
    ok: true,
    id,
    locale,
    relPath,
    text,
    meta: { level, parent: parentId, order, audience, keywords, date },
    notes,
  };
}

// ---------------------------------------------------------------------------------------------
// Doing it

export interface ScaffoldOptions {
  owners: readonly string[];
  today?: Date;
  /** false: plan only (dry run). */
  write?: boolean;
  /** Base for paths in diagnostics (default: cwd). */
  displayBase?: string;
  /** The source locale (`defaultLocale` of playbook.config.json). */
  defaultLocale?: string;
}

export type ScaffoldResult =
  (Plan & { ok: true; file: string; written: boolean }) | (Plan & { ok: false });

/** Loads the content folder, plans the page and (unless write is false) creates the file. */
export function scaffoldPage(
  contentDir: string,
  req: NewPageRequest,
  opts: ScaffoldOptions,
): ScaffoldResult {
  const root = resolve(contentDir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return {
      ok: false,
      message: `content folder ${contentDir} does not exist`,
      hint: 'pass the folder that holds en/, de/, … with --content',
    };
  }
  const corpus = loadContent(root, {
    owners: opts.owners,
    displayBase: opts.displayBase,
    ...(opts.defaultLocale ? { defaultLocale: opts.defaultLocale } : {}),
  });
  const plan = planNewPage(req, {
    corpus,
    owners: opts.owners,
    today: opts.today ?? new Date(),
    fileExists: (rel) => existsSync(join(root, rel)),
  });
  if (!plan.ok) return plan;
  const file = join(root, plan.relPath);
  const write = opts.write ?? true;
  if (write) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, plan.text, { encoding: 'utf8', flag: 'wx' }); // never overwrite
  }
  return { ...plan, file, written: write };
}
