/**
 * npm start: builds the partner playbook (content check included: errors stop the build) and
 * serves dist/ on http://localhost:4321 (PORT to change). For live editing use `npm run dev`.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const astro = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');
const port = process.env.PORT ?? '4321';
const build = spawnSync(process.execPath, [astro, 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`\nServing the playbook on http://localhost:${port}/ (Ctrl+C to stop)`);
const serve = spawnSync(
  process.execPath,
  [astro, 'preview', '--port', port, '--host', process.env.HOST ?? 'localhost'],
  { cwd: ROOT, stdio: 'inherit' },
);
process.exit(serve.status ?? 0);
