/**
 * The one list of the checker's rules: id, default severity, the CONTRIBUTING.md section that explains
 * it (anchor), and what it is about. `diag()` takes a `RuleId`, so a finding with an id that is not
 * listed here does not compile; tests/unit/rules.test.ts fails when a rule has no row in CONTRIBUTING.
 */
import type { Severity } from './diagnostics.ts';

export interface RuleInfo {
  severity: Severity;
  /** Heading anchor in CONTRIBUTING.md ("What each check rule means"). */
  doc: string;
  about: string;
}

export const RULES = {
  'content/missing-folder': {
    severity: 'error',
    doc: 'files-and-folders',
    about: 'The content folder given to the check does not exist.',
  },
  'layout/outside-locale': {
    severity: 'error',
    doc: 'files-and-folders',
    about: 'A Markdown file is not inside a language folder, so it is not part of the site.',
  },
  'file/binary': { severity: 'error', doc: 'files-and-folders', about: 'The file is not text.' },
  'file/encoding': {
    severity: 'warning',
    doc: 'files-and-folders',
    about: 'The file is not valid UTF-8; some characters are garbled.',
  },
  'file/too-large': {
    severity: 'warning',
    doc: 'files-and-folders',
    about: 'The page is larger than 1 MB.',
  },
  'file/symlink': {
    severity: 'error',
    doc: 'files-and-folders',
    about:
      'The file or folder is a symbolic link (also one that points nowhere). Links are never followed, so it is not checked, built or copied.',
  },
  'file/unreadable': {
    severity: 'error',
    doc: 'files-and-folders',
    about:
      'A file or folder cannot be read (permissions); nothing in it is checked or built. The other files are still checked.',
  },
  'page/id-chars': {
    severity: 'error',
    doc: 'files-and-folders',
    about:
      'The file name (the page id, its address) has characters other than letters, digits, ., _ and -, or starts with something else.',
  },
  'page/home-audience': {
    severity: 'error',
    doc: 'files-and-folders',
    about: "A language's index.md is not for partners: the partner site would have no home page.",
  },
  'legacy/address': {
    severity: 'error',
    doc: 'files-and-folders',
    about:
      'An entry of legacy-addresses.json (written by the importer) is malformed or not a safe address (.., absolute path, other characters); it is not used.',
  },
  'limit/page-size': {
    severity: 'error',
    doc: 'files-and-folders',
    about:
      'The page is larger than limits.pageBytes in playbook.config.json (8 MB); it is not read further and not built.',
  },
  'limit/include-size': {
    severity: 'error',
    doc: 'files-and-folders',
    about:
      'The includes of a page add more than limits.includeBytes (2 MB); the include that passes the limit (and any after it that does not fit) is left out.',
  },
  'limit/links': {
    severity: 'error',
    doc: 'files-and-folders',
    about:
      'The page (with its includes) has more links, images and link definitions than limits.linksPerPage (5,000).',
  },
  'content/empty': {
    severity: 'warning',
    doc: 'files-and-folders',
    about: 'The page has front matter but no text.',
  },
  'page/duplicate-url': {
    severity: 'error',
    doc: 'files-and-folders',
    about:
      'Two files would get the same web address (for example Blocked.md and blocked.md, or x.md and x/index.md).',
  },
  'frontmatter/missing': {
    severity: 'error',
    doc: 'front-matter',
    about: 'The file does not start with a --- front-matter block.',
  },
  'frontmatter/yaml': {
    severity: 'error',
    doc: 'front-matter',
    about:
      'The front matter cannot be read: often a missing closing ---, bad indentation, or a value with :  that is not quoted.',
  },
  'frontmatter/duplicate-key': {
    severity: 'error',
    doc: 'front-matter',
    about: 'The same field is written twice.',
  },
  'schema/unknown-ft-key': {
    severity: 'error',
    doc: 'front-matter',
    about: 'An ft. field that does not exist, usually a typo (ft.parnet).',
  },
  'schema/unknown-key': {
    severity: 'warning',
    doc: 'front-matter',
    about: 'Another field the site does not know.',
  },
  'schema/unknown-owner': {
    severity: 'warning',
    doc: 'front-matter',
    about: 'ms.author or ft.owner is not in the owners list in playbook.config.json.',
  },
  'taxonomy/l1-parent': { severity: 'error', doc: 'status-tree', about: 'An L1 has an ft.parent.' },
  'taxonomy/missing-parent': {
    severity: 'error',
    doc: 'status-tree',
    about: 'An L2 or L3 has no ft.parent.',
  },
  'taxonomy/unknown-parent': {
    severity: 'error',
    doc: 'status-tree',
    about: 'ft.parent names a page that is not a status page in this language (often a typo).',
  },
  'taxonomy/parent-level': {
    severity: 'error',
    doc: 'status-tree',
    about: 'The parent has the wrong level: an L2 under an L2, an L3 under an L1, and so on.',
  },
  'taxonomy/parent-without-level': {
    severity: 'error',
    doc: 'status-tree',
    about: 'ft.parent is set but ft.level is not.',
  },
  'taxonomy/cycle': {
    severity: 'error',
    doc: 'status-tree',
    about: 'Parents point at each other in a circle.',
  },
  'taxonomy/alias-taken': {
    severity: 'error',
    doc: 'status-tree',
    about:
      'An entry of ft.aliases is already the title, label or alias of another status in the same language (the message names that status, its file and line: "did …',
  },
  'link/broken': {
    severity: 'error',
    doc: 'links-images-and-includes',
    about: 'The link goes to a page that does not exist.',
  },
  'link/anchor': {
    severity: 'error',
    doc: 'links-images-and-includes',
    about: 'The page exists but has no heading with that #anchor.',
  },
  'link/audience': {
    severity: 'error',
    doc: 'links-images-and-includes',
    about: 'A partner page links to an internal-only page.',
  },
  'link/empty': {
    severity: 'error',
    doc: 'links-images-and-includes',
    about: 'A link has no target: [text]().',
  },
  'link/outside': {
    severity: 'error',
    doc: 'links-images-and-includes',
    about: 'The link climbs out of the content folder (../../…).',
  },
  'link/missing-file': {
    severity: 'error',
    doc: 'links-images-and-includes',
    about: 'The link goes to a file (PDF, Office file, …) that is not there.',
  },
  'image/missing': {
    severity: 'error',
    doc: 'links-images-and-includes',
    about: 'The image file is not there.',
  },
  'link/absolute': {
    severity: 'warning',
    doc: 'links-images-and-includes',
    about:
      'The link starts with /, a site address that is not checked and breaks under a sub-path.',
  },
  'link/unknown-target': {
    severity: 'warning',
    doc: 'links-images-and-includes',
    about: 'The link is neither a page (.md), a known file type, nor a web address.',
  },
  'include/missing': {
    severity: 'error',
    doc: 'links-images-and-includes',
    about: 'The file named in [!INCLUDE …] does not exist.',
  },
  'include/nested': {
    severity: 'warning',
    doc: 'links-images-and-includes',
    about: 'An included file includes another file; that inner include is not shown.',
  },
  'security/unsafe-url': {
    severity: 'error',
    doc: 'safety',
    about:
      'A link or a link definition ([r]: …) uses javascript:, vbscript:, data: or file:, also one formed together with the text of an include.',
  },
  'security/outside-content': {
    severity: 'error',
    doc: 'safety',
    about:
      'An included file is a symbolic link (to a file outside the content folder, or inside it); it is not read.',
  },
  'security/include-audience': {
    severity: 'error',
    doc: 'safety',
    about:
      'A partner page includes a file or page whose ft.audience is internal only; the partner site leaves it out.',
  },
  'security/unsafe-svg': {
    severity: 'error',
    doc: 'safety',
    about:
      'A linked SVG file contains a script, an on…= handler, embedded HTML or a javascript: URL (opened on its own it would run); it is not published.',
  },
  'security/unsafe-html': {
    severity: 'error',
    doc: 'safety',
    about:
      'The page contains dangerous HTML such as <script>, <iframe>, <style>, a form, or an on…= attribute.',
  },
  'content/raw-html': {
    severity: 'warning',
    doc: 'safety',
    about: 'The page contains other HTML tags; the site shows them as plain text.',
  },
  'i18n/no-source': {
    severity: 'warning',
    doc: 'translations',
    about: 'A page in another language has no English page with the same file name.',
  },
  'i18n/section-stale': {
    severity: 'warning',
    doc: 'translations',
    about:
      'A section of the English page changed (or was added or removed) since this translation was marked.',
  },
  'i18n/lock-file': {
    severity: 'error',
    doc: 'translations',
    about: '_translations.lock.json is not valid JSON or not of the expected shape.',
  },
  'i18n/structure': {
    severity: 'error',
    doc: 'translations',
    about:
      "The translation's ft.level or ft.parent differs from the English page's: it would sit elsewhere in the tree.",
  },
  'i18n/stale': {
    severity: 'warning',
    doc: 'translations',
    about: "The translation's ms.date is older than the English page's.",
  },
  'i18n/parity-sections': {
    severity: 'error',
    doc: 'translations',
    about:
      'A section of the English page is missing, the translation has one English does not, a heading has another level (## / ###), or the sections are in another …',
  },
  'i18n/parity-items': {
    severity: 'error',
    doc: 'translations',
    about:
      'A section has more or fewer list items (scenarios, questions) than the same section in English.',
  },
  'i18n/parity-rows': {
    severity: 'error',
    doc: 'translations',
    about:
      'A table has more or fewer rows than the English one; the hint names the English row that is missing (or the extra row).',
  },
  'i18n/parity-target': {
    severity: 'error',
    doc: 'translations',
    about: 'A table row points to another status than the English row (by its name or by a link).',
  },
  'helper/yaml': {
    severity: 'error',
    doc: 'guided-helper-_which-statusyml',
    about: 'The file is not valid YAML.',
  },
  'helper/shape': {
    severity: 'error',
    doc: 'guided-helper-_which-statusyml',
    about: "A label, a question's id or text, or its list of answers is missing.",
  },
  'helper/duplicate-question': {
    severity: 'error',
    doc: 'guided-helper-_which-statusyml',
    about: 'Two questions have the same id.',
  },
  'helper/answer-target': {
    severity: 'error',
    doc: 'guided-helper-_which-statusyml',
    about: 'An answer has neither or both of next: and status:.',
  },
  'helper/answer-count': {
    severity: 'error',
    doc: 'guided-helper-_which-statusyml',
    about: 'A question has fewer than 2 or more than 5 answers.',
  },
  'helper/unknown-question': {
    severity: 'error',
    doc: 'guided-helper-_which-statusyml',
    about: 'next: names no question of the file.',
  },
  'helper/unknown-status': {
    severity: 'error',
    doc: 'guided-helper-_which-statusyml',
    about: 'status: names no status page of that language.',
  },
  'helper/cycle': {
    severity: 'error',
    doc: 'guided-helper-_which-statusyml',
    about: 'Answers lead back to an earlier question.',
  },
  'helper/unreachable-question': {
    severity: 'error',
    doc: 'guided-helper-_which-statusyml',
    about: 'No answer leads to this question.',
  },
  'helper/empty-question': {
    severity: 'error',
    doc: 'guided-helper-_which-statusyml',
    about:
      "For this site's audience, no answer of the question is left (all its statuses are internal).",
  },
  'helper/unreachable-status': {
    severity: 'warning',
    doc: 'guided-helper-_which-statusyml',
    about: 'No answer ends at these statuses (or at one of their L3s).',
  },
  'helper/translation': {
    severity: 'error',
    doc: 'guided-helper-_which-statusyml',
    about:
      'A translated helper differs from the English tree (questions, order, answers, destinations).',
  },
  'helper/unreadable': {
    severity: 'error',
    doc: 'guided-helper-_which-statusyml',
    about: 'The file cannot be read.',
  },
  'synonyms/yaml': {
    severity: 'error',
    doc: 'search-synonyms-_synonymsyml',
    about: 'The synonyms file is not valid YAML.',
  },
  'synonyms/shape': {
    severity: 'error',
    doc: 'search-synonyms-_synonymsyml',
    about:
      'The file is not a list of groups, or a group has an empty member, fewer than two different members or more than twelve.',
  },
  'synonyms/no-effect': {
    severity: 'warning',
    doc: 'search-synonyms-_synonymsyml',
    about: 'No word of a group is in a status page of that language, so the group finds nothing.',
  },
  'synonyms/duplicate': {
    severity: 'warning',
    doc: 'search-synonyms-_synonymsyml',
    about: 'A word or phrase is in two groups (merge them, or keep it in one).',
  },
  'baseline/stale': {
    severity: 'warning',
    doc: 'known-findings-contentplaybook-baselinejson',
    about: 'A line of the baseline matches no finding any more (it was fixed).',
  },
  'baseline/not-allowed': {
    severity: 'error',
    doc: 'known-findings-contentplaybook-baselinejson',
    about:
      'The line lists a finding that cannot be waved through (the page would not be built, e.g. invalid front matter).',
  },
  'baseline/invalid': {
    severity: 'error',
    doc: 'known-findings-contentplaybook-baselinejson',
    about: 'The baseline file is not valid JSON, or an entry lacks file, rule or message.',
  },
  'toc/invalid': {
    severity: 'error',
    doc: 'files-and-folders',
    about:
      '<language>/_toc.json (the imported navigation) is not valid JSON or not a list of entries.',
  },
  'toc/unknown-page': {
    severity: 'warning',
    doc: 'files-and-folders',
    about: 'A _toc.json entry names a page that is not built.',
  },
} as const satisfies Record<string, RuleInfo>;

/** A field of the front-matter schema that is missing or malformed: `schema/ms.date`, `schema/ft.audience` … */
export type SchemaRuleId = `schema/${string}`;
export type RuleId = keyof typeof RULES | SchemaRuleId;

/** The registry entry of a rule id (schema/<field> rules share one entry). */
export function ruleInfo(id: RuleId): RuleInfo {
  return (
    (RULES as Record<string, RuleInfo>)[id] ?? {
      severity: 'error',
      doc: 'front-matter',
      about: 'A required front-matter field is missing, or a field has a value of the wrong form.',
    }
  );
}
