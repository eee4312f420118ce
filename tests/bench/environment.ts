/**
 * What every benchmark runs in: a fresh signaling server on a free port serving dist/, and a
 * fresh Chromium (so per-tab memory is not inflated by an earlier bench). Both are closed in
 * `finally`, also when the bench throws.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startSignalingServer, type SignalingServer } from '../../signaling-server/src/server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/harness.ts';

/** Lets a page read its own JS heap to the byte instead of Chromium's coarse, bucketed value. */
const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

export interface BenchEnvironment {
  server: SignalingServer;
  browser: Browser;
  context: BrowserContext;
}

export async function withEnvironment<T>(run: (env: BenchEnvironment) => Promise<T>): Promise<T> {
  const server = await startSignalingServer({ port: 0, host: '127.0.0.1', staticDir: 'dist', iceServers: [] });
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: BENCH_CHROMIUM_ARGS, headless: true });
    context = await browser.newContext();
    return await run({ server, browser, context });
  } finally {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  }
}

export async function chromiumVersion(): Promise<string> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: BENCH_CHROMIUM_ARGS, headless: true });
    return browser.version();
  } finally {
    await browser?.close().catch(() => undefined);
  }
}

export interface ProcessMemory {
  /** Chromium processes found below this Node process. */
  processes: number;
  /** Of which renderers (`--type=renderer`). */
  renderers: number;
  /** Proportional set size summed: shared pages counted once overall, so sums are honest. */
  pssBytes: number;
  /** Resident set size summed: shared pages counted in every process (an overestimate). */
  rssBytes: number;
}

/** Memory of every Chromium process descended from this Node process, from /proc. */
export function chromiumMemory(): ProcessMemory {
  const result: ProcessMemory = { processes: 0, renderers: 0, pssBytes: 0, rssBytes: 0 };
  for (const { pid, cmdline } of chromiumProcesses()) {
    const rollup = readText(`/proc/${pid}/smaps_rollup`);
    if (rollup === undefined) continue;
    result.processes += 1;
    if (cmdline.includes('--type=renderer')) result.renderers += 1;
    result.pssBytes += kilobytes(rollup, 'Pss') * 1024;
    result.rssBytes += kilobytes(rollup, 'Rss') * 1024;
  }
  return result;
}

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (user + system) consumed so far by every Chromium process alive now, in ms. */
export function chromiumCpuMs(): number {
  let ticks = 0;
  for (const { pid } of chromiumProcesses()) {
    const fields = statFields(pid);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Chromium processes descended from this Node process; cmdline with NULs as spaces. */
function chromiumProcesses(): { pid: number; cmdline: string }[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const ppid = readParent(pid);
    if (ppid === undefined) continue;
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  const found: { pid: number; cmdline: string }[] = [];
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    stack.push(...(children.get(pid) ?? []));
    const cmdline = readText(`/proc/${pid}/cmdline`)?.replaceAll('\0', ' ') ?? '';
    if (cmdline.split(' ')[0]?.includes('chrom')) found.push({ pid, cmdline });
  }
  return found;
}

/** Fields of /proc/<pid>/stat after "pid (comm)": [0] state, [1] ppid, [11] utime, [12] stime. */
function statFields(pid: number): string[] | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  // comm may hold spaces and parentheses, so cut at the last ')'
  return stat === undefined ? undefined : stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function readParent(pid: number): number | undefined {
  const ppid = Number(statFields(pid)?.[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process exited while we looked
  }
}

function kilobytes(rollup: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup);
  return match ? Number(match[1]) : 0;
}
