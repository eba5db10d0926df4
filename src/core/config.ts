/** playbook.config.json: the one place for site URL, base path, repository, owners and rule severities. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Severity } from './diagnostics.ts';
import { PARITY_GROUP, PARITY_RULES } from './parity.ts';

export interface PlaybookConfig {
  siteTitle: string;
  site: string;
  base: string;
  repository: string;
  editBranch: string;
  contentDir: string;
  defaultLocale: string;
  owners: string[];
  /** Severity of the rules a team may soften (`{"i18n/parity": "warning"}`); others are fixed. */
  rules: Record<string, Severity>;
}

/** Rule ids (or groups) whose severity `rules` may set. */
export const CONFIGURABLE_RULES: readonly string[] = [PARITY_GROUP, ...Object.values(PARITY_RULES)];

/** `rules` as written, checked: a typo must not silently leave a rule at its default. */
function readRules(value: unknown, file: string): Record<string, Severity> {
  if (value === undefined) return {};
  const fail = (what: string) => {
    throw new Error(`${file}: "rules" ${what}; write e.g. "rules": { "i18n/parity": "warning" } (rules: ${CONFIGURABLE_RULES.join(', ')}; severities: error, warning)`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('must be an object');
  const out: Record<string, Severity> = {};
  for (const [rule, severity] of Object.entries(value as Record<string, unknown>)) {
    if (!CONFIGURABLE_RULES.includes(rule)) fail(`names "${rule}", which is not a rule whose severity can be set`);
    if (severity !== 'error' && severity !== 'warning') fail(`gives "${rule}" the severity ${JSON.stringify(severity)}`);
    out[rule] = severity as Severity;
  }
  return out;
}

export function readConfig(projectRoot = process.cwd()): PlaybookConfig {
  const file = resolve(projectRoot, 'playbook.config.json');
  const cfg = JSON.parse(readFileSync(file, 'utf8')) as PlaybookConfig;
  cfg.rules = readRules((cfg as { rules?: unknown }).rules, 'playbook.config.json');
  if (process.env.PLAYBOOK_SITE) cfg.site = process.env.PLAYBOOK_SITE;
  if (process.env.PLAYBOOK_BASE) cfg.base = process.env.PLAYBOOK_BASE;
  if (!cfg.base.endsWith('/')) cfg.base += '/';
  return cfg;
}
