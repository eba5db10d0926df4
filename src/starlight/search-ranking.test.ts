import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STARLIGHT_RANKING } from './search-ranking.ts';
// Not an exported entry point of the package: read from its files (same version as the site).
import { PagefindConfigDefaults } from '../../node_modules/@astrojs/starlight/dist/schemas/pagefind.js';

test("the search UI ranks as Starlight's pagefind option would by default", () => {
  const { ranking } = PagefindConfigDefaults() as { ranking: Record<string, unknown> };
  const defined = Object.fromEntries(Object.entries(ranking).filter(([, v]) => v !== undefined));
  assert.deepEqual(STARLIGHT_RANKING, defined);
});
