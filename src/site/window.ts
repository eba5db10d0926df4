/**
 * A long sibling list (hundreds of L2s under one L1) is cut to a window around the current page,
 * with "N more" links to the parent's full list: the sidebar stays usable and a page's size stays
 * bounded whatever the size of its own branch.
 */
/** Siblings shown around the current page: enough to move along (the playbook has at most 10
 * under one parent), small enough that a page with full L2 and L3 windows stays under 30 KB. */
export const SIDEBAR_WINDOW = 16;

export function windowAround<T>(
  items: readonly T[],
  current: T | undefined,
  size = SIDEBAR_WINDOW,
): { items: T[]; before: number; after: number } {
  if (items.length <= size) return { items: [...items], before: 0, after: 0 };
  const at = current === undefined ? -1 : items.indexOf(current);
  const centre = at < 0 ? 0 : at;
  let start = Math.max(0, centre - Math.floor(size / 2));
  const end = Math.min(items.length, start + size);
  start = Math.max(0, end - size);
  return { items: items.slice(start, end), before: start, after: items.length - end };
}
