/**
 * Starlight's default Pagefind ranking weights (its `pagefind.ranking` option). Starlight passes
 * them to Pagefind's UI from that option; astro.config.mjs turns the option off (our post-build
 * step builds the index, src/starlight/search-index.ts), so src/starlight/pagefind-ui.ts passes
 * them itself. search-ranking.test.ts compares them with Starlight's schema defaults.
 */
export const STARLIGHT_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
};
