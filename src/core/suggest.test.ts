import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closest, didYouMean, distance, Suggester } from './suggest.ts';

test('distance counts insertions, deletions, substitutions and adjacent swaps as 1', () => {
  assert.equal(distance('', ''), 0);
  assert.equal(distance('abc', ''), 3);
  assert.equal(distance('', 'abc'), 3);
  assert.equal(distance('kitten', 'sitting'), 3);
  assert.equal(distance('pargim', 'pagrim'), 1); // swap
  assert.equal(distance('ft.audeince', 'ft.audience'), 1);
  assert.equal(distance('abc', 'abcd'), 1);
  assert.equal(distance('abcd', 'abd'), 1);
  assert.equal(distance('abc', 'abc'), 0);
});

test('closest picks the nearest candidate, case-insensitively, if close enough', () => {
  assert.equal(closest('ft.audeince', ['title', 'ft.audience', 'ft.owner']), 'ft.audience');
  assert.equal(closest('pargim', ['pagrim', 'v-cekenn']), 'pagrim');
  assert.equal(closest('Title', ['title']), 'title');
  assert.equal(closest('colour', ['title', 'ft.audience']), undefined);
  assert.equal(closest('x', []), undefined);
  // short words allow one edit only
  assert.equal(closest('ab', ['xy']), undefined);
  assert.equal(closest('ab', ['ac']), 'ac');
  // the first of equally close candidates wins (stable)
  assert.equal(closest('L4', ['L1', 'L2', 'L3']), 'L1');
});

test('didYouMean: text to append, empty when nothing is close or the input is exact', () => {
  assert.equal(didYouMean('ft.audeince', ['ft.audience']), ' (did you mean "ft.audience"?)');
  assert.equal(didYouMean('ft.audience', ['ft.audience']), '');
  assert.equal(didYouMean('zzzzzz', ['ft.audience']), '');
  assert.equal(didYouMean('Partner', ['partner']), ' (did you mean "partner"?)');
});

/** The plain definition: full distance to every candidate, the first of the nearest wins. */
function referenceClosest(input: string, candidates: string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = distance(needle, c.toLowerCase());
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(Math.max(input.length, best.length) / 3)));
  return bestScore === 0 || bestScore <= limit ? best : undefined;
}

test('Suggester gives what the plain definition gives: shared prefixes, ties, case, swaps, empty words', () => {
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const alphabet = 'abcde-Ü1';
  const word = (min: number, max: number) =>
    Array.from({ length: min + rand(max - min + 1) }, () => alphabet[rand(alphabet.length)]).join(
      '',
    );
  const prefixes = ['', 'l1l2l3-blocked-', 'l1l2l3-no-intent-', 'L1L2L3-Blocked-'];
  const mutate = (s: string) => {
    const chars = [...s];
    for (let e = rand(5); e > 0; e--) {
      const at = rand(chars.length + 1);
      const op = rand(4);
      if (op === 0) chars.splice(at, 0, alphabet[rand(alphabet.length)]!);
      else if (op === 1) chars.splice(at, 1);
      else if (op === 2) chars[at] = alphabet[rand(alphabet.length)]!;
      else if (at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
    }
    return chars.join('');
  };
  let compared = 0;
  let suggested = 0;
  for (let round = 0; round < 40; round++) {
    const candidates = Array.from(
      { length: 1 + rand(120) },
      () => prefixes[rand(prefixes.length)]! + word(0, 12),
    );
    if (rand(5) === 0) candidates.push('');
    const s = new Suggester(candidates);
    for (let q = 0; q < 60; q++) {
      const input = rand(3) === 0 ? word(0, 14) : mutate(candidates[rand(candidates.length)]!);
      const want = referenceClosest(input, candidates);
      assert.equal(
        s.closest(input),
        want,
        `input ${JSON.stringify(input)} among ${JSON.stringify(candidates)}`,
      );
      assert.equal(closest(input, candidates), want);
      compared++;
      if (want !== undefined) suggested++;
    }
  }
  assert.equal(compared, 2400);
  assert.ok(suggested > 600, `the random inputs exercise suggestions (${suggested})`);
});

test('Suggester: the first of equally near candidates wins, whatever their sort order', () => {
  assert.equal(new Suggester(['zz-b', 'zz-a']).closest('zz-c'), 'zz-b');
  assert.equal(new Suggester(['b', 'a', 'B']).closest('B'), 'b');
  assert.equal(new Suggester([]).closest('x'), undefined);
});
