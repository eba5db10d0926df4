/**
 * The DocFX addresses of imported pages: `<content>/legacy-addresses.json`, written by the
 * importer, read by the build (site/legacy-redirects.ts) to write redirect pages for them.
 * Format: one JSON object, DocFX file (relative to the imported folder) → `<locale>/<id>`:
 * `{ "german-playbook/l1l2l3-blocked-de.md": "de/l1l2l3-blocked" }`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LEGACY_ADDRESSES_FILE = 'legacy-addresses.json';

/** `<content>/legacy-addresses.json`: DocFX file (`german-playbook/x-de.md`) → `<locale>/<id>`. */
export function readLegacyAddresses(root: string): Map<string, { locale: string; id: string }> {
  const path = join(root, LEGACY_ADDRESSES_FILE);
  const out = new Map<string, { locale: string; id: string }>();
  if (!existsSync(path)) return out;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message}); re-run the import or delete the file`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${path}: must be an object of "docfx/file.md": "<locale>/<id>" entries`);
  for (const [from, to] of Object.entries(data as Record<string, unknown>)) {
    const slash = typeof to === 'string' ? to.indexOf('/') : -1;
    if (typeof to !== 'string' || slash < 1 || !/\.md$/i.test(from)) throw new Error(`${path}: entry "${from}" must map a .md file to "<locale>/<id>", not ${JSON.stringify(to)}`);
    out.set(from, { locale: to.slice(0, slash), id: to.slice(slash + 1) });
  }
  return out;
}
