/**
 * npm test [filter …]: type-checks the project and runs unit tests, built-site tests and browser tests
 * with Node's test runner; a filter keeps the files whose path contains it (`typecheck` selects the type step).
 * Chromium is looked for (or Debian's installed when running as root with apt-get) only when browser
 * tests are selected. Browser tests are never skipped: without a browser this fails with how to get one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter(Boolean) as string[];

function findChromium(): string | undefined {
  return CANDIDATES.find((p) => existsSync(p));
}

function ensureChromium(): string {
  let found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log("Chromium not found: installing Debian's chromium (apt-get install -y chromium) …");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const u = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const i =
      u.status === 0
        ? spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
            stdio: 'inherit',
            env,
          })
        : u;
    if (i.status !== 0) console.error('apt-get could not install chromium.');
    found = findChromium();
    if (found) return found;
  }
  console.error(
    [
      'The browser tests need Chromium and none was found.',
      'Install it, then run npm test again:',
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
      '  or point CHROMIUM_PATH at a Chromium/Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test',
      'Browser tests are not skipped when the browser is missing.',
    ].join('\n'),
  );
  process.exit(1);
}

const only = process.argv.slice(2);
const UNIT = ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'];
const SITE = ['tests/site/**/*.test.ts'];
const BROWSER = ['tests/e2e/**/*.test.ts'];

function selected(patterns: string[]): string[] {
  return patterns
    .flatMap((p) => globSync(p, { cwd: ROOT }))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
}

const browserFiles = selected(BROWSER);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  TEST_RUN_ID: String(Date.now()),
  ASTRO_TELEMETRY_DISABLED: '1',
};
if (browserFiles.length > 0) {
  const chromium = ensureChromium();
  console.log(`Using Chromium at ${chromium}`);
  env.CHROMIUM_PATH = chromium;
}
mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });

function run(label: string, files: string[], concurrency: number): boolean {
  if (files.length === 0) return true;
  console.log(`\n== ${label}: ${files.length} file(s)`);
  const r = spawnSync(
    process.execPath,
    ['--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
    { cwd: ROOT, stdio: 'inherit', env },
  );
  return r.status === 0;
}

/** Runs node with `args`; resolves to whether it succeeded, its output printed in one piece. */
function nodeStep(args: string[]): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.on('close', (code) => {
      process.stdout.write(out);
      done(code === 0);
    });
  });
}

/**
 * The project is strict TypeScript: `astro sync` (Astro's generated types), then side by side tsc
 * for the .ts files and `astro check` for the .astro files only (tsconfig.astro.json).
 */
async function typecheck(): Promise<boolean> {
  if (only.length > 0 && !only.includes('typecheck')) return true;
  console.log(
    '\n== type check (astro sync, then tsc --noEmit, astro check, eslint, prettier --check)',
  );
  const astro = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');
  if (!(await nodeStep([astro, 'sync']))) return false;
  const results = await Promise.all([
    nodeStep([resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.']),
    // code style, as `npm run lint` and `npm run format:check` (content/ is never linted or formatted)
    nodeStep([resolve(ROOT, 'node_modules/eslint/bin/eslint.js'), '.']),
    nodeStep([
      resolve(ROOT, 'node_modules/prettier/bin/prettier.cjs'),
      '--check',
      '--log-level',
      'warn',
      '.',
    ]),
    nodeStep([
      astro,
      'check',
      '--noSync',
      '--tsconfig',
      'tsconfig.astro.json',
      '--minimumSeverity',
      'warning',
    ]),
  ]);
  const ok = results.every(Boolean);
  console.log(
    ok
      ? 'type check: no errors'
      : 'type check failed: fix the errors above (npx tsc -p ., npx astro check, npm run lint; npm run format fixes the style)',
  );
  return ok;
}

const ok = [
  await typecheck(),
  run('unit tests (core, scripts)', selected(UNIT), 2),
  run('built-site tests', selected(SITE), 1),
  run('browser tests (Chromium)', browserFiles, 1),
].every(Boolean);
process.exit(ok ? 0 : 1);
