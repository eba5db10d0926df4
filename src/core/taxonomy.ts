/**
 * The L1 › L2 › L3 status tree of one locale. Built from the locale's own pages, with the default
 * locale's page standing in (fallback) where a translation is missing.
 */
import type { Diagnostic } from './diagnostics.ts';
import { diag } from './diagnostics.ts';
import type { Level, PageMeta } from './schema.ts';
import { closest } from './suggest.ts';

/** The part of a page the taxonomy needs. */
export interface TaxPage {
  locale: string;
  id: string;
  file: string;
  meta: PageMeta;
  /** Line of a key in the file, for diagnostics. */
  lineOf(key: string): number;
}

export interface TaxNode {
  id: string;
  level: Level;
  /** Page shown for this node in this locale (its own, or the default locale's). */
  page: TaxPage;
  fallback: boolean;
  title: string;
  /** Navigation label (ft.label or title). */
  label: string;
  parent?: TaxNode;
  children: TaxNode[];
}

export interface Taxonomy {
  locale: string;
  /** L1 nodes in order. */
  roots: TaxNode[];
  byId: Map<string, TaxNode>;
}

const EXPECTED_PARENT: Record<Level, Level | null> = { L1: null, L2: 'L1', L3: 'L2' };

function sortNodes(nodes: TaxNode[]): void {
  nodes.sort((a, b) => {
    const oa = a.page.meta.order ?? Number.MAX_SAFE_INTEGER;
    const ob = b.page.meta.order ?? Number.MAX_SAFE_INTEGER;
    return oa - ob || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1);
  });
}

/**
 * Builds one locale's tree. `own` are the locale's pages, `source` the default locale's (same
 * map when building the default locale). Diagnostics concern `own` pages only.
 */
export function buildTaxonomy(locale: string, own: Map<string, TaxPage>, source: Map<string, TaxPage>): { taxonomy: Taxonomy; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, TaxNode>();
  const pick = (id: string): { page: TaxPage; fallback: boolean } | undefined => {
    const p = own.get(id);
    if (p) return { page: p, fallback: false };
    const s = source.get(id);
    return s ? { page: s, fallback: true } : undefined;
  };
  const ids = new Set<string>([...own.keys(), ...source.keys()]);
  for (const id of ids) {
    const picked = pick(id);
    if (!picked) continue;
    const { page, fallback } = picked;
    const level = page.meta.level;
    if (!level) {
      if (page.meta.parent && !fallback) {
        diagnostics.push(diag(page.file, page.lineOf('ft.parent'), 'error', 'taxonomy/parent-without-level', `ft.parent is set but the page has no ft.level`, 'add `ft.level: L2` (or L3), or remove ft.parent'));
      }
      continue;
    }
    byId.set(id, { id, level, page, fallback, title: page.meta.title, label: page.meta.label ?? page.meta.title, children: [] });
  }
  const roots: TaxNode[] = [];
  for (const node of byId.values()) {
    const { page } = node;
    const report = !node.fallback;
    const want = EXPECTED_PARENT[node.level];
    const parentId = page.meta.parent;
    if (want === null) {
      if (parentId && report) {
        diagnostics.push(diag(page.file, page.lineOf('ft.parent'), 'error', 'taxonomy/l1-parent', `an L1 status has no parent, but ft.parent is "${parentId}"`, 'remove ft.parent, or change ft.level to L2/L3'));
      }
      roots.push(node);
      continue;
    }
    if (!parentId) {
      if (report) diagnostics.push(diag(page.file, page.lineOf('ft.level'), 'error', 'taxonomy/missing-parent', `an ${node.level} needs ft.parent naming its ${want}`, `add \`ft.parent: <id of the ${want} page>\``));
      continue;
    }
    const parent = byId.get(parentId);
    if (!parent) {
      if (report) {
        const s = closest(parentId, [...byId.values()].filter((n) => n.level === want).map((n) => n.id));
        diagnostics.push(diag(page.file, page.lineOf('ft.parent'), 'error', 'taxonomy/unknown-parent', `ft.parent "${parentId}" is not a status page in ${locale}${s ? ` (did you mean "${s}"?)` : ''}`, s ? `write \`ft.parent: ${s}\`` : `name the id (file name without .md) of an ${want} page`));
      }
      continue;
    }
    if (parent.level !== want) {
      if (report) diagnostics.push(diag(page.file, page.lineOf('ft.parent'), 'error', 'taxonomy/parent-level', `an ${node.level}'s parent must be an ${want}, but "${parentId}" is an ${parent.level}`, `point ft.parent at an ${want} page, or change ft.level`));
      continue;
    }
    node.parent = parent;
    parent.children.push(node);
  }
  // Levels force L1 < L2 < L3, so a cycle can only come from broken data; guard anyway.
  for (const node of byId.values()) {
    const seen = new Set<string>();
    for (let n: TaxNode | undefined = node; n; n = n.parent) {
      if (seen.has(n.id)) {
        if (!node.fallback) diagnostics.push(diag(node.page.file, node.page.lineOf('ft.parent'), 'error', 'taxonomy/cycle', `ft.parent forms a cycle: ${[...seen].join(' → ')}`, 'make the chain end at an L1'));
        node.parent = undefined;
        break;
      }
      seen.add(n.id);
    }
  }
  sortNodes(roots);
  for (const n of byId.values()) sortNodes(n.children);
  // Only nodes attached to the tree are navigable.
  const attached = new Map<string, TaxNode>();
  const visit = (n: TaxNode) => {
    attached.set(n.id, n);
    n.children.forEach(visit);
  };
  roots.forEach(visit);
  return { taxonomy: { locale, roots, byId: attached }, diagnostics };
}

/** L1 … node, top first. */
export function ancestry(node: TaxNode): TaxNode[] {
  const chain: TaxNode[] = [];
  for (let n: TaxNode | undefined = node; n; n = n.parent) chain.unshift(n);
  return chain;
}

export function siblingsOf(tax: Taxonomy, node: TaxNode): TaxNode[] {
  return node.parent ? node.parent.children : tax.roots;
}

/** Previous and next sibling in taxonomy order. */
export function neighbours(tax: Taxonomy, node: TaxNode): { prev?: TaxNode; next?: TaxNode } {
  const sibs = siblingsOf(tax, node);
  const i = sibs.indexOf(node);
  return { prev: i > 0 ? sibs[i - 1] : undefined, next: i >= 0 && i < sibs.length - 1 ? sibs[i + 1] : undefined };
}

/** Every node in reading order (depth first). */
export function flatten(tax: Taxonomy): TaxNode[] {
  const out: TaxNode[] = [];
  const visit = (n: TaxNode) => {
    out.push(n);
    n.children.forEach(visit);
  };
  tax.roots.forEach(visit);
  return out;
}
