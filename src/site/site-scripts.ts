/**
 * The inline scripts the site itself emits, known before any page is rendered: the `is:inline`
 * scripts of Starlight's components and of ours (Astro writes such a script's text into the page
 * as it is in the component). Only these are minified and get a CSP hash; any other `<script>` in
 * a page — one that content managed to smuggle in — is left as it is and blocked by the policy.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { walk } from '../core/paths.ts';
import { buildStore } from './build-store.ts';

const INLINE_IN_SOURCE = /<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/gi;

/** A script's code with blanks at line ends and blank lines dropped: how a source and its page copy are compared. */
export function scriptKey(code: string): string {
  return code
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/** The `.astro` files under a folder; a folder that cannot be read has none. */
const astroFiles = (dir: string) =>
  walk(dir, { onUnreadable: () => {} }).filter((f) => f.endsWith('.astro'));

/** The `is:inline` script bodies of the `.astro` files under these folders. */
export function inlineScriptsOf(dirs: string[]): Set<string> {
  const keys = new Set<string>();
  for (const dir of dirs) {
    for (const file of astroFiles(dir)) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes('is:inline')) continue;
      for (const m of text.matchAll(INLINE_IN_SOURCE)) {
        const key = scriptKey(m[1] ?? '');
        if (key) keys.add(key);
      }
    }
  }
  return keys;
}

/** The project root the scripts are read from, and the scripts once read. */
export interface SiteScripts {
  root: string;
  scripts?: Set<string>;
}

/** Sets the project root the scripts are read from (the integration does, from Astro's config). */
export function setProjectRoot(root: string): void {
  // Shared through the build store: the integration sets it, the middleware's copy reads it.
  buildStore().scripts = { root };
}

/** The site's own inline scripts (read once per process from the project's components and Starlight's). */
export function siteInlineScripts(): Set<string> {
  const h = (buildStore().scripts ??= { root: process.cwd() });
  h.scripts ??= inlineScriptsOf([
    resolve(h.root, 'src'),
    resolve(h.root, 'node_modules/@astrojs/starlight'),
  ]);
  return h.scripts;
}
