/**
 * npm run bench:check [-- N] [--profile | --no-profile] [--parse-sample M|all] [--runs R] [--keep]
 *
 * Figures for the content checker (not a timed test). Generates N synthetic valid pages (default
 * 10,000; locales en and de; 5 L1s with L2s and L3s; ~3 KB each with a table, headings and
 * relative links) in the OS temp dir, then times
 *   1. `loadContent(dir, { owners })` in this process: everything the checker does (read, parse,
 *      validate, taxonomy, links), first (cold) run and best of R runs; likewise
 *      `loadContentParallel` when src/core/parallel.ts exists;
 *   2. the CLI as `npm run check` runs it (`node <its flags> scripts/check.mjs <dir>`), as a child
 *      process (wall time, median of R; npm's own start-up left out);
 *   3. where the time goes: each step of loadContent timed on its own over the same files;
 *   4. for the record, the Markdown parse cost per file of Sätteri vs unified + remark-parse +
 *      remark-gfm over the same bodies.
 *   5. the CLI again after every 20th file got two broken links, one of them a near miss that gets a
 *      "did you mean" (10,000 files → 1,000 errors): reporting many mistakes must be fast too.
 * Target: 10,000 files in ≤ 3 s. When the CLI misses it (or with --profile) the CLI is run once
 * more with --cpu-prof and the profile is summarised (self and inclusive time per function).
 * Results also go to test-results/bench-check.md; profiles to test-results/profiles/.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { markdownToMdast } from 'satteri';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { readConfig } from '../src/core/config.ts';
import { loadContent, type Corpus } from '../src/core/corpus.ts';
import { parseFrontMatter } from '../src/core/frontmatter.ts';
import { idToSlug } from '../src/core/links.ts';
import { walk } from '../src/core/paths.ts';
import { findIncludes, MARKDOWN_FEATURES, readBody } from '../src/core/markdown.ts';
import { buildTaxonomy, type TaxPage } from '../src/core/taxonomy.ts';
import { validateFrontMatter } from '../src/core/validate.ts';
import { acquireBenchLock, machineBusySeconds, runMeasured, waitForQuiet } from './lib/machine.ts';
import { tempDir, writePlaybook } from './lib/synthetic.ts';

const ROOT = resolve(import.meta.dirname, '..');
/**
 * The `check` script of package.json as node arguments (flags, then the script): the CLI is
 * timed as `npm run check` runs it, without npm's own start-up.
 */
const CHECK_COMMAND: string[] = (() => {
  const script =
    (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts.check ?? '';
  const m = /^node((?:\s+--\S+)*)\s+(scripts\/check\.m?[jt]s)\b/.exec(script);
  return m ? [...m[1]!.trim().split(/\s+/).filter(Boolean), m[2]!] : ['scripts/check.ts'];
})();
const TARGET_FILES = 10_000;
const TARGET_SECONDS = 3;

interface Args {
  n: number;
  profile: boolean | undefined;
  parseSample: number | 'all';
  runs: number;
  keep: boolean;
  wait: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    n: TARGET_FILES,
    profile: undefined,
    parseSample: 2000,
    runs: 3,
    keep: false,
    wait: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '--profile') a.profile = true;
    else if (x === '--no-profile') a.profile = false;
    else if (x === '--keep') a.keep = true;
    else if (x === '--no-wait') a.wait = false;
    else if (x === '--runs') a.runs = Math.max(1, Number(argv[++i]));
    else if (x === '--parse-sample') {
      const v = argv[++i] ?? '';
      a.parseSample = v === 'all' ? 'all' : Math.max(1, Number(v));
    } else if (/^\d+$/.test(x)) a.n = Number(x);
    else {
      console.error(
        `unknown argument ${x}\nusage: npm run bench:check -- [N] [--profile|--no-profile] [--parse-sample M|all] [--runs R] [--keep] [--no-wait]`,
      );
      process.exit(2);
    }
  }
  return a;
}

