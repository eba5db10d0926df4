/**
 * "Which status applies?": the guided helper's question tree, one YAML file per locale
 * (`content/<locale>/_which-status.yml`). Questions are content; this module reads a file with
 * line numbers, checks it against the locale's taxonomy (every answer leads somewhere that exists,
 * no cycles, every status reachable) and against the English tree (same questions, same order,
 * same destinations), and drops answers whose status is not built for the audience.
 */
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { readDataFile } from './content-file.ts';
import { diag, type Diagnostic } from './diagnostics.ts';
import type { RuleId } from './rules.ts';
import { closest } from './suggest.ts';
import { ancestry, flatten, type Taxonomy } from './taxonomy.ts';

/** The helper's file in a locale folder (a `_` file: not a page). */
export const HELPER_FILE = '_which-status.yml';
export const MIN_ANSWERS = 2;
export const MAX_ANSWERS = 5;

/** Texts of the helper page; every locale's file must give all of them. */
export const HELPER_LABELS = [
  'title',
  'intro',
  'start',
  'back',
  'restart',
  'result',
  'path',
  'englishPath',
  'openPage',
  'allQuestions',
] as const;
export type HelperLabel = (typeof HELPER_LABELS)[number];

export interface HelperAnswer {
  text: string;
  /** Id of the next question, or … */
  next?: string;
  /** … the status id this answer ends at. */
  status?: string;
  line: number;
}

export interface HelperQuestion {
  id: string;
  text: string;
  /** Optional clarification shown under the question. */
  hint?: string;
  answers: HelperAnswer[];
  line: number;
}

export interface StatusHelper {
  locale: string;
  file: string;
  labels: Record<HelperLabel, string>;
  /** Id of the first question (the first question of the file). */
  start: string;
  questions: HelperQuestion[];
  byId: Map<string, HelperQuestion>;
}

const str = (n: unknown): string | undefined =>
  isScalar(n) && n.value !== null && n.value !== undefined ? String(n.value).trim() : undefined;

/**
 * Reads one helper file. Shape errors are findings; what can be read is returned, so that one
 * mistake does not hide the others.
 */
export function parseStatusHelper(
  raw: string,
  file: string,
  locale: string,
): { helper?: StatusHelper; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(raw.replace(/^\uFEFF/, ''), { lineCounter: lc, uniqueKeys: true });
  const lineOf = (n: unknown) => {
    const r = (n as YamlNode | undefined)?.range;
    return r ? lc.linePos(r[0]).line : 1;
  };
  const bad = (n: unknown, rule: RuleId, message: string, hint: string) =>
    diagnostics.push(diag(file, lineOf(n), 'error', rule, message, hint));
  for (const e of doc.errors)
    diagnostics.push(
      diag(
        file,
        e.linePos?.[0]?.line ?? 1,
        'error',
        'helper/yaml',
        `the helper file is not valid YAML: ${e.message.split('\n')[0]}`,
        'fix the YAML (indentation, quotes around texts with ": " or "#")',
      ),
    );
  if (doc.errors.length) return { diagnostics };
  const root = doc.contents;
  if (!isMap(root)) {
    bad(
      root,
      'helper/shape',
      'the helper file must be a mapping with `labels:` and `questions:`',
      `see content/en/${HELPER_FILE}`,
    );
    return { diagnostics };
  }
  const labelsNode = root.get('labels', true);
  const labels = {} as Record<HelperLabel, string>;
  if (!isMap(labelsNode))
    bad(
      root,
      'helper/shape',
      '`labels:` is missing',
      `copy the labels of content/en/${HELPER_FILE} and translate them`,
    );
  else {
    for (const key of HELPER_LABELS) {
      const v = str(labelsNode.get(key, true));
      if (v) labels[key] = v;
      else
        bad(
          labelsNode,
          'helper/shape',
          `label "${key}" is missing or empty`,
          `add \`${key}: …\` under labels:`,
        );
    }
  }
  const qsNode = root.get('questions', true);
  const questions: HelperQuestion[] = [];
  if (!isSeq(qsNode) || qsNode.items.length === 0) {
    bad(
      qsNode ?? root,
      'helper/shape',
      '`questions:` must be a list of questions',
      'each question: `- id: …`, `text: …`, `answers:` (a list)',
    );
    return { diagnostics };
  }
  for (const qn of qsNode.items) {
    if (!isMap(qn)) {
      bad(
        qn,
        'helper/shape',
        'a question must be a mapping with id, text and answers',
        'write `- id: name` then `text:` and `answers:` indented below it',
      );
      continue;
    }
    const id = str(qn.get('id', true));
    const text = str(qn.get('text', true));
    if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id))
      bad(
        qn,
        'helper/shape',
        `question id "${id ?? ''}" is missing or not lower-case letters, digits and hyphens`,
        'give the question an id such as `blocked-cause`',
      );
    if (!text)
      bad(
        qn,
        'helper/shape',
        `question "${id ?? '?'}" has no text`,
        'add `text: …` with the question to ask',
      );
    if (id && questions.some((q) => q.id === id))
      bad(
        qn,
        'helper/duplicate-question',
        `question id "${id}" is used twice`,
        'give each question its own id',
      );
    const answers: HelperAnswer[] = [];
    const an = qn.get('answers', true);
    if (!isSeq(an))
      bad(
        qn,
        'helper/shape',
        `question "${id ?? '?'}" has no list of answers`,
        'add `answers:` with 2 to 5 items',
      );
    else {
      for (const a of an.items) {
        const line = lineOf(a);
        const at = isMap(a) ? a : undefined;
        const aText = str(at?.get('text', true));
        const next = str(at?.get('next', true));
        const status = str(at?.get('status', true));
        if (!aText) bad(a, 'helper/shape', 'an answer has no text', 'add `text: …` to the answer');
        if (!!next === !!status)
          bad(
            a,
            'helper/answer-target',
            'an answer needs exactly one of `next:` (a question id) or `status:` (a status id)',
            'write `next: <question id>` or `status: l1l2l3-…`',
          );
        answers.push({ text: aText ?? '', next, status, line });
      }
    }
    if (id)
      questions.push({
        id,
        text: text ?? '',
        hint: str(qn.get('hint', true)),
        answers,
        line: lineOf(qn),
      });
  }
  if (questions.length === 0) return { diagnostics };
  const helper: StatusHelper = {
    locale,
    file,
    labels,
    start: questions[0]!.id,
    questions,
    byId: new Map(questions.map((q) => [q.id, q])),
  };
  return { helper, diagnostics };
}

