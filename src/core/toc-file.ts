/**
 * `<locale>/_toc.json`: navigation for the pages outside the status taxonomy. One schema for the
 * file the importer writes (from DocFX toc.yml) and the site reads (toc.ts).
 *
 *     [ { "title": "Lifecycle Phases", "id": "lifecycle-phases-landing", "children": [
 *           { "title": "Initiate Phase", "id": "phase-initiate", "children": [] } ] },
 *       { "title": "Resources", "id": null, "children": [ … ] },
 *       { "title": "Partner site", "id": null, "href": "https://…", "children": [] } ]
 *
 * - `title`: the entry's name as shown.
 * - `id`: a page of the same locale (`<locale>/<id>.md`, or the default locale's as fallback),
 *   or `null` for a section heading without a page of its own.
 * - `href`: only on entries that link out of the playbook (http, https, mailto).
 * - `children`: nested entries, in order (`[]` when none).
 * Array order is reading order.
 */
import { z } from 'zod';

/** The file name, in each locale folder. */
export const TOC_FILE = '_toc.json';

/** One entry of the file. */
export interface TocFileEntry {
  title: string;
  id: string | null;
  href?: string;
  children: TocFileEntry[];
}

/** Links out of the playbook an entry may have; anything else (javascript:, data:, relative) is not one. */
const outwardHref = z.string().regex(/^(https?|mailto):/i);

/** The format as the importer writes it. */
export const tocFileEntrySchema: z.ZodType<TocFileEntry> = z.lazy(() =>
  z.object({
    title: z.string(),
    id: z.string().nullable(),
    href: outwardHref.optional(),
    children: z.array(tocFileEntrySchema),
  }),
);
/** The whole file: a list of entries. */
export const tocFileSchema = z.array(tocFileEntrySchema);

/** The file's text: stable key order (title, id, href, children), two-space indent, final newline. */
export function tocFileText(entries: readonly TocFileEntry[]): string {
  const clean = (nodes: readonly TocFileEntry[]): TocFileEntry[] =>
    nodes.map((n) =>
      n.href
        ? { title: n.title, id: n.id, href: n.href, children: clean(n.children) }
        : { title: n.title, id: n.id, children: clean(n.children) },
    );
  return `${JSON.stringify(clean(entries), null, 2)}\n`;
}

/**
 * An entry as the site reads it from a file that may have been edited by hand: each field that
 * does not fit the schema counts as absent (a title that is no text is "", an id that is no text
 * is none, an href that is not http/https/mailto is none, children that are no list are none).
 * Not an object at all: undefined. Children are read the same way by the caller.
 */
const lenientEntry = z.object({
  title: z.string().catch(''),
  id: z.string().optional().catch(undefined),
  href: outwardHref.optional().catch(undefined),
  children: z.array(z.unknown()).catch([]),
});

/** An entry as read leniently: id and href absent when they do not fit; children still unread. */
export type ReadTocEntry = z.infer<typeof lenientEntry>;

/** Reads one entry leniently (see lenientEntry). */
export function readTocFileEntry(value: unknown): ReadTocEntry | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const r = lenientEntry.safeParse(value);
  return r.success ? r.data : undefined;
}
