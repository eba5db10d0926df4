/**
 * The content checker's command line (started by scripts/check.ts):
 * npm run check [-- <content-dir>] [--format human|json] [--audience partner|internal] [--translations]
 * Reports every diagnostic of every file, sorted by file and line. Exit 1 on any error.
 */
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfigOrReport } from '../../src/core/config.ts';
import { EnvError, audienceOf, readEnv, type PlaybookEnv } from '../../src/core/env.ts';
import { loadContentParallel } from '../../src/core/parallel.ts';
import { coverage, formatCoverage, formatSectionsBehind } from '../../src/core/coverage.ts';
import {
  countBySeverity,
  formatGithub,
  formatHumanFor,
  formatSummaryTable,
  githubSafe,
} from '../../src/core/diagnostics.ts';
import type { Audience } from '../../src/core/schema.ts';
import type { WorkerPool } from '../../src/core/worker-pool.ts';

const USAGE =
  'usage: npm run check -- [content-dir] [--format human|json] [--audience partner|internal] [--translations]';

export interface Run {
  started: number;
  /** Threads to use, this one included (default: the machine's). */
  threads?: number;
  /** Worker threads started ahead by scripts/check.ts. */
  pool?: WorkerPool;
}

export async function main(
  argv: string[],
  run: Run = { started: performance.now() },
): Promise<number> {
  const { started } = run;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'human' },
        audience: { type: 'string' },
        translations: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
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
  let env: PlaybookEnv;
  let audience: Audience;
  try {
    env = readEnv();
    audience =
      values.audience === undefined
        ? (env.audience ?? 'partner')
        : audienceOf(values.audience, '--audience');
  } catch (e) {
    if (!(e instanceof EnvError)) throw e;
    const audience = e.variable === 'PLAYBOOK_AUDIENCE' || e.variable === '--audience';
    console.error(
      `${e.message}${audience ? '; a page for both is checked in each' : ''}\n${USAGE}`,
    );
    return 2;
  }
  if (!['human', 'json'].includes(format)) {
    console.error(USAGE);
    return 2;
  }
  const cfg = readConfigOrReport();
  if (!cfg) return 2;
  const corpus = await loadContentParallel(
    dir ?? cfg.contentDir,
    {
      audience,
      owners: cfg.owners,
      limits: cfg.limits,
      severities: cfg.rules,
      defaultLocale: cfg.defaultLocale,
    },
    run.threads,
    run.pool,
  );
  const list = corpus.diagnostics;
  const { errors, warnings } = countBySeverity(list);
  const seconds = (performance.now() - started) / 1000;
  if (format === 'json') {
    const out = {
      files: corpus.fileCount,
      pages: corpus.pages.length,
      errors,
      warnings,
      seconds,
      diagnostics: list,
      coverage: translations ? coverage(corpus) : undefined,
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return errors ? 1 : 0;
  }
  const github = env.githubActions;
  // Under GitHub Actions no printed text may be read as a workflow command but our annotations.
  const print = (text: string) => console.log(github ? githubSafe(text) : text);
  for (const d of list) console.log(formatHumanFor(d, github));
  if (github) {
    for (const d of list) console.log(formatGithub(d));
    if (env.githubStepSummary) {
      const md = `## Content check\n\n${errors} errors, ${warnings} warnings in ${corpus.fileCount} files\n\n${list.length ? formatSummaryTable(list) : 'No findings.'}\n`;
      appendFileSync(env.githubStepSummary, md);
    }
  }
  if (translations)
    print(
      `\nTranslation coverage (${audience}):\n${formatCoverage(coverage(corpus))}\n\nSections behind English:\n${formatSectionsBehind(corpus)}\n`,
    );
  print(
    `${corpus.fileCount} files, ${corpus.pages.length} pages (${audience}): ${errors} errors, ${warnings} warnings in ${seconds.toFixed(2)} s`,
  );
  return errors ? 1 : 0;
}
