/** Matching a status named in prose ("Adoption Readiness") to its taxonomy node, per locale. */
import type { Taxonomy, TaxNode } from './taxonomy.ts';

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

const indexes = new WeakMap<Taxonomy, ReadonlyMap<string, TaxNode>>();

/**
 * Names of every status of a taxonomy → its node: titles and labels first, then `ft.aliases` (so a
 * table that names a status by an older or official name still finds it); the first of equal names wins.
 * Built once per taxonomy: the site asks for it on every page, and building it per page made a
 * build quadratic in the number of pages (0.7 s at 1,000 pages, ~10 s at 4,000).
 */
export function statusIndex(tax: Taxonomy): ReadonlyMap<string, TaxNode> {
  let map = indexes.get(tax) as Map<string, TaxNode> | undefined;
  if (map) return map;
  map = new Map<string, TaxNode>();
  for (const node of tax.byId.values()) {
    for (const name of [node.title, node.label]) {
      const key = norm(name);
      if (!map.has(key)) map.set(key, node);
    }
  }
  for (const node of tax.byId.values()) {
    for (const alias of node.page.meta.aliases ?? []) {
      const key = norm(alias);
      if (!map.has(key)) map.set(key, node);
    }
  }
  indexes.set(tax, map);
  return map;
}

export function findStatus(index: ReadonlyMap<string, TaxNode>, text: string): TaxNode | undefined {
  return index.get(norm(text));
}
