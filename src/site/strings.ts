/** Our own UI strings (Starlight's are translated by Starlight). One entry per locale folder. */
import { forLocale, type LocaleTable } from './locale-strings.ts';

export interface Strings {
  breadcrumbs: string;
  home: string;
  partOf: string;
  children: string;
  statusFinder: string;
  finderIntro: string;
  finderLabel: string;
  finderPlaceholder: string;
  allStatuses: string;
  copyPath: string;
  copied: string;
  matches: string;
  noMatches: string;
  openPage: string;
  level: string;
  onePage: string;
  onePageIntro: string;
  printNow: string;
  taxonomyMap: string;
  notFoundTitle: string;
  notFoundText: string;
  moved: string;
  note: string;
  tip: string;
  important: string;
  warning: string;
  caution: string;
  statusFilter: string;
  levelFilter: string;
  more: string;
  confusedWith: string;
  chooseOther: string;
  chooseThis: string;
  dataJson: string;
  dataCsv: string;
  llmsFull: string;
  helpful: string;
  yes: string;
  no: string;
  thanks: string;
  reasonsIntro: string;
  reasonTwoFit: string;
  reasonNotCovered: string;
  reasonTranslation: string;
  reasonWrong: string;
  suggestKeyword: string;
  tools: string;
  sectionsChanged: string;
}

