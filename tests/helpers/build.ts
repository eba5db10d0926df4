/** Builds the site (or a fixture content tree) into a folder, once per test run and key. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = join(ROOT, 'test-results');

export interface BuildOptions {
  /** Content folder (default: the project's content/). */
  content?: string;
  audience?: 'partner' | 'internal';
  /** Output folder name under test-results/builds. */
  name: string;
  env?: Record<string, string>;
}

/**
 * The fixture playbook the tool's site and browser tests run on (tests/fixtures/playbook): one
 * build per test run, shared by every file that uses it.
 */
export const FIXTURE_PLAYBOOK = {
  name: 'fx-playbook',
  content: 'tests/fixtures/playbook',
} as const satisfies BuildOptions;

export interface BuildResult {
  dir: string;
  status: number;
  output: string;
  seconds: number;
}

/** Runs `astro build`; reuses a build of the same name made earlier in this test run (TEST_RUN_ID). */
export function buildSite(opts: BuildOptions): BuildResult {
  const dir = join(OUT, 'builds', opts.name);
  const stamp = join(dir, '.test-run');
  const runId = process.env.TEST_RUN_ID ?? '';
  if (runId && existsSync(stamp) && readFileSync(stamp, 'utf8') === runId) {
    return { dir, status: 0, output: '(reused)', seconds: 0 };
  }
  mkdirSync(dir, { recursive: true });
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dir],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        PLAYBOOK_CONTENT: opts.content ? resolve(opts.content) : join(ROOT, 'content'),
        PLAYBOOK_AUDIENCE: opts.audience ?? 'partner',
        PLAYBOOK_CACHE_DIR: join(OUT, 'cache', opts.name),
        ASTRO_TELEMETRY_DISABLED: '1',
        ...opts.env,
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status === 0 && runId) {
    // written last so a failed build is never reused
    writeFileSync(stamp, runId);
  }
  return { dir, status: r.status ?? 1, output, seconds: (performance.now() - t) / 1000 };
}

/** Every file under a folder (relative paths). */
export function listFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p, base));
    else out.push(p.slice(base.length + 1));
  }
  return out.sort();
}

export function read(dir: string, rel: string): string {
  return readFileSync(join(dir, rel), 'utf8');
}
