/**
 * Status (taxonomy) pages of a DocFX playbook: which pages are statuses, and their ft.level,
 * ft.parent, ft.order and ft.label — derived from the file name (slug), the title and the TOC,
 * never from a list of known pages.
 *
 * Rules:
 * - A status page's id starts with `l1l2l3-`; list pages (last word `list`, `index`, `overview`,
 *   `landing`, `home` or `homepage`, e.g. `l1l2l3-homepage-list`) are ordinary pages.
 * - Parent: the longest other status id that is a prefix (`l1l2l3-blocked` for
 *   `l1l2l3-blocked-legal-regulatory`), looked up in this locale and the default locale.
 *   Without one, the title names it ("In Progress - Migration" → `l1l2l3-in-progress`), or the
 *   TOC section the page is nested in does ("In Progress" → `l1l2l3-in-progress`), as long as
 *   that id is a prefix of the page's id. Such a parent may have no page: the report says so.
 * - Level: L1 without parent, else one below the parent (deeper than L3 is reported, not set).
 * - Order: rank among siblings by first place in the TOC (a parent without page takes the place
 *   of its TOC section, or of its first child), then by id.
 * - Label: the last " - " segment of the title ("Blocked - Legal/Regulatory" → "Legal/Regulatory")
 *   when it differs from the title.
 * Values the author wrote (ft.level, ft.parent, ft.order, ft.label) are kept as written.
 */
import { parseLevel, parseOrder } from '../core/fields.ts';
import { STATUS_PREFIX, slugWords } from '../core/ids.ts';
import { levelAtDepth, type Level } from '../core/levels.ts';
import { dirOf } from '../core/paths.ts';

export { STATUS_PREFIX, slugWords } from '../core/ids.ts';
const LIST_WORDS = new Set(['list', 'index', 'overview', 'landing', 'home', 'homepage']);

