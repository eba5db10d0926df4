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

const STEMMERS: Partial<Record<string, (w: string) => string>> = {
  en: stemEn,
  de: stemDe,
  es: stemEs,
  pt: stemPt,
};

const STOP: Record<string, string> = {
  en: 'a about after again all also am an and any are as at be been before being both but by can could did do does doing done each ever for from had has have having he her here him his how i if in into is it its just me more most much must my need needed needs never no not now of on only or other our ours out over own same she should so some still such than that the their them then there these they this those to too under until up us very was we were what when where which while who why will with would yet you your',
  de: 'aber alle alles als also am an auch auf aus bei beim bin bis bereits da dann das dass dem den denn der des die dies diese diesem diesen dieser doch dort du durch ein eine einem einen einer eines er erst es etwa für gerade hat haben hatte hatten hier ich ihr im immer in ist ja jetzt kann kein keine keinem keinen keiner können man mehr mit muss müssen nach nicht noch nur ob oder schon sehr sein seine sich sie sind so soll sollen über um und uns unser viel vom von vor war waren was weil wenn wer werden wie wieder will wir wird wo wollen worden wurde wurden zu zum zur',
  es: 'a al algo ante con como cuando de del desde donde durante el ella ellos en entre era es esa ese eso esta está están este esto estos fue ha han hay la las le les lo los más me mi muy no nos o otra otro para pero poco por porque que quien se ser si sin sobre son su sus también tiene todo todos tu un una uno y ya',
  pt: 'a ainda ao aos as até com como da das de depois do dos e é ela ele eles em entre era essa esse está estão este eu foi há isso já mais mas me muito na nas nem no nos o os ou para pela pelo por porque quando que se sem ser seu seus sua suas também tem um uma uns você',
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
  return (
    s
      .normalize('NFD')
      // the marks of Latin, Greek and Cyrillic letters only: a Japanese voiced mark makes another
      // letter (ブ is not フ)
      .replace(/[\u0300-\u036f]+/g, '')
      .replace(/ß/g, 'ss')
      .replace(/æ/g, 'ae')
      .replace(/œ/g, 'oe')
      .normalize('NFC')
  );
}

const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** True when the text holds Chinese or Japanese characters (matched as pieces of text, not as words). */
export const hasHanOrKana = (text: string) => HAN_KANA.test(text);
const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'word' })));
  return s;
}