export const STRINGS: LocaleTable<Strings> = {
  en: {
    breadcrumbs: 'Breadcrumbs',
    home: 'Home',
    partOf: 'Part of',
    children: 'In this status',
    statusFinder: 'Status finder',
    finderIntro:
      'Every L1 status, L2 reason and L3 sub-reason of the playbook. Type to filter; copy a path to paste it into your tracking tool.',
    finderLabel: 'Filter statuses',
    finderPlaceholder: 'e.g. VPN, licence, budget',
    allStatuses: 'All L1 statuses',
    copyPath: 'Copy path',
    copied: 'Copied',
    matches: '{n} of {total} statuses',
    noMatches: 'No status matches your filter.',
    openPage: 'Open page',
    level: 'Level',
    onePage: 'Whole playbook on one page',
    onePageIntro: 'All statuses in taxonomy order, ready to print or save as PDF.',
    printNow: 'Print',
    taxonomyMap: 'Map of the L1 › L2 › L3 statuses',
    notFoundTitle: 'Page not found',
    notFoundText:
      'This page does not exist. Start again from the playbook home or the status finder.',
    moved: 'This page has moved to',
    note: 'Note',
    tip: 'Tip',
    important: 'Important',
    warning: 'Warning',
    caution: 'Caution',
    statusFilter: 'L1 status',
    levelFilter: 'Level',
    more: '… {n} more',
    confusedWith: 'Often confused with',
    chooseOther: 'Choose it instead when',
    chooseThis: 'Choose this status instead when',
    dataJson: 'All statuses as JSON',
    dataCsv: 'All statuses as CSV (for spreadsheets)',
    llmsFull: 'Full text of every status page',
    helpful: 'Was this page helpful?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thank you for your feedback.',
    reasonsIntro: 'What went wrong? Each choice opens a pre-filled GitHub issue in a new tab.',
    reasonTwoFit: 'Two statuses seem to fit',
    reasonNotCovered: 'My situation is not covered',
    reasonTranslation: 'The translation is unclear',
    reasonWrong: 'Something is wrong',
    suggestKeyword: 'Suggest a keyword',
    tools: 'Tools',
    sectionsChanged:
      'The English page changed on {date} in these sections; this translation may not include the change yet:',
  },
  de: {
    breadcrumbs: 'Brotkrumennavigation',
    home: 'Start',
    partOf: 'Gehört zu',
    children: 'In diesem Status',
    statusFinder: 'Statusfinder',
    finderIntro:
      'Alle L1-Status, L2-Gründe und untergeordneten L3-Gründe des Playbooks. Tippen Sie, um zu filtern; kopieren Sie einen Pfad, um ihn in Ihr Tracking-Tool einzufügen.',
    finderLabel: 'Status filtern',
    finderPlaceholder: 'z. B. VPN, Lizenz, Budget',
    allStatuses: 'Alle L1-Status',
    copyPath: 'Pfad kopieren',
    copied: 'Kopiert',
    matches: '{n} von {total} Status',
    noMatches: 'Kein Status passt zu Ihrem Filter.',
    openPage: 'Seite öffnen',
    level: 'Ebene',
    onePage: 'Das ganze Playbook auf einer Seite',
    onePageIntro:
      'Alle Status in der Reihenfolge der Taxonomie, bereit zum Drucken oder Speichern als PDF.',
    printNow: 'Drucken',
    taxonomyMap: 'Übersicht der Status L1 › L2 › L3',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundText:
      'Diese Seite gibt es nicht. Beginnen Sie erneut auf der Startseite des Playbooks oder im Statusfinder.',
    moved: 'Diese Seite ist umgezogen nach',
    note: 'Hinweis',
    tip: 'Tipp',
    important: 'Wichtig',
    warning: 'Warnung',
    caution: 'Vorsicht',
    statusFilter: 'L1-Status',
    levelFilter: 'Ebene',
    more: '… {n} weitere',
    confusedWith: 'Oft verwechselt mit',
    chooseOther: 'Wählen Sie stattdessen diesen Status, wenn',
    chooseThis: 'Wählen Sie stattdessen den Status dieser Seite, wenn',
    dataJson: 'Alle Status als JSON',
    dataCsv: 'Alle Status als CSV (für Tabellenkalkulationen)',
    llmsFull: 'Volltext aller Statusseiten',
    helpful: 'War diese Seite hilfreich?',
    yes: 'Ja',
    no: 'Nein',
    thanks: 'Vielen Dank für Ihr Feedback.',
    reasonsIntro:
      'Was hat nicht gepasst? Jede Auswahl öffnet ein vorausgefülltes GitHub-Issue in einem neuen Tab.',
    reasonTwoFit: 'Zwei Status scheinen zu passen',
    reasonNotCovered: 'Meine Situation ist nicht beschrieben',
    reasonTranslation: 'Die Übersetzung ist unklar',
    reasonWrong: 'Etwas ist falsch',
    suggestKeyword: 'Suchbegriff vorschlagen',
    tools: 'Werkzeuge',
    sectionsChanged:
      'Die englische Seite wurde am {date} in diesen Abschnitten geändert; diese Übersetzung enthält die Änderung möglicherweise noch nicht:',
  },
  es: {
    breadcrumbs: 'Ruta de navegación',
    home: 'Inicio',
    partOf: 'Forma parte de',
    children: 'En este estado',
    statusFinder: 'Buscador de estados',
    finderIntro:
      'Todos los estados L1, motivos L2 y submotivos L3 del manual. Escriba para filtrar; copie una ruta para pegarla en su herramienta de seguimiento.',
    finderLabel: 'Filtrar estados',
    finderPlaceholder: 'p. ej., VPN, licencia, presupuesto',
    allStatuses: 'Todos los estados L1',
    copyPath: 'Copiar ruta',
    copied: 'Copiado',
    matches: '{n} de {total} estados',
    noMatches: 'Ningún estado coincide con el filtro.',
    openPage: 'Abrir página',
    level: 'Nivel',
    onePage: 'Todo el manual en una página',
    onePageIntro:
      'Todos los estados en el orden de la taxonomía, listos para imprimir o guardar como PDF.',
    printNow: 'Imprimir',
    taxonomyMap: 'Mapa de los estados L1 › L2 › L3',
    notFoundTitle: 'Página no encontrada',
    notFoundText:
      'Esta página no existe. Vuelva a la página de inicio del manual o al buscador de estados.',
    moved: 'Esta página se ha trasladado a',
    note: 'Nota',
    tip: 'Sugerencia',
    important: 'Importante',
    warning: 'Advertencia',
    caution: 'Precaución',
    statusFilter: 'Estado L1',
    levelFilter: 'Nivel',
    more: '… {n} más',
    confusedWith: 'Se confunde a menudo con',
    chooseOther: 'Elija ese estado en su lugar cuando',
    chooseThis: 'Elija el estado de esta página en su lugar cuando',
    dataJson: 'Todos los estados en JSON',
    dataCsv: 'Todos los estados en CSV (para hojas de cálculo)',
    llmsFull: 'Texto completo de todas las páginas de estado',
    helpful: '¿Le resultó útil esta página?',
    yes: 'Sí',
    no: 'No',
    thanks: 'Gracias por sus comentarios.',
    reasonsIntro:
      '¿Qué falló? Cada opción abre una incidencia de GitHub ya rellenada en una pestaña nueva.',
    reasonTwoFit: 'Parecen aplicarse dos estados',
    reasonNotCovered: 'Mi situación no aparece',
    reasonTranslation: 'La traducción no es clara',
    reasonWrong: 'Hay algo incorrecto',
    suggestKeyword: 'Sugerir una palabra clave',
    tools: 'Herramientas',
    sectionsChanged:
      'La página en inglés cambió el {date} en estas secciones; es posible que esta traducción aún no incluya el cambio:',
  },
  'pt-br': {
    breadcrumbs: 'Trilha de navegação',
    home: 'Início',
    partOf: 'Faz parte de',
    children: 'Neste status',
    statusFinder: 'Localizador de status',
    finderIntro:
      'Todos os status L1, motivos L2 e submotivos L3 do playbook. Digite para filtrar; copie um caminho para colá-lo na sua ferramenta de acompanhamento.',
    finderLabel: 'Filtrar status',
    finderPlaceholder: 'Ex.: VPN, licença, orçamento',
    allStatuses: 'Todos os status L1',
    copyPath: 'Copiar caminho',
    copied: 'Copiado',
    matches: '{n} de {total} status',
    noMatches: 'Nenhum status corresponde ao filtro.',
    openPage: 'Abrir página',
    level: 'Nível',
    onePage: 'O playbook inteiro em uma página',
    onePageIntro:
      'Todos os status na ordem da taxonomia, prontos para imprimir ou salvar como PDF.',
    printNow: 'Imprimir',
    taxonomyMap: 'Mapa dos status L1 › L2 › L3',
    notFoundTitle: 'Página não encontrada',
    notFoundText:
      'Esta página não existe. Recomece pela página inicial do playbook ou pelo localizador de status.',
    moved: 'Esta página foi movida para',
    note: 'Observação',
    tip: 'Dica',
    important: 'Importante',
    warning: 'Aviso',
    caution: 'Cuidado',
    statusFilter: 'Status L1',
    levelFilter: 'Nível',
    more: '… mais {n}',
    confusedWith: 'Frequentemente confundido com',
    chooseOther: 'Escolha esse status quando',
    chooseThis: 'Escolha o status desta página quando',
    dataJson: 'Todos os status em JSON',
    dataCsv: 'Todos os status em CSV (para planilhas)',
    llmsFull: 'Texto completo de todas as páginas de status',
    helpful: 'Esta página foi útil?',
    yes: 'Sim',
    no: 'Não',
    thanks: 'Obrigado pelo seu feedback.',
    reasonsIntro:
      'O que deu errado? Cada opção abre um issue do GitHub já preenchido em uma nova guia.',
    reasonTwoFit: 'Dois status parecem se aplicar',
    reasonNotCovered: 'Minha situação não está descrita',
    reasonTranslation: 'A tradução não está clara',
    reasonWrong: 'Há algo errado',
    suggestKeyword: 'Sugerir uma palavra-chave',
    tools: 'Ferramentas',
    sectionsChanged:
      'A página em inglês mudou em {date} nestas seções; esta tradução talvez ainda não inclua a mudança:',
  },
  ja: {
    breadcrumbs: 'パンくずリスト',
    home: 'ホーム',
    partOf: '所属',
    children: 'このステータスの内訳',
    statusFinder: 'ステータス検索',
    finderIntro:
      'プレイブックのすべての L1 ステータス、L2 理由、L3 サブ理由です。入力して絞り込み、パスをコピーして追跡ツールに貼り付けます。',
    finderLabel: 'ステータスを絞り込む',
    finderPlaceholder: '例: VPN、ライセンス、予算',
    allStatuses: 'すべての L1 ステータス',
    copyPath: 'パスをコピー',
    copied: 'コピーしました',
    matches: '{total} 件中 {n} 件',
    noMatches: '条件に一致するステータスはありません。',
    openPage: 'ページを開く',
    level: 'レベル',
    onePage: 'プレイブック全体 (1 ページ)',
    onePageIntro: 'すべてのステータスをタクソノミーの順に表示します。印刷や PDF 保存に使えます。',
    printNow: '印刷',
    taxonomyMap: 'L1 › L2 › L3 ステータスの全体図',
    notFoundTitle: 'ページが見つかりません',
    notFoundText:
      'このページは存在しません。プレイブックのホームまたはステータス検索からやり直してください。',
    moved: 'このページの移動先:',
    note: '注',
    tip: 'ヒント',
    important: '重要',
    warning: '警告',
    caution: '注意',
    statusFilter: 'L1 ステータス',
    levelFilter: 'レベル',
    more: '… 他 {n} 件',
    confusedWith: '混同しやすいステータス',
    chooseOther: '次の場合はそちらを選択します',
    chooseThis: '次の場合はこのページのステータスを選択します',
    dataJson: 'すべてのステータス (JSON)',
    dataCsv: 'すべてのステータス (CSV、スプレッドシート用)',
    llmsFull: 'すべてのステータス ページの全文',
    helpful: 'このページは役に立ちましたか?',
    yes: 'はい',
    no: 'いいえ',
    thanks: 'フィードバックをありがとうございます。',
    reasonsIntro:
      'どのような問題がありましたか? 選択すると、入力済みの GitHub Issue が新しいタブで開きます。',
    reasonTwoFit: '2 つのステータスが当てはまるように見えます',
    reasonNotCovered: '自分の状況が記載されていません',
    reasonTranslation: '翻訳がわかりにくいです',
    reasonWrong: '内容に誤りがあります',
    suggestKeyword: 'キーワードを提案する',
    tools: 'ツール',
    sectionsChanged:
      '英語版のページは {date} に次のセクションが変更されました。この翻訳にはまだ反映されていない可能性があります:',
  },
  'zh-cn': {
    breadcrumbs: '导航路径',
    home: '首页',
    partOf: '所属',
    children: '此状态下的原因',
    statusFinder: '状态查找器',
    finderIntro:
      '本手册中所有 L1 状态、L2 原因和 L3 子原因。输入即可筛选；复制路径后可粘贴到跟踪工具中。',
    finderLabel: '筛选状态',
    finderPlaceholder: '例如：VPN、许可证、预算',
    allStatuses: '所有 L1 状态',
    copyPath: '复制路径',
    copied: '已复制',
    matches: '共 {total} 个状态，匹配 {n} 个',
    noMatches: '没有与筛选条件匹配的状态。',
    openPage: '打开页面',
    level: '级别',
    onePage: '完整手册（单页）',
    onePageIntro: '按分类顺序列出所有状态，可直接打印或另存为 PDF。',
    printNow: '打印',
    taxonomyMap: 'L1 › L2 › L3 状态总览图',
    notFoundTitle: '找不到页面',
    notFoundText: '此页面不存在。请从手册首页或状态查找器重新开始。',
    moved: '此页面已移至',
    note: '备注',
    tip: '提示',
    important: '重要',
    warning: '警告',
    caution: '注意',
    statusFilter: 'L1 状态',
    levelFilter: '级别',
    more: '… 另外 {n} 个',
    confusedWith: '容易混淆的状态',
    chooseOther: '以下情况请改选该状态',
    chooseThis: '以下情况请改选本页状态',
    dataJson: '所有状态 (JSON)',
    dataCsv: '所有状态 (CSV，适用于电子表格)',
    llmsFull: '所有状态页面的全文',
    helpful: '此页面对您有帮助吗？',
    yes: '是',
    no: '否',
    thanks: '感谢您的反馈。',
    reasonsIntro: '遇到了什么问题？每个选项都会在新标签页中打开一个预先填写的 GitHub 问题。',
    reasonTwoFit: '似乎有两个状态都适用',
    reasonNotCovered: '没有涵盖我的情况',
    reasonTranslation: '翻译不清楚',
    reasonWrong: '内容有误',
    suggestKeyword: '建议关键词',
    tools: '工具',
    sectionsChanged: '英文页面已于 {date} 更改了以下部分；此译文可能尚未包含这些更改：',
  },
};

export function strings(locale: string): Strings {
  return forLocale(STRINGS, locale);
}
