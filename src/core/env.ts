/**
 * The environment variables the playbook tools read, in one place, so a module deep inside the
 * checker or the site does not read `process.env` on its own. Values are checked here: a bad one is
 * an `EnvError` naming the variable and what it may be.
 */
import { AUDIENCES, type Audience } from './audiences.ts';

/** A variable set to a value the tools cannot use; `variable` names it (or the option it came from). */
export class EnvError extends Error {
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(message);
    this.variable = variable;
  }
}

export interface PlaybookEnv {
  /** PLAYBOOK_SITE: overrides `site` of playbook.config.json. */
  site?: string | undefined;
  /** PLAYBOOK_BASE: overrides `base`. */
  base?: string | undefined;
  /** PLAYBOOK_REPOSITORY: overrides `repository`; set but empty means "no repository". */
  repository?: string | undefined;
  /** PLAYBOOK_CONTENT: content folder instead of `contentDir`. */
  content?: string | undefined;
  /** PLAYBOOK_AUDIENCE: partner or internal. */
  audience?: Audience | undefined;
  /** PLAYBOOK_BUILD_WITH_ERRORS=1: build the site despite content errors. */
  buildWithErrors: boolean;
  /** PLAYBOOK_THREADS: threads for the checker (a whole number ≥ 1). */
  threads?: number | undefined;
  /** PLAYBOOK_CACHE_DIR: Astro's cache folder (tests build several trees side by side). */
  cacheDir?: string | undefined;
  /** GITHUB_SHA: the commit being built (status data). */
  commit: string;
  /** GITHUB_ACTIONS=true: also print annotations; GITHUB_STEP_SUMMARY: file for the summary. */
  githubActions: boolean;
  githubStepSummary?: string | undefined;
}

const nonEmpty = (v: string | undefined) => (v ? v : undefined);

export function audienceOf(value: string, source: string): Audience {
  const a = value.trim().toLowerCase();
  if (!(AUDIENCES as readonly string[]).includes(a))
    throw new EnvError(source, `${source} must be ${AUDIENCES.join(' or ')}, not "${value}"`);
  return a as Audience;
}

/**
 * GITHUB_ACTIONS=true: output is read by GitHub Actions. On its own because diagnostics.ts asks
 * for every diagnostic it formats (readEnv reads and checks every variable).
 */
export function githubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): PlaybookEnv {
  const threads = nonEmpty(env.PLAYBOOK_THREADS);
  if (threads !== undefined && !/^[1-9]\d*$/.test(threads))
    throw new EnvError(
      'PLAYBOOK_THREADS',
      `PLAYBOOK_THREADS must be a whole number of at least 1, not "${threads}" (threads of npm run check; leave it unset for one per core)`,
    );
  return {
    site: nonEmpty(env.PLAYBOOK_SITE),
    base: nonEmpty(env.PLAYBOOK_BASE),
    repository: env.PLAYBOOK_REPOSITORY,
    content: nonEmpty(env.PLAYBOOK_CONTENT),
    audience: env.PLAYBOOK_AUDIENCE?.trim()
      ? audienceOf(env.PLAYBOOK_AUDIENCE, 'PLAYBOOK_AUDIENCE')
      : undefined,
    buildWithErrors: env.PLAYBOOK_BUILD_WITH_ERRORS === '1',
    threads: threads === undefined ? undefined : Number(threads),
    cacheDir: nonEmpty(env.PLAYBOOK_CACHE_DIR),
    commit: env.GITHUB_SHA ?? '',
    githubActions: githubActions(env),
    githubStepSummary: nonEmpty(env.GITHUB_STEP_SUMMARY),
  };
}
