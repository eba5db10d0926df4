/** The core's status records for the locale being built, once per taxonomy; absolute URLs from the site config. */
import { execFileSync } from 'node:child_process';
import { pageHref } from '../core/links.ts';
import { statusRecords, type StatusRecord } from '../core/status-data.ts';
import type { TaxNode, Taxonomy } from '../core/taxonomy.ts';
import { site } from './corpus.ts';

const cache = new WeakMap<Taxonomy, StatusRecord[]>();
const byId = new WeakMap<StatusRecord[], Map<string, StatusRecord>>();

/** Absolute URL of a site path (`/de/x/`), from playbook.config.json's site. */
export function absoluteUrl(path: string): string {
  return new URL(path, site().config.site).href;
}

/** Path of a node's page in a locale (its own page, or the fallback shown there). */
export function nodePath(locale: string, node: TaxNode): string {
  const { corpus, config } = site();
  return pageHref(locale, corpus.get(node.page.locale, node.id)?.slug ?? node.id, config.base);
}

export function recordsFor(locale: string): StatusRecord[] {
  const { corpus } = site();
  const tax = corpus.taxonomies.get(locale);
  if (!tax) return [];
  let records = cache.get(tax);
  if (!records) {
    records = statusRecords(tax, corpus.taxonomies.get(corpus.defaultLocale), {
      bodyOf: (n) => corpus.get(n.page.locale, n.id)?.body ?? '',
      urlOf: (n) => absoluteUrl(nodePath(locale, n)),
    });
    cache.set(tax, records);
  }
  return records;
}

/** One status record of a locale, by id (looked up once per page). */
export function recordOf(locale: string, id: string): StatusRecord | undefined {
  const records = recordsFor(locale);
  let map = byId.get(records);
  if (!map) byId.set(records, (map = new Map(records.map((r) => [r.id, r]))));
  return map.get(id);
}

let commit: string | undefined;
/** Commit the site is built from (CI's GITHUB_SHA, else git), for feedback issues; "unknown" outside git. */
export function buildCommit(): string {
  if (commit === undefined) {
    commit = process.env.GITHUB_SHA ?? '';
    if (!commit) {
      try {
        commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      } catch {
        commit = 'unknown';
      }
    }
  }
  return commit || 'unknown';
}
