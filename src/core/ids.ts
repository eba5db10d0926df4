/**
 * The id convention of status pages: every status id starts with `l1l2l3-`; an L1's id is the
 * prefix and its title as a slug (`l1l2l3-on-hold`), a page below it has its parent's id and its
 * own slug (`l1l2l3-blocked-data-residency`). The importer reads parents from these prefixes, the
 * scaffold makes new ids with them.
 */
import type { Level } from './levels.ts';

/** The prefix of every status page id. */
export const STATUS_PREFIX = 'l1l2l3-';

/** Lower-case ASCII words joined by "-": "Security/Privacy (Non-Product)" → "security-privacy-non-product". */
export function slugWords(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Words left out of ids, as the playbook's own ids do ("Billing, Licensing and Subscription"). */
const SLUG_DROP = new Set(['a', 'an', 'and', 'the']);

/**
 * A title as the id part of a new page: its words (slugWords) without apostrophes, `&` read as
 * "and", and without a/an/and/the unless nothing else is left (`Legal/Regulatory` → `legal-regulatory`).
 */
export function slugify(title: string): string {
  const words = slugWords(title.replace(/['’]/g, '').replace(/&/g, ' and '))
    .split('-')
    .filter(Boolean);
  const kept = words.filter((w) => !SLUG_DROP.has(w));
  return (kept.length ? kept : words).join('-');
}

/** The id a new status page gets: `l1l2l3-` + slug for an L1, parent id + "-" + slug below; "" when the title has no letters to slug. */
export function statusIdFor(level: Level, parent: string | undefined, title: string): string {
  const s = slugify(title);
  if (!s) return '';
  return level === 'L1' || !parent ? `${STATUS_PREFIX}${s}` : `${parent}-${s}`;
}

/** Ids a new page may be given: lower-case letters and digits in words joined by single "-". */
export function isNewPageId(id: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
}
