/**
 * Benchmarks share a small machine (2 cores) with other work (test builds). These helpers tell
 * how busy the machine is from /proc/stat, wait for it to be quiet before a measurement, and
 * report how much CPU other processes used during one, so a disturbed figure is visible as such;
 * and a lock keeps two benchmarks from running at once.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

/** Busy CPU time of the whole machine so far, in seconds (Linux; 0 elsewhere). */
export function machineBusySeconds(): number {
  if (!existsSync('/proc/stat')) return 0;
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return (
    ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / 100
  ); // USER_HZ
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Cores in use by everything on the machine, averaged over `ms`. */
export async function busyCores(ms = 2000): Promise<number> {
  const a = machineBusySeconds();
  await sleep(ms);
  return (machineBusySeconds() - a) / (ms / 1000);
}

/**
 * Waits until the machine has been quiet (< `maxCores` busy) for one sample, printing why it
 * waits. Gives up after `timeoutS` and says so (the measurement then runs on a busy machine).
 */
export async function waitForQuiet(
  opts: { maxCores?: number; timeoutS?: number; log?: (s: string) => void } = {},
): Promise<boolean> {
  const max = opts.maxCores ?? 0.3;
  const timeout = (opts.timeoutS ?? 1800) * 1000;
  const log = opts.log ?? ((s: string) => console.error(s));
  if (!existsSync('/proc/stat')) return true;
  const start = Date.now();
  let said = 0;
  for (;;) {
    const busy = await busyCores(2000);
    if (busy < max) return true;
    if (Date.now() - start > timeout) {
      log(
        `  machine still busy (${busy.toFixed(1)} of ${cpus().length} cores) after ${Math.round(timeout / 1000)} s; measuring anyway`,
      );
      return false;
    }
    if (Date.now() - said > 30_000) {
      log(
        `  waiting for the machine to be quiet: ${busy.toFixed(1)} of ${cpus().length} cores busy with other work (${busyProcesses()})`,
      );
      said = Date.now();
    }
  }
}

/** Short list of other busy-looking processes (names only), for the waiting message. */
function busyProcesses(): string {
  try {
    const out: string[] = [];
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
      let cmd = '';
      try {
        cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      } catch {
        continue;
      }
      if (/astro(\.mjs)? (build|dev)|--test |pagefind|chromium|chrome/.test(cmd))
        out.push(cmd.replace(/^\S*\//, '').slice(0, 80));
    }
    return out.length ? out.slice(0, 3).join('; ') : 'unknown';
  } catch {
    return 'unknown';
  }
}

export interface Measured {
  status: number;
  /** Combined stdout + stderr (without /usr/bin/time's report), last `keep` characters. */
  output: string;
  wallSeconds: number;
  /** CPU seconds of the command and its children (from /usr/bin/time; NaN without it). */
  cpuSeconds: number;
  /** Peak resident set size in MB: the largest single process (/usr/bin/time -v), or the polled sum over the process tree. */
  peakRssMB: number;
  peakRssHow: 'time -v' | 'polled';
  /** CPU seconds other processes used meanwhile (machine busy − the command's tree − this process); NaN when unknown. */
  otherCpuSeconds: number;
}

export const HAS_GNU_TIME = (() => {
  if (!existsSync('/usr/bin/time')) return false;
  try {
    // GNU time: `-v` prints "Maximum resident set size"; BusyBox/BSD time do not take -v the same way.
    const r = spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' });
    return r.status === 0 && /Maximum resident set size/.test(r.stderr ?? '');
  } catch {
    return false;
  }
})();

/** Every process's parent, RSS (kB) and CPU so far (clock ticks), from /proc. */
function processTable(): Map<number, { ppid: number; rssKB: number; ticks: number }> {
  const table = new Map<number, { ppid: number; rssKB: number; ticks: number }>();
  if (!existsSync('/proc')) return table;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // f[0] is field 3 (state)
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+)/.exec(status);
      table.set(Number(name), {
        ppid: Number(f[1]),
        rssKB: m ? Number(m[1]) : 0,
        ticks: Number(f[11]) + Number(f[12]),
      });
    } catch {
      /* process ended */
    }
  }
  return table;
}

/**
 * Follows a process tree while it runs: peak RSS of the whole tree and the CPU of every process
 * ever seen in it, including children it never waits for (Starlight's pagefind service outlives
 * astro and is reaped by init, so GNU time does not count it).
 */
