/**
 * The one place where state of a build is shared between copies of the site's modules.
 *
 * Why not a module variable: during `astro build` one process holds two copies of every module
 * under src/site — the one the Astro config loaded (the integration, src/starlight/integration.ts)
 * and the one in Vite's bundle of the site (src/middleware.ts, the content loader, the pages).
 * A module-level variable would be two variables. So the state lives in one record on
 * `globalThis`, under a `Symbol.for` key (the same symbol in every copy), and every module reaches
 * it through `buildStore()` here: one key, one typed record, and the slots listed below.
 */
import type { BuildRecord } from './page-finish.ts';
import type { SiteScripts } from './site-scripts.ts';
import type { SiteState } from './corpus.ts';

/** Every slot of the store and what it holds (each slot is owned by one module). */
export interface BuildStore {
  /** The corpus as the site sees it, loaded once per content folder and audience (corpus.ts). */
  site?: SiteState;
  /** Icons seen and pages to index, filled by the middleware, read after the build (page-finish.ts). */
  record?: BuildRecord;
  /** The project root and the site's own inline scripts, for the CSP (site-scripts.ts). */
  scripts?: SiteScripts;
}

const KEY = Symbol.for('fasttrack-playbook:build-store');
type Holder = { [KEY]?: BuildStore };

/** The store of this process (created empty on first use). */
export function buildStore(): BuildStore {
  return ((globalThis as Holder)[KEY] ??= {});
}
