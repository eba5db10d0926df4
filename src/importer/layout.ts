/**
 * The shape of a DocFX playbook tree: every input file, the language folders, and which locale
 * each folder is. A language folder is one whose name says a language (`german-playbook`, `de`,
 * see folderToLocale in core/locales.ts) or any folder with a `toc.yml`; the input folder itself
 * may be one. Folders are not looked for inside a language folder (its subfolders belong to it).
 * Hidden entries (names starting with ".", e.g. .git) are not input.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontMatter } from '../core/frontmatter.ts';
import { folderToLocale, isLocale, splitLegacySuffix } from '../core/locales.ts';
import { compare, walk } from '../core/paths.ts';
import { detectLanguage } from './language.ts';

export interface LanguageFolder {
  /** Path relative to the input folder, posix ("" for the input folder itself). */
  rel: string;
  /** Locale folder it becomes, or undefined when no rule tells. */
  locale?: string;
  /** How the locale was found, for the report. */
  how: string;
  /** Whether the folder is a partner playbook (its path or TOC says "partner"). */
  partner: boolean;
}

export interface Layout {
  /** Every input file, relative to the input folder, posix, sorted. */
  files: string[];
  folders: LanguageFolder[];
  /** Symbolic links in the input (relative, posix, sorted): never followed, reported as not imported. */
  links: string[];
}

/** The language folder a file belongs to (the deepest folder that contains it). */
export function folderOf(
  folders: readonly LanguageFolder[],
  rel: string,
): LanguageFolder | undefined {
  let best: LanguageFolder | undefined;
  for (const f of folders) {
    if ((f.rel === '' || rel.startsWith(`${f.rel}/`)) && (!best || f.rel.length > best.rel.length))
      best = f;
  }
  return best;
}

/** Path of a file inside its folder ("a/b.md" for "german-playbook/a/b.md"). */
export function inFolder(folder: LanguageFolder, rel: string): string {
  return folder.rel === '' ? rel : rel.slice(folder.rel.length + 1);
}

function stemOf(path: string): string {
  return basename(path).replace(/\.md$/i, '');
}

/** Locale of a folder whose name says none: by its files' suffixes, else by their language. */
function inferLocale(root: string, mdFiles: string[]): { locale?: string; how: string } {
  const bySuffix = new Map<string, number>();
  for (const f of mdFiles) {
    const l = splitLegacySuffix(stemOf(f)).locale;
    if (l) bySuffix.set(l, (bySuffix.get(l) ?? 0) + 1);
  }
  const top = [...bySuffix].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0];
  if (top && top[1] * 2 >= mdFiles.length)
    return { locale: top[0], how: `${top[1]} of ${mdFiles.length} page files end in its suffix` };
  const votes = new Map<string, number>();
  for (const f of mdFiles) {
    const l = detectLanguage(parseFrontMatter(readFileSync(join(root, f), 'utf8')).body).locale;
    if (l) votes.set(l, (votes.get(l) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0];
  if (best && best[1] * 2 > mdFiles.length)
    return {
      locale: best[0],
      how: `the text of ${best[1]} of ${mdFiles.length} pages is in that language`,
    };
  return { how: 'neither its name, its file suffixes nor its text tell the language' };
}

export function scanLayout(root: string): Layout {
  const dirs: string[] = [];
  const links: string[] = [];
  const files = walk(root, {
    relative: true,
    skipDotFiles: true,
    sorted: true,
    onSymlink: (p) => links.push(p),
    onDirectory: (p) => dirs.push(p),
  });
  const fileSet = new Set(files);
  const rootName = basename(root);
  const candidates: string[] = [];
  for (const d of ['', ...dirs.sort(compare)]) {
    if (candidates.some((c) => c === '' || d.startsWith(`${c}/`))) continue;
    const name = d === '' ? rootName : basename(d);
    const hasToc = fileSet.has(d ? `${d}/toc.yml` : 'toc.yml');
    if (hasToc || folderToLocale(name)) candidates.push(d);
  }
  const folders: LanguageFolder[] = [];
  for (const rel of candidates) {
    const name = rel === '' ? rootName : basename(rel);
    const own = files.filter(
      (f) =>
        (rel === '' || f.startsWith(`${rel}/`)) &&
        /\.md$/i.test(f) &&
        !candidates.some((c) => c !== rel && c.length > rel.length && f.startsWith(`${c}/`)),
    );
    const named = folderToLocale(name);
    const { locale, how } = named
      ? {
          locale: named,
          how: isLocale(name) ? `folder name "${name}"` : `DocFX folder name "${name}"`,
        }
      : inferLocale(root, own);
    const tocFile = rel ? `${rel}/toc.yml` : 'toc.yml';
    const tocSaysPartner =
      fileSet.has(tocFile) &&
      /partner/i.test(
        readFileSync(join(root, tocFile), 'utf8')
          .split('\n')
          .find((l) => /\bname\s*:/.test(l)) ?? '',
      );
    const partner = /partner/i.test(rootName) || /partner/i.test(rel) || tocSaysPartner;
    folders.push({ rel, locale, how, partner });
  }
  return { files, folders, links: links.sort(compare) };
}
