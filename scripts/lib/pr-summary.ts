/**
 * `npm run pr-summary -- --base <git ref>`: what a pull request does to the playbook, as Markdown
 * for one sticky PR comment and the job summary. The content at the base is taken from git
 * (`git archive`, into a temp folder) and read by the core like the working tree, so both sides
 * are judged by the same rules.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readConfig, type PlaybookConfig } from '../../src/core/config.ts';
import { loadContent, type Corpus } from '../../src/core/corpus.ts';
import { countBySeverity, type Diagnostic } from '../../src/core/diagnostics.ts';
import { pageHref } from '../../src/core/links.ts';
import {
  changedPages,
  diffTaxonomy,
  staleTranslations,
  type LocaleDiff,
} from '../../src/core/taxonomy-diff.ts';
import { inLocaleOrDefault } from '../../src/core/fallback.ts';

/** First line of the comment: the workflow finds and updates its own comment by it. */
export const MARKER = '<!-- playbook-pr-summary -->';
const FIRST_FINDINGS = 10;

export class SummaryError extends Error {}

/** The content folder as it is at `ref`, extracted into `dir` (empty when the ref has none). */
function contentAt(repo: string, ref: string, contentDir: string, dir: string): void {
  const known = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (known.status !== 0)
    throw new SummaryError(
      `--base ${ref}: no such commit in ${repo} (fetch it first, e.g. git fetch origin ${ref})`,
    );
  const has = spawnSync('git', ['ls-tree', '-d', '--name-only', ref, '--', contentDir], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (!has.stdout.trim()) return;
  const tar = spawnSync('git', ['archive', '--format=tar', ref, '--', contentDir], {
    cwd: repo,
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (tar.status !== 0)
    throw new SummaryError(`git archive ${ref} failed: ${tar.stderr.toString().trim()}`);
  const x = spawnSync('tar', ['-x', '-C', dir], { input: tar.stdout });
  if (x.status !== 0)
    throw new SummaryError(`could not unpack the content of ${ref}: ${x.stderr.toString().trim()}`);
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const key = (d: Diagnostic) => `${d.file}\0${d.rule}\0${d.message}`;

function findings(after: Corpus, before: Corpus): string[] {
  const { errors, warnings } = countBySeverity(after.diagnostics);
  const old = new Set(before.diagnostics.map(key));
  const fresh = after.diagnostics.filter((d) => !old.has(key(d)));
  const fixed = before.diagnostics.length - (after.diagnostics.length - fresh.length);
  const out = [
    `**Check:** ${errors} errors, ${warnings} warnings — ${fresh.length} new with this change, ${Math.max(0, fixed)} fixed.`,
  ];
  const first = [...fresh, ...after.diagnostics.filter((d) => old.has(key(d)))].slice(
    0,
    FIRST_FINDINGS,
  );
  if (first.length) {
    out.push('', `| Where | Severity | Rule | Message | Hint |`, '|---|---|---|---|---|');
    for (const d of first)
      out.push(
        `| \`${cell(d.file)}:${d.line}\` | ${d.severity}${old.has(key(d)) ? '' : ' (new)'} | \`${d.rule}\` | ${cell(d.message)} | ${cell(d.hint ?? '')} |`,
      );
    if (after.diagnostics.length > first.length)
      out.push('', `… and ${after.diagnostics.length - first.length} more: run \`npm run check\`.`);
  }
  return out;
}

function taxonomy(diffs: LocaleDiff[], after: Corpus, before: Corpus): string[] {
  if (!diffs.length) return ['No status was added, removed, renamed, moved or reordered.'];
  const name = (c: Corpus, locale: string, id?: string) =>
    id
      ? `\`${id}\` (${inLocaleOrDefault(locale, c.defaultLocale, (l) => c.taxonomies.get(l)?.byId.get(id)?.title)?.value ?? '?'})`
      : 'the top level';
  const out: string[] = [];
  for (const d of diffs) {
    out.push(`**${d.locale}**`, '');
    for (const s of d.added)
      out.push(
        `- added ${s.level} \`${s.id}\` "${s.title}"${s.parent ? ` under ${name(after, d.locale, s.parent)}` : ''}`,
      );
    for (const s of d.removed) out.push(`- removed ${s.level} \`${s.id}\` "${s.title}"`);
    for (const r of d.renamed) out.push(`- renamed \`${r.id}\`: "${r.from}" → "${r.to}"`);
    for (const m of d.moved)
      out.push(
        `- moved \`${m.id}\` "${m.title}" from ${name(before, d.locale, m.from)} to ${name(after, d.locale, m.to)}`,
      );
    for (const r of d.reordered)
      out.push(
        `- reordered under ${name(after, d.locale, r.parent)}: ${r.before.map((x) => `\`${x}\``).join(', ')} → ${r.after.map((x) => `\`${x}\``).join(', ')}`,
      );
    for (const a of d.aliases)
      out.push(
        `- aliases of \`${a.id}\` "${a.title}":${a.added.length ? ` added ${a.added.map((x) => `"${x}"`).join(', ')}` : ''}${a.removed.length ? ` removed ${a.removed.map((x) => `"${x}"`).join(', ')}` : ''}`,
      );
    out.push('');
  }
  return out;
}

export interface SummaryOptions {
  base: string;
  /** Repository root (the working tree compared). Default: the current directory. */
  repo?: string;
  config?: PlaybookConfig;
}

export function prSummary(opts: SummaryOptions): string {
  const repo = resolve(opts.repo ?? process.cwd());
  const cfg = opts.config ?? readConfig(repo);
  const tmp = mkdtempSync(join(tmpdir(), 'pr-summary-'));
  try {
    contentAt(repo, opts.base, cfg.contentDir, tmp);
    const baseDir = join(tmp, cfg.contentDir);
    mkdirSync(baseDir, { recursive: true });
    const load = (dir: string, displayBase: string) =>
      loadContent(dir, {
        audience: 'partner',
        owners: cfg.owners,
        severities: cfg.rules,
        defaultLocale: cfg.defaultLocale,
        displayBase,
      });
    const after = load(join(repo, cfg.contentDir), repo);
    const before = load(baseDir, tmp); // same paths as the working tree's: content/<locale>/<id>.md
    const changes = changedPages(before, after);
    const stale = staleTranslations(before, after, changes);
    const site = cfg.site.replace(/\/$/, '');
    const out = [
      MARKER,
      `## What this pull request does to the playbook`,
      '',
      `Compared with \`${opts.base}\`.`,
      '',
      ...findings(after, before),
      '',
      '### Status tree',
      '',
      ...taxonomy(diffTaxonomy(before, after), after, before),
    ];
    out.push('', '### Translations to update');
    if (stale.length) {
      out.push('', 'The English page changed in this pull request, its translation did not:', '');
      for (const s of stale)
        out.push(
          `- \`${cfg.contentDir}/${s.locale}/${s.id}.md\` — English sections changed: ${s.sections.map((x) => (x ? `"${x}"` : 'the text before the first heading')).join(', ')}`,
        );
    } else out.push('', 'None.');
    out.push('', '### Changed pages', '');
    if (!changes.length) out.push('No page changed.');
    for (const c of changes) {
      const where = `${cfg.contentDir}/${c.locale}/${c.id}.md`;
      out.push(
        c.kind === 'removed'
          ? `- removed: \`${where}\``
          : `- ${c.kind}: [${c.locale}/${c.slug}](${site}${pageHref(c.locale, c.slug, cfg.base)}) (\`${where}\`)`,
      );
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
