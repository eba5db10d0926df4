/**
 * The L1 › L2 › L3 status tree of one locale. Built from the locale's own pages, with the default
 * locale's page standing in (fallback) where a translation is missing.
 */
import type { Diagnostic } from './diagnostics.ts';
import { diag } from './diagnostics.ts';
import { inLocaleOrDefault } from './fallback.ts';
import { parentLevelOf, type Level } from './levels.ts';
import type { RuleId } from './rules.ts';
import type { PageMeta } from './schema.ts';
import { closest } from './suggest.ts';
import { compare } from './paths.ts';

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

/** What sibling order looks at: ft.order, then the title, then the id. */
export interface SiblingKey {
  id: string;
  title: string;
  order?: number;
}

/**
 * Sibling order of the taxonomy: lower ft.order first (none comes last), then title
 * (localeCompare), then id. The scaffold sorts with it too, so ties break alike everywhere.
 */
export function compareSiblings(a: SiblingKey, b: SiblingKey): number {
  const oa = a.order ?? Number.MAX_SAFE_INTEGER;
  const ob = b.order ?? Number.MAX_SAFE_INTEGER;
  return oa - ob || a.title.localeCompare(b.title) || compare(a.id, b.id);
}

function sortNodes(nodes: TaxNode[]): void {
  nodes.sort((a, b) =>
    compareSiblings(
      { id: a.id, title: a.title, order: a.page.meta.order },
      { id: b.id, title: b.title, order: b.page.meta.order },
    ),
  );
}

/** A status page's parent that the taxonomy refuses: the rule, the key its line is at, and what to say. */
export interface ParentProblem {
  rule: RuleId;
  key: 'ft.parent' | 'ft.level';
  message: string;
  hint: string;
  /** taxonomy/unknown-parent: the closest status id of the wanted level, if one is close. */
  suggestion?: string;
}

/** The status pages a parent may be looked up in. */
export interface ParentLookup {
  /** Level of the status page `id`, undefined when it is none. */
  levelOf(id: string): Level | undefined;
  /** Ids of the status pages of a level, for "did you mean". */
  idsAt(level: Level): Iterable<string>;
}

/**
 * What is wrong with `parentId` as the parent of a page of `level` in `locale` (the rules
 * taxonomy/l1-parent, missing-parent, unknown-parent, parent-level), or undefined when it is right.
 */
export function parentProblem(
  level: Level,
  parentId: string | undefined,
  locale: string,
  lookup: ParentLookup,
): ParentProblem | undefined {
  const want = parentLevelOf(level);
  if (want === null) {
    return parentId
      ? {
          rule: 'taxonomy/l1-parent',
          key: 'ft.parent',
          message: `an L1 status has no parent, but ft.parent is "${parentId}"`,
          hint: 'remove ft.parent, or change ft.level to L2/L3',
        }
      : undefined;
  }
  if (!parentId)
    return {
      rule: 'taxonomy/missing-parent',
      key: 'ft.level',
      message: `an ${level} needs ft.parent naming its ${want}`,
      hint: `add \`ft.parent: <id of the ${want} page>\``,
    };
  const parentLevel = lookup.levelOf(parentId);
  if (!parentLevel) {
    const s = closest(parentId, [...lookup.idsAt(want)]);
    return {
      rule: 'taxonomy/unknown-parent',
      key: 'ft.parent',
      message: `ft.parent "${parentId}" is not a status page in ${locale}${s ? ` (did you mean "${s}"?)` : ''}`,
      hint: s
        ? `write \`ft.parent: ${s}\``
        : `name the id (file name without .md) of an ${want} page`,
      suggestion: s,
    };
  }
  if (parentLevel !== want)
    return {
      rule: 'taxonomy/parent-level',
      key: 'ft.parent',
      message: `an ${level}'s parent must be an ${want}, but "${parentId}" is an ${parentLevel}`,
      hint: `point ft.parent at an ${want} page, or change ft.level`,
    };
  return undefined;
}

/**
 * Builds one locale's tree. `own` are the locale's pages, `source` the default locale's (same
 * map when building the default locale). Diagnostics concern `own` pages only.
 */
export function buildTaxonomy(
  locale: string,
  own: Map<string, TaxPage>,
  source: Map<string, TaxPage>,
): { taxonomy: Taxonomy; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, TaxNode>();
  // The two maps stand for the locale and the default locale (the same map for the default locale).
  const pick = (id: string) =>
    inLocaleOrDefault('own', 'source', (which) => (which === 'own' ? own : source).get(id));
  const ids = new Set<string>([...own.keys(), ...source.keys()]);
  for (const id of ids) {
    const picked = pick(id);
    if (!picked) continue;
    const { value: page, fallback } = picked;
    const level = page.meta.level;
    if (!level) {
      if (page.meta.parent && !fallback) {
        diagnostics.push(
          diag(
            page.file,
            page.lineOf('ft.parent'),
            'error',
            'taxonomy/parent-without-level',
            `ft.parent is set but the page has no ft.level`,
            'add `ft.level: L2` (or L3), or remove ft.parent',
          ),
        );
      }
      continue;
    }
    byId.set(id, {
      id,
      level,
      page,
      fallback,
      title: page.meta.title,
      label: page.meta.label ?? page.meta.title,
      children: [],
    });
  }
  const roots: TaxNode[] = [];
  const lookup: ParentLookup = {
    levelOf: (id) => byId.get(id)?.level,
    idsAt: (level) => [...byId.values()].filter((n) => n.level === level).map((n) => n.id),
  };
  for (const node of byId.values()) {
    const { page } = node;
    const parentId = page.meta.parent;
    const problem = parentProblem(node.level, parentId, locale, lookup);
    if (problem) {
      if (!node.fallback)
        diagnostics.push(
          diag(
            page.file,
            page.lineOf(problem.key),
            'error',
            problem.rule,
            problem.message,
            problem.hint,
          ),
        );
      // An L1 with a parent is still an L1.
      if (problem.rule === 'taxonomy/l1-parent') roots.push(node);
      continue;
    }
    if (!parentId) {
      roots.push(node);
      continue;
    }
    const parent = byId.get(parentId)!;
    node.parent = parent;
    parent.children.push(node);
  }
  // Levels force L1 < L2 < L3, so a cycle can only come from broken data; guard anyway.
  for (const node of byId.values()) {
    const seen = new Set<string>();
    for (let n: TaxNode | undefined = node; n; n = n.parent) {
      if (seen.has(n.id)) {
        if (!node.fallback)
          diagnostics.push(
            diag(
              node.page.file,
              node.page.lineOf('ft.parent'),
              'error',
              'taxonomy/cycle',
              `ft.parent forms a cycle: ${[...seen].join(' → ')}`,
              'make the chain end at an L1',
            ),
          );
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
  return {
    prev: i > 0 ? sibs[i - 1] : undefined,
    next: i >= 0 && i < sibs.length - 1 ? sibs[i + 1] : undefined,
  };
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
