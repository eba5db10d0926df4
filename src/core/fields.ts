/**
 * How the text of a front-matter field is read: the parsers behind the checker's schema
 * (schema.ts), used as they are by the importer and the scaffold so all three read a value alike
 * (`ft.level: none` is "no level", `L4` is refused, `ft.order: abc` is refused, not NaN).
 * Each takes what the YAML reader gives (text, or a list of texts) and returns the value or the
 * problems, in words for the author.
 */
import { parseMsDate } from './dates.ts';
import { AUDIENCES, type Audience } from './audiences.ts';
import { LEVELS, isLevel, type Level } from './levels.ts';

/** Who a page is built for: the partner site, or the internal one (which holds every page). */
export { AUDIENCES, type Audience };

/** What is wrong with a value; `value` and `allowed` let the checker add "did you mean". */
export interface FieldProblem {
  message: string;
  value?: string;
  allowed?: readonly string[];
}

/** A field's value, or the problems that keep it from having one. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const bad = <T>(message: string, extra: Omit<FieldProblem, 'message'> = {}): FieldResult<T> => ({
  ok: false,
  problems: [{ message, ...extra }],
});

/** Items of a list field written as a YAML list or as "a, b": trimmed, empty ones dropped. */
export function listOf(v: string | readonly string[]): string[] {
  const items = typeof v === 'string' ? v.split(',') : v;
  return items.map((x) => String(x).trim()).filter(Boolean);
}

/** `ft.level`: L1, L2, L3 in any case; `none` or empty is no level (null). */
export function parseLevel(v: string): FieldResult<Level | null> {
  const s = v.trim().toUpperCase();
  if (s === 'NONE' || s === '') return ok(null);
  if (isLevel(s)) return ok(s);
  return bad(`unknown level "${v}"`, { value: v, allowed: [...LEVELS, 'none'] });
}

/** Far beyond any real list of siblings, and exact as a number (a 23-digit order is not). */
export const MAX_ORDER = 1_000_000;

/** `ft.order`: a whole number from -MAX_ORDER to MAX_ORDER. */
export function parseOrder(v: string): FieldResult<number> {
  const s = v.trim();
  if (!/^-?\d+$/.test(s)) return bad(`ft.order "${v}" is not a whole number`);
  const n = Number(s);
  if (Math.abs(n) > MAX_ORDER)
    return bad(`ft.order "${v}" is too large; use a number from -${MAX_ORDER} to ${MAX_ORDER}`);
  return ok(n);
}

/** `ft.audience`: partner and/or internal (list or "internal, partner"), any case; sorted, once each. */
export function parseAudienceField(v: string | readonly string[]): FieldResult<Audience[]> {
  const out: Audience[] = [];
  const problems: FieldProblem[] = [];
  for (const item of listOf(v)) {
    const a = item.toLowerCase();
    if ((AUDIENCES as readonly string[]).includes(a)) {
      if (!out.includes(a as Audience)) out.push(a as Audience);
    } else
      problems.push({ message: `unknown audience "${item}"`, value: item, allowed: AUDIENCES });
  }
  if (out.length === 0 && problems.length === 0) problems.push({ message: 'ft.audience is empty' });
  return problems.length ? { ok: false, problems } : ok(out.sort());
}

/** The audiences an `ft.audience` value names (unknown words ignored): for files that are not pages, such as includes. */
export function parseAudience(v: unknown): Audience[] {
  if (typeof v !== 'string' && !Array.isArray(v)) return [];
  return listOf(v as string | string[])
    .map((x) => x.toLowerCase())
    .filter((x): x is Audience => (AUDIENCES as readonly string[]).includes(x));
}

/** `ms.date` in M/D/YYYY, MM/DD/YYYY, M/D/YY or YYYY-MM-DD → ISO YYYY-MM-DD. */
export function parseDateField(v: string): FieldResult<string> {
  const r = parseMsDate(v);
  return 'error' in r ? bad(`${r.error} (use M/D/YYYY or YYYY-MM-DD)`) : ok(r.iso);
}

/** `ft.keywords`: a list or comma-separated text. */
export function parseKeywords(v: string | readonly string[]): string[] {
  return listOf(v);
}

/**
 * `ft.aliases`: a YAML list only — aliases hold official names such as "Billing, Licensing and
 * Subscription", whose commas must not split them. Trimmed, empty ones and repeats dropped.
 */
export function parseAliases(v: readonly string[]): string[] {
  return [...new Set(v.map((x) => x.trim()).filter(Boolean))];
}
