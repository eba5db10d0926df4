/**
 * DocFX `toc.yml` → the sidebar tree of the pages that are not status pages, written per locale
 * as `<out>/<locale>/_toc.json`.
 *
 * The `_toc.json` format and its zod schema are the core's (src/core/toc-file.ts); here:
 * - `title`: the entry's `name` in toc.yml, as written (trimmed).
 * - `id`: the page in the same locale, or `null` for a section heading without a page.
 * - `href`: only on entries that link out of the playbook (http, https, mailto), as written.
 * Array order is toc.yml order. Status pages (ft.level set, see status.ts) are left out — the site
 * builds their navigation from ft.level / ft.parent / ft.order — and so are sections that are left
 * empty by that, and entries that point nowhere; the import report lists each entry dropped.
 */
import yaml from 'js-yaml';
import { DEFAULT_LIMITS } from '../core/config.ts';
import { tocFileText, type TocFileEntry } from '../core/toc-file.ts';

const DEFAULT_TOC_ENTRIES = DEFAULT_LIMITS.tocEntries;

/** An entry of the tree: the shape `_toc.json` stores (core/toc-file.ts). */
export type TocNode = TocFileEntry;

/** An item of toc.yml as DocFX reads it (the keys this importer understands). */
export interface RawTocItem {
  name?: unknown;
  href?: unknown;
  topicHref?: unknown;
  items?: unknown;
}

/** What an href in a toc file points to; the importer answers with its file layout. */
export type TocTarget =
  | { kind: 'page'; id: string; note?: string }
  | { kind: 'external'; href: string }
  | { kind: 'toc'; items: RawTocItem[]; file: string }
  | { kind: 'none'; problem: string };

export interface TocNote {
  /** Toc file (input path) the entry is written in. */
  file: string;
  message: string;
}

/** Reads a toc.yml text into its items (failsafe schema: every scalar stays a string). */
export function parseTocYaml(text: string): { items: RawTocItem[]; error?: string } {
  try {
    const v = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA });
    if (v === undefined || v === null) return { items: [] };
    if (Array.isArray(v)) return { items: v as RawTocItem[] };
    if (typeof v === 'object' && Array.isArray((v as { items?: unknown }).items))
      return { items: (v as { items: RawTocItem[] }).items };
    return { items: [], error: 'toc.yml is not a list of entries' };
  } catch (e) {
    return {
      items: [],
      error: `toc.yml is not valid YAML: ${((e as { reason?: string }).reason ?? String(e)).split('\n')[0]}`,
    };
  }
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;

/**
 * Resolves every entry to a page id (or section / external link), following hrefs to nested toc
 * files. `resolve(href, tocFile)` tells what an href written in `tocFile` points to.
 */
export function resolveToc(
  items: RawTocItem[],
  tocFile: string,
  resolve: (href: string, tocFile: string) => TocTarget,
  notes: TocNote[] = [],
  seen: Set<string> = new Set([tocFile]),
  budget: { left: number; limit: number } = {
    left: DEFAULT_TOC_ENTRIES,
    limit: DEFAULT_TOC_ENTRIES,
  },
): { tree: TocNode[]; notes: TocNote[] } {
  const tree: TocNode[] = [];
  for (const item of items) {
    // YAML aliases let a few KB name one list millions of times: count entries, not bytes.
    if (budget.left <= 0) {
      if (budget.left === 0)
        notes.push({
          file: tocFile,
          message: `the TOC expands to more than ${budget.limit} entries (YAML aliases?); the rest is left out (limits.tocEntries in playbook.config.json)`,
        });
      budget.left = -1;
      break;
    }
    budget.left--;
    if (!item || typeof item !== 'object') {
      notes.push({
        file: tocFile,
        message: `entry "${String(item)}" is not a name/href map; left out`,
      });
      continue;
    }
    const title = str(item.name) ?? '';
    const href = str(item.href);
    const topicHref = str(item.topicHref);
    const node: TocNode = { title, id: null, children: [] };
    if (!title)
      notes.push({ file: tocFile, message: `entry${href ? ` for "${href}"` : ''} has no name` });
    let nested: RawTocItem[] = [];
    let nestedFile = tocFile;
    for (const h of [href, topicHref]) {
      if (!h) continue;
      const t = resolve(h, tocFile);
      if (t.kind === 'page') {
        if (node.id === null) node.id = t.id;
        if (t.note) notes.push({ file: tocFile, message: `"${title}": ${t.note}` });
      } else if (t.kind === 'external') node.href = t.href;
      else if (t.kind === 'toc') {
        if (seen.has(t.file))
          notes.push({
            file: tocFile,
            message: `"${title}": ${t.file} is already included above (cycle); not included again`,
          });
        else {
          nested = t.items;
          nestedFile = t.file;
        }
      } else notes.push({ file: tocFile, message: `"${title}" → "${h}": ${t.problem}` });
    }
    const kids = Array.isArray(item.items) ? (item.items as RawTocItem[]) : [];
    node.children = resolveToc(kids, tocFile, resolve, notes, seen, budget).tree;
    if (nested.length) {
      const inner = new Set(seen).add(nestedFile);
      node.children.push(...resolveToc(nested, nestedFile, resolve, notes, inner, budget).tree);
    }
    tree.push(node);
  }
  return { tree, notes };
}

export interface TocPlace {
  /** Depth-first position of the page's first entry (0-based). */
  index: number;
  /** Title of the entry it is nested in, if any. */
  parentTitle?: string;
  /** Id of the entry it is nested in, if that entry has a page. */
  parentId?: string;
}

/** Where each page first appears in the tree, and every entry's title in reading order. */
export function tocPlaces(tree: TocNode[]): {
  places: Map<string, TocPlace>;
  titles: { title: string; index: number }[];
} {
  const places = new Map<string, TocPlace>();
  const titles: { title: string; index: number }[] = [];
  let i = 0;
  const visit = (nodes: TocNode[], parent?: TocNode) => {
    for (const n of nodes) {
      const index = i++;
      titles.push({ title: n.title, index });
      if (n.id !== null && !places.has(n.id))
        places.set(n.id, { index, parentTitle: parent?.title, parentId: parent?.id ?? undefined });
      visit(n.children, n);
    }
  };
  visit(tree);
  return { places, titles };
}

/**
 * The tree the site shows for the non-status pages: status pages removed (their children kept,
 * the entry becoming a section), then sections left without page, link or children removed.
 */
export function pruneToc(
  tree: TocNode[],
  isStatus: (id: string) => boolean,
  tocFile: string,
  notes: TocNote[],
): TocNode[] {
  const out: TocNode[] = [];
  for (const n of tree) {
    const children = pruneToc(n.children, isStatus, tocFile, notes);
    let id = n.id;
    if (id !== null && isStatus(id)) {
      if (children.length)
        notes.push({
          file: tocFile,
          message: `"${n.title}": status page ${id} is placed by the taxonomy; its entry stays as a section for its other pages`,
        });
      id = null;
    }
    if (id === null && !n.href && children.length === 0) {
      if (n.id === null)
        notes.push({
          file: tocFile,
          message: `"${n.title}": no page, link or remaining entries; left out of _toc.json`,
        });
      continue;
    }
    out.push(
      n.href ? { title: n.title, id, href: n.href, children } : { title: n.title, id, children },
    );
  }
  return out;
}

/** `_toc.json` text (core/toc-file.ts: stable key order, two-space indent, final newline). */
export function tocJson(tree: readonly TocNode[]): string {
  return tocFileText(tree);
}
