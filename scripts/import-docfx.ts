/**
 * npm run import -- <docfx-folder> [--out <content-dir>] [--force]
 * Imports a DocFX playbook tree (english-playbook/, german-playbook/, … with toc.yml) into a
 * content folder (`<locale>/<id>.md`, `<locale>/_toc.json`, media), and writes the import report
 * beside it: `<content-dir>.import-report.md` and `.json`. See src/importer/import.ts.
 */
import { parseArgs } from 'node:util';
import { readConfigOrReport } from '../src/core/config.ts';
import { githubSafe } from '../src/core/diagnostics.ts';
import { importDocfx } from '../src/importer/import.ts';
import { writeImport, writeImportBaseline } from '../src/importer/write.ts';
import { githubActions } from '../src/core/env.ts';

const USAGE = 'usage: npm run import -- <docfx-folder> [--out <content-dir>] [--force]';

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    console.error(`one input folder only\n${USAGE}`);
    return 2;
  }
  const input = parsed.positionals[0];
  const { out, force } = parsed.values;
  if (!input || out === '') {
    console.error(USAGE);
    return 2;
  }
  const config = readConfigOrReport();
  if (!config) return 2;
  const target = out ?? config.contentDir;
  const result = importDocfx(input, { limits: config.limits });
  const w = writeImport(target, result, { force });
  const baseline = writeImportBaseline(target, config.owners, config.rules);
  const s = result.report.summary;
  console.log(`${s.inputFiles} input files: ${s.imported} imported, ${s.notImported} not imported`);
  console.log(
    `pages per locale: ${
      Object.entries(s.pagesPerLocale)
        .map(([l, n]) => `${l} ${n}`)
        .join(', ') || 'none'
    }; status pages: ${
      Object.entries(s.statusPagesPerLocale)
        .map(([l, n]) => `${l} ${n}`)
        .join(', ') || 'none'
    }`,
  );
  const links = s.notImportedByCode.symlink ?? 0;
  if (links)
    console.log(
      `symbolic links: ${links} in the input, not followed (listed in the report as not imported, code symlink)`,
    );
  console.log(
    `links rewritten: ${s.linksRewritten}; findings: ${
      Object.entries(s.findingsByKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'none'
    }`,
  );
  console.log(
    `wrote ${w.written} files to ${target}${w.removed ? ` (removed ${w.removed} left from the previous import)` : ''}`,
  );
  console.log(`report: ${w.report.md}\n        ${w.report.json}`);
  if (baseline.entries) {
    console.log(
      `baseline: ${baseline.entries} error(s) the playbook already had (broken links, missing images, …) are listed in ${baseline.path};`,
    );
    console.log(
      '          `npm run check` reports them as known warnings and the site builds; fix them, then delete their lines',
    );
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  const text = `import failed: ${(e as Error).message}`;
  // Under GitHub Actions no line of it may be read as a workflow command (paths come from the input).
  console.error(githubActions() ? githubSafe(text.replace(/\r?\n/g, ' ')) : text);
  process.exitCode = 1;
}