const ms = (t: number) => performance.now() - t;
const fmtS = (msec: number) => (msec / 1000).toFixed(2);
const rate = (files: number, msec: number) =>
  Math.round(files / (msec / 1000)).toLocaleString('en-US');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function listMd(dir: string): string[] {
  return walk(dir, { sorted: true }).filter((f) => f.endsWith('.md'));
}

/** Each step of loadContent on its own, over the same files (ms). */
function phases(dir: string, owners: string[], corpus: Corpus): [string, number][] {
  const files = listMd(dir);
  let t = performance.now();
  const raws = files.map((f) => readFileSync(f).toString('utf8'));
  const tRead = ms(t);
  t = performance.now();
  const fms = raws.map((r) => parseFrontMatter(r));
  const tFm = ms(t);
  t = performance.now();
  fms.forEach((fm, i) => validateFrontMatter(fm, files[i]!, owners));
  const tValidate = ms(t);
  t = performance.now();
  fms.forEach((fm) => findIncludes(fm.body, fm.bodyLine - 1));
  const tIncludes = ms(t);
  t = performance.now();
  for (const fm of fms) readBody(fm.body, fm.bodyLine - 1);
  const tReadBody = ms(t);
  t = performance.now();
  for (const fm of fms) markdownToMdast(fm.body, { features: { ...MARKDOWN_FEATURES } } as never);
  const tParse = ms(t);
  t = performance.now();
  for (const p of corpus.pages) idToSlug(p.id);
  const tSlug = ms(t);
  t = performance.now();
  const tax = (locale: string) =>
    new Map(
      corpus.pages
        .filter((p) => p.visible && p.locale === locale)
        .map((p): [string, TaxPage] => [
          p.id,
          {
            locale: p.locale,
            id: p.id,
            file: p.file,
            meta: p.meta!,
            lineOf: (k) => p.keyLines.get(k) ?? 1,
          },
        ]),
    );
  const src = tax(corpus.defaultLocale);
  for (const l of corpus.locales) buildTaxonomy(l, l === corpus.defaultLocale ? src : tax(l), src);
  const tTax = ms(t);
  t = performance.now();
  let links = 0;
  for (const p of corpus.pages)
    for (const l of p.links) {
      corpus.resolve(p, l.url);
      links++;
    }
  const tLinks = ms(t);
  return [
    ['walk + read files (readFileSync, utf8)', tRead],
    ['front matter: parseFrontMatter (normalise, split, gray-matter + js-yaml)', tFm],
    ['validate: validateFrontMatter (zod schema, owners)', tValidate],
    ['includes: findIncludes (line scan)', tIncludes],
    ['body facts: readBody (headings, links, HTML; as src/core/markdown.ts does it)', tReadBody],
    ['  for comparison: a full mdast tree, Sätteri markdownToMdast', tParse],
    ['idToSlug (github-slugger per id)', tSlug],
    ['taxonomy: buildTaxonomy per locale', tTax],
    [`links: resolveLink × ${links.toLocaleString('en-US')}`, tLinks],
  ];
}

/** Sätteri vs unified + remark-parse + remark-gfm, ms per file, over `sample` bodies. */
function parseComparison(
  dir: string,
  sample: number | 'all',
): { files: number; bytes: number; satteri: number; remark: number } {
  const all = listMd(dir);
  const step = sample === 'all' ? 1 : Math.max(1, Math.floor(all.length / sample));
  const chosen = all
    .filter((_, i) => i % step === 0)
    .slice(0, sample === 'all' ? undefined : sample);
  const bodies = chosen.map((f) => parseFrontMatter(readFileSync(f, 'utf8')).body);
  const bytes = bodies.reduce((s, b) => s + Buffer.byteLength(b), 0);
  const remark = unified().use(remarkParse).use(remarkGfm);
  const sat = (b: string) => markdownToMdast(b, { features: { ...MARKDOWN_FEATURES } } as never);
  // Warm up both (JIT, native binding load) before measuring.
  for (const b of bodies.slice(0, 100)) {
    sat(b);
    remark.parse(b);
  }
  let t = performance.now();
  for (const b of bodies) sat(b);
  const tSat = ms(t);
  t = performance.now();
  for (const b of bodies) remark.parse(b);
  const tRemark = ms(t);
  return {
    files: bodies.length,
    bytes,
    satteri: tSat / bodies.length,
    remark: tRemark / bodies.length,
  };
}

