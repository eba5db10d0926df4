/**
 * The baseline: findings a team has accepted for now, listed in `<content>/playbook-baseline.json`
 * (the DocFX importer writes one for the problems the imported playbook already had). A finding in
 * the baseline is still reported — as a warning that says so — and no longer fails `check` or the
 * build; any new finding does. Only findings of pages that still build can be listed (links,
 * images, taxonomy placement, TOC, translations, owners, includes): a page whose front matter is
 * invalid cannot be waved through. An entry that no longer matches anything is reported, so the
 * file shrinks as problems are fixed.
 *
 * Entries match by file (relative to the content folder), rule and message — not by line, so
 * editing a page above a known problem does not turn it into a new one. The file has one entry
 * per line, so a finding about an entry can name its line.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { diag, type Diagnostic } from './diagnostics.ts';

export const BASELINE_FILE = 'playbook-baseline.json';

/** Rules whose findings may be listed: the page still builds, the problem is in what it says. */
const BASELINE_RULES = /^(link|image|taxonomy|toc|i18n|include)\/|^schema\/unknown-owner$/;

export const baselineAllows = (rule: string): boolean => BASELINE_RULES.test(rule);

export interface BaselineEntry {
  /** Path relative to the content folder, forward slashes. */
  file: string;
  rule: string;
  message: string;
}

const HEADER =
  'Known findings: `npm run check` reports each as a warning instead of an error. Fix one, then delete its line.';

/** The baseline file's text for these entries: sorted, one per line (stable, diff-friendly). */
export function formatBaseline(entries: BaselineEntry[]): string {
  const sorted = [...entries].sort((a, b) =>
    a.file + '\0' + a.rule + '\0' + a.message < b.file + '\0' + b.rule + '\0' + b.message ? -1 : 1,
  );
  const lines = sorted.map(
    (e) => '    ' + JSON.stringify({ file: e.file, rule: e.rule, message: e.message }),
  );
  return `{\n  "about": ${JSON.stringify(HEADER)},\n  "findings": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`;
}

/** The errors of a content folder that a baseline could list (its paths made relative to `root`). */
export function baselineEntries(
  diagnostics: Diagnostic[],
  root: string,
  displayBase: string,
): BaselineEntry[] {
  return diagnostics
    .filter((d) => d.severity === 'error' && baselineAllows(d.rule))
    .map((d) => ({
      file: contentPath(d.file, root, displayBase),
      rule: d.rule,
      message: d.message,
    }));
}

const contentPath = (shown: string, root: string, displayBase: string) =>
  relative(root, resolve(displayBase, shown)).split(sep).join('/');

interface Loaded {
  entries: (BaselineEntry & { line: number })[];
  diagnostics: Diagnostic[];
  shown: string;
}

function readBaseline(root: string, displayBase: string): Loaded | undefined {
  const path = join(root, BASELINE_FILE);
  // A link is never read (the scan of the content folder reports it as file/symlink).
  if (!existsSync(path) || lstatSync(path).isSymbolicLink()) return undefined;
  const shown = relative(displayBase, path).split(sep).join('/');
  const bad = (line: number, message: string) => ({
    entries: [],
    shown,
    diagnostics: [
      diag(
        shown,
        line,
        'error',
        'baseline/invalid',
        message,
        'fix the file, or delete it and fix the findings it listed',
      ),
    ],
  });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return bad(
      1,
      `${BASELINE_FILE} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return bad(1, `${BASELINE_FILE} is not valid JSON: ${(e as Error).message}`);
  }
  const list = (data as { findings?: unknown })?.findings;
  if (!Array.isArray(list)) return bad(1, `${BASELINE_FILE} has no "findings" list`);
  const lines = text.split('\n');
  let from = 0;
  const lineOf = (e: BaselineEntry) => {
    // entries are one per line in file order; find this one's line after the previous one's
    const message = JSON.stringify(e.message).slice(1, -1);
    const file = JSON.stringify(e.file);
    for (let i = from; i < lines.length; i++) {
      if (lines[i]!.includes(message) && lines[i]!.includes(file)) {
        from = i + 1;
        return i + 1;
      }
    }
    return 1;
  };
  const out: Loaded = { entries: [], diagnostics: [], shown };
  for (const raw of list) {
    const e = raw as Partial<BaselineEntry>;
    if (
      typeof e?.file !== 'string' ||
      typeof e.rule !== 'string' ||
      typeof e.message !== 'string'
    ) {
      out.diagnostics.push(
        diag(
          shown,
          1,
          'error',
          'baseline/invalid',
          `an entry of ${BASELINE_FILE} lacks file, rule or message: ${JSON.stringify(raw)}`,
          'each entry is {"file": "en/x.md", "rule": "link/broken", "message": "…"}',
        ),
      );
      continue;
    }
    const entry = {
      file: e.file,
      rule: e.rule,
      message: e.message,
      line: lineOf(e as BaselineEntry),
    };
    if (!baselineAllows(entry.rule)) {
      out.diagnostics.push(
        diag(
          shown,
          entry.line,
          'error',
          'baseline/not-allowed',
          `a "${entry.rule}" finding cannot be in the baseline: that page would not be built`,
          'fix the finding and delete this line',
        ),
      );
      continue;
    }
    out.entries.push(entry);
  }
  return out;
}

/**
 * Applies `<root>/playbook-baseline.json`, when there is one: each error it lists becomes a
 * warning saying so; entries that match nothing are reported. Returns the new list (unsorted).
 */
export function applyBaseline(
  diagnostics: Diagnostic[],
  root: string,
  displayBase: string,
): Diagnostic[] {
  const base = readBaseline(root, displayBase);
  if (!base) return diagnostics;
  const open = new Map<string, (BaselineEntry & { line: number })[]>();
  const key = (file: string, rule: string, message: string) => `${file}\0${rule}\0${message}`;
  for (const e of base.entries) {
    const k = key(e.file, e.rule, e.message);
    if (!open.has(k)) open.set(k, []);
    open.get(k)!.push(e);
  }
  const out = diagnostics.map((d) => {
    if (d.severity !== 'error' || !baselineAllows(d.rule)) return d;
    const waiting = open.get(key(contentPath(d.file, root, displayBase), d.rule, d.message));
    if (!waiting?.length) return d;
    const e = waiting.shift()!;
    return {
      ...d,
      severity: 'warning' as const,
      message: `${d.message} [known: ${base.shown}:${e.line}]`,
      hint: `${d.hint ? d.hint + '; then ' : ''}delete line ${e.line} of ${base.shown}`,
    };
  });
  for (const left of open.values()) {
    for (const e of left) {
      out.push(
        diag(
          base.shown,
          e.line,
          'warning',
          'baseline/stale',
          `${e.file}: the known "${e.rule}" finding no longer occurs (fixed?)`,
          'delete this line',
        ),
      );
    }
  }
  return [...out, ...base.diagnostics];
}
