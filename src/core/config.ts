/** playbook.config.json: the one place for site URL, base path, repository and owners. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface PlaybookConfig {
  siteTitle: string;
  site: string;
  base: string;
  repository: string;
  editBranch: string;
  contentDir: string;
  defaultLocale: string;
  owners: string[];
  /** Resource limits for content (each a `limit/…` rule of the checker; defaults below). */
  limits: Limits;
}

/** Bounds hostile or careless content cannot exceed: each is a check error, so the build stays small and fast. */
export interface Limits {
  /** Bytes of one page file (`limit/page-size`). */
  pageBytes: number;
  /** Bytes all `[!INCLUDE]`s may add to one page (`limit/include-size`). */
  includeBytes: number;
  /** Links, images and link definitions in one page, its includes counted (`limit/links`). */
  linksPerPage: number;
  /** Entries a toc.yml may expand to, YAML aliases followed (importer, `toc` finding). */
  tocEntries: number;
}

export const DEFAULT_LIMITS: Limits = { pageBytes: 8 * 1024 * 1024, includeBytes: 2 * 1024 * 1024, linksPerPage: 5000, tocEntries: 20000 };

/** The limits of a config file's `limits` object: defaults for what is missing or not a positive number. */
export function readLimits(raw: unknown): Limits {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out = { ...DEFAULT_LIMITS };
  for (const k of Object.keys(out) as (keyof Limits)[]) {
    const v = o[k];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[k] = Math.floor(v);
  }
  return out;
}

export function readConfig(projectRoot = process.cwd()): PlaybookConfig {
  const cfg = JSON.parse(readFileSync(resolve(projectRoot, 'playbook.config.json'), 'utf8')) as PlaybookConfig;
  if (process.env.PLAYBOOK_SITE) cfg.site = process.env.PLAYBOOK_SITE;
  if (process.env.PLAYBOOK_BASE) cfg.base = process.env.PLAYBOOK_BASE;
  // Set but empty: a site without a repository (no edit links to follow, no feedback widget).
  if (process.env.PLAYBOOK_REPOSITORY !== undefined) cfg.repository = process.env.PLAYBOOK_REPOSITORY;
  if (!cfg.base.endsWith('/')) cfg.base += '/';
  cfg.limits = readLimits(cfg.limits);
  return cfg;
}
