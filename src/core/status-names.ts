/** Matching a status named in prose ("Adoption Readiness") to its taxonomy node, per locale. */
import { diag, type Diagnostic } from './diagnostics.ts';
import type { Taxonomy, TaxNode } from './taxonomy.ts';

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

const indexes = new WeakMap<Taxonomy, ReadonlyMap<string, TaxNode>>();

/**
 * Names of every status of a taxonomy → its node: titles and labels first, then aliases
 * (ft.aliases); the first of equal names wins (`aliasCollisions` reports an alias that is taken).
 * Built once per taxonomy: the site asks for it on every page, and building it per page made a
 * build quadratic in the number of pages.
 */
export function statusIndex(tax: Taxonomy): ReadonlyMap<string, TaxNode> {
  let map = indexes.get(tax) as Map<string, TaxNode> | undefined;
  if (map) return map;
  map = new Map<string, TaxNode>();
  const add = (name: string, node: TaxNode) => {
    const key = norm(name);
    if (key && !map!.has(key)) map!.set(key, node);
  };
  for (const node of tax.byId.values())
    for (const name of [node.title, node.label]) add(name, node);
  for (const node of tax.byId.values())
    for (const name of node.page.meta.aliases ?? []) add(name, node);
  indexes.set(tax, map);
  return map;
}

export function findStatus(index: ReadonlyMap<string, TaxNode>, text: string): TaxNode | undefined {
  return index.get(norm(text));
}

/**
 * Rule `taxonomy/alias-taken`: an alias must name one status only, so it may not be another
 * status's title, label or alias in the same locale. Reported on the locale's own pages (not on
 * English pages standing in); `aliasLine` finds the alias's line in its file.
 */
export function aliasCollisions(
  tax: Taxonomy,
  aliasLine: (node: TaxNode, alias: string) => number,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const holders = new Map<string, { node: TaxNode; as: string }[]>();
  const hold = (name: string, node: TaxNode, as: string) => {
    const key = norm(name);
    const list = holders.get(key) ?? [];
    if (!list.some((h) => h.node === node && h.as === as)) list.push({ node, as });
    holders.set(key, list);
  };
  for (const node of tax.byId.values()) {
    hold(node.title, node, 'title');
    if (node.label !== node.title) hold(node.label, node, 'label');
    for (const a of node.page.meta.aliases) hold(a, node, 'alias');
  }
  for (const node of tax.byId.values()) {
    if (node.fallback) continue;
    for (const alias of node.page.meta.aliases) {
      const other = holders.get(norm(alias))?.find((h) => h.node !== node);
      if (!other) continue;
      const where = `${other.node.page.file}:${other.node.page.lineOf(other.as === 'alias' ? 'ft.aliases' : other.as === 'label' ? 'ft.label' : 'title')}`;
      out.push(
        diag(
          node.page.file,
          aliasLine(node, alias),
          'error',
          'taxonomy/alias-taken',
          `ft.aliases "${alias}" is already the ${other.as} of another status, "${other.node.title}" (${where}): did you mean that status? An alias must name one status only`,
          `remove "${alias}" from ft.aliases here, or from ${other.node.page.file} if it names this status`,
        ),
      );
    }
  }
  return out;
}
