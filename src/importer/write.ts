/**
 * Puts an import on disk. The report goes beside the output folder, not into it (a Markdown file
 * outside a locale folder would be a checker error): `<out>.import-report.md` and `.json`.
 * A second run into the same folder first removes what the previous run (its report) wrote, so
 * the folder holds exactly this run's files; a non-empty folder without such a report is only
 * written into with `force` (existing files are then kept unless overwritten).
 * Nothing outside the output folder is ever removed or written (paths are resolved and checked,
 * links too), and a file changed by hand since the last import (its sha256, recorded in the
 * report as `written`, differs) stops the import unless `force`.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { ImportResult } from './import.ts';
import type { Severity } from '../core/diagnostics.ts';
import {
  BASELINE_FILE,
  baselineEntries,
  formatBaseline,
  type BaselineEntry,
} from '../core/baseline.ts';
import { loadContent } from '../core/corpus.ts';
import { reportJson, reportMarkdown, type Report } from './report.ts';

export function reportPaths(outDir: string): { json: string; md: string } {
  const out = resolve(outDir);
  return { json: `${out}.import-report.json`, md: `${out}.import-report.md` };
}

/** Every file an import writes into the output folder (relative paths). */
export function outputsOf(
  report: Pick<Report, 'pages' | 'otherImported'> & Partial<Pick<Report, 'legacyAddresses'>>,
): string[] {
  return [
    ...new Set([
      ...report.pages.map((p) => p.out),
      ...report.otherImported.flatMap((o) => o.out),
      ...(report.legacyAddresses ? [report.legacyAddresses.file] : []),
    ]),
  ].sort();
}

/** sha256 of what an import wrote, as recorded in its report (`written`). */
const hashOf = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * `<out>/<p>` when that lies inside the output folder, also with links resolved (an existing
 * folder on the way that links elsewhere does not count as inside); else an error that says so.
 */
function insideOut(out: string, realOut: string, p: string, what: string): string {
  const target = resolve(out, p);
  const fail = () =>
    new Error(
      `${what} "${p}" is outside the output folder ${out}; nothing was changed (was the import report edited?)`,
    );
  if (!target.startsWith(out + sep)) throw fail();
  let probe = target;
  while (!existsSync(probe) && probe.startsWith(out + sep)) probe = dirname(probe);
  if (probe !== target || existsSync(target)) {
    let real: string;
    try {
      real = realpathSync(probe);
    } catch {
      throw fail();
    }
    if (real !== realOut && !real.startsWith(realOut + sep)) throw fail();
  }
  if (isLink(target)) throw fail();
  return target;
}

/** Whether a path is a symbolic link, also one that points nowhere (existsSync says false for that). */
function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Writing through a link would write wherever it points: refused. */
function refuseLink(path: string): void {
  if (isLink(path))
    throw new Error(
      `${path} is a symbolic link; the importer does not write through links (remove it and import again)`,
    );
}

export function writeImport(
  outDir: string,
  result: ImportResult,
  opts: { force?: boolean } = {},
): { written: number; removed: number; report: { json: string; md: string } } {
  const out = resolve(outDir);
  const paths = reportPaths(out);
  let removed = 0;
  const nonEmpty = existsSync(out) && readdirSync(out).length > 0;
  mkdirSync(out, { recursive: true });
  const realOut = realpathSync(out);
  // Every path is checked before anything is removed or written.
  const targets = result.outputs.map((o) => ({
    o,
    target: insideOut(out, realOut, o.path, 'output file'),
  }));
  if (nonEmpty) {
    let previous: { files: string[]; hashes?: Record<string, string> } | undefined;
    if (existsSync(paths.json)) {
      try {
        const r = JSON.parse(readFileSync(paths.json, 'utf8')) as Report & {
          written?: Record<string, string>;
        };
        previous = {
          files: outputsOf(r),
          hashes: r.written && typeof r.written === 'object' ? r.written : undefined,
        };
      } catch {
        previous = undefined;
      }
    }
    if (previous) {
      const old = previous.files.map((p) => ({
        p,
        target: insideOut(out, realOut, p, 'file of the previous import'),
      }));
      // Files changed by hand since the last import would be lost: refuse unless forced.
      if (previous.hashes && !opts.force) {
        const edited = old
          .filter(
            ({ p, target }) =>
              existsSync(target) &&
              previous.hashes![p] !== undefined &&
              hashOf(readFileSync(target)) !== previous.hashes![p],
          )
          .map(({ p }) => p);
        if (edited.length) {
          throw new Error(
            `${edited.length} imported file(s) in ${out} were changed since the last import (${edited.slice(0, 5).join(', ')}${edited.length > 5 ? ', …' : ''}); importing again would overwrite or remove them. Save your changes elsewhere, or pass --force to overwrite them`,
          );
        }
      }
      const now = new Set(result.outputs.map((o) => o.path));
      for (const { p, target } of old) {
        if (!now.has(p) && existsSync(target)) {
          rmSync(target);
          removed++;
        }
      }
    } else if (!opts.force) {
      throw new Error(
        `${out} is not empty and was not written by the importer (no ${paths.json}); choose an empty folder or pass --force`,
      );
    }
  }
  const written: Record<string, string> = {};
  for (const { o, target } of targets) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, o.data);
    written[o.path] = hashOf(o.data);
  }
  mkdirSync(dirname(paths.json), { recursive: true });
  for (const p of [paths.json, paths.md]) refuseLink(p);
  writeFileSync(paths.json, reportJson({ ...result.report, written } as Report));
  writeFileSync(paths.md, reportMarkdown(result.report));
  return { written: result.outputs.length, removed, report: paths };
}

/**
 * Writes `<out>/playbook-baseline.json`: the errors the imported playbook already has (broken
 * links, missing images, statuses without an L1 page …), for the partner and the internal site.
 * `check` and the build then report them as known warnings, so the import builds at once, while
 * any new problem fails as usual. No findings: no file (and a previous import's file is removed).
 */
export function writeImportBaseline(
  outDir: string,
  owners: readonly string[],
  severities: Readonly<Record<string, Severity>> = {},
): { path: string; entries: number } {
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
  refuseLink(path);
  if (entries.length) writeFileSync(path, formatBaseline(entries));
  else if (existsSync(path)) rmSync(path);
  return { path, entries: entries.length };
}
