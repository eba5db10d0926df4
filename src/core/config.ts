/**
 * playbook.config.json: the one place for site URL, base path, repository, owners and the default
 * locale. Validated on load: a wrong or missing field is a `ConfigError` naming the file and the
 * field. PLAYBOOK_SITE, PLAYBOOK_BASE and PLAYBOOK_REPOSITORY override the file (see env.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { EnvError, readEnv } from './env.ts';
import type { Severity } from './diagnostics.ts';
import { DEFAULT_LOCALE, LOCALES, isLocale } from './locales.ts';
import { PARITY_GROUP, PARITY_RULES } from './parity.ts';

/** Rule ids (or groups) whose severity `rules` may set. */
export const CONFIGURABLE_RULES: readonly string[] = [PARITY_GROUP, ...Object.values(PARITY_RULES)];
const HOW_RULES = `write e.g. "rules": { "i18n/parity": "warning" } (rules: ${CONFIGURABLE_RULES.join(', ')}; severities: error, warning)`;

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

export const DEFAULT_LIMITS: Limits = {
  pageBytes: 8 * 1024 * 1024,
  includeBytes: 2 * 1024 * 1024,
  linksPerPage: 5000,
  tocEntries: 20000,
};

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

export class ConfigError extends Error {}

const text = (what: string) =>
  z
    .string({ error: `must be text (${what})` })
    .trim()
    .min(1, `is empty (${what})`);

const configSchema = z.strictObject(
  {
    siteTitle: text('the site name shown in the header'),
    site: z.url({
      protocol: /^https?$/,
      error: 'must be the site URL, like "https://example.github.io"',
    }),
    base: z
      .string({ error: 'must be the base path, like "/" or "/playbook/"' })
      .startsWith('/', 'must start with "/", like "/" or "/playbook/"'),
    // Empty: a site without a repository (no edit links, no feedback widget).
    repository: z.union([
      z.literal(''),
      z.url({
        protocol: /^https?$/,
        error: 'must be the repository URL (https://github.com/owner/name) or "" for none',
      }),
    ]),
    editBranch: text('the branch edit links point to'),
    contentDir: text('the content folder, like "content"'),
    defaultLocale: z
      .string({ error: 'must be a locale folder name, like "en"' })
      .refine(isLocale, {
        error: (i) =>
          `"${String(i.input)}" is not a playbook locale (${LOCALES.map((l) => l.folder).join(', ')})`,
      })
      // The source locale the checker and the site fall back to (LoadOptions.defaultLocale). Only
      // DEFAULT_LOCALE for now: the importer and the scaffold still assume it (locales.ts).
      .refine((l) => !isLocale(l) || l === DEFAULT_LOCALE, {
        error: (i) =>
          `"${String(i.input)}" is not the playbook's source locale "${DEFAULT_LOCALE}" (src/core/locales.ts DEFAULT_LOCALE); only "${DEFAULT_LOCALE}" is supported`,
      }),
    owners: z.array(z.string().trim().min(1, 'holds an empty alias'), {
      error: 'must be a list of owner aliases, like ["pagrim"]',
    }),
    // Resource limits for content: each a `limit/…` rule of the checker; defaults for what is left out.
    limits: z
      .object(
        {
          pageBytes: z.number().int().positive().optional(),
          includeBytes: z.number().int().positive().optional(),
          linksPerPage: z.number().int().positive().optional(),
          tocEntries: z.number().int().positive().optional(),
        },
        {
          error:
            'must be an object of positive whole numbers (pageBytes, includeBytes, linksPerPage, tocEntries)',
        },
      )
      .strict()
      .optional()
      .transform((l) => readLimits(l)),
    // Severity of the rules a team may soften (`{"i18n/parity": "warning"}`); a typo must not silently leave a rule at its default.
    rules: z
      .record(z.string(), z.unknown(), { error: `must be an object; ${HOW_RULES}` })
      .optional()
      .transform((r, ctx): Record<string, Severity> => {
        const out: Record<string, Severity> = {};
        for (const [rule, severity] of Object.entries(r ?? {})) {
          if (!CONFIGURABLE_RULES.includes(rule))
            ctx.addIssue({
              code: 'custom',
              message: `names "${rule}", which is not a rule whose severity can be set; ${HOW_RULES}`,
            });
          else if (severity !== 'error' && severity !== 'warning')
            ctx.addIssue({
              code: 'custom',
              message: `gives "${rule}" the severity ${JSON.stringify(severity)}; ${HOW_RULES}`,
            });
          else out[rule] = severity;
        }
        return out;
      }),
  },
  {
    error: (i) =>
      i.code === 'unrecognized_keys'
        ? `unknown field(s) ${i.keys.map((k) => `"${k}"`).join(', ')}`
        : 'must be a JSON object',
  },
);

export type PlaybookConfig = z.output<typeof configSchema>;

const FILE = 'playbook.config.json';

function parseFile(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(
      `${file}: not found (the project's settings: site, base, repository, owners …)`,
    );
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
}

/** Reads and validates the config of the project in `projectRoot`, env overrides applied. */
export function readConfig(
  projectRoot = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): PlaybookConfig {
  const file = resolve(projectRoot, FILE);
  const r = configSchema.safeParse(parseFile(file));
  if (!r.success) {
    const lines = r.error.issues.map(
      (i) => `  ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`,
    );
    throw new ConfigError(`${file}: invalid settings:\n${lines.join('\n')}`);
  }
  const cfg = r.data;
  const e = readEnv(env);
  if (e.site) cfg.site = e.site;
  if (e.base) cfg.base = e.base;
  if (e.repository !== undefined) cfg.repository = e.repository;
  if (!cfg.base.endsWith('/')) cfg.base += '/';
  return cfg;
}

/**
 * For command lines: the config, or undefined after printing what is wrong (no stack trace).
 */
export function readConfigOrReport(projectRoot?: string): PlaybookConfig | undefined {
  try {
    return readConfig(projectRoot);
  } catch (e) {
    if (!(e instanceof ConfigError) && !(e instanceof EnvError)) throw e;
    console.error(`error: ${e.message}`);
    return undefined;
  }
}
