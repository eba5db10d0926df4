/** Locales of the playbook: folder name, BCP-47 tag, label, legacy DocFX file suffixes. */
export interface LocaleInfo {
  /** Folder under content/ and first URL segment. */
  folder: string;
  /** BCP-47 language tag used in <html lang> and hreflang. */
  lang: string;
  /** Name of the language in itself (language switcher). */
  label: string;
  /** File-name suffixes DocFX playbooks use for this language (`x-de.md`). */
  legacySuffixes: string[];
  /** Folder name of this language in the DocFX playbook (legacy URLs). */
  docfxFolder: string;
}

export const LOCALES: readonly LocaleInfo[] = [
  {
    folder: 'en',
    lang: 'en',
    label: 'English',
    legacySuffixes: ['en'],
    docfxFolder: 'english-playbook',
  },
  {
    folder: 'de',
    lang: 'de',
    label: 'Deutsch',
    legacySuffixes: ['de'],
    docfxFolder: 'german-playbook',
  },
  {
    folder: 'es',
    lang: 'es',
    label: 'Español',
    legacySuffixes: ['es'],
    docfxFolder: 'spanish-playbook',
  },
  {
    folder: 'pt-br',
    lang: 'pt-BR',
    label: 'Português (Brasil)',
    legacySuffixes: ['pr', 'pt', 'pt-br', 'br'],
    docfxFolder: 'portuguese-playbook',
  },
  {
    folder: 'ja',
    lang: 'ja',
    label: '日本語',
    legacySuffixes: ['jp', 'ja'],
    docfxFolder: 'japanese-playbook',
  },
  {
    folder: 'zh-cn',
    lang: 'zh-CN',
    label: '简体中文',
    legacySuffixes: ['sc', 'zh', 'cn', 'zh-cn', 'chs'],
    docfxFolder: 'simplified-chineses-playbook',
  },
];

export const DEFAULT_LOCALE = 'en';

const byFolder = new Map(LOCALES.map((l) => [l.folder, l]));

export function localeInfo(folder: string): LocaleInfo | undefined {
  return byFolder.get(folder);
}

export function isLocale(folder: string): boolean {
  return byFolder.has(folder);
}

/** All legacy suffixes, longest first so `zh-cn` wins over `cn`. */
const suffixTable: { suffix: string; folder: string }[] = LOCALES.flatMap((l) =>
  l.legacySuffixes.map((suffix) => ({ suffix, folder: l.folder })),
).sort((a, b) => b.suffix.length - a.suffix.length);

/**
 * Splits a legacy DocFX file stem into the page id and the locale its suffix names:
 * `l1l2l3-blocked-legal-regulatory-de` → { id: 'l1l2l3-blocked-legal-regulatory', locale: 'de' }.
 * Returns locale undefined when the stem has no known suffix.
 */
export function splitLegacySuffix(stem: string): { id: string; locale?: string } {
  for (const { suffix, folder } of suffixTable) {
    const tail = `-${suffix}`;
    if (stem.toLowerCase().endsWith(tail) && stem.length > tail.length) {
      return { id: stem.slice(0, -tail.length), locale: folder };
    }
  }
  return { id: stem };
}

/** DocFX playbook folder names (as the FastTrack repository uses them) → locale folder. */
const DOCFX_FOLDERS: [RegExp, string][] = [
  [/^(english|en)([-_].*)?$/i, 'en'],
  [/^(german|deutsch|de)([-_].*)?$/i, 'de'],
  [/^(spanish|espanol|es)([-_].*)?$/i, 'es'],
  [/^(portuguese|brazilian|pt|pt-br)([-_].*)?$/i, 'pt-br'],
  [/^(japanese|ja|jp)([-_].*)?$/i, 'ja'],
  [/^(simplified-chinese|simplified-chineses|chinese|zh|zh-cn)([-_].*)?$/i, 'zh-cn'],
];

/** Locale a top-level folder stands for: our own (`de`) or a DocFX one (`german-playbook`). */
export function folderToLocale(name: string): string | undefined {
  if (isLocale(name)) return name;
  for (const [re, folder] of DOCFX_FOLDERS) if (re.test(name)) return folder;
  return undefined;
}
