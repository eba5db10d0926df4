import { test } from 'node:test';
import assert from 'node:assert/strict';
import { windowAround } from './window.ts';

const list = Array.from({ length: 100 }, (_, i) => i);

test('short lists are kept whole', () => {
  assert.deepEqual(windowAround([1, 2, 3], 2, 10), { items: [1, 2, 3], before: 0, after: 0 });
});

test('long lists are cut around the current item', () => {
  const w = windowAround(list, 50, 10);
  assert.deepEqual(w.items, [45, 46, 47, 48, 49, 50, 51, 52, 53, 54]);
  assert.equal(w.before, 45);
  assert.equal(w.after, 45);
});

test('the window stays inside the list at both ends', () => {
  assert.deepEqual(windowAround(list, 0, 4), { items: [0, 1, 2, 3], before: 0, after: 96 });
  assert.deepEqual(windowAround(list, 99, 4), { items: [96, 97, 98, 99], before: 96, after: 0 });
  assert.deepEqual(windowAround(list, undefined, 4).items, [0, 1, 2, 3]);
});
