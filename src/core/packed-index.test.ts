import { test } from 'node:test';
import assert from 'node:assert/strict';
import MiniSearch from 'minisearch';
import { packIndex, unpackIndex } from './packed-index.ts';

const options = { idField: 'n', fields: ['title', 'body'], storeFields: [] };
const docs = [
  { n: 0, title: 'Network', body: 'proxy proxy firewall bandwidth' },
  { n: 1, title: 'Proxy rules', body: 'firewall' },
  { n: 2, title: 'ネットワーク', body: '' },
];

test('a packed index unpacks to what MiniSearch wrote, term frequencies included', () => {
  const ms = new MiniSearch(options);
  ms.addAll(docs);
  const plain = ms.toJSON();
  const packed = JSON.parse(JSON.stringify(packIndex(plain)));
  assert.deepEqual(unpackIndex(packed), JSON.parse(JSON.stringify(plain)));
  // "proxy" twice in doc 0's body: its frequency survives
  assert.match(packed.postings, /\*2/);
});

test('a loaded packed index answers as the original', () => {
  const ms = new MiniSearch(options);
  ms.addAll(docs);
  const loaded = MiniSearch.loadJS(unpackIndex(packIndex(ms.toJSON())), options);
  assert.deepEqual(
    loaded.search('proxy').map((r) => [r.id, r.score]),
    ms.search('proxy').map((r) => [r.id, r.score]),
  );
});

test('a packed index is smaller than the plain JSON', () => {
  const ms = new MiniSearch(options);
  ms.addAll(docs);
  assert.ok(JSON.stringify(packIndex(ms.toJSON())).length < JSON.stringify(ms.toJSON()).length);
});

test('a truncated file says to rebuild instead of answering wrong', () => {
  const ms = new MiniSearch(options);
  ms.addAll(docs);
  const packed = packIndex(ms.toJSON());
  assert.throws(
    () => unpackIndex({ ...packed, postings: packed.postings.split('\n').slice(1).join('\n') }),
    /terms but .* posting lines: rebuild the site/,
  );
});
