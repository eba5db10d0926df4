/**
 * Navigation for pages outside the status taxonomy: `<locale>/_toc.json` (written by the DocFX
 * importer from toc.yml; format and schema in toc-file.ts) keeps the sections, nesting and order
 * the playbook had. Entries naming a page that is not built for the audience are dropped.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import { diag } from './diagnostics.ts';
import { TOC_FILE, readTocFileEntry } from './toc-file.ts';

export { TOC_FILE } from './toc-file.ts';

/** An entry as the site uses it: its page checked against the build. */
export interface TocEntry {
  title: string;
  /** Page id in the locale (or the default locale's, as fallback); undefined for a plain section. */
  id?: string;
  href?: string;
  children: TocEntry[];
}

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}

/** Reads and checks one locale's TOC. `pageExists(id)` says whether the page is built. */
export function readToc(
  root: string,
  locale: string,
  pageExists: (id: string) => boolean,
  displayBase: string,
  pageHidden: (id: string) => boolean = () => false,
): { toc?: TocEntry[]; diagnostics: Diagnostic[] } {
  const file = join(root, locale, TOC_FILE);
  // A link is never read (it could point anywhere): the scan of the content folder reports it.
  if (!existsSync(file) || lstatSync(file).isSymbolicLink() || !lstatSync(file).isFile())
    return { diagnostics: [] };
  const shown = relative(displayBase, file).split(sep).join('/');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return {
      diagnostics: [
        diag(
          shown,
          1,
          'error',
          'file/unreadable',
          `file cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
          'fix its permissions (e.g. chmod a+r) or remove it',
        ),
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      diagnostics: [
        diag(
          shown,
          1,
          'error',
          'toc/invalid',
          `not valid JSON: ${(e as Error).message}`,
          'regenerate it with `npm run import`, or fix the syntax',
        ),
      ],
    };
  }
  const convert = (items: unknown): TocEntry[] => {
    if (!Array.isArray(items)) return [];
    const out: TocEntry[] = [];
    for (const it of items) {
      const o = readTocFileEntry(it);
      if (!o) continue;
      const title = o.title;
      const children = convert(o.children);
      let id = o.id;
      if (id && !pageExists(id) && pageHidden(id)) {
        // A page not built for this audience: its title is its text too, so it goes; the entries
        // under it move up a level.
        out.push(...children);
        continue;
      }
      if (id && !pageExists(id)) {
        diagnostics.push(
          diag(
            shown,
            lineOf(text, `"id": "${id}"`),
            'warning',
            'toc/unknown-page',
            `TOC entry "${title}" names page "${id}", which is not built`,
            'fix the id, or remove the entry',
          ),
        );
        id = undefined;
      }
      const href = o.href;
      if (!title || (!id && !href && children.length === 0)) continue;
      out.push({ title, id, href, children });
    }
    return out;
  };
  if (!Array.isArray(raw))
    return {
      diagnostics: [
        diag(
          shown,
          1,
          'error',
          'toc/invalid',
          'the TOC must be a JSON array of entries',
          'see src/core/toc-file.ts for the format',
        ),
      ],
    };
  return { toc: convert(raw), diagnostics };
}

/** Entries from the top to the one naming `id` (empty when not in the TOC). */
export function tocPath(toc: readonly TocEntry[], id: string): TocEntry[] {
  for (const e of toc) {
    if (e.id === id) return [e];
    const sub = tocPath(e.children, id);
    if (sub.length) return [e, ...sub];
  }
  return [];
}