class TreeWatch {
  readonly members = new Set<number>();
  readonly lastTicks = new Map<number, number>();
  peakKB = 0;
  readonly root: number;
  constructor(root: number) {
    this.root = root;
  }
  sample(): void {
    const table = processTable();
    const children = new Map<number, number[]>();
    for (const [pid, p] of table) {
      if (!children.has(p.ppid)) children.set(p.ppid, []);
      children.get(p.ppid)!.push(pid);
    }
    let rss = 0;
    const stack = [this.root, ...[...this.members].filter((pid) => table.has(pid))];
    const seen = new Set<number>();
    while (stack.length) {
      const pid = stack.pop()!;
      if (seen.has(pid)) continue;
      seen.add(pid);
      const p = table.get(pid);
      if (!p) continue;
      this.members.add(pid);
      this.lastTicks.set(pid, p.ticks);
      rss += p.rssKB;
      stack.push(...(children.get(pid) ?? []));
    }
    this.peakKB = Math.max(this.peakKB, rss);
  }
  cpuSeconds(): number {
    let t = 0;
    for (const v of this.lastTicks.values()) t += v;
    return t / 100; // USER_HZ
  }
}

/**
 * Runs a command and measures it: wall time, CPU, peak memory (GNU `/usr/bin/time -v` when
 * present, else the process tree's RSS polled every 200 ms) and other processes' CPU meanwhile.
 */
export function runMeasured(
  cmd: string,
  args: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; keep?: number },
): Promise<Measured> {
  const keep = opts.keep ?? 20_000;
  const useTime = HAS_GNU_TIME;
  const busy0 = machineBusySeconds();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const child = useTime
    ? spawn('/usr/bin/time', ['-v', cmd, ...args], {
        cwd: opts.cwd,
        env: opts.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const add = (s: string, which: 'out' | 'err') => {
    if (which === 'out') out = (out + s).slice(-keep);
    else err = (err + s).slice(-Math.max(keep, 8000));
  };
  child.stdout!.setEncoding('utf8').on('data', (s: string) => add(s, 'out'));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => add(s, 'err'));
  const watch = child.pid ? new TreeWatch(child.pid) : undefined;
  const poll = watch ? setInterval(() => watch.sample(), 250) : undefined;
  return new Promise((resolvePromise) => {
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const wallSeconds = (performance.now() - t0) / 1000;
      const ownCpu = process.cpuUsage(cpu0);
      let cpuSeconds = NaN;
      let peakKB = watch?.peakKB ?? 0;
      if (useTime) {
        const at = err.lastIndexOf('\tCommand being timed:');
        const report = at >= 0 ? err.slice(at) : '';
        err = at >= 0 ? err.slice(0, at) : err;
        const num = (re: RegExp) => Number(re.exec(report)?.[1] ?? NaN);
        cpuSeconds =
          num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/);
        peakKB = num(/Maximum resident set size \(kbytes\): (\d+)/);
      }
      const busy = machineBusySeconds() - busy0;
      // The command's CPU: GNU time's figure (waited-for children), or what the watch saw if more.
      const tree = Math.max(Number.isNaN(cpuSeconds) ? 0 : cpuSeconds, watch?.cpuSeconds() ?? 0);
      const ours = tree + (ownCpu.user + ownCpu.system) / 1e6;
      resolvePromise({
        status: code ?? 1,
        output: (out + (err ? `\n${err}` : '')).slice(-keep),
        wallSeconds,
        cpuSeconds,
        peakRssMB: peakKB / 1024,
        peakRssHow: useTime ? 'time -v' : 'polled',
        otherCpuSeconds: existsSync('/proc/stat') ? Math.max(0, busy - ours) : NaN,
      });
    });
  });
}

const LOCK = join(tmpdir(), 'playbook-bench.lock');

function lockHolder(): number | undefined {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    if (!pid) return undefined;
    process.kill(pid, 0); // throws when the process is gone
    return pid;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? -1 : undefined;
  }
}

/**
 * One benchmark at a time on this machine: takes a lock (a folder in the OS temp dir holding
 * the owner's pid; a lock whose owner is gone is taken over) and keeps it until this process
 * exits. Two benchmarks that both wait for a quiet machine would otherwise start together.
 */
export async function acquireBenchLock(
  log: (s: string) => void = (s) => console.error(s),
): Promise<void> {
  let said = 0;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      process.on('exit', () => {
        try {
          if (readFileSync(join(LOCK, 'pid'), 'utf8') === String(process.pid))
            rmSync(LOCK, { recursive: true, force: true });
        } catch {
          /* already gone */
        }
      });
      for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => process.exit(130));
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = lockHolder();
    if (holder === undefined) {
      // Owner gone (or pid not written yet: give it a moment before taking over).
      await sleep(500);
      if (lockHolder() === undefined) rmSync(LOCK, { recursive: true, force: true });
      continue;
    }
    if (Date.now() - said > 60_000) {
      log(`  another benchmark (pid ${holder}) is running; waiting for it to finish (${LOCK})`);
      said = Date.now();
    }
    await sleep(2000);
  }
}
