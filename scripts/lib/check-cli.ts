/**
 * The content checker's command line (started by scripts/check.ts):
 * npm run check [-- <content-dir>] [--format human|json] [--audience partner|internal] [--translations]
 * Reports every diagnostic of every file, sorted by file and line. Exit 1 on any error.
 */
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../../src/core/config.ts';
import { loadContentParallel } from '../../src/core/parallel.ts';
import { coverage, formatCoverage } from '../../src/core/coverage.ts';
import { countBySeverity, formatGithub, formatHuman, formatSummaryTable } from '../../src/core/diagnostics.ts';
import type { Audience } from '../../src/core/schema.ts';
import type { WorkerPool } from '../../src/core/worker-pool.ts';

const USAGE = 'usage: npm run check -- [content-dir] [--format human|json] [--audience partner|internal] [--translations]';

export interface Run {
  started: number;
  /** Threads to use, this one included (default: the machine's). */
  threads?: number;
  /** Worker threads started ahead by scripts/check.ts. */
  pool?: WorkerPool;
}

export async function main(argv: string[], run: Run = { started: performance.now() }): Promise<number> {
  const { started } = run;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'human' }, audience: { type: 'string' }, translations: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    console.error(`one content folder only\n${USAGE}`);
    return 2;
  }
  const dir = positionals[0];
  const { format, translations } = values;
  const audience = (values.audience ?? process.env.PLAYBOOK_AUDIENCE ?? 'partner') as Audience;
  if (!['human', 'json'].includes(format) || !['partner', 'internal'].includes(audience)) {
    console.error(USAGE);
    return 2;
  }
  let cfg;
  try {
    cfg = readConfig();
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const corpus = await loadContentParallel(dir ?? cfg.contentDir, { audience, owners: cfg.owners, severities: cfg.rules }, run.threads, run.pool);
  const list = corpus.diagnostics;
  const { errors, warnings } = countBySeverity(list);
  const seconds = (performance.now() - started) / 1000;
  if (format === 'json') {
    const out = { files: corpus.fileCount, pages: corpus.pages.length, errors, warnings, seconds, diagnostics: list, coverage: translations ? coverage(corpus) : undefined };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return errors ? 1 : 0;
  }
  for (const d of list) console.log(formatHuman(d));
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const d of list) console.log(formatGithub(d));
    if (process.env.GITHUB_STEP_SUMMARY) {
      const md = `## Content check\n\n${errors} errors, ${warnings} warnings in ${corpus.fileCount} files\n\n${list.length ? formatSummaryTable(list) : 'No findings.'}\n`;
      appendFileSync(process.env.GITHUB_STEP_SUMMARY, md);
    }
  }
  if (translations) console.log(`\nTranslation coverage (${audience}):\n${formatCoverage(coverage(corpus))}\n`);
  console.log(`${corpus.fileCount} files, ${corpus.pages.length} pages (${audience}): ${errors} errors, ${warnings} warnings in ${seconds.toFixed(2)} s`);
  return errors ? 1 : 0;
}