/**
 * Checks a helper against its locale's taxonomy and returns it pruned for the audience: answers to
 * a status that exists but is not built for this audience are dropped (the partner site shows no
 * internal branch), and a question left without answers is reported.
 */
export function checkStatusHelper(
  helper: StatusHelper,
  tax: Taxonomy,
  isHidden: (id: string) => boolean,
): { helper: StatusHelper; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const { file } = helper;
  const ids = [...tax.byId.keys()];
  const pruned = new Map<string, HelperQuestion>();
  for (const q of helper.questions) {
    if (q.answers.length < MIN_ANSWERS || q.answers.length > MAX_ANSWERS) {
      diagnostics.push(
        diag(
          file,
          q.line,
          'error',
          'helper/answer-count',
          `question "${q.id}" has ${q.answers.length} answers; a question has ${MIN_ANSWERS} to ${MAX_ANSWERS}`,
          q.answers.length > MAX_ANSWERS
            ? 'split it into two questions'
            : 'add another answer, or fold the question into the one before',
        ),
      );
    }
    const kept: HelperAnswer[] = [];
    for (const a of q.answers) {
      if (a.next !== undefined && !helper.byId.has(a.next)) {
        const s = closest(a.next, helper.byId.keys());
        diagnostics.push(
          diag(
            file,
            a.line,
            'error',
            'helper/unknown-question',
            `answer "${a.text}" leads to question "${a.next}", which does not exist${s ? ` (did you mean "${s}"?)` : ''}`,
            s ? `write \`next: ${s}\`` : 'name the id of a question of this file',
          ),
        );
        continue;
      }
      if (a.status !== undefined && !tax.byId.has(a.status)) {
        if (isHidden(a.status)) continue; // not built for this audience: the branch disappears
        const s = closest(a.status, ids);
        diagnostics.push(
          diag(
            file,
            a.line,
            'error',
            'helper/unknown-status',
            `answer "${a.text}" ends at status "${a.status}", which is not a status page in ${helper.locale}${s ? ` (did you mean "${s}"?)` : ''}`,
            s ? `write \`status: ${s}\`` : 'name the id (file name without .md) of a status page',
          ),
        );
        continue;
      }
      kept.push(a);
    }
    pruned.set(q.id, { ...q, answers: kept });
  }
  // Answers that lead to a question left empty are dropped too, until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const q of pruned.values()) {
      const keep = q.answers.filter(
        (a) => a.next === undefined || (pruned.get(a.next)?.answers.length ?? 0) > 0,
      );
      if (keep.length !== q.answers.length) {
        q.answers = keep;
        changed = true;
      }
    }
  }
  for (const q of pruned.values()) {
    const original = helper.byId.get(q.id)!;
    if (q.answers.length === 0 && original.answers.length > 0) {
      diagnostics.push(
        diag(
          file,
          q.line,
          'error',
          'helper/empty-question',
          `question "${q.id}" has no answer left for this site: every status it leads to is missing or not built for this audience`,
          'add an answer that leads to a status for this audience, or remove the question and the answer that leads to it',
        ),
      );
    }
  }
  diagnostics.push(...cycles(helper, pruned));
  // Reachability: questions from the start; statuses as destinations or their ancestors.
  const seen = new Set<string>();
  const reached = new Set<string>();
  const walk = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const a of pruned.get(id)?.answers ?? []) {
      if (a.next) walk(a.next);
      else if (a.status) for (const n of ancestry(tax.byId.get(a.status)!)) reached.add(n.id);
    }
  };
  walk(helper.start);
  for (const q of helper.questions) {
    if (!seen.has(q.id))
      diagnostics.push(
        diag(
          file,
          q.line,
          'error',
          'helper/unreachable-question',
          `no answer leads to question "${q.id}"`,
          'lead an answer to it with `next:`, or remove it',
        ),
      );
  }
  const missing = flatten(tax).filter((n) => !reached.has(n.id));
  if (missing.length) {
    // A warning: a new status page is valid before the helper leads to it (the author is told).
    diagnostics.push(
      diag(
        file,
        1,
        'warning',
        'helper/unreachable-status',
        `no answer ends at ${missing.map((n) => `"${n.title}" (${n.id})`).join(', ')}`,
        'add an answer with `status:` for each, so that every status can be found with the helper',
      ),
    );
  }
  const questions = helper.questions.filter((q) => seen.has(q.id)).map((q) => pruned.get(q.id)!);
  return {
    helper: { ...helper, questions, byId: new Map(questions.map((q) => [q.id, q])) },
    diagnostics,
  };
}

