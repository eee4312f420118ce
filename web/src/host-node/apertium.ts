/**
 * A sentence-level engine for Node peers: Debian's Apertium, one `apertium -u <mode>` process per
 * step, the text in a private temporary file (never in arguments). en→es is direct (apertium-eng-spa); Debian has no
 * eng-fra or eng-ita pair, so fr and it go through a pivot (English → Spanish or Catalan → target)
 * where the packages are installed — measured against the lexicon in BENCHMARKS.md, "Translation
 * quality". German has no route in Debian: those jobs go to engines that have it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TextLanguage, TranslationEngine, TranslationQuality, TranslationResult } from '../node/jobs/engines.ts';
import { capitalize, casePattern } from '../node/jobs/translation/casing.ts';

export const APERTIUM_ENGINE_NAME = 'apertium';
/** Where Debian's packages put their modes. */
export const APERTIUM_MODES_DIR = '/usr/share/apertium/modes';
/** One step of a sign's text takes ~0.3 s; a loaded machine may take several. */
export const APERTIUM_TIMEOUT_MS = 20_000;
/** A sign's text, or a page of it. */
export const APERTIUM_MAX_CHARS = 5_000;
/** Processes at once: each step is a process start plus a few dictionaries loaded. */
const MAX_RUNNING = 2;
const MAX_OUTPUT_CHARS = 50_000;

/** Routes per pair, best first: each is the modes run one after the other. */
export const APERTIUM_ROUTES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'en-es': [['eng-spa']],
  'en-fr': [
    ['eng-spa', 'es-fr'],
    ['eng-cat', 'cat-fra'],
  ],
  'en-it': [
    ['eng-spa', 'spa-ita'],
    ['eng-cat', 'cat-ita'],
  ],
};

export const APERTIUM_ERROR_CODES = ['unavailable', 'unsupported-pair', 'too-long', 'failed', 'timeout', 'aborted'] as const;
export type ApertiumErrorCode = (typeof APERTIUM_ERROR_CODES)[number];

export class ApertiumError extends Error {
  readonly code: ApertiumErrorCode;
  constructor(code: ApertiumErrorCode, message: string) {
    super(message);
    this.name = 'ApertiumError';
    this.code = code;
  }
}

export interface ApertiumOptions {
  /** The `apertium` program: a path, or a name looked up on PATH. */
  binary?: string;
  modesDir?: string;
  timeoutMs?: number;
  /** Force a route per pair (the quality bench compares them); default: the first installed. */
  routes?: Readonly<Record<string, readonly string[]>>;
}

/** The installed modes (`eng-spa`, ...), from the modes directory; empty when there is none. */
export async function installedModes(modesDir = APERTIUM_MODES_DIR): Promise<Set<string>> {
  try {
    return new Set((await readdir(modesDir)).filter((f) => f.endsWith('.mode')).map((f) => f.slice(0, -'.mode'.length)));
  } catch {
    return new Set();
  }
}

/** Each pair's first route whose modes are all installed. */
export function chooseRoutes(modes: ReadonlySet<string>): Record<string, readonly string[]> {
  const chosen: Record<string, readonly string[]> = {};
  for (const [pair, routes] of Object.entries(APERTIUM_ROUTES)) {
    const route = routes.find((r) => r.every((m) => modes.has(m)));
    if (route) chosen[pair] = route;
  }
  return chosen;
}

export class ApertiumEngine implements TranslationEngine {
  readonly name = APERTIUM_ENGINE_NAME;
  readonly quality: TranslationQuality = 'sentence';
  readonly #binary: string;
  readonly #timeoutMs: number;
  readonly #routes: Readonly<Record<string, readonly string[]>>;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  /** Use `createApertiumEngine` to find the installed routes. */
  constructor(routes: Readonly<Record<string, readonly string[]>>, options: ApertiumOptions = {}) {
    this.#binary = options.binary ?? 'apertium';
    this.#timeoutMs = options.timeoutMs ?? APERTIUM_TIMEOUT_MS;
    this.#routes = routes;
  }

