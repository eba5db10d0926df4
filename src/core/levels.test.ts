import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLevel, levelAtDepth, parentLevelOf } from './levels.ts';

test('an L2 sits under an L1, an L3 under an L2, an L1 under nothing', () => {
  assert.equal(parentLevelOf('L1'), null);
  assert.equal(parentLevelOf('L2'), 'L1');
  assert.equal(parentLevelOf('L3'), 'L2');
});

test('levelAtDepth: 1–3 only', () => {
  assert.equal(levelAtDepth(1), 'L1');
  assert.equal(levelAtDepth(3), 'L3');
  assert.equal(levelAtDepth(4), undefined);
  assert.equal(levelAtDepth(0), undefined);
  assert.equal(levelAtDepth(1.5), undefined);
});

test('isLevel is exact: l2 and L4 are not levels', () => {
  assert.ok(isLevel('L2'));
  assert.ok(!isLevel('l2'));
  assert.ok(!isLevel('L4'));
});