function cycles(helper: StatusHelper, qs: Map<string, HelperQuestion>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const a of qs.get(id)?.answers ?? []) {
      if (!a.next) continue;
      const s = state.get(a.next);
      if (s === 'open') {
        const loop = [...stack.slice(stack.indexOf(a.next)), a.next];
        out.push(
          diag(
            helper.file,
            a.line,
            'error',
            'helper/cycle',
            `answer "${a.text}" leads back to an earlier question: ${loop.join(' → ')}`,
            'lead it to a later question or to a status',
          ),
        );
      } else if (!s) visit(a.next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const q of helper.questions) if (!state.has(q.id)) visit(q.id);
  return out;
}

/** A translated helper must be the English tree: same questions in the same order, same destinations. */
export function compareWithSource(helper: StatusHelper, source: StatusHelper): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (q: { line: number }) => `${source.file}:${q.line}`;
  const n = Math.max(helper.questions.length, source.questions.length);
  for (let i = 0; i < n; i++) {
    const q = helper.questions[i];
    const s = source.questions[i];
    if (!q) {
      out.push(
        diag(
          helper.file,
          1,
          'error',
          'helper/translation',
          `question ${i + 1} ("${s!.id}") of the English helper is missing`,
          `translate it from ${at(s!)}`,
        ),
      );
      continue;
    }
    if (!s) {
      out.push(
        diag(
          helper.file,
          q.line,
          'error',
          'helper/translation',
          `question "${q.id}" is not in the English helper`,
          `remove it, or add it to ${source.file} first`,
        ),
      );
      continue;
    }
    if (q.id !== s.id) {
      out.push(
        diag(
          helper.file,
          q.line,
          'error',
          'helper/translation',
          `question ${i + 1} is "${q.id}", but the English helper has "${s.id}" here`,
          `keep the English order and ids (${at(s)})`,
        ),
      );
      continue;
    }
    if (q.answers.length !== s.answers.length) {
      out.push(
        diag(
          helper.file,
          q.line,
          'error',
          'helper/translation',
          `question "${q.id}" has ${q.answers.length} answers; the English one has ${s.answers.length}`,
          `translate every answer of ${at(s)}, in the same order`,
        ),
      );
      continue;
    }
    q.answers.forEach((a, j) => {
      const b = s.answers[j]!;
      if (a.next !== b.next || a.status !== b.status) {
        const dest = (x: HelperAnswer) =>
          x.next ? `question "${x.next}"` : `status "${x.status}"`;
        out.push(
          diag(
            helper.file,
            a.line,
            'error',
            'helper/translation',
            `answer ${j + 1} of "${q.id}" leads to ${dest(a)}; the English answer leads to ${dest(b)}`,
            `lead it where ${at(b)} does`,
          ),
        );
      }
    });
  }
  return out;
}

/**
 * Reads, checks and prunes the helper of every locale folder that has one. A locale without its
 * own file gets no helper here; the site then shows the English one.
 */
export function loadStatusHelpers(
  root: string,
  locales: readonly string[],
  defaultLocale: string,
  taxonomies: ReadonlyMap<string, Taxonomy>,
  isHidden: (locale: string, id: string) => boolean,
  show: (abs: string) => string,
): { helpers: Map<string, StatusHelper>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const parsed = new Map<string, StatusHelper>();
  for (const locale of locales) {
    const abs = join(root, locale, HELPER_FILE);
    const read = readDataFile(abs, show, 'the helper file', 'helper/unreadable');
    if (!read) continue;
    if ('diagnostic' in read) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const r = parseStatusHelper(read.raw, show(abs), locale);
    diagnostics.push(...r.diagnostics);
    if (r.helper) parsed.set(locale, r.helper);
  }
  const source = parsed.get(defaultLocale);
  const helpers = new Map<string, StatusHelper>();
  for (const [locale, h] of parsed) {
    if (source && locale !== defaultLocale) diagnostics.push(...compareWithSource(h, source));
    const tax = taxonomies.get(locale);
    if (!tax) continue;
    const r = checkStatusHelper(
      h,
      tax,
      (id) => isHidden(locale, id) || isHidden(defaultLocale, id),
    );
    diagnostics.push(...r.diagnostics);
    helpers.set(locale, r.helper);
  }
  return { helpers, diagnostics };
}
