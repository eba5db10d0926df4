/**
 * Search synonyms of one language (`content/<locale>/_synonyms.yml`): groups of words or phrases
 * that mean the same thing to a partner ("lawyer", "legal counsel", "legal department"). A query
 * holding one member of a group also looks for the other members, at a lower weight, in the status
 * index (status-index.ts). Synonyms are content: they hold the words partners type that the pages
 * do not, and each language has its own list (they are not translations of each other).
 *
 * The file is a YAML list of lists:
 *
 *     - [lawyer, attorney, legal counsel, legal department]
 *     - [staff, employees, new hires]
 */
import { join } from 'node:path';
import yaml from 'js-yaml';
import { readDataFile } from './content-file.ts';
import { diag, type Diagnostic } from './diagnostics.ts';
import { hasHanOrKana, isCjk, stemmed, words } from './search-text.ts';

export const SYNONYMS_FILE = '_synonyms.yml';

/** Most members a group may have: a longer group is a topic, not synonyms, and blurs the ranking. */
export const MAX_GROUP = 12;

/** The groups of one language, each a list of words or phrases as written. */
export type SynonymGroups = string[][];

/** Where a locale's groups are: the file (as shown in findings) and each group's line. */
export interface SynonymSource {
  file: string;
  lines: number[];
}

/**
 * Reads one synonyms file. Each mistake is a finding; the groups that can be read are kept.
 * js-yaml reads it (all values as text: FAILSAFE schema), five times faster than a parser that
 * keeps positions; a group's line is the line of its top-level `- `, which is all a finding needs.
 */
export function parseSynonyms(
  raw: string,
  file: string,
): { groups: SynonymGroups; lines: number[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const text = raw.replace(/^\uFEFF/, '');
  const bad = (line: number, message: string, hint: string) =>
    diagnostics.push(diag(file, line, 'error', 'synonyms/shape', message, hint));
  let root: unknown;
  try {
    root = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA, filename: file });
  } catch (e) {
    const err = e as { mark?: { line?: number }; reason?: string; message?: string };
    diagnostics.push(
      diag(
        file,
        (err.mark?.line ?? 0) + 1,
        'error',
        'synonyms/yaml',
        `the synonyms file is not valid YAML: ${err.reason ?? String(err.message).split('\n')[0]}`,
        'fix the YAML: one group per line, like - [lawyer, attorney, legal counsel]',
      ),
    );
    return { groups: [], lines: [], diagnostics };
  }
  if (root === null || root === undefined) return { groups: [], lines: [], diagnostics };
  // the line of each top-level item, in order
  const itemLines: number[] = [];
  text.split('\n').forEach((l, i) => {
    if (/^-(\s|$)/.test(l)) itemLines.push(i + 1);
  });
  if (!Array.isArray(root)) {
    const first = text.split('\n').findIndex((l) => l.trim() && !l.trimStart().startsWith('#'));
    bad(
      first + 1,
      'the synonyms file must be a list of groups',
      'write one group per line: - [lawyer, attorney, legal counsel]',
    );
    return { groups: [], lines: [], diagnostics };
  }
  const groups: SynonymGroups = [];
  const lines: number[] = [];
  const firstSeen = new Map<string, number>();
  root.forEach((item: unknown, i) => {
    const line = itemLines[i] ?? 1;
    if (!Array.isArray(item)) {
      bad(
        line,
        'a group must be a list of words or phrases',
        'write it as - [word, other word, a phrase]',
      );
      return;
    }
    const members = item.map((m: unknown) => (typeof m === 'string' ? m.trim() : ''));
    if (members.some((m) => !m)) {
      bad(
        line,
        'a group has an empty member or one that is not text',
        'remove the empty entry or quote it',
      );
      return;
    }
    const unique = [...new Set(members.map((m) => m.toLowerCase()))];
    if (unique.length < 2) {
      bad(
        line,
        `the group [${members.join(', ')}] has fewer than two different members`,
        'add the other words that mean the same, or remove the line',
      );
      return;
    }
    if (unique.length > MAX_GROUP) {
      bad(
        line,
        `the group has ${unique.length} members, more than ${MAX_GROUP}`,
        'split it into groups of words that really mean the same thing',
      );
      return;
    }
    for (const m of unique) {
      const earlier = firstSeen.get(m);
      if (earlier !== undefined) {
        diagnostics.push(
          diag(
            file,
            line,
            'warning',
            'synonyms/duplicate',
            `"${m}" is already in the group on line ${earlier}`,
            'merge the two groups, or keep the word in one of them',
          ),
        );
      } else firstSeen.set(m, line);
    }
    groups.push(members);
    lines.push(line);
  });
  return { groups, lines, diagnostics };
}

/** Reads the synonyms of every locale folder that has a file (none: no synonyms for that language). */
export function loadSynonyms(
  root: string,
  locales: readonly string[],
  show: (abs: string) => string,
): {
  synonyms: Map<string, SynonymGroups>;
  sources: Map<string, SynonymSource>;
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const synonyms = new Map<string, SynonymGroups>();
  const sources = new Map<string, SynonymSource>();
  for (const locale of locales) {
    const abs = join(root, locale, SYNONYMS_FILE);
    const read = readDataFile(abs, show, 'the synonyms file', 'file/unreadable');
    if (!read) continue;
    if ('diagnostic' in read) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const r = parseSynonyms(read.raw, show(abs));
    diagnostics.push(...r.diagnostics);
    if (r.groups.length) {
      synonyms.set(locale, r.groups);
      sources.set(locale, { file: show(abs), lines: r.lines });
    }
  }
  return { synonyms, sources, diagnostics };
}

/**
 * Groups of which no member occurs in the searched text of any status of the language (`texts`):
 * such a group adds only words that find nothing. A member occurs when each of its words does
 * (stemmed and folded like the index); in Japanese and Chinese, when its text is a piece of it.
 */
export function groupsWithoutEffect(
  groups: SynonymGroups,
  texts: readonly string[],
  locale: string,
): number[] {
  const cjk = isCjk(locale);
  const all = texts.join('\n').normalize('NFKC').toLowerCase();
  // the stems of the text, worked out only when a member needs them, each distinct word once
  // (segmenting and stemming are the cost of this check)
  let known: Set<string> | undefined;
  const stems = () =>
    (known ??= new Set([...new Set(words(all, locale, false))].map((w) => stemmed(w, locale))));
  const occurs = (member: string) => {
    const m = member.normalize('NFKC').toLowerCase();
    if (cjk && hasHanOrKana(m)) return all.includes(m);
    if (cjk) return all.includes(m); // a Latin word in Chinese or Japanese text: as written
    const ws = words(m, locale);
    return ws.length > 0 && ws.every((w) => stems().has(stemmed(w, locale)));
  };
  return groups.flatMap((g, i) => (g.some(occurs) ? [] : [i]));
}
