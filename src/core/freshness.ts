/**
 * Section-level translation freshness. When a translation is made or reviewed, the hashes of the
 * English page's sections are recorded in `content/<locale>/_translations.lock.json`
 * (`npm run translations -- mark <locale>/<id>`). Later, every English section whose text no longer
 * has its recorded hash is a section the translation may be behind in: `check` names it, and the
 * site tells the reader of the translation. A typo fix in English can be accepted for all
 * translations at once (`npm run translations -- accept <id>`), so it asks nobody to re-translate.
 *
 * A lock file, not front matter: translators never edit hashes by hand, one file per locale keeps a
 * pull request's diff readable (which pages were reviewed, against which sections), and pages keep
 * their front matter for people.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { diag, type Diagnostic } from './diagnostics.ts';
import type { Heading } from './markdown.ts';

export const LOCK_FILE = '_translations.lock.json';

/** A section of a page: the text under one `##` heading (index 0: the text before the first). */
export interface Section {
  index: number;
  /** Heading text ('' for the text before the first heading). */
  heading: string;
  /** Heading id (anchor) on the page; '' for the text before the first heading. */
  slug: string;
  line: number;
  hash: string;
}

const recordedSection = z
  .object({ slug: z.string(), heading: z.string(), hash: z.string() })
  .strict();
const lockEntry = z
  .object({
    /** ms.date of the English page when marked (YYYY-MM-DD). */
    sourceDate: z.string(),
    /** When the translation was marked (YYYY-MM-DD). */
    marked: z.string(),
    sections: z.array(recordedSection),
  })
  .strict();
export const lockFileSchema = z
  .object({ version: z.literal(1), pages: z.record(z.string(), lockEntry) })
  .strict();
export type LockFile = z.infer<typeof lockFileSchema>;
export type LockEntry = z.infer<typeof lockEntry>;

/** What the sections need of a page. */
export interface SectionSource {
  body: string;
  bodyLine: number;
  headings: Heading[];
}

const normalise = (lines: string[]) =>
  lines
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The `##` sections of a page with a hash of each one's text (white space does not count). */
export function sectionsOf(page: SectionSource): Section[] {
  const lines = page.body.split('\n');
  const h2 = page.headings.filter((h) => h.depth === 2);
  const starts = [
    { heading: '', slug: '', line: page.bodyLine },
    ...h2.map((h) => ({ heading: h.text, slug: h.slug, line: h.line })),
  ];
  return starts.map((s, i) => {
    const from = s.line - page.bodyLine;
    const to = i + 1 < starts.length ? starts[i + 1]!.line - page.bodyLine : lines.length;
    return {
      index: i,
      heading: s.heading,
      slug: s.slug,
      line: s.line,
      hash: hashOf(normalise(lines.slice(Math.max(0, from), to))),
    };
  });
}

export function lockEntryFor(source: SectionSource, sourceDate: string, today: string): LockEntry {
  return {
    sourceDate,
    marked: today,
    sections: sectionsOf(source).map(({ slug, heading, hash }) => ({ slug, heading, hash })),
  };
}

/** English sections that are new or changed since the entry was recorded (matched by heading id). */
export function changedSections(current: Section[], entry: LockEntry): Section[] {
  const recorded = new Map(entry.sections.map((s) => [s.slug, s.hash]));
  return current.filter((s) => recorded.get(s.slug) !== s.hash);
}

/** Headings of English sections recorded at marking time that the English page no longer has. */
export function removedSections(current: Section[], entry: LockEntry): string[] {
  const now = new Set(current.map((s) => s.slug));
  return entry.sections.filter((s) => !now.has(s.slug)).map((s) => s.heading);
}

export function readLockFile(
  root: string,
  locale: string,
  show: (abs: string) => string,
): { lock?: LockFile; diagnostics: Diagnostic[] } {
  const abs = join(root, locale, LOCK_FILE);
  let link: boolean;
  try {
    link = lstatSync(abs).isSymbolicLink();
  } catch {
    return { diagnostics: [] };
  }
  const file = show(abs);
  // Never read through a link: it could point outside the content folder.
  if (link)
    return {
      diagnostics: [
        diag(
          file,
          1,
          'error',
          'file/symlink',
          'the translation lock file is a symbolic link; it is not read',
          'replace the link with the file itself',
        ),
      ],
    };
  if (!existsSync(abs)) return { diagnostics: [] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(abs, 'utf8'));
  } catch (e) {
    return {
      diagnostics: [
        diag(
          file,
          1,
          'error',
          'i18n/lock-file',
          `the translation lock file is not valid JSON (${(e as Error).message.split('\n')[0]})`,
          `restore it from git, or delete it and run \`npm run translations -- mark ${locale} --all\``,
        ),
      ],
    };
  }
  const r = lockFileSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    return {
      diagnostics: [
        diag(
          file,
          1,
          'error',
          'i18n/lock-file',
          `the translation lock file does not have the expected shape (${issue.path.join('.')}: ${issue.message})`,
          'it is written by `npm run translations`; restore it from git instead of editing it',
        ),
      ],
    };
  }
  return { lock: r.data, diagnostics: [] };
}

/** The lock file as written: keys sorted, two-space JSON, so re-marking one page changes one entry. */
export function formatLockFile(lock: LockFile): string {
  const pages = Object.fromEntries(
    Object.keys(lock.pages)
      .sort()
      .map((k) => [k, lock.pages[k]!]),
  );
  return `${JSON.stringify({ version: 1, pages }, null, 2)}\n`;
}

export function writeLockFile(root: string, locale: string, lock: LockFile): void {
  writeFileSync(join(root, locale, LOCK_FILE), formatLockFile(lock));
}
