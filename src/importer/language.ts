/**
 * Which language a page is written in, from its text alone: the share of common function words
 * ("stop words") of each language we publish, and for Japanese/Chinese the share of kana and Han
 * characters. Deliberately simple and general — used to spot an English copy left without a
 * suffix in a translated DocFX folder, not to translate anything.
 */

/** Function words that are frequent in running text and rare in the other listed languages. */
const STOP_WORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'that',
    'for',
    'with',
    'are',
    'be',
    'this',
    'it',
    'on',
    'as',
    'not',
    'or',
    'will',
    'can',
    'you',
    'your',
    'have',
    'has',
    'they',
    'their',
    'which',
    'from',
    'at',
    'by',
    'an',
    'if',
    'should',
    'there',
    'been',
    'these',
    'what',
    'when',
    'who',
    'would',
    'does',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'mit',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'einen',
    'einer',
    'zu',
    'für',
    'von',
    'auf',
    'sich',
    'sie',
    'wird',
    'werden',
    'oder',
    'auch',
    'im',
    'bei',
    'kann',
    'wenn',
    'dass',
    'nach',
    'sind',
    'wie',
    'über',
    'aus',
    'noch',
    'nur',
    'vom',
    'zum',
    'zur',
    'ihre',
    'ihr',
    'hat',
    'haben',
    'diese',
    'dieser',
    'dieses',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'del',
    'y',
    'un',
    'una',
    'por',
    'con',
    'su',
    'sus',
    'al',
    'lo',
    'como',
    'más',
    'pero',
    'están',
    'puede',
    'hay',
    'también',
    'muy',
    'cuando',
    'sin',
    'para',
  ],
  'pt-br': [
    'os',
    'da',
    'dos',
    'das',
    'em',
    'uma',
    'com',
    'não',
    'ao',
    'mais',
    'é',
    'são',
    'na',
    'pelo',
    'pela',
    'seu',
    'sua',
    'estão',
    'pode',
    'também',
    'muito',
    'quando',
    'sem',
    'você',
    'para',
  ],
};
const SETS = new Map(Object.entries(STOP_WORDS).map(([k, v]) => [k, new Set(v)]));

export interface LanguageGuess {
  /** Locale folder (en, de, es, pt-br, ja, zh-cn), or undefined when the text does not say clearly. */
  locale?: string;
  /** Words looked at. */
  words: number;
  /** Stop-word hits per language (and CJK character counts as `ja`/`zh-cn`). */
  hits: Record<string, number>;
}

/** Minimum stop-word hits of the winner, and how many times the runner-up it must have. */
const MIN_HITS = 5;
const MARGIN = 3;

/** Text people read: without code, link targets, HTML tags, URLs and DocFX alert markers. */
export function readableText(markdown: string): string {
  return markdown
    .replace(/^(\s*)(`{3,}|~{3,})[\s\S]*?^\1\2\s*$/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION|INCLUDE)\b/gi, ' ');
}

export function detectLanguage(markdown: string): LanguageGuess {
  const text = readableText(markdown);
  const kana = (text.match(/[\u3040-\u30ff]/g) ?? []).length;
  const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits: Record<string, number> = {};
  for (const [lang, set] of SETS) hits[lang] = words.filter((w) => set.has(w)).length;
  if (letters > 0 && (kana + han) / letters > 0.3) {
    hits.ja = kana;
    hits['zh-cn'] = han;
    return { locale: kana / (kana + han) > 0.1 ? 'ja' : 'zh-cn', words: words.length, hits };
  }
  const ranked = Object.entries(hits).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, second] = ranked;
  if (!first || first[1] < MIN_HITS || first[1] < MARGIN * (second?.[1] ?? 0))
    return { words: words.length, hits };
  return { locale: first[0], words: words.length, hits };
}

/** One line for the report: "en 41, de 3 of 380 words". */
export function describeGuess(g: LanguageGuess): string {
  const parts = Object.entries(g.hits)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([l, n]) => `${l} ${n}`);
  return `${parts.join(', ') || 'no stop words'} of ${g.words} words`;
}
