/** The core's status records for the locale being built, once per taxonomy; absolute URLs from the site config. */
import { execFileSync } from 'node:child_process';
import { pageHref } from '../core/links.ts';
import { definitionText, statusRecords, type StatusRecord } from '../core/status-data.ts';
import type { Page } from '../core/corpus.ts';
import { readEnv } from '../core/env.ts';
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

// A page shown in several locales (the English fallback) is read once, not once per locale.
const definitions = new WeakMap<Page, string>();
function definitionOf(page: Page | undefined, fallback: string): string {
  if (!page) return fallback;
  let d = definitions.get(page);
  if (d === undefined) definitions.set(page, (d = definitionText(page.body, fallback)));
  return d;
}

export function recordsFor(locale: string): StatusRecord[] {
  const { corpus } = site();
  const tax = corpus.taxonomies.get(locale);
  if (!tax) return [];
  let records = cache.get(tax);
  if (!records) {
    records = statusRecords(tax, corpus.taxonomies.get(corpus.defaultLocale), {
      definitionOf: (n) => definitionOf(corpus.get(n.page.locale, n.id), n.page.meta.description),
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
    commit = readEnv().commit;
    if (!commit) {
      try {
        commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
      } catch {
        commit = 'unknown';
      }
    }
  }
  return commit || 'unknown';
}
