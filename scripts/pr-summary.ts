/**
 * npm run pr-summary -- --base <git ref>
 * Prints, as Markdown, what the working tree's content changes against the base: check findings,
 * the status tree per locale, translations left behind, links to the changed pages (see
 * scripts/lib/pr-summary.ts). The PR workflow posts it as one sticky comment.
 */
import { parseArgs } from 'node:util';
import { prSummary, SummaryError } from './lib/pr-summary.ts';

const USAGE = 'usage: npm run pr-summary -- --base <git ref>   (e.g. --base origin/main)';
try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { base: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) console.log(USAGE);
  else if (!values.base) {
    console.error(`--base is missing\n${USAGE}`);
    process.exitCode = 2;
  } else process.stdout.write(prSummary({ base: values.base }));
} catch (e) {
  console.error(e instanceof SummaryError ? e.message : `${(e as Error).message}\n${USAGE}`);
  process.exitCode = 2;
}
