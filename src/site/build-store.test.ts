import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStore } from './build-store.ts';
import { buildRecord, resetBuildRecord } from './page-finish.ts';

// During `astro build` the Astro config and Vite's bundle of the site each load their own copy of
// src/site: a second import of the file under another URL is such a copy.
const copyOf = async () =>
  (await import(`./build-store.ts?copy=${Math.random()}`)) as typeof import('./build-store.ts');

test('two copies of the module share one store', async () => {
  const copy = await copyOf();
  assert.notEqual(copy.buildStore, buildStore, 'really a second copy of the module');
  assert.equal(copy.buildStore(), buildStore());
  const record = resetBuildRecord();
  assert.equal(copy.buildStore().record, record, 'what one copy stores, the other reads');
});

test('the store lives on globalThis under one Symbol.for key, nothing else', () => {
  buildStore();
  const keys = Object.getOwnPropertySymbols(globalThis).filter((k) =>
    k.description?.startsWith('fasttrack-playbook'),
  );
  assert.deepEqual(
    keys.map((k) => k.description),
    ['fasttrack-playbook:build-store'],
  );
  assert.equal(buildRecord(), buildStore().record);
});
