/**
 * The import report: what became of every input file, how pages were mapped, and what the
 * importer found but did not fix. Written as JSON (for tools) and Markdown (for people) beside
 * the output folder. Every input file appears exactly once — as an imported page, another
 * imported file (toc, asset, include) or a file not imported, with the reason — and
 * `assertReconciled` enforces that before anything is written.
 */
import { compare } from '../core/paths.ts';

export interface Finding {
  /** Input file (relative to the input folder) the finding is about. */
  file: string;
  line?: number;
  /** link, missing-file, language, toc, taxonomy, frontmatter, audience. */
  kind: string;
  message: string;
}

export interface PageEntry {
  file: string;
  locale: string;
  id: string;
  /** Output file, relative to the output folder. */
  out: string;
  level?: string;
  parent?: string;
  order?: number;
  label?: string;
  /** The title decision (titles.ts), when the title or the body's top headings changed. */
  title?: { before: string; after: string; why: string };
  /** What the importer changed or decided for this page, in words. */
  changes: string[];
}

export interface OtherImport {
  file: string;
  kind: 'toc' | 'asset' | 'include';
  out: string[];
}

export interface NotImported {
  file: string;
  /** Stable code: symlink, outside-language-folder, unknown-language-folder, duplicate-locale-folder, other-locale-suffix, language-mismatch, duplicate-page, unreferenced-file, docfx-markdown-toc, unused-toc. */
  code: string;
  reason: string;
}

/** A TOC entry of a translation relabelled with the title of the page it links to. */
export interface TocLabel {
  /** Toc file (input path). */
  file: string;
  locale: string;
  id: string;
  before: string;
  after: string;
}

export interface FolderEntry {
  folder: string;
  locale: string | null;
  how: string;
  partnerPlaybook: boolean;
}

export interface Report {
  input: string;
  summary: {
    inputFiles: number;
    imported: number;
    notImported: number;
    pagesPerLocale: Record<string, number>;
    statusPagesPerLocale: Record<string, number>;
    otherImported: Record<string, number>;
    notImportedByCode: Record<string, number>;
    linksRewritten: number;
    findingsByKind: Record<string, number>;
    /** Pages whose title changed, per locale. */
    titlesChangedPerLocale: Record<string, number>;
    tocLabelsTranslated: number;
  };
  /** File with each page's DocFX address (the build's legacy redirects) and its number of entries. */
  legacyAddresses?: { file: string; count: number };
  tocLabels: TocLabel[];
  folders: FolderEntry[];
  pages: PageEntry[];
  otherImported: OtherImport[];
  notImported: NotImported[];
  findings: Finding[];
}

function countBy<T>(list: readonly T[], key: (t: T) => string): Record<string, number> {
  const m = new Map<string, number>();
  for (const t of list) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return Object.fromEntries([...m].sort((a, b) => compare(a[0], b[0])));
}

/** Builds the report with everything sorted, so the same input gives the same bytes. */
export function buildReport(
  input: string,
  inputFiles: readonly string[],
  parts: {
    folders: FolderEntry[];
    pages: PageEntry[];
    otherImported: OtherImport[];
    notImported: NotImported[];
    findings: Finding[];
    linksRewritten: number;
    tocLabels?: TocLabel[];
    legacyAddresses?: { file: string; count: number };
  },
): Report {
  const pages = [...parts.pages].sort((a, b) => compare(a.out, b.out) || compare(a.file, b.file));
  const otherImported = [...parts.otherImported]
    .map((o) => ({ ...o, out: [...new Set(o.out)].sort(compare) }))
    .sort((a, b) => compare(a.file, b.file));
  const notImported = [...parts.notImported].sort((a, b) => compare(a.file, b.file));
  const tocLabels = [...(parts.tocLabels ?? [])].sort(
    (a, b) =>
      compare(a.locale, b.locale) ||
      compare(a.file, b.file) ||
      compare(a.id, b.id) ||
      compare(a.before, b.before),
  );
  const findings = [...parts.findings].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compare(a.kind, b.kind) ||
      compare(a.message, b.message),
  );
  const report: Report = {
    input,
    summary: {
      inputFiles: inputFiles.length,
      imported: pages.length + otherImported.length,
      notImported: notImported.length,
      pagesPerLocale: countBy(pages, (p) => p.locale),
      statusPagesPerLocale: countBy(
        pages.filter((p) => p.level),
        (p) => p.locale,
      ),
      otherImported: countBy(otherImported, (o) => o.kind),
      notImportedByCode: countBy(notImported, (n) => n.code),
      linksRewritten: parts.linksRewritten,
      findingsByKind: countBy(findings, (f) => f.kind),
      titlesChangedPerLocale: countBy(
        pages.filter((p) => p.title && p.title.before !== p.title.after),
        (p) => p.locale,
      ),
      tocLabelsTranslated: tocLabels.length,
    },
    ...(parts.legacyAddresses ? { legacyAddresses: parts.legacyAddresses } : {}),
    tocLabels,
    folders: [...parts.folders].sort((a, b) => compare(a.folder, b.folder)),
    pages,
    otherImported,
    notImported,
    findings,
  };
  assertReconciled(inputFiles, report);
  return report;
}

