/** Matching a status named in prose ("Adoption Readiness") to its taxonomy node, per locale. */
import type { Taxonomy, TaxNode } from './taxonomy.ts';

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

export function statusIndex(tax: Taxonomy): Map<string, TaxNode> {
  const map = new Map<string, TaxNode>();
  for (const node of tax.byId.values()) {
    for (const name of [node.title, node.label]) if (!map.has(norm(name))) map.set(norm(name), node);
  }
  return map;
}

export function findStatus(index: Map<string, TaxNode>, text: string): TaxNode | undefined {
  return index.get(norm(text));
}
