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
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
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

const isLink = (p: string) => {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
};

/** Reads one synonyms file. Each mistake is a finding; the groups that can be read are kept. */
export function parseSynonyms(
  raw: string,
  file: string,
): { groups: SynonymGroups; lines: number[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(raw.replace(/^\uFEFF/, ''), { lineCounter: lc });
  const lineOf = (n: unknown) => {
    const r = (n as YamlNode | undefined)?.range;
    return r ? lc.linePos(r[0]).line : 1;
  };
  for (const e of doc.errors) {
    diagnostics.push(
      diag(
        file,
        e.linePos?.[0]?.line ?? 1,
        'error',
        'synonyms/yaml',
        `the synonyms file is not valid YAML: ${e.message.split('\n')[0]}`,
        'fix the YAML: one group per line, like - [lawyer, attorney, legal counsel]',
      ),
    );
  }
  if (doc.errors.length) return { groups: [], lines: [], diagnostics };
  const root = doc.contents;
  if (root === null || root === undefined) return { groups: [], lines: [], diagnostics };
  if (!isSeq(root)) {
    diagnostics.push(
      diag(
        file,
        lineOf(root),
        'error',
        'synonyms/shape',
        'the synonyms file must be a list of groups',
        'write one group per line: - [lawyer, attorney, legal counsel]',
      ),
    );
    return { groups: [], lines: [], diagnostics };
  }
  const groups: SynonymGroups = [];
  const lines: number[] = [];
  const firstSeen = new Map<string, number>();
  for (const item of root.items) {
    const line = lineOf(item);
    if (!isSeq(item)) {
      diagnostics.push(
        diag(
          file,
          line,
          'error',
          'synonyms/shape',
          'a group must be a list of words or phrases',
          'write it as - [word, other word, a phrase]',
        ),
      );
      continue;
    }
    const members = item.items.map((m) =>
      isScalar(m) && m.value !== null && m.value !== undefined ? String(m.value).trim() : '',
    );
    if (members.some((m) => !m)) {
      diagnostics.push(
        diag(
          file,
          line,
          'error',
          'synonyms/shape',
          'a group has an empty member or one that is not text',
          'remove the empty entry or quote it',
        ),
      );
      continue;
    }
    const unique = [...new Set(members.map((m) => m.toLowerCase()))];
    if (unique.length < 2) {
      diagnostics.push(
        diag(
          file,
          line,
          'error',
          'synonyms/shape',
          `the group [${members.join(', ')}] has fewer than two different members`,
          'add the other words that mean the same, or remove the line',
        ),
      );
      continue;
    }
    if (unique.length > MAX_GROUP) {
      diagnostics.push(
        diag(
          file,
          line,
          'error',
          'synonyms/shape',
          `the group has ${unique.length} members, more than ${MAX_GROUP}`,
          'split it into groups of words that really mean the same thing',
        ),
      );
      continue;
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
  }
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
    if (isLink(abs)) {
      diagnostics.push(
        diag(
          show(abs),
          1,
          'error',
          'file/symlink',
          'the synonyms file is a symbolic link; it is not read',
          'replace the link with the file itself',
        ),
      );
      continue;
    }
    if (!existsSync(abs)) continue;
    let raw: string;
    try {
      raw = readFileSync(abs, 'utf8');
    } catch (e) {
      diagnostics.push(
        diag(
          show(abs),
          1,
          'error',
          'file/unreadable',
          `the synonyms file cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
          'check its permissions',
        ),
      );
      continue;
    }
    const r = parseSynonyms(raw, show(abs));
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
  const known = new Set(words(all, locale).map((w) => stemmed(w, locale)));
  const occurs = (member: string) => {
    const m = member.normalize('NFKC').toLowerCase();
    if (cjk && hasHanOrKana(m)) return all.includes(m);
    const ws = words(m, locale);
    return ws.length > 0 && ws.every((w) => known.has(stemmed(w, locale)));
  };
  return groups.flatMap((g, i) => (g.some(occurs) ? [] : [i]));
}
