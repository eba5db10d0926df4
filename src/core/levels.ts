/**
 * The three levels of the status taxonomy and how they nest: an L1 status has no parent, an L2
 * reason sits under an L1, an L3 sub-reason under an L2. The taxonomy, the importer and the
 * scaffold all take these rules from here.
 */

/** The levels, top first. */
export const LEVELS = ['L1', 'L2', 'L3'] as const;
export type Level = (typeof LEVELS)[number];

const PARENT_LEVEL: Record<Level, Level | null> = { L1: null, L2: 'L1', L3: 'L2' };

/** The level a page of `level` must have as parent; null for an L1 (it has none). */
export function parentLevelOf(level: Level): Level | null {
  return PARENT_LEVEL[level];
}

/** The level of a page `depth` steps from the top (1 → L1); undefined deeper than L3 or below 1. */
export function levelAtDepth(depth: number): Level | undefined {
  return Number.isInteger(depth) ? LEVELS[depth - 1] : undefined;
}

/** Whether a string is exactly one of the levels (`L2`, not `l2`: see fields.ts to parse what authors write). */
export function isLevel(s: string): s is Level {
  return (LEVELS as readonly string[]).includes(s);
}
