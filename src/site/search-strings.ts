/** Words of the status search (finder and search dialog), per locale folder; shipped inside each locale's status index file. */
import type { Field } from '../core/status-index.ts';
import { forLocale, type LocaleTable } from './locale-strings.ts';

export interface SearchStrings {
  /** Heading of the statuses group in the search dialog. */
  statuses: string;
  /** Shown above the closest statuses when nothing matches well; {q} is the query. */
  closest: string;
  /** {s} is a status title. */
  didYouMean: string;
  /** Link to the guided questions page (when the site has one). */
  notSure: string;
  /** Link that opens a pre-filled issue with the query, when nothing matches well (and the site has a repository). */
  suggestKeyword: string;
  /** After words that synonyms brought; {s} is what the reader typed. */
  similarTo: string;
  /** "matched in": a field name. */
  field: Record<Field, string>;
}

export const SEARCH_STRINGS: LocaleTable<SearchStrings> = {
  en: {
    statuses: 'Statuses',
    closest: 'No status matches “{q}” well. The closest:',
    didYouMean: 'Did you mean {s}?',
    notSure: 'Not sure? Answer three questions',
    suggestKeyword: 'Suggest a keyword',
    similarTo: 'similar to “{s}”',
    field: {
      title: 'name',
      aliases: 'other name',
      keywords: 'keyword',
      definition: 'definition',
      source: 'English name',
      notThis: 'instead of another status',
      scenarios: 'example',
    },
  },
  de: {
    statuses: 'Status',
    closest: 'Kein Status passt gut zu „{q}“. Am nächsten:',
    didYouMean: 'Meinten Sie {s}?',
    notSure: 'Unsicher? Beantworten Sie drei Fragen',
    suggestKeyword: 'Suchbegriff vorschlagen',
    similarTo: 'ähnlich wie „{s}“',
    field: {
      title: 'Name',
      aliases: 'anderer Name',
      keywords: 'Stichwort',
      definition: 'Definition',
      source: 'englischer Name',
      notThis: 'statt eines anderen Status',
      scenarios: 'Beispiel',
    },
  },
  es: {
    statuses: 'Estados',
    closest: 'Ningún estado coincide bien con «{q}». Los más cercanos:',
    didYouMean: '¿Quiso decir {s}?',
    notSure: '¿No está seguro? Responda tres preguntas',
    suggestKeyword: 'Sugerir una palabra clave',
    similarTo: 'similar a «{s}»',
    field: {
      title: 'nombre',
      aliases: 'otro nombre',
      keywords: 'palabra clave',
      definition: 'definición',
      source: 'nombre en inglés',
      notThis: 'en lugar de otro estado',
      scenarios: 'ejemplo',
    },
  },
  'pt-br': {
    statuses: 'Status',
    closest: 'Nenhum status corresponde bem a “{q}”. Os mais próximos:',
    didYouMean: 'Você quis dizer {s}?',
    notSure: 'Em dúvida? Responda a três perguntas',
    suggestKeyword: 'Sugerir uma palavra-chave',
    similarTo: 'semelhante a “{s}”',
    field: {
      title: 'nome',
      aliases: 'outro nome',
      keywords: 'palavra-chave',
      definition: 'definição',
      source: 'nome em inglês',
      notThis: 'em vez de outro status',
      scenarios: 'exemplo',
    },
  },
  ja: {
    statuses: 'ステータス',
    closest: '「{q}」に十分一致するステータスはありません。近いもの:',
    didYouMean: 'もしかして: {s}',
    notSure: '迷ったら 3 つの質問に答える',
    suggestKeyword: 'キーワードを提案する',
    similarTo: '「{s}」の類義語',
    field: {
      title: '名前',
      aliases: '別名',
      keywords: 'キーワード',
      definition: '定義',
      source: '英語名',
      notThis: '別のステータスの代わり',
      scenarios: '例',
    },
  },
  'zh-cn': {
    statuses: '状态',
    closest: '没有与“{q}”充分匹配的状态。最接近的：',
    didYouMean: '您是不是要找 {s}？',
    notSure: '不确定？回答三个问题',
    suggestKeyword: '建议关键词',
    similarTo: '与“{s}”相近',
    field: {
      title: '名称',
      aliases: '别名',
      keywords: '关键词',
      definition: '定义',
      source: '英文名称',
      notThis: '代替另一个状态',
      scenarios: '示例',
    },
  },
};

export function searchStrings(locale: string): SearchStrings {
  return forLocale(SEARCH_STRINGS, locale);
}
