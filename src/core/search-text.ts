/**
 * How the status index cuts text into terms, per language: the same code at build time (Node) and
 * in the browser (finder, search dialog), so a query is cut exactly like the text it must find.
 *
 * - Words: Intl.Segmenter for ja and zh-cn (no spaces between words); letters and digits elsewhere.
 *   A CJK word of three characters or more also gives its two-character pieces, so a query cut
 *   differently (another ICU version, a compound the segmenter keeps whole) still meets it.
 * - Terms: lower case, stemmed (Snowball stemmers of @orama/stemmers for en, de, es, pt; none for
 *   ja/zh), then folded: accents and umlauts dropped, ß → ss, so "Lösung", "losung" and "Loesung"
 *   meet ("oe" → "o" only in German).
 * - Very common words (a short list per language) are not terms: with any-word matching they
 *   would make every status match.
 */
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemDe } from '@orama/stemmers/german';
import { stemmer as stemEs } from '@orama/stemmers/spanish';
import { stemmer as stemPt } from '@orama/stemmers/portuguese';

/** The language part of a locale folder (pt-br → pt, zh-cn → zh). */
export function languageOf(locale: string): string {
  return locale.toLowerCase().split('-')[0]!;
}

export const isCjk = (locale: string) => ['ja', 'zh'].includes(languageOf(locale));

const STEMMERS: Partial<Record<string, (w: string) => string>> = { en: stemEn, de: stemDe, es: stemEs, pt: stemPt };

const STOP: Record<string, string> = {
  en: 'a an and are as at be but by can does for from has have if in into is it its no not of on or so than that the their them there they this to was were when which who will with',
  de: 'aber als am an auch auf aus bei bin bis das dass dem den der des die ein eine einem einen einer es für hat ich im in ist mit nach nicht noch oder sich sie sind so über um und von vor war wie wir wird zu zum zur',
  es: 'a al con como de del el en es esta está la las lo los no o para pero por que se sin su sus un una y ya',
  pt: 'a ao as com como da das de do dos e é em está mas na nas no nos o os ou para pela pelo por que se sem seu sua um uma já',
  ja: 'の は が を に で と も へ や から まで です ます する いる ある こと それ この その',
  zh: '的 了 和 是 在 也 与 及 或 就 都 而 对 等 这 那 有',
};
const stopSets = new Map<string, Set<string>>();
function stopWords(lang: string): Set<string> {
  let s = stopSets.get(lang);
  if (!s) stopSets.set(lang, (s = new Set((STOP[lang] ?? '').split(' ').filter(Boolean))));
  return s;
}

/** Accents, umlauts and ligatures dropped; ß → ss. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/œ/g, 'oe').normalize('NFC');
}

const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'word' })));
  return s;
}

/** The words of a text, in order (not yet terms). */
export function words(text: string, locale: string): string[] {
  const t = text.normalize('NFKC').toLowerCase();
  if (!isCjk(locale)) return t.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.map((w) => w.replace(/['’]s$/, '')) ?? [];
  const out: string[] = [];
  for (const seg of segmenter(locale).segment(t)) {
    if (!seg.isWordLike) continue;
    const w = seg.segment;
    out.push(w);
    // pieces of a long CJK word (see the module comment)
    if (w.length >= 3 && HAN_KANA.test(w)) for (let i = 0; i + 2 <= w.length; i++) out.push(w.slice(i, i + 2));
  }
  return out;
}

/** One word → its term (stemmed and folded), or null for a common word. */
export function term(word: string, locale: string): string | null {
  const lang = languageOf(locale);
  const w = word.toLowerCase();
  if (stopWords(lang).has(w)) return null;
  const stem = STEMMERS[lang];
  let t = stem && w.length > 2 && !/\d/.test(w) ? stem(w) : w;
  if (lang === 'de') t = t.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  return fold(t);
}

/**
 * What the index stores for one word: its term, and the unstemmed (folded) word when that differs,
 * so a misspelt query word, whose stem goes astray ("compatibilty" → "compatibilti"), is still
 * within a typo or two of the word as written ("compatibility").
 */
export function indexTerms(word: string, locale: string): string[] | null {
  const t = term(word, locale);
  if (!t) return null;
  const raw = fold(word.toLowerCase());
  return raw === t ? [t] : [t, raw];
}

/** The terms of a text (what a query looks for). */
export function terms(text: string, locale: string): string[] {
  const out: string[] = [];
  for (const w of words(text, locale)) {
    const t = term(w, locale);
    if (t) out.push(t);
  }
  return out;
}
