/**
 * npm run new -- <L1|L2|L3> <parent id|-> "<title>" [--locale en] [--id <id>] [--content <dir>] …
 * Creates content/<locale>/<id>.md with complete front matter and the headings its level needs,
 * then checks the content again and reports anything about the new file. Exit 1 when refused.
 * The logic is in scripts/lib/scaffold.ts.
 */
import { resolve } from 'node:path';
import { readConfigOrReport } from '../src/core/config.ts';
import { loadContent } from '../src/core/corpus.ts';
import { formatHuman } from '../src/core/diagnostics.ts';
import { USAGE, parseArgs, scaffoldPage } from './lib/scaffold.ts';

const ROOT = resolve(import.meta.dirname, '..');

function main(argv: string[]): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    if (parsed.help) {
      console.log(USAGE);
      return 0;
    }
    console.error(`error: ${parsed.message}\n\n${USAGE}`);
    return 1;
  }
  const { request, content, dryRun } = parsed.options;
  const cfg = readConfigOrReport(ROOT);
  if (!cfg) return 1;
  const contentDir = content ? resolve(content) : resolve(ROOT, cfg.contentDir);
  const result = scaffoldPage(contentDir, request, {
    owners: cfg.owners,
    defaultLocale: cfg.defaultLocale,
    write: !dryRun,
  });
  if (!result.ok) {
    console.error(`error: ${result.message}${result.hint ? `\n    hint: ${result.hint}` : ''}`);
    return 1;
  }
  for (const note of result.notes) console.warn(`note: ${note}`);
  if (dryRun) {
    console.log(`Would create ${result.file}:\n`);
    process.stdout.write(result.text);
    return 0;
  }

  // Check the content again; report what concerns the new page (there should be nothing).
  const corpus = loadContent(contentDir, {
    audience: result.meta.audience,
    owners: cfg.owners,
    severities: cfg.rules,
    defaultLocale: cfg.defaultLocale,
  });
  const mine = corpus.diagnostics.filter((d) => resolve(d.file) === result.file);
  for (const d of mine) console.log(formatHuman(d));
  const errors = mine.filter((d) => d.severity === 'error').length;
  console.log(
    [
      `Created ${result.file}`,
      `  ${result.meta.level}${result.meta.parent ? ` under ${result.meta.parent}` : ''}, ft.order ${result.meta.order}, ft.audience ${result.meta.audience}`,
      mine.length
        ? `  npm run check: ${mine.length} finding(s) for this file (see above)`
        : '  npm run check: no findings for this file',
      '',
      'Next: replace every "Replace this …" text, the description and the keywords, then run npm run check.',
    ].join('\n'),
  );
  return errors ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`new failed unexpectedly: ${(e as Error).message}`);
  process.exitCode = 2;
}
