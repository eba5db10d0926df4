/** Front matter → PageMeta plus diagnostics with lines, using the one schema (schema.ts). */
import type { Diagnostic } from './diagnostics.ts';
import { diag } from './diagnostics.ts';
import type { FrontMatter } from './frontmatter.ts';
import { FIELD_DOCS, KNOWN_KEYS, frontMatterSchema, type PageMeta } from './schema.ts';
import { closest, didYouMean } from './suggest.ts';

const REQUIRED_HINT: Record<string, string> = {
  title: 'add e.g. `title: Customer IT Infrastructure and Remediation`',
  description: 'add one sentence: `description: …`',
  'ms.date': 'add the review date, e.g. `ms.date: 11/24/2026`',
  'ft.audience': 'add `ft.audience: partner` (or internal)',
};

/** Checks one page's front matter: unknown keys, every field through the schema, owners. */
export function validateFrontMatter(
  fm: FrontMatter,
  file: string,
  owners: readonly string[],
): { meta?: PageMeta; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  if (!fm.present) {
    out.push(
      diag(
        file,
        1,
        'error',
        'frontmatter/missing',
        'the file has no front matter',
        'start the file with a `---` block holding title, description, ms.date and ft.audience',
      ),
    );
    return { diagnostics: out };
  }
  if (fm.error) {
    const dup = /duplicated mapping key/.test(fm.error.message);
    out.push(
      diag(
        file,
        fm.error.line,
        'error',
        dup ? 'frontmatter/duplicate-key' : 'frontmatter/yaml',
        dup
          ? 'a key is written twice in the front matter'
          : `front matter is not valid YAML: ${fm.error.message}`,
        dup
          ? 'keep one of the two lines'
          : 'check quoting and indentation; quote values that contain ": " or start with special characters',
      ),
    );
    return { diagnostics: out };
  }
  const lineOf = (key: string) => fm.keyLines.get(key) ?? Math.max(1, fm.endLine);
  const known: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fm.data)) {
    if (KNOWN_KEYS.includes(key)) {
      // `ft.parent:` with nothing after it is YAML null: read it as empty text, not as "must be text".
      known[key] = value === null ? '' : value;
      continue;
    }
    const suggestion = closest(key, KNOWN_KEYS);
    const hint = suggestion
      ? `rename it to "${suggestion}"`
      : `known keys: ${KNOWN_KEYS.join(', ')}`;
    if (key.startsWith('ft.')) {
      out.push(
        diag(
          file,
          lineOf(key),
          'error',
          'schema/unknown-ft-key',
          `unknown key "${key}"${didYouMean(key, KNOWN_KEYS)}`,
          hint,
        ),
      );
    } else {
      out.push(
        diag(
          file,
          lineOf(key),
          'warning',
          'schema/unknown-key',
          `unknown key "${key}"${didYouMean(key, KNOWN_KEYS)}`,
          suggestion ? hint : 'remove it if nothing reads it',
        ),
      );
    }
  }
  const parsed = frontMatterSchema.safeParse(known);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const missing = known[key] === undefined;
      if (missing) {
        out.push(
          diag(
            file,
            Math.max(1, fm.endLine),
            'error',
            `schema/${key}`,
            `required key "${key}" is missing`,
            REQUIRED_HINT[key] ?? FIELD_DOCS[key],
          ),
        );
        continue;
      }
      const params = (issue as { params?: { value?: string; allowed?: readonly string[] } }).params;
      let message = issue.message;
      let hint = FIELD_DOCS[key];
      if (params?.value && params.allowed) {
        message += didYouMean(params.value, params.allowed);
        hint = `allowed: ${params.allowed.join(', ')}`;
      }
      out.push(diag(file, lineOf(key), 'error', `schema/${key}`, message, hint));
    }
    return { diagnostics: out };
  }
  const meta = parsed.data;
  for (const { key, value, suggestion } of unknownOwners(meta, owners)) {
    out.push(
      diag(
        file,
        lineOf(key),
        'warning',
        'schema/unknown-owner',
        `${key} "${value}" is not in the owners list${didYouMean(value, owners)}`,
        suggestion
          ? `write "${suggestion}", or add "${value}" to owners in playbook.config.json`
          : 'add the alias to owners in playbook.config.json',
      ),
    );
  }
  return { meta, diagnostics: out };
}

/** An alias in ft.owner or ms.author that the owners list does not hold (no list: every alias is fine). */
export interface UnknownOwner {
  key: 'ft.owner' | 'ms.author';
  value: string;
  /** The closest alias of the list, if one is close. */
  suggestion?: string;
}

/** The owner check (rule schema/unknown-owner), case-insensitive; the scaffold asks it too. */
export function unknownOwners(
  meta: Pick<PageMeta, 'owner' | 'msAuthor'>,
  owners: readonly string[],
): UnknownOwner[] {
  const ownerSet = new Set(owners.map((o) => o.toLowerCase()));
  if (ownerSet.size === 0) return [];
  const out: UnknownOwner[] = [];
  for (const [key, value] of [
    ['ft.owner', meta.owner],
    ['ms.author', meta.msAuthor],
  ] as const) {
    if (value && !ownerSet.has(value.toLowerCase()))
      out.push({ key, value, suggestion: closest(value, owners) });
  }
  return out;
}
