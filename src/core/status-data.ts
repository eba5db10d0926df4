/**
 * The taxonomy as data: one record per status of a locale, for `statuses.json` / `.csv`, the
 * DefinedTerm JSON-LD of each status page and `llms.txt`. The zod schema below is the contract;
 * the published JSON Schema is generated from it (zod 4 `toJSONSchema`), so the two cannot drift.
 */
import { z } from 'zod';
import { LEVELS } from './schema.ts';
import { nodeText, parseMarkdown, type MdNode } from './markdown.ts';
import { ancestry, flatten, type TaxNode, type Taxonomy } from './taxonomy.ts';

export const PATH_SEPARATOR = ' › ';

export const statusRecordSchema = z
  .object({
    id: z.string().describe('Stable id of the status (its page id); the same in every locale.'),
    level: z.enum(LEVELS).describe('L1 status, L2 reason or L3 sub-reason.'),
    parentId: z.string().nullable().describe('Id of the parent status; null for an L1.'),
    englishName: z.string().describe('Official English name, as tracking tools hold it.'),
    name: z.string().describe('Name in the locale of the file.'),
    englishPath: z.string().describe('L1 › L2 › L3 path with the English names.'),
    path: z.string().describe('L1 › L2 › L3 path with the names of the locale.'),
    definition: z.string().describe('Definition as plain text.'),
    aliases: z
      .array(z.string())
      .describe(
        'Other names: official names of earlier editions, the English name, words partners use.',
      ),
    url: z.string().url().describe('Address of the status page in this locale.'),
    lastReviewed: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe('Date the page was last reviewed (YYYY-MM-DD).'),
    translated: z
      .boolean()
      .describe('False when the locale shows the English page (not translated yet).'),
  })
  .strict();
export type StatusRecord = z.infer<typeof statusRecordSchema>;

export const statusFileSchema = z
  .object({
    $schema: z.string().optional().describe('Address of this JSON Schema.'),
    locale: z.string(),
    audience: z.enum(['partner', 'internal']),
    statuses: z.array(statusRecordSchema),
  })
  .strict()
  .describe('Every status of one locale of the FastTrack Partner Playbook, in reading order.');
export type StatusFile = z.infer<typeof statusFileSchema>;

export const allStatusesFileSchema = z
  .object({
    $schema: z.string().optional().describe('Address of this JSON Schema.'),
    audience: z.enum(['partner', 'internal']),
    locales: z.record(z.string(), z.array(statusRecordSchema)),
  })
  .strict()
  .describe('Every status of every locale of the FastTrack Partner Playbook.');

/** JSON Schemas of the two files, for publishing beside them. */
export function statusJsonSchemas(): { locale: object; all: object } {
  return { locale: z.toJSONSchema(statusFileSchema), all: z.toJSONSchema(allStatusesFileSchema) };
}

/**
 * The definition of a status page as plain text: the first paragraph of its first `##` section
 * (every status page opens with its definition), else the front-matter description.
 */
export function definitionText(body: string, fallback: string): string {
  const root = parseMarkdown(body);
  let inFirst = false;
  for (const n of root.children ?? []) {
    if (n.type === 'heading' && n.depth === 2) {
      if (inFirst) break;
      inFirst = true;
      continue;
    }
    if (inFirst && n.type === 'paragraph') return plain(n) || fallback;
  }
  return fallback;
}

const plain = (n: MdNode) => nodeText(n).replace(/\s+/g, ' ').trim();

export interface RecordSource {
  /** Definition of the page shown for a node (its own or the English one), see `definitionText`. */
  definitionOf(node: TaxNode): string;
  /** Absolute URL of a node's page in the locale. */
  urlOf(node: TaxNode): string;
}

/** Every status of a locale as records, in reading order; `english` gives the official names. */
export function statusRecords(
  tax: Taxonomy,
  english: Taxonomy | undefined,
  source: RecordSource,
): StatusRecord[] {
  return flatten(tax).map((node) => {
    const chain = ancestry(node);
    const enChain = chain.map((n) => english?.byId.get(n.id) ?? n);
    const meta = node.page.meta;
    return {
      id: node.id,
      level: node.level,
      parentId: node.parent?.id ?? null,
      englishName: enChain[enChain.length - 1]!.title,
      name: node.title,
      englishPath: enChain.map((n) => n.title).join(PATH_SEPARATOR),
      path: chain.map((n) => n.title).join(PATH_SEPARATOR),
      definition: source.definitionOf(node),
      aliases: meta.aliases,
      url: source.urlOf(node),
      lastReviewed: meta.date,
      translated: !node.fallback,
    };
  });
}

export const CSV_COLUMNS = [
  'id',
  'level',
  'parentId',
  'englishName',
  'name',
  'englishPath',
  'path',
  'definition',
  'aliases',
  'url',
  'lastReviewed',
  'translated',
] as const;
/** Aliases share one CSV cell, separated by this (no official name contains it). */
export const CSV_LIST_SEPARATOR = ' | ';

/**
 * A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) gets a
 * leading apostrophe, as OWASP advises against CSV injection; `csvValue` takes it off again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const csvCell = (raw: string) => {
  const v = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
};

/** The value a parsed CSV cell stands for (the apostrophe before a formula-like value removed). */
export const csvValue = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/**
 * RFC 4180 CSV with a UTF-8 byte order mark (so spreadsheets read the accents and CJK right)
 * and CRLF line ends.
 */
export function statusesCsv(records: StatusRecord[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const r of records) {
    rows.push(
      CSV_COLUMNS.map((c) => {
        const v = r[c];
        return csvCell(Array.isArray(v) ? v.join(CSV_LIST_SEPARATOR) : v === null ? '' : String(v));
      }).join(','),
    );
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
