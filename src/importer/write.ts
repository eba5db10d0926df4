/**
 * Puts an import on disk. The report goes beside the output folder, not into it (a Markdown file
 * outside a locale folder would be a checker error): `<out>.import-report.md` and `.json`.
 * A second run into the same folder first removes what the previous run (its report) wrote, so
 * the folder holds exactly this run's files; a non-empty folder without such a report is only
 * written into with `force` (existing files are then kept unless overwritten).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ImportResult } from './import.ts';
import type { Severity } from '../core/diagnostics.ts';
import { BASELINE_FILE, baselineEntries, formatBaseline, type BaselineEntry } from '../core/baseline.ts';
import { loadContent } from '../core/corpus.ts';
import { reportJson, reportMarkdown, type Report } from './report.ts';

export function reportPaths(outDir: string): { json: string; md: string } {
  const out = resolve(outDir);
  return { json: `${out}.import-report.json`, md: `${out}.import-report.md` };
}

/** Every file an import writes into the output folder (relative paths). */
export function outputsOf(report: Pick<Report, 'pages' | 'otherImported'>): string[] {
  return [...new Set([...report.pages.map((p) => p.out), ...report.otherImported.flatMap((o) => o.out)])].sort();
}

export function writeImport(outDir: string, result: ImportResult, opts: { force?: boolean } = {}): { written: number; removed: number; report: { json: string; md: string } } {
  const out = resolve(outDir);
  const paths = reportPaths(out);
  let removed = 0;
  const nonEmpty = existsSync(out) && readdirSync(out).length > 0;
  if (nonEmpty) {
    let previous: string[] | undefined;
    if (existsSync(paths.json)) {
      try {
        previous = outputsOf(JSON.parse(readFileSync(paths.json, 'utf8')) as Report);
      } catch {
        previous = undefined;
      }
    }
    if (previous) {
      const now = new Set(result.outputs.map((o) => o.path));
      for (const p of previous) {
        if (!now.has(p) && existsSync(join(out, p))) {
          rmSync(join(out, p));
          removed++;
        }
      }
    } else if (!opts.force) {
      throw new Error(`${out} is not empty and was not written by the importer (no ${paths.json}); choose an empty folder or pass --force`);
    }
  }
  for (const o of result.outputs) {
    const target = join(out, o.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, o.data);
  }
  mkdirSync(dirname(paths.json), { recursive: true });
  writeFileSync(paths.json, reportJson(result.report));
  writeFileSync(paths.md, reportMarkdown(result.report));
  return { written: result.outputs.length, removed, report: paths };
}

/**
 * Writes `<out>/playbook-baseline.json`: the errors the imported playbook already has (broken
 * links, missing images, statuses without an L1 page …), for the partner and the internal site.
 * `check` and the build then report them as known warnings, so the import builds at once, while
 * any new problem fails as usual. No findings: no file (and a previous import's file is removed).
 */
export function writeImportBaseline(outDir: string, owners: readonly string[], severities: Readonly<Record<string, Severity>> = {}): { path: string; entries: number } {
  const out = resolve(outDir);
  const path = join(out, BASELINE_FILE);
  const count = new Map<string, { entry: BaselineEntry; n: number }>();
  for (const audience of ['partner', 'internal'] as const) {
    // The severities `check` will use (playbook.config.json rules): a warning needs no entry.
    const corpus = loadContent(out, { audience, owners, baseline: false, severities });
    const mine = new Map<string, { entry: BaselineEntry; n: number }>();
    for (const e of baselineEntries(corpus.diagnostics, out, process.cwd())) {
      const k = `${e.file}\0${e.rule}\0${e.message}`;
      mine.set(k, { entry: e, n: (mine.get(k)?.n ?? 0) + 1 });
    }
    for (const [k, v] of mine) if ((count.get(k)?.n ?? 0) < v.n) count.set(k, v);
  }
  const entries = [...count.values()].flatMap((v) => Array.from({ length: v.n }, () => v.entry));
  if (entries.length) writeFileSync(path, formatBaseline(entries));
  else if (existsSync(path)) rmSync(path);
  return { path, entries: entries.length };
}