  pairs(): readonly string[] {
    return Object.keys(this.#routes);
  }

  route(pair: string): readonly string[] | undefined {
    return this.#routes[pair];
  }

  async translate(text: string, from: TextLanguage, to: TextLanguage, options: { signal?: AbortSignal } = {}): Promise<TranslationResult> {
    const route = this.#routes[`${from}-${to}`];
    if (!route) throw new ApertiumError('unsupported-pair', `apertium: no route for ${from}-${to}`);
    if (text.length > APERTIUM_MAX_CHARS) throw new ApertiumError('too-long', `apertium: ${text.length} characters, at most ${APERTIUM_MAX_CHARS}`);
    if (text.trim() === '') return { text, engine: this.name, quality: this.quality };
    // Apertium's analysers read "NO PARKING" word by word as unknown capitals and answer in mixed
    // case ("No APARCAR"): a sign in capitals goes in sentence-cased and comes out in capitals.
    const shouting = casePattern([text]) === 'upper';
    let out = shouting ? text.split('\n').map((line) => capitalize(line.toLocaleLowerCase(from), from)).join('\n') : text;
    for (const mode of route) out = await this.#step(mode, out, options.signal);
    if (shouting) out = out.toLocaleUpperCase(to);
    return { text: out.replace(/\s+$/, text.endsWith('\n') ? '\n' : ''), engine: this.name, quality: this.quality };
  }

  /** One mode over `input`, with MAX_RUNNING processes at most at once. */
  async #step(mode: string, input: string, signal: AbortSignal | undefined): Promise<string> {
    while (this.#running >= MAX_RUNNING) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#running++;
    try {
      return await this.#run(mode, input, signal);
    } finally {
      this.#running--;
      this.#waiting.shift()?.();
    }
  }

  async #run(mode: string, input: string, signal: AbortSignal | undefined): Promise<string> {
    // The text goes in as a file: apertium opens /dev/stdin by name, which fails on the socket
    // pair Node gives a child for stdin.
    const dir = await mkdtemp(join(tmpdir(), 'tabmesh-apertium-'));
    const file = join(dir, 'in.txt');
    try {
      await writeFile(file, input.endsWith('\n') ? input : `${input}\n`, { mode: 0o600 });
      return await this.#spawn(mode, file, signal);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  #spawn(mode: string, file: string, signal: AbortSignal | undefined): Promise<string> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new ApertiumError('aborted', 'apertium: aborted'));
      // -u: unknown words pass through unmarked (names, brands), not with a '*'.
      const child = spawn(this.#binary, ['-u', '-f', 'txt', mode, file], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      let settled = false;
      const finish = (error: ApertiumError | undefined, value?: string): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (error) {
          child.kill('SIGKILL');
          reject(error);
        } else resolve(value ?? '');
      };
      const onAbort = (): void => finish(new ApertiumError('aborted', 'apertium: aborted'));
      const timer = setTimeout(() => finish(new ApertiumError('timeout', `apertium ${mode}: no answer within ${this.#timeoutMs} ms`)), this.#timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        if (out.length > MAX_OUTPUT_CHARS) finish(new ApertiumError('failed', `apertium ${mode}: more than ${MAX_OUTPUT_CHARS} characters of output`));
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err = (err + chunk).slice(-500)));
      child.on('error', (error: NodeJS.ErrnoException) =>
        finish(new ApertiumError(error.code === 'ENOENT' ? 'unavailable' : 'failed', `apertium: ${error.code === 'ENOENT' ? `${this.#binary} not found` : error.message}`)),
      );
      child.on('close', (code) => finish(code === 0 ? undefined : new ApertiumError('failed', `apertium ${mode} exited with ${code}: ${err.trim()}`), out));
    });
  }
}

/**
 * The engine with every installed route, or why there is none: the binary missing, or no pair
 * of ours installed. A worker says the reason at start and goes on with the engines it has.
 */
export async function createApertiumEngine(options: ApertiumOptions = {}): Promise<{ engine: ApertiumEngine } | { missing: string }> {
  const modes = await installedModes(options.modesDir);
  const routes = options.routes ?? chooseRoutes(modes);
  if (Object.keys(routes).length === 0) return { missing: `no Apertium pair for English in ${options.modesDir ?? APERTIUM_MODES_DIR} (apt-get install apertium-eng-spa)` };
  const engine = new ApertiumEngine(routes, options);
  try {
    await engine.translate('Exit', 'en', Object.keys(routes)[0]!.split('-')[1] as TextLanguage);
  } catch (error) {
    return { missing: `apertium does not run: ${(error as Error).message}` };
  }
  return { engine };
}