/** Input files = imported + not imported, each file exactly once. Throws otherwise. */
export function assertReconciled(
  inputFiles: readonly string[],
  report: Pick<Report, 'pages' | 'otherImported' | 'notImported'>,
): void {
  const seen = new Map<string, number>();
  for (const f of [
    ...report.pages.map((p) => p.file),
    ...report.otherImported.map((o) => o.file),
    ...report.notImported.map((n) => n.file),
  ]) {
    seen.set(f, (seen.get(f) ?? 0) + 1);
  }
  const twice = [...seen].filter(([, n]) => n > 1).map(([f]) => f);
  const inputSet = new Set(inputFiles);
  const unknown = [...seen.keys()].filter((f) => !inputSet.has(f));
  const missing = inputFiles.filter((f) => !seen.has(f));
  if (twice.length || unknown.length || missing.length) {
    throw new Error(
      `import report does not add up: ${inputFiles.length} input files, ${seen.size} accounted for` +
        (missing.length ? `; not accounted for: ${missing.join(', ')}` : '') +
        (twice.length ? `; accounted for twice: ${twice.join(', ')}` : '') +
        (unknown.length ? `; not an input file: ${unknown.join(', ')}` : ''),
    );
  }
}

export function reportJson(r: Report): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

const cell = (s: string | number | undefined) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

export function reportMarkdown(r: Report): string {
  const s = r.summary;
  const out: string[] = [];
  out.push(`# Import report: ${r.input}`, '');
  out.push(
    `${s.inputFiles} input files: ${s.imported} imported, ${s.notImported} not imported (${s.imported} + ${s.notImported} = ${s.imported + s.notImported}).`,
    '',
  );
  out.push('| Locale | Pages | Status pages |', '|---|---:|---:|');
  for (const [l, n] of Object.entries(s.pagesPerLocale))
    out.push(`| ${l} | ${n} | ${s.statusPagesPerLocale[l] ?? 0} |`);
  out.push('');
  out.push(
    `Other files imported: ${
      Object.entries(s.otherImported)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ') || 'none'
    }. Links rewritten: ${s.linksRewritten}.`,
    '',
  );
  out.push(
    `Titles changed: ${
      Object.entries(s.titlesChangedPerLocale)
        .map(([l, n]) => `${n} ${l}`)
        .join(', ') || 'none'
    }. TOC labels translated: ${s.tocLabelsTranslated}.${r.legacyAddresses ? ` Legacy addresses: ${r.legacyAddresses.count} (${r.legacyAddresses.file}).` : ''}`,
    '',
  );
  out.push(
    `Findings: ${
      Object.entries(s.findingsByKind)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ') || 'none'
    }.`,
    '',
  );
  out.push(
    '## Language folders',
    '',
    '| Folder | Locale | How | Partner playbook |',
    '|---|---|---|---|',
  );
  for (const f of r.folders)
    out.push(
      `| ${cell(f.folder || '.')} | ${f.locale ?? '—'} | ${cell(f.how)} | ${f.partnerPlaybook ? 'yes' : 'no'} |`,
    );
  out.push('', '## Not imported', '');
  if (r.notImported.length === 0) out.push('Every input file was imported.');
  else {
    out.push('| File | Code | Reason |', '|---|---|---|');
    for (const n of r.notImported) out.push(`| ${cell(n.file)} | ${n.code} | ${cell(n.reason)} |`);
  }
  out.push(
    '',
    '## Pages',
    '',
    '| File | Output | Level | Parent | Order | Label | Changes |',
    '|---|---|---|---|---:|---|---|',
  );
  for (const p of r.pages)
    out.push(
      `| ${cell(p.file)} | ${cell(p.out)} | ${p.level ?? ''} | ${cell(p.parent)} | ${p.order ?? ''} | ${cell(p.label)} | ${cell(p.changes.join('; '))} |`,
    );
  out.push('', '## Titles', '');
  const titled = r.pages.filter((p) => p.title);
  if (titled.length === 0) out.push('No title changed.');
  else {
    out.push('| File | Before | After | Why |', '|---|---|---|---|');
    for (const p of titled)
      out.push(
        `| ${cell(p.file)} | ${cell(p.title!.before)} | ${cell(p.title!.after)} | ${cell(p.title!.why)} |`,
      );
  }
  out.push('', '## TOC labels', '');
  if (r.tocLabels.length === 0) out.push('No TOC label changed.');
  else {
    out.push('| TOC file | Locale | Page | Before | After |', '|---|---|---|---|---|');
    for (const t of r.tocLabels)
      out.push(
        `| ${cell(t.file)} | ${t.locale} | ${cell(t.id)} | ${cell(t.before)} | ${cell(t.after)} |`,
      );
  }
  out.push('', '## Other files imported', '');
  if (r.otherImported.length === 0) out.push('None.');
  else {
    out.push('| File | Kind | Output |', '|---|---|---|');
    for (const o of r.otherImported)
      out.push(`| ${cell(o.file)} | ${o.kind} | ${cell(o.out.join(', '))} |`);
  }
  out.push('', '## Findings (not fixed by the importer)', '');
  if (r.findings.length === 0) out.push('None.');
  else {
    out.push('| File | Line | Kind | Finding |', '|---|---:|---|---|');
    for (const f of r.findings)
      out.push(`| ${cell(f.file)} | ${f.line ?? ''} | ${f.kind} | ${cell(f.message)} |`);
  }
  out.push('');
  return out.join('\n');
}
