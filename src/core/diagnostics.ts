/** One finding about the content: where it is, what is wrong, how to fix it. */
import type { RuleId } from './rules.ts';
import { githubActions } from './env.ts';
import { compare } from './paths.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path as the user should see it, relative to the working directory (forward slashes). */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Stable rule id, e.g. `schema/ms.date`, `link/broken` (the list: rules.ts). */
  rule: RuleId;
  message: string;
  /** How to fix it. */
  hint?: string;
}

export function diag(
  file: string,
  line: number,
  severity: Severity,
  rule: RuleId,
  message: string,
  hint?: string,
  column = 1,
): Diagnostic {
  return {
    file,
    line: Math.max(1, line),
    column: Math.max(1, column),
    severity,
    rule,
    message,
    hint,
  };
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.rule, b.rule) ||
      compare(a.message, b.message),
  );
}

/** Whether output is read by GitHub Actions, which takes any line starting with `::` as a workflow command. */
export const underGithubActions = (): boolean => githubActions();

/**
 * Human format. Under GitHub Actions every field is escaped as GitHub escapes command data (%,
 * CR and LF encoded), so no text from content (a file name, a key, an HTML line) can start a line
 * of its own and forge an `::error …` command; see also `githubSafe`.
 */
export function formatHuman(d: Diagnostic): string {
  return formatHumanFor(d, underGithubActions());
}

export function formatHumanFor(d: Diagnostic, github: boolean): string {
  const f = github ? escapeData : (s: string) => s;
  const head = `${f(d.file)}:${d.line}:${d.column} ${d.severity} ${f(d.rule)} ${f(d.message)}`;
  const text = d.hint ? `${head}\n    hint: ${f(d.hint)}` : head;
  return github ? githubSafe(text) : text;
}

/**
 * Text printed under GitHub Actions that is not one of our annotations: no line of it may be read
 * as a workflow command (GitHub ignores leading blanks), so a leading `::` gets a zero-width space.
 */
export function githubSafe(text: string): string {
  return text.replace(/^(\s*):(?=:)/gm, '$1:\u200B');
}

/** GitHub workflow command escaping (data part and property values). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(d: Diagnostic): string {
  const msg = d.hint ? `${d.message}\nhint: ${d.hint}` : d.message;
  return `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}::${escapeData(msg)}`;
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Markdown table for $GITHUB_STEP_SUMMARY (GitHub only shows 10 annotations per step). */
export function formatSummaryTable(list: Diagnostic[]): string {
  const rows = list.map(
    (d) =>
      `| ${escapeCell(d.file)}:${d.line}:${d.column} | ${d.severity} | \`${escapeCell(d.rule)}\` | ${escapeCell(d.message)} | ${escapeCell(d.hint ?? '')} |`,
  );
  return ['| Where | Severity | Rule | Message | Hint |', '|---|---|---|---|---|', ...rows].join(
    '\n',
  );
}

export function countBySeverity(list: Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of list) d.severity === 'error' ? errors++ : warnings++;
  return { errors, warnings };
}