/** The words of a text, in order (not yet terms). */
export function words(text: string, locale: string, pieces = true): string[] {
  let t = text.normalize('NFKC').toLowerCase();
  // English contractions as two words: "doesn't want" meets "does not want"
  if (languageOf(locale) === 'en')
    t = t
      .replace(/\bwon['’]t\b/g, 'will not')
      .replace(/\bcan['’]t\b/g, 'can not')
      .replace(/n['’]t\b/g, ' not');
  if (!isCjk(locale))
    return t.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.map((w) => w.replace(/['’]s$/, '')) ?? [];
  const out: string[] = [];
  for (const seg of segmenter(locale).segment(t)) {
    if (!seg.isWordLike) continue;
    const w = seg.segment;
    out.push(w);
    // pieces of a long CJK word (see the module comment)
    if (pieces && w.length >= 3 && HAN_KANA.test(w))
      for (let i = 0; i + 2 <= w.length; i++) out.push(w.slice(i, i + 2));
  }
  return out;
}

/** One word → its term (stemmed and folded), or null for a common word. */
export function term(word: string, locale: string): string | null {
  const w = word.toLowerCase();
  return stopWords(languageOf(locale)).has(w) ? null : stemmed(w, locale);
}

/** One word, stemmed and folded like a term, common words included (for phrases). */
export function stemmed(word: string, locale: string): string {
  const lang = languageOf(locale);
  const w = word.toLowerCase();
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

/** Words that negate what follows them ("no sponsor", "kein Budget", "sin respuesta", "não responde"). */
const NEGATIONS: Record<string, string[]> = {
  en: ['not', 'no', 'never', 'without', 'non'],
  de: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'ohne', 'nie', 'niemals'],
  es: ['no', 'sin', 'nunca', 'ni'],
  pt: ['não', 'nao', 'sem', 'nunca', 'nem'],
};

/** Where a clause ends: a negation or an "instead of" covers words up to it. */
const CLAUSE_END = /[,;.!?:()\n]+/;

/** How many words after a negation it covers ("not yet confirmed": yet is a common word, confirmed counts). */
export const NEGATION_SCOPE = 2;

/**
 * The terms of a text that a negation covers: the next NEGATION_SCOPE terms after it, within the
 * clause (a comma ends it). In German a negation at the end of a clause covers the word before it
 * ("antwortet nicht"). Chinese and Japanese: none (the negation is part of the word: 没有, 未定).
 */
export function negatedTerms(text: string, locale: string): Set<string> {
  const out = new Set<string>();
  const lang = languageOf(locale);
  const negations = new Set(NEGATIONS[lang] ?? []);
  if (!negations.size) return out;
  for (const clause of text.split(CLAUSE_END)) {
    const ws = words(clause, locale);
    ws.forEach((w, i) => {
      if (!negations.has(w)) return;
      let covered = 0;
      for (let k = i + 1; k < ws.length && covered < NEGATION_SCOPE; k++) {
        if (negations.has(ws[k]!)) break;
        const t = term(ws[k]!, locale);
        if (!t) continue;
        out.add(t);
        covered++;
      }
      if (!covered && lang === 'de')
        for (let k = i - 1; k >= 0; k--) {
          const t = term(ws[k]!, locale);
          if (t) {
            out.add(t);
            break;
          }
        }
    });
  }
  return out;
}

/**
 * Words that say the next ones name what the customer does not use ("Okta instead of Entra ID",
 * "Zoom statt Teams", "Gmail en vez de Outlook", "Box em vez do OneDrive"): the Microsoft product
 * after them names a status of its own (Identity), while the case is the one before them.
 */
const INSTEAD: Record<string, string[]> = {
  en: ['instead', 'rather than'],
  de: ['statt', 'anstatt', 'anstelle', 'anstelle von'],
  es: ['en vez de', 'en lugar de', 'y no'],
  pt: [
    'em vez de',
    'em vez do',
    'em vez da',
    'ao invés de',
    'ao invés do',
    'no lugar de',
    'no lugar do',
  ],
};

/** How many terms after "instead of" it covers. */
export const INSTEAD_SCOPE = 3;

/**
 * The terms of a text named as what is not used: the next INSTEAD_SCOPE terms after "instead of"
 * (INSTEAD) within the clause. Chinese and Japanese: none.
 */
export function insteadTerms(text: string, locale: string): Set<string> {
  const out = new Set<string>();
  const cues = (INSTEAD[languageOf(locale)] ?? []).map((c) => words(c, locale));
  if (!cues.length) return out;
  for (const clause of text.split(CLAUSE_END)) {
    const ws = words(clause, locale);
    for (let i = 0; i < ws.length; i++) {
      const cue = cues.find((c) => c.every((w, k) => ws[i + k] === w));
      if (!cue) continue;
      let covered = 0;
      for (let k = i + cue.length; k < ws.length && covered < INSTEAD_SCOPE; k++) {
        const t = term(ws[k]!, locale);
        if (!t) continue;
        out.add(t);
        covered++;
      }
    }
  }
  return out;
}

/**
 * Words that frame a report rather than say what happened: "…との連絡" (word came that …), "…との回答",
 * "客户反馈…". In Japanese and Chinese they hold the very words of Customer Unresponsive (連絡,
 * 回答, 回复, 反馈), so a note that the customer *did* answer read as one that they did not; and
 * "お客様から" (from the customer) matched the title お客様の応答なし.
 */
const REPORT_FRAMES: Record<string, string[]> = {
  ja: [
    'お客様から',
    'お客様より',
    '顧客から',
    '顧客より',
    'とのご連絡',
    'との連絡',
    'から連絡があり',
    'から連絡',
    'より連絡',
    'との回答',
    'との返答',
    'との報告',
    'とのこと',
    'と回答',
  ],
  zh: ['客户反馈说', '客户反馈', '客户回复说', '客户回复称', '客户表示', '客户称'],
};

/** A query without its report frames (REPORT_FRAMES), while something else remains. */
export function withoutReportFrames(query: string, locale: string): string {
  const frames = REPORT_FRAMES[languageOf(locale)];
  if (!frames) return query;
  const out = frames.reduce((q, f) => q.split(f).join(' '), query);
  return terms(out, locale).length ? out : query;
}

/**
 * Words about the playbook, not about the customer's case: "which status if they use Slack",
 * "welcher Grund", "どのステータス". Status Unknown is named with one of them. Not "choose" or
 * "select": choosing a partner is a case (Partner Engagement).
 */
const ABOUT_THE_PLAYBOOK: Record<string, string> = {
  en: 'status statuses reason reasons category classify classification l1 l2 l3',
  de: 'status grund kategorie einstufen einstufung klassifizieren welcher welchen welches l1 l2 l3',
  es: 'estado motivo categoría clasificar cuál pongo l1 l2 l3',
  pt: 'status estado motivo categoria classificar qual l1 l2 l3',
  ja: 'ステータス 状態 理由 分類 どの どれ',
  zh: '状态 原因 分类 哪个 什么',
};

/** The terms of ABOUT_THE_PLAYBOOK for a locale (in Chinese and Japanese with their pieces: ステータス → ステ, テー …). */
export function playbookTerms(locale: string): Set<string> {
  return new Set(terms(ABOUT_THE_PLAYBOOK[languageOf(locale)] ?? '', locale));
}
