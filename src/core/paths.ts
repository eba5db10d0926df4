/**
 * Path helpers every part of the tool shares: the folder of a posix path, the one sort order of
 * paths and ids, the one walk over a folder tree, and which files are assets.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** Folder of a posix path, without a trailing slash; '' for a path at the top (`a/b/c.md` → `a/b`, `c.md` → ''). */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * Code-unit order (what `Array.prototype.sort()` does without a comparer), as a comparer: the same
 * on every machine and in every locale, unlike `localeCompare`.
 */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Files a page may link to that the site copies (images, documents, media, archives). */
export const ASSET_EXT = /\.(png|jpe?g|gif|svg|webp|avif|ico|pdf|mp4|webm|zip|docx?|xlsx?|pptx?)$/i;

export interface WalkOptions {
  /** Leave out entries whose name starts with "." (.git, .DS_Store) and what is inside them. */
  skipDotFiles?: boolean;
  /**
   * Symbolic links are never followed (a link could bring any file of the machine in). Each one
   * met is passed here; without it they are left out silently.
   */
  onSymlink?: (path: string) => void;
  /** Each folder met (not the root), before what is in it. */
  onDirectory?: (path: string) => void;
  /**
   * A folder that cannot be read (the root too): passed here and the walk goes on. Without it the
   * error is thrown.
   */
  onUnreadable?: (path: string, error: NodeJS.ErrnoException) => void;
  /** Paths relative to the root with "/" between names (default: the root joined with the names). */
  relative?: boolean;
  /** Return the files in code-unit order of their paths (default: in the order folders list them). */
  sorted?: boolean;
}

/** The regular files under `root` (the callbacks of `options` see the rest). */
export function walk(root: string, options: WalkOptions = {}): string[] {
  const files: string[] = [];
  const name = options.relative ? (rel: string, n: string) => (rel ? `${rel}/${n}` : n) : join;
  const visit = (abs: string, path: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      if (!options.onUnreadable) throw e;
      options.onUnreadable(path, e as NodeJS.ErrnoException);
      return;
    }
    for (const e of entries) {
      if (options.skipDotFiles && e.name.startsWith('.')) continue;
      const p = name(path, e.name);
      if (e.isSymbolicLink()) options.onSymlink?.(p);
      else if (e.isDirectory()) {
        options.onDirectory?.(p);
        visit(join(abs, e.name), p);
      } else if (e.isFile()) files.push(p);
    }
  };
  visit(root, options.relative ? '' : root);
  return options.sorted ? files.sort() : files;
}
