/**
 * npm test: finds Chromium (or installs Debian's chromium when running as root with apt-get),
 * then type-checks the project and runs unit tests, built-site tests and browser tests with Node's test runner.
 * Browser tests are never skipped: without a browser this fails with how to get one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];

function findChromium(): string | undefined {
  return CANDIDATES.find((p) => existsSync(p));
}

function ensureChromium(): string {
  let found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium not found: installing Debian\'s chromium (apt-get install -y chromium) …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const u = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const i = u.status === 0 ? spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env }) : u;
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

const chromium = ensureChromium();
console.log(`Using Chromium at ${chromium}`);
mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
const env = { ...process.env, CHROMIUM_PATH: chromium, TEST_RUN_ID: String(Date.now()), ASTRO_TELEMETRY_DISABLED: '1' };
const only = process.argv.slice(2);

function run(label: string, patterns: string[], concurrency: number): boolean {
  const files = patterns.flatMap((p) => globSync(p, { cwd: ROOT })).filter((f) => only.length === 0 || only.some((o) => f.includes(o))).sort();
  if (files.length === 0) return true;
  console.log(`\n== ${label}: ${files.length} file(s)`);
  const r = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files], { cwd: ROOT, stdio: 'inherit', env });
  return r.status === 0;
}

/** The project is strict TypeScript: `astro sync` (Astro's generated types), then tsc. */
function typecheck(): boolean {
  if (only.length > 0 && !only.includes('typecheck')) return true;
  console.log('\n== type check (astro sync, tsc --noEmit)');
  const step = (args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env }).status === 0;
  const ok = step([resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync']) && step([resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.']);
  console.log(ok ? 'type check: no errors' : 'type check failed: fix the errors above (npx tsc -p . shows them)');
  return ok;
}

const ok = [
  typecheck(),
  run('unit tests (core, scripts)', ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'], 2),
  run('built-site tests', ['tests/site/**/*.test.ts'], 1),
  run('browser tests (Chromium)', ['tests/e2e/**/*.test.ts'], 1),
].every(Boolean);
process.exit(ok ? 0 : 1);
