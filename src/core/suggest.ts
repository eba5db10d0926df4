/**
 * "Did you mean …?" — the closest candidate by Damerau–Levenshtein distance (optimal string
 * alignment: insertions, deletions, substitutions and adjacent swaps cost 1), if close enough.
 *
 * A suggestion is only ever made within MAX_EDITS edits, so the search never needs a full
 * distance: `Suggester` keeps its candidates sorted, reuses the rows of the distance table for
 * the prefix a candidate shares with the one before it, and skips every candidate under a prefix
 * as soon as no word starting with that prefix can come within the bound (one full table per
 * (link, page) pair took minutes on a large tree with many broken links); see suggest.test.ts for the equivalence with the plain definition.
 */

/** Edits a suggestion may be away from the input, at most (fewer for short words). */
export const MAX_EDITS = 3;

/** Full optimal-string-alignment distance (the definition; the tests compare against it). */
export function distance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => {
    const row = new Array<number>(n + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= n; j++) d[0]![j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}

/** Edits allowed between an input and a candidate: one per three characters, 1 to MAX_EDITS. */
function allowedEdits(input: string, candidate: string): number {
  return Math.max(1, Math.min(MAX_EDITS, Math.floor(Math.max(input.length, candidate.length) / 3)));
}

/** A fixed candidate list, prepared for many look-ups (case-insensitive). */
export class Suggester {
  /** Lower-cased candidates, sorted, each once. */
  private readonly words: string[];
  /** For each word: the first candidate (as given) that lower-cases to it, and its position. */
  private readonly originals: string[] = [];
  private readonly order: number[] = [];
  /** lcp[k]: length of the prefix words[k] shares with words[k - 1]. */
  private readonly lcp: Int32Array;
  private readonly maxLength: number;

  constructor(candidates: Iterable<string>) {
    const first = new Map<string, { value: string; index: number }>();
    let index = 0;
    for (const c of candidates) {
      const lower = c.toLowerCase();
      if (!first.has(lower)) first.set(lower, { value: c, index });
      index++;
    }
    this.words = [...first.keys()].sort();
    this.lcp = new Int32Array(this.words.length);
    let maxLength = 0;
    for (let k = 0; k < this.words.length; k++) {
      const w = this.words[k]!;
      const f = first.get(w)!;
      this.originals.push(f.value);
      this.order.push(f.index);
      maxLength = Math.max(maxLength, w.length);
      if (k > 0) {
        const p = this.words[k - 1]!;
        let l = 0;
        while (l < w.length && l < p.length && w.charCodeAt(l) === p.charCodeAt(l)) l++;
        this.lcp[k] = l;
      }
    }
    this.maxLength = maxLength;
  }

  /**
   * The candidate nearest to `input` (the first given, of equally near ones) when it is within the
   * edits allowed for its length; an exact (case-insensitive) match always.
   */
  closest(input: string): string | undefined {
    const words = this.words;
    if (words.length === 0) return undefined;
    const needle = input.toLowerCase();
    const n = needle.length;
    const width = n + 1;
    // rows[i * width + j]: distance between the first i characters of the current word and the
    // first j of the needle; rowMin[i] the least value of row i.
    const rows = new Int32Array((this.maxLength + 1) * width);
    const rowMin = new Int32Array(this.maxLength + 1);
    for (let j = 0; j <= n; j++) rows[j] = j;
    rowMin[0] = 0;
    let bestScore = MAX_EDITS + 1;
    let best = -1;
    let valid = 0; // rows 0..valid hold the prefix of the word last visited
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const bound = Math.min(MAX_EDITS, bestScore);
      let i = Math.min(valid, this.lcp[k]!) + 1;
      let pruned = false;
      for (; i <= w.length; i++) {
        const c = w.charCodeAt(i - 1);
        const parent = i > 1 ? w.charCodeAt(i - 2) : -1;
        const at = i * width;
        const up = at - width;
        const up2 = up - width;
        rows[at] = i;
        let min = i;
        for (let j = 1; j <= n; j++) {
          const nc = needle.charCodeAt(j - 1);
          let v = rows[up + j]! + 1;
          const left = rows[at + j - 1]! + 1;
          if (left < v) v = left;
          const diag = rows[up + j - 1]! + (nc === c ? 0 : 1);
          if (diag < v) v = diag;
          if (i > 1 && j > 1 && c === needle.charCodeAt(j - 2) && parent === nc) {
            const swap = rows[up2 + j - 2]! + 1;
            if (swap < v) v = swap;
          }
          rows[at + j] = v;
          if (v < min) min = v;
        }
        rowMin[i] = min;
        // Every later row is at least min(this row, the row before + 1): past the bound, no word
        // with this prefix can be near enough. Skip them all.
        if (min > bound && rowMin[i - 1]! >= bound) {
          valid = i;
          while (k + 1 < words.length && this.lcp[k + 1]! >= i) k++;
          pruned = true;
          break;
        }
      }
      if (pruned) continue;
      valid = w.length;
      const score = rows[w.length * width + n]!;
      if (
        score < bestScore ||
        (score === bestScore && best >= 0 && this.order[k]! < this.order[best]!)
      ) {
        bestScore = score;
        best = k;
      }
    }
    if (best < 0) return undefined;
    const candidate = this.originals[best]!;
    return bestScore === 0 || bestScore <= allowedEdits(input, candidate) ? candidate : undefined;
  }
}

export function closest(input: string, candidates: Iterable<string>): string | undefined {
  return new Suggester(candidates).closest(input);
}

export function didYouMean(input: string, candidates: Iterable<string>): string {
  const c = closest(input, candidates);
  return c && c !== input ? ` (did you mean "${c}"?)` : '';
}
