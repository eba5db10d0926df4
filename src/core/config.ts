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
}

export function readConfig(projectRoot = process.cwd()): PlaybookConfig {
  const cfg = JSON.parse(readFileSync(resolve(projectRoot, 'playbook.config.json'), 'utf8')) as PlaybookConfig;
  if (process.env.PLAYBOOK_SITE) cfg.site = process.env.PLAYBOOK_SITE;
  if (process.env.PLAYBOOK_BASE) cfg.base = process.env.PLAYBOOK_BASE;
  // Set but empty: a site without a repository (no edit links to follow, no feedback widget).
  if (process.env.PLAYBOOK_REPOSITORY !== undefined) cfg.repository = process.env.PLAYBOOK_REPOSITORY;
  if (!cfg.base.endsWith('/')) cfg.base += '/';
  return cfg;
}
