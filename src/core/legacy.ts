/**
 * The DocFX addresses of imported pages: `<content>/legacy-addresses.json`, written by the
 * importer, read by the build (site/legacy-redirects.ts) to write redirect pages for them.
 * Format: one JSON object, DocFX file (relative to the imported folder) → `<locale>/<id>`:
 * `{ "german-playbook/l1l2l3-blocked-de.md": "de/l1l2l3-blocked" }`.
 * Each address becomes a file in the built site, so it is held to the page-id character set:
 * no `..`, no absolute path, nothing that could be written outside the site.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diag, type Diagnostic } from './diagnostics.ts';
import { isSafeId } from './escape.ts';

export const LEGACY_ADDRESSES_FILE = 'legacy-addresses.json';

export interface LegacyAddresses {
  /** DocFX file (`german-playbook/x-de.md`) → the page it is now. */
  addresses: Map<string, { locale: string; id: string }>;
  diagnostics: Diagnostic[];
}

/** `<content>/legacy-addresses.json`, with a finding for each entry that cannot be used. */
export function readLegacyAddresses(
  root: string,
  show: (abs: string) => string = (p) => p,
): LegacyAddresses {
  const path = join(root, LEGACY_ADDRESSES_FILE);
  const addresses = new Map<string, { locale: string; id: string }>();
  const diagnostics: Diagnostic[] = [];
  const file = show(path);
  const bad = (message: string, hint: string) =>
    diagnostics.push(diag(file, 1, 'error', 'legacy/address', message, hint));
  let link: boolean;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    return { addresses, diagnostics };
  }
  if (link) {
    bad(
      'the legacy address map is a symbolic link; it is not read',
      'replace the link with the file itself',
    );
    return { addresses, diagnostics };
  }
  if (!existsSync(path)) return { addresses, diagnostics };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    bad(
      `not valid JSON (${(e as Error).message.split('\n')[0]})`,
      're-run the import, or delete the file',
    );
    return { addresses, diagnostics };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    bad(
      'must be an object of "docfx/file.md": "<locale>/<id>" entries',
      're-run the import, or delete the file',
    );
    return { addresses, diagnostics };
  }
  for (const [from, to] of Object.entries(data as Record<string, unknown>)) {
    const slash = typeof to === 'string' ? to.indexOf('/') : -1;
    if (typeof to !== 'string' || slash < 1 || !/\.md$/i.test(from)) {
      bad(
        `entry "${from}" must map a .md file to "<locale>/<id>", not ${JSON.stringify(to)}`,
        'fix the entry or remove it',
      );
      continue;
    }
    if (!isSafeId(from.replace(/\.md$/i, ''))) {
      bad(
        `entry "${from}" is not a safe address (letters, digits, ".", "_", "-" per folder; no ".." or absolute paths)`,
        'remove the entry: a redirect is written at that path in the site',
      );
      continue;
    }
    addresses.set(from, { locale: to.slice(0, slash), id: to.slice(slash + 1) });
  }
  return { addresses, diagnostics };
}
