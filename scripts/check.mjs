/**
 * `npm run check` starts here: the content checker (scripts/check.ts) as a JavaScript bundle.
 *
 * Node strips TypeScript types at load, with a WebAssembly compiler that takes a while to start, in
 * the main thread and again in each worker thread; on 10,000 files that counts (target 3 s,
 * `npm run bench:check`). So the checker and its worker are bundled with esbuild
 * into node_modules/.cache/playbook-check/ (packages stay external), rebuilt whenever a source is
 * newer than the bundle (once), and run from there. If that is impossible (no esbuild,
 * read-only folder) the TypeScript entry runs instead: same checker, same output, a little slower.
 * PLAYBOOK_CHECK_CACHE moves the bundle folder (tests; it must lie inside the project, where the
 * packages are found); PLAYBOOK_CHECK_BUNDLE=0 skips the bundle.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

try {
  enableCompileCache?.();
} catch {
  // no cache: slower start, same result
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = resolve(
  process.env.PLAYBOOK_CHECK_CACHE ?? join(ROOT, 'node_modules', '.cache', 'playbook-check'),
);
const ENTRIES = {
  check: join(ROOT, 'scripts', 'check.ts'),
  'parallel-worker': join(ROOT, 'src', 'core', 'parallel-worker.ts'),
};

/** Newest modification time of the sources the bundle is made of. */
function newestSource() {
  let newest = 0;
  const visit = (path) => {
    const st = statSync(path);
    if (st.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else if (path.endsWith('.ts') && !path.endsWith('.test.ts'))
      newest = Math.max(newest, st.mtimeMs);
  };
  for (const dir of [join(ROOT, 'src', 'core'), join(ROOT, 'scripts')]) visit(dir);
  return newest;
}

async function bundle() {
  if (process.env.PLAYBOOK_CHECK_BUNDLE === '0') return undefined;
  try {
    const out = join(CACHE, 'check.mjs');
    if (
      existsSync(out) &&
      existsSync(join(CACHE, 'parallel-worker.mjs')) &&
      statSync(out).mtimeMs >= newestSource()
    )
      return out;
    const { build } = await import('esbuild');
    // Built beside, then moved in: a check running meanwhile never sees half a bundle.
    const tmp = `${CACHE}.tmp-${process.pid}`;
    await build({
      entryPoints: ENTRIES,
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      packages: 'external',
      logLevel: 'silent',
    });
    mkdirSync(CACHE, { recursive: true });
    renameSync(join(tmp, 'parallel-worker.mjs'), join(CACHE, 'parallel-worker.mjs'));
    renameSync(join(tmp, 'check.mjs'), out);
    rmSync(tmp, { recursive: true, force: true });
    return out;
  } catch {
    return undefined;
  }
}

const bundled = await bundle();
if (bundled) {
  try {
    await import(pathToFileURL(bundled).href);
  } catch (e) {
    // A bundle that cannot be linked (its packages not found from where it lies) has not run yet:
    // run the TypeScript entry instead. Anything else is the checker's own failure.
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    await import('./check.ts');
  }
} else await import('./check.ts');