interface ProfNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a function lives: src/core/x.ts, a package, node internals, or V8 (GC, program). */
function areaOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native/V8)';
  const core = /\/src\/core\/([^/]+)$/.exec(url);
  if (core) return `src/core/${core[1]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `pkg ${pkg[1]}`;
  if (url.startsWith('node:')) return 'node internals';
  if (url.includes('/scripts/')) return 'scripts/check.ts';
  return url.replace(/^file:\/\//, '');
}

/** Self and inclusive time per function over one or more profiles (main thread and workers); idle time left out. */
function summariseProfile(paths: string[]): {
  total: number;
  idle: number;
  threads: number;
  self: [string, number][];
  inclusive: [string, number][];
  areas: [string, number][];
} {
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const areas = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const path of paths) {
    const prof = JSON.parse(readFileSync(path, 'utf8')) as Profile;
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const key = (n: ProfNode) => {
      const f = n.callFrame;
      const file = f.url
        ? f.url
            .replace(/^file:\/\//, '')
            .replace(ROOT + '/', '')
            .replace(/^.*node_modules\//, '')
        : '';
      return `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
    };
    prof.samples.forEach((id, i) => {
      const dt = (prof.timeDeltas[i] ?? 0) / 1000;
      const n = byId.get(id)!;
      if (n.callFrame.functionName === '(idle)') {
        idle += dt;
        return;
      }
      total += dt;
      const k = key(n);
      self.set(k, (self.get(k) ?? 0) + dt);
      const area = areaOf(n.callFrame.url, n.callFrame.functionName);
      areas.set(area, (areas.get(area) ?? 0) + dt);
      const seen = new Set<string>();
      for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
        const kk = key(byId.get(x)!);
        if (seen.has(kk)) continue;
        seen.add(kk);
        incl.set(kk, (incl.get(kk) ?? 0) + dt);
      }
    });
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  // Inclusive: only our code and the libraries it calls directly, the interesting frames.
  const interesting = [...incl].filter(([k]) =>
    /src\/core\/|scripts\/check|gray-matter|js-yaml\/|zod\/|satteri\/|github-slugger/.test(k),
  );
  return {
    total,
    idle,
    threads: paths.length,
    self: top(self, 25),
    inclusive: interesting.sort((a, b) => b[1] - a[1]).slice(0, 25),
    areas: top(areas, 15),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  await acquireBenchLock();
  const cfg = readConfig(ROOT);
  const owners = cfg.owners;
  const lines: string[] = [];
  const out = (s = '') => {
    console.log(s);
    lines.push(s);
  };
  out(`# Checker benchmark: ${args.n.toLocaleString('en-US')} files`);
  out();
  out(
    `Node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? '?'}), ${new Date().toISOString()}`,
  );
  out();

  const dir = tempDir('playbook-bench-check-');
  let t = performance.now();
  const gen = writePlaybook(dir, { pages: args.n });
  out(
    `Generated ${gen.files.toLocaleString('en-US')} pages (${Object.entries(gen.perLocale)
      .map(([l, n]) => `${l} ${n}`)
      .join(
        ', ',
      )}; index ${gen.levels.index}, L1 ${gen.levels.L1}, L2 ${gen.levels.L2}, L3 ${gen.levels.L3}), mean ${(gen.bytes / gen.files / 1024).toFixed(1)} KB, ${(gen.bytes / 1024 / 1024).toFixed(1)} MB, in ${fmtS(ms(t))} s → ${dir}`,
  );
  out();

  // 1. loadContent in this process. Each run waits for a quiet machine (other builds share it).
  const quiet = () => (args.wait ? waitForQuiet() : Promise.resolve(true));
  const times: number[] = [];
  const others: number[] = [];
  let corpus: Corpus | undefined;
  for (let i = 0; i < args.runs; i++) {
    await quiet();
    const busy0 = machineBusySeconds();
    const cpu0 = process.cpuUsage();
    t = performance.now();
    corpus = loadContent(dir, { owners });
    times.push(ms(t));
    const own = process.cpuUsage(cpu0);
    others.push(Math.max(0, machineBusySeconds() - busy0 - (own.user + own.system) / 1e6));
  }
  // The CLI may use a parallel loader (src/core/parallel.ts, when present): time it too.
  type Parallel = (dir: string, opts: { owners: string[] }) => Promise<Corpus>;
  const parallel = (await import('../src/core/parallel.ts' as string).catch(() => undefined)) as
    { loadContentParallel?: Parallel } | undefined;
  const ptimes: number[] = [];
  const pothers: number[] = [];
  if (parallel?.loadContentParallel) {
    for (let i = 0; i < args.runs; i++) {
      await quiet();
      const busy0 = machineBusySeconds();
      const cpu0 = process.cpuUsage();
      t = performance.now();
      const c = await parallel.loadContentParallel(dir, { owners });
      ptimes.push(ms(t));
      const own = process.cpuUsage(cpu0);
      pothers.push(Math.max(0, machineBusySeconds() - busy0 - (own.user + own.system) / 1e6));
      if (
        c.pages.length !== corpus!.pages.length ||
        c.diagnostics.length !== corpus!.diagnostics.length
      ) {
        console.error(
          `loadContentParallel disagrees with loadContent: ${c.pages.length} vs ${corpus!.pages.length} pages`,
        );
        process.exit(1);
      }
    }
  }
  const errors = corpus!.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = corpus!.diagnostics.length - errors;
  if (corpus!.fileCount !== gen.files || errors || warnings) {
    console.error(
      `the synthetic content should load cleanly: ${corpus!.fileCount} files, ${errors} errors, ${warnings} warnings`,
    );
    for (const d of corpus!.diagnostics.slice(0, 10))
      console.error(`  ${d.file}:${d.line} ${d.rule} ${d.message}`);
    process.exit(1);
  }
  const loadCold = times[0]!;
  const loadBest = Math.min(...times);

  // 2. The CLI as a child process (wall time).
  const cli: number[] = [];
  const cliOther: number[] = [];
  const cliRss: number[] = [];
  let cliLast = '';
  // Once untimed: scripts/check.mjs (re)builds its bundle when a source is newer (once).
  spawnSync(process.execPath, [...CHECK_COMMAND, '--help'], { cwd: ROOT });
  for (let i = 0; i < args.runs; i++) {
    await quiet();
    const r = await runMeasured(process.execPath, [...CHECK_COMMAND, dir], { cwd: ROOT });
    cli.push(r.wallSeconds * 1000);
    cliOther.push(r.otherCpuSeconds);
    cliRss.push(r.peakRssMB);
    cliLast =
      r.output
        .trim()
        .split('\n')
        .filter((l) => / files, /.test(l))
        .pop() ?? '';
    if (r.status !== 0) {
      console.error(`check exited ${r.status}:\n${r.output.slice(-2000)}`);
      process.exit(1);
    }
  }
  const cliMed = median(cli);
  const perTarget = (msec: number) => (msec / 1000) * (TARGET_FILES / gen.files);

  out('## Timings');
  out();
  const oth = (xs: number[]) => xs.map((x) => (Number.isNaN(x) ? '?' : x.toFixed(1))).join(', ');
  out(
    "| What | Files | Seconds | Files/second | 10,000 files ≤ 3 s? | Other processes' CPU-s during the runs |",
  );
  out('| --- | ---: | ---: | ---: | --- | --- |');
  const verdict = (msec: number) => {
    const s = perTarget(msec);
    const ok = s <= TARGET_SECONDS;
    return `${ok ? 'met' : 'NOT met'}${gen.files === TARGET_FILES ? '' : ` (scaled: ${s.toFixed(2)} s)`}`;
  };
  out(
    `| \`loadContent\` in-process, first run | ${gen.files} | ${fmtS(loadCold)} | ${rate(gen.files, loadCold)} | ${verdict(loadCold)} | ${oth(others.slice(0, 1))} |`,
  );
  out(
    `| \`loadContent\` in-process, best of ${args.runs} (${times.map((x) => fmtS(x)).join(', ')}) | ${gen.files} | ${fmtS(loadBest)} | ${rate(gen.files, loadBest)} | ${verdict(loadBest)} | ${oth(others)} |`,
  );
  if (ptimes.length) {
    const pb = Math.min(...ptimes);
    out(
      `| \`loadContentParallel\` in-process (src/core/parallel.ts), first run | ${gen.files} | ${fmtS(ptimes[0]!)} | ${rate(gen.files, ptimes[0]!)} | ${verdict(ptimes[0]!)} | ${oth(pothers.slice(0, 1))} |`,
    );
    out(
      `| \`loadContentParallel\` in-process, best of ${args.runs} (${ptimes.map((x) => fmtS(x)).join(', ')}) | ${gen.files} | ${fmtS(pb)} | ${rate(gen.files, pb)} | ${verdict(pb)} | ${oth(pothers)} |`,
    );
  }
  out(
    `| CLI \`node ${CHECK_COMMAND.join(' ')} <dir>\` (as \`npm run check\`), wall, median of ${args.runs} (${cli.map((x) => fmtS(x)).join(', ')}) | ${gen.files} | ${fmtS(cliMed)} | ${rate(gen.files, cliMed)} | ${verdict(cliMed)} | ${oth(cliOther)} |`,
  );
  out();
  out(
    `CLI peak RSS: ${Math.max(...cliRss).toFixed(0)} MB. Other processes' CPU-seconds near 0 mean the figures are undisturbed.`,
  );
  out();
  out(`CLI says: ${cliLast}`);
  out();

  // 3. Each step alone.
  await quiet();
  const ph = phases(dir, owners, corpus!);
  out('## Where the time goes (each step of loadContent run alone over the same files)');
  out();
  out('| Step | ms total | µs per file | share of best loadContent |');
  out('| --- | ---: | ---: | ---: |');
  for (const [name, v] of ph)
    out(
      `| ${name} | ${v.toFixed(0)} | ${((v * 1000) / gen.files).toFixed(0)} | ${((v / loadBest) * 100).toFixed(0)} % |`,
    );
  out();

  // 4. Parser comparison.
  await quiet();
  const pc = parseComparison(dir, args.parseSample);
  out(
    `## Markdown parse cost per file (${pc.files.toLocaleString('en-US')} bodies, mean ${(pc.bytes / pc.files / 1024).toFixed(1)} KB)`,
  );
  out();
  out('| Parser | ms per file | Files/second |');
  out('| --- | ---: | ---: |');
  out(
    `| Sätteri \`markdownToMdast\` (gfm) | ${pc.satteri.toFixed(3)} | ${Math.round(1000 / pc.satteri).toLocaleString('en-US')} |`,
  );
  out(
    `| unified + remark-parse + remark-gfm | ${pc.remark.toFixed(3)} | ${Math.round(1000 / pc.remark).toLocaleString('en-US')} |`,
  );
  out(`| ratio remark / Sätteri | ${(pc.remark / pc.satteri).toFixed(1)}× | |`);
  out();

  // 5. Profile the CLI when it misses the target (or on request).
  const missed = perTarget(cliMed) > TARGET_SECONDS;
  if (args.profile ?? missed) {
    // One folder per run: Node writes one profile per thread (main and any workers).
    const name = `check-${gen.files}-${Date.now()}`;
    const profDir = join(ROOT, 'test-results', 'profiles', name);
    mkdirSync(profDir, { recursive: true });
    await quiet();
    spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profDir, ...CHECK_COMMAND, dir], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const s = summariseProfile(
      readdirSync(profDir)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(profDir, f)),
    );
    out(
      `## CPU profile of the CLI (${s.threads} thread(s), ${(s.total / 1000).toFixed(2)} s busy + ${(s.idle / 1000).toFixed(2)} s idle sampled; test-results/profiles/${name}/)`,
    );
    out();
    out('Shares are of busy time summed over threads.');
    out();
    out('By area (self time):');
    out();
    out('| Area | ms | share |');
    out('| --- | ---: | ---: |');
    for (const [k, v] of s.areas)
      out(`| ${k} | ${v.toFixed(0)} | ${((v / s.total) * 100).toFixed(1)} % |`);
    out();
    out('Top functions by self time:');
    out();
    out('| Function | ms | share |');
    out('| --- | ---: | ---: |');
    for (const [k, v] of s.self)
      out(`| \`${k}\` | ${v.toFixed(0)} | ${((v / s.total) * 100).toFixed(1)} % |`);
    out();
    out('Our code and the libraries it calls, inclusive time:');
    out();
    out('| Function | ms | share |');
    out('| --- | ---: | ---: |');
    for (const [k, v] of s.inclusive)
      out(`| \`${k}\` | ${v.toFixed(0)} | ${((v / s.total) * 100).toFixed(1)} % |`);
    out();
  }

  // 6. Reporting many mistakes is as fast: every 20th file gets two broken links (a near miss of
  // its own id, which gets a "did you mean", and one with an anchor), run last: it edits the tree.
  const broken = listMd(dir).filter((_, i) => i % 20 === 0);
  for (const file of broken) {
    const id = basename(file, '.md');
    appendFileSync(file, `\nSee [gone](${id}-typo.md) and [also](${id}x.md#nope).\n`);
  }
  const bcli: number[] = [];
  let bLast = '';
  for (let i = 0; i < args.runs; i++) {
    await quiet();
    const r = await runMeasured(process.execPath, [...CHECK_COMMAND, dir], { cwd: ROOT });
    bcli.push(r.wallSeconds * 1000);
    bLast =
      r.output
        .trim()
        .split('\n')
        .filter((l) => / files, /.test(l))
        .pop() ?? '';
    const found = Number(/: (\d+) errors?,/.exec(bLast)?.[1] ?? NaN);
    if (r.status !== 1 || found !== broken.length * 2) {
      console.error(
        `check should exit 1 with ${broken.length * 2} errors, got exit ${r.status} and "${bLast}":\n${r.output.slice(-2000)}`,
      );
      process.exit(1);
    }
  }
  const bMed = median(bcli);
  out(
    `## With ${(broken.length * 2).toLocaleString('en-US')} broken links (${broken.length.toLocaleString('en-US')} files; one link of each pair a near miss that gets a "did you mean")`,
  );
  out();
  out('| What | Files | Seconds | Files/second | 10,000 files ≤ 3 s? |');
  out('| --- | ---: | ---: | ---: | --- |');
  out(
    `| CLI, wall, median of ${args.runs} (${bcli.map((x) => fmtS(x)).join(', ')}) | ${gen.files} | ${fmtS(bMed)} | ${rate(gen.files, bMed)} | ${verdict(bMed)} |`,
  );
  out();
  out(`CLI says: ${bLast}`);
  out();

  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results', 'bench-check.md'), lines.join('\n') + '\n');
  console.log('(written to test-results/bench-check.md)');
  if (args.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

await main();