function baseName(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

export function isStatusId(id: string): boolean {
  const name = baseName(id).toLowerCase();
  if (!name.startsWith(STATUS_PREFIX) || name.length === STATUS_PREFIX.length) return false;
  const words = name.slice(STATUS_PREFIX.length).split('-');
  return !LIST_WORDS.has(words[words.length - 1]!);
}

/** Title segments separated by " - " (or an en/em dash with spaces). */
export function titleSegments(title: string): string[] {
  return title
    .split(/\s+[-–—]\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The trailing title segments that spell the id (after `l1l2l3-`): "FastTrack Partner Playbook -
 * Blocked" for `l1l2l3-blocked` → ["Blocked"]. The id may go on after them ("Technical
 * Onboarding" for `…-technical-onboarding-deployment`). Undefined when no tail matches.
 */
export function statusSegments(title: string, id: string): string[] | undefined {
  const rest = baseName(id).toLowerCase().slice(STATUS_PREFIX.length);
  const segs = titleSegments(title);
  for (let k = 0; k < segs.length; k++) {
    const joined = slugWords(segs.slice(k).join(' '));
    if (joined && (rest === joined || rest.startsWith(`${joined}-`))) return segs.slice(k);
  }
  return undefined;
}

export interface StatusInput {
  id: string;
  title?: string;
  /** The title the page is imported with (titles.ts), when it differs: ft.label comes from it. */
  shownTitle?: string;
  /** Front-matter values as written, if any. */
  authored: { level?: string; parent?: string; order?: string; label?: string };
}

export interface StatusResult {
  id: string;
  level?: Level;
  parent?: string;
  order?: number;
  label?: string;
  /** How each value was found ("ft.parent l1l2l3-in-progress from the title; no such page"). */
  notes: string[];
  /** Which values the importer adds (the others were written by the author or are not set). */
  added: ('ft.level' | 'ft.parent' | 'ft.order' | 'ft.label')[];
}

export interface StatusContext {
  /** Status pages of this locale. */
  pages: StatusInput[];
  /** Status ids of the default locale (parents may live there). */
  defaultIds: Iterable<string>;
  /** First TOC place per page id and the titles of all TOC entries (tocPlaces in toc.ts). */
  toc: {
    places: Map<string, { index: number; parentTitle?: string }>;
    titles: { title: string; index: number }[];
  };
}

/** The status id `l1l2l3-<slug>` in the folder of `id`. */
function statusIdBeside(id: string, slug: string): string {
  const dir = dirOf(id);
  return `${dir ? `${dir}/` : ''}${STATUS_PREFIX}${slug}`;
}

export function deriveStatuses(ctx: StatusContext): Map<string, StatusResult> {
  const own = new Map(ctx.pages.map((p) => [p.id, p]));
  const known = new Set<string>([...own.keys(), ...ctx.defaultIds]);
  const longestPrefix = (id: string): string | undefined => {
    let best: string | undefined;
    for (const k of known)
      if (k !== id && id.startsWith(`${k}-`) && (!best || k.length > best.length)) best = k;
    return best;
  };
  const parentOf = new Map<string, { parent?: string; how: string }>();
  const missing = new Set<string>();
  for (const p of ctx.pages) {
    const authoredParent = p.authored.parent?.trim();
    if (authoredParent || p.authored.level) {
      parentOf.set(p.id, { parent: authoredParent || undefined, how: 'as written by the author' });
      continue;
    }
    const byPrefix = longestPrefix(p.id);
    if (byPrefix) {
      parentOf.set(p.id, { parent: byPrefix, how: `longest status id that prefixes ${p.id}` });
      continue;
    }
    const segs = p.title ? statusSegments(p.title, p.id) : undefined;
    if (segs && segs.length >= 2) {
      const parent = statusIdBeside(p.id, slugWords(segs.slice(0, -1).join(' ')));
      parentOf.set(p.id, { parent, how: `from the title "${p.title}"` });
      if (!known.has(parent)) missing.add(parent);
      continue;
    }
    const section = ctx.toc.places.get(p.id)?.parentTitle;
    const fromToc = section ? statusIdBeside(p.id, slugWords(section)) : undefined;
    if (fromToc && fromToc !== p.id && p.id.startsWith(`${fromToc}-`)) {
      parentOf.set(p.id, { parent: fromToc, how: `from the TOC section "${section}"` });
      if (!known.has(fromToc)) missing.add(fromToc);
      continue;
    }
    parentOf.set(p.id, {
      how: 'no parent: no status id prefixes it, and neither title nor TOC names one',
    });
  }
  // Parents without page: their own parent by prefix only.
  for (const m of missing) parentOf.set(m, { parent: longestPrefix(m), how: 'no page' });
  const depth = (id: string, seen: Set<string> = new Set()): number => {
    const parent = parentOf.get(id)?.parent;
    if (!parent || seen.has(id)) return 1;
    seen.add(id);
    return 1 + depth(parent, seen);
  };
  // Ids in the default locale that this locale lacks still have a place in the tree.
  for (const k of known)
    if (!parentOf.has(k)) parentOf.set(k, { parent: longestPrefix(k), how: 'default locale' });

  // Order: rank among siblings by TOC place.
  const titleIndex = (id: string): number | undefined => {
    const want = slugWords(baseName(id).slice(STATUS_PREFIX.length));
    return ctx.toc.titles.find((t) => slugWords(t.title) === want)?.index;
  };
  const place = new Map<string, number>();
  const placeOf = (id: string): number => {
    if (place.has(id)) return place.get(id)!;
    let v = ctx.toc.places.get(id)?.index ?? (own.has(id) ? undefined : titleIndex(id));
    if (v === undefined && !own.has(id)) {
      const kids = [...parentOf]
        .filter(([, v2]) => v2.parent === id)
        .map(([k]) => ctx.toc.places.get(k)?.index ?? Infinity);
      v = Math.min(Infinity, ...kids);
    }
    place.set(id, v ?? Infinity);
    return v ?? Infinity;
  };
  const siblings = new Map<string, string[]>();
  for (const [id, v] of parentOf) {
    const key = v.parent ?? '';
    if (!siblings.has(key)) siblings.set(key, []);
    siblings.get(key)!.push(id);
  }
  const rank = new Map<string, number>();
  for (const list of siblings.values()) {
    list.sort((a, b) => placeOf(a) - placeOf(b) || (a < b ? -1 : a > b ? 1 : 0));
    list.forEach((id, i) => rank.set(id, i + 1));
  }

  const out = new Map<string, StatusResult>();
  for (const p of ctx.pages) {
    const r: StatusResult = { id: p.id, notes: [], added: [] };
    const pv = parentOf.get(p.id)!;
    const authoredLevel = p.authored.level?.trim();
    if (authoredLevel) {
      // Read as the checker reads it: `none` is no level, `L4` is none the importer could keep.
      const parsed = parseLevel(authoredLevel);
      r.parent = p.authored.parent?.trim() || undefined;
      if (parsed.ok && parsed.value) {
        r.level = parsed.value;
        r.notes.push(
          `kept the author's ft.level ${authoredLevel}${r.parent ? ` and ft.parent ${r.parent}` : ''}`,
        );
      } else if (parsed.ok)
        r.notes.push(`kept the author's ft.level ${authoredLevel}: not a status page`);
      else
        r.notes.push(
          `kept the author's ft.level ${authoredLevel} as written: ${parsed.problems[0]!.message} (\`npm run check\` reports it)`,
        );
    } else {
      const d = depth(p.id);
      const level = levelAtDepth(d);
      if (!level) {
        r.notes.push(`not given a level: its chain of parents is ${d} deep (L1–L3 only)`);
      } else {
        r.level = level;
        r.added.push('ft.level');
        r.notes.push(`ft.level ${r.level}`);
        if (pv.parent) {
          if (p.authored.parent?.trim()) r.parent = p.authored.parent.trim();
          else {
            r.parent = pv.parent;
            r.added.push('ft.parent');
            r.notes.push(
              `ft.parent ${pv.parent} (${pv.how})${known.has(pv.parent) ? '' : ' — no page with that id in the input'}`,
            );
          }
        }
      }
    }
    const authoredOrder = p.authored.order?.trim();
    if (authoredOrder) {
      const parsed = parseOrder(authoredOrder);
      if (parsed.ok) r.order = parsed.value;
      else
        r.notes.push(
          `kept the author's ft.order ${authoredOrder} as written: ${parsed.problems[0]!.message} (\`npm run check\` reports it)`,
        );
    } else if (r.level) {
      r.order = rank.get(p.id);
      r.added.push('ft.order');
      const where = ctx.toc.places.get(p.id);
      r.notes.push(
        `ft.order ${r.order} (${where ? `TOC position ${where.index + 1}` : 'not in the TOC: after the TOC entries, by id'})`,
      );
    }
    if (p.authored.label?.trim()) r.label = p.authored.label.trim();
    else if ((p.shownTitle ?? p.title) && r.level) {
      const shown = (p.shownTitle ?? p.title)!;
      const segs = titleSegments(shown);
      const last = segs[segs.length - 1];
      if (last && last !== shown.trim()) {
        r.label = last;
        r.added.push('ft.label');
        r.notes.push(`ft.label "${last}" (last segment of the title)`);
      }
    }
    out.set(p.id, r);
  }
  return out;
}
