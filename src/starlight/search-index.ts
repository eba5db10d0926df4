/**
 * The Pagefind search index, built by our post-build step instead of Starlight's.
 *
 * Starlight (`pagefind: true`) hands Pagefind the whole dist folder. Pagefind then indexes only the
 * pages that carry `data-pagefind-body` (once any page has it), but it reads and parses every HTML
 * file first, most of them fallback copies in the languages without a translation. Here Pagefind gets a folder of hard links to just
 * the pages it would index: the same index, byte for byte (tests/site/site.test.ts compares it
 * with Pagefind's own run over the whole dist), in a fraction of the time. It runs in
 * Pagefind's own process while the post-build step does the rest of its work.
 */
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';

/** Where the links go: inside dist (hard links need the same file system); removed when done. */
const LINK_DIR = '.pagefind-input';

function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length)
    throw new Error(`Pagefind failed to ${what}:\n${response.errors.join('\n')}`);
  return response;
}

export interface SearchIndexRun {
  /** Waits for Pagefind, writes `<dist>/pagefind/`, removes the links; the number of pages indexed. */
  done(): Promise<number>;
}

/**
 * Starts indexing `pages` (absolute paths of built pages under `dist`; pass every page when none is
 * indexable, as Pagefind then indexes them all). Returns at once; Pagefind works in the background.
 */
export async function startSearchIndex(dist: string, pages: string[]): Promise<SearchIndexRun> {
  const links = join(dist, LINK_DIR);
  rmSync(links, { recursive: true, force: true });
  const dirs = new Set<string>();
  for (const page of pages) {
    const target = join(links, relative(dist, page));
    const dir = dirname(target);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    try {
      linkSync(page, target);
    } catch {
      copyFileSync(page, target); // a file system without hard links
    }
  }
  const cleanUp = async () => {
    rmSync(links, { recursive: true, force: true });
    await pagefind.close();
  };
  try {
    const { index } = check(await pagefind.createIndex(), 'start');
    if (!index) throw new Error('Pagefind returned no index');
    const adding = index.addDirectory({ path: links });
    // Settled here so a failure is reported by done(), not as an unhandled rejection meanwhile.
    const added = adding.then(
      (r) => ({ r }),
      (e: unknown) => ({ e }),
    );
    return {
      async done() {
        try {
          const a = await added;
          if ('e' in a) throw a.e;
          const { page_count } = check(a.r, 'index the pages');
          check(await index.writeFiles({ outputPath: join(dist, 'pagefind') }), 'write the index');
          return page_count;
        } finally {
          await cleanUp();
        }
      },
    };
  } catch (e) {
    await cleanUp();
    throw e;
  }
}
