import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closest, didYouMean, distance } from './suggest.ts';

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
