/**
 * A sentence-level translation engine over any LibreTranslate-compatible HTTP endpoint:
 * POST {q, source, target, format: 'text', api_key} to <url>/translate → {translatedText}.
 * Runs wherever `fetch` does (tabs, Node workers); the URL and key come from the host's
 * configuration (`libreTranslateConfig` reads the LIBRETRANSLATE_* variables a Node host has).
 */
import { systemClock, type Clock } from '../node/base/clock.ts';
import { TabmeshError } from '../node/base/errors.ts';
import { withTimeout } from '../node/base/timeout.ts';
import { TEXT_LANGUAGES, type TextLanguage, type TranslationEngine, type TranslationQuality, type TranslationResult } from '../node/jobs/engines.ts';

export const LIBRETRANSLATE_ENGINE_NAME = 'libretranslate';

/** A sign's text is short; a slow public instance answers a sentence in a few seconds. */
export const LIBRETRANSLATE_TIMEOUT_MS = 15_000;
/** Longest answer read: a translation is a few times its input at most (the input is capped below). */
const MAX_RESPONSE_CHARS = 1_000_000;
/** Longest text sent in one request: LibreTranslate instances commonly refuse more than a few thousand characters. */
export const LIBRETRANSLATE_MAX_CHARS = 5_000;

export const LIBRETRANSLATE_ERROR_CODES = ['bad-config', 'unsupported-pair', 'too-long', 'unreachable', 'http-error', 'bad-response', 'timeout', 'aborted'] as const;
export type LibreTranslateErrorCode = (typeof LIBRETRANSLATE_ERROR_CODES)[number];

export class LibreTranslateError extends Error {
  readonly code: LibreTranslateErrorCode;
  /** The HTTP status, for 'http-error'. */
  readonly status: number | undefined;
  constructor(code: LibreTranslateErrorCode, message: string, status?: number) {
    super(message);
    this.name = 'LibreTranslateError';
    this.code = code;
    this.status = status;
  }
}

export interface LibreTranslateOptions {
  /** The instance's base URL (`https://translate.example/`); `/translate` is appended. */
  url: string;
  apiKey?: string;
  /** Per request; default LIBRETRANSLATE_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Pairs (`en-es`) the instance is known to have; default every pair among TEXT_LANGUAGES. */
  pairs?: readonly string[];
  clock?: Clock;
  fetch?: typeof fetch;
}

export type LibreTranslateConfig = Pick<LibreTranslateOptions, 'url' | 'apiKey' | 'timeoutMs' | 'pairs'>;

const ALL_PAIRS: readonly string[] = TEXT_LANGUAGES.flatMap((from) => TEXT_LANGUAGES.filter((to) => to !== from).map((to) => `${from}-${to}`));

export class LibreTranslateEngine implements TranslationEngine {
  readonly name = LIBRETRANSLATE_ENGINE_NAME;
  readonly quality: TranslationQuality = 'sentence';
  readonly #endpoint: string;
  readonly #apiKey: string;
  readonly #timeoutMs: number;
  readonly #pairs: readonly string[];
  readonly #clock: Clock;
  readonly #fetch: typeof fetch;

  constructor(options: LibreTranslateOptions) {
    this.#endpoint = new URL('translate', baseUrl(options.url)).href;
    this.#apiKey = options.apiKey ?? '';
    this.#timeoutMs = options.timeoutMs ?? LIBRETRANSLATE_TIMEOUT_MS;
    if (!(this.#timeoutMs > 0)) throw new LibreTranslateError('bad-config', `libretranslate: timeout must be positive, got ${this.#timeoutMs}`);
    this.#pairs = [...(options.pairs ?? ALL_PAIRS)];
    this.#clock = options.clock ?? systemClock;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  pairs(): readonly string[] {
    return this.#pairs;
  }

  async translate(text: string, from: TextLanguage, to: TextLanguage, options: { signal?: AbortSignal } = {}): Promise<TranslationResult> {
    if (!this.#pairs.includes(`${from}-${to}`)) throw new LibreTranslateError('unsupported-pair', `libretranslate: ${from}-${to} is not configured`);
    if (text.length > LIBRETRANSLATE_MAX_CHARS) throw new LibreTranslateError('too-long', `libretranslate: ${text.length} characters, at most ${LIBRETRANSLATE_MAX_CHARS}`);
    if (text.trim() === '') return { text, engine: this.name, quality: this.quality };
    const body = JSON.stringify({ q: text, source: from, target: to, format: 'text', api_key: this.#apiKey });
    const timeoutOptions = { message: `libretranslate: no answer within ${this.#timeoutMs} ms`, ...(options.signal ? { signal: options.signal } : {}) };
    try {
      const translated = await withTimeout(this.#clock, this.#timeoutMs, (signal) => this.#post(body, signal), timeoutOptions);
      return { text: translated, engine: this.name, quality: this.quality };
    } catch (error) {
      if (options.signal?.aborted) throw new LibreTranslateError('aborted', 'libretranslate: translation aborted');
      throw asLibreTranslateError(error);
    }
  }

  /**
   * Asks the instance which of the pairs among TEXT_LANGUAGES it has (GET <url>/languages →
   * [{code, targets}]), so that a worker advertises only those: give the answer as `pairs` to a new engine.
   */
  async discoverPairs(options: { signal?: AbortSignal } = {}): Promise<string[]> {
    const url = new URL('languages', this.#endpoint).href;
    const timeoutOptions = { message: `libretranslate: no answer within ${this.#timeoutMs} ms`, ...(options.signal ? { signal: options.signal } : {}) };
    try {
      const parsed = await withTimeout(this.#clock, this.#timeoutMs, (signal) => this.#request(url, { method: 'GET', headers: { accept: 'application/json' }, signal }), timeoutOptions);
      if (!Array.isArray(parsed)) throw new LibreTranslateError('bad-response', 'libretranslate: /languages is not a list');
      const pairs = new Set<string>();
      for (const language of parsed as unknown[]) {
        if (typeof language !== 'object' || language === null) continue;
        const { code, targets } = language as Record<string, unknown>;
        if (typeof code !== 'string' || !Array.isArray(targets)) continue;
        for (const target of targets) if (typeof target === 'string' && ALL_PAIRS.includes(`${code}-${target}`)) pairs.add(`${code}-${target}`);
      }
      return ALL_PAIRS.filter((p) => pairs.has(p));
    } catch (error) {
      if (options.signal?.aborted) throw new LibreTranslateError('aborted', 'libretranslate: request aborted');
      throw asLibreTranslateError(error);
    }
  }

  async #post(body: string, signal: AbortSignal): Promise<string> {
    const parsed = await this.#request(this.#endpoint, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body, signal });
    const translated = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).translatedText : undefined;
    if (typeof translated !== 'string') throw new LibreTranslateError('bad-response', 'libretranslate: answer has no translatedText string');
    return translated;
  }

  /** One request: its JSON answer, or a typed error (transport, HTTP status, size, JSON). */
  async #request(url: string, init: RequestInit & { signal: AbortSignal }): Promise<unknown> {
    const signal = init.signal;
    let response: Response;
    try {
      response = await this.#fetch(url, init);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw new LibreTranslateError('unreachable', `libretranslate: ${describe(error)}`);
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_RESPONSE_CHARS) {
      await response.body?.cancel().catch(() => undefined);
      throw new LibreTranslateError('bad-response', `libretranslate: answer of ${declared} bytes`);
    }
    const raw = await response.text();
    if (!response.ok) {
      throw new LibreTranslateError('http-error', `libretranslate: HTTP ${response.status}${serverMessage(raw)}`, response.status);
    }
    if (raw.length > MAX_RESPONSE_CHARS) throw new LibreTranslateError('bad-response', `libretranslate: answer of ${raw.length} characters`);
    try {
      return JSON.parse(raw);
    } catch {
      throw new LibreTranslateError('bad-response', 'libretranslate: answer is not JSON');
    }
  }
}

/**
 * The engine's configuration from a Node host's environment: LIBRETRANSLATE_URL (none: no
 * engine), LIBRETRANSLATE_API_KEY, LIBRETRANSLATE_TIMEOUT_MS, LIBRETRANSLATE_PAIRS (comma-separated).
 */
export function libreTranslateConfig(env: Readonly<Record<string, string | undefined>>): LibreTranslateConfig | undefined {
  const url = env.LIBRETRANSLATE_URL?.trim();
  if (!url) return undefined;
  baseUrl(url);
  const config: LibreTranslateConfig = { url };
  const apiKey = env.LIBRETRANSLATE_API_KEY?.trim();
  if (apiKey) config.apiKey = apiKey;
  const timeout = env.LIBRETRANSLATE_TIMEOUT_MS?.trim();
  if (timeout) {
    const ms = Number(timeout);
    if (!Number.isInteger(ms) || ms < 1 || ms > 600_000) throw new LibreTranslateError('bad-config', `LIBRETRANSLATE_TIMEOUT_MS must be 1..600000, got '${timeout}'`);
    config.timeoutMs = ms;
  }
  const pairs = env.LIBRETRANSLATE_PAIRS?.trim();
  if (pairs) {
    const list = pairs.split(',').map((p) => p.trim()).filter((p) => p !== '');
    const unknown = list.filter((p) => !ALL_PAIRS.includes(p));
    if (unknown.length > 0) throw new LibreTranslateError('bad-config', `LIBRETRANSLATE_PAIRS: unknown pairs ${unknown.join(', ')} (known: ${ALL_PAIRS.join(', ')})`);
    config.pairs = list;
  }
  return config;
}

/** The base URL with a trailing slash, so that `translate` resolves under it; http(s) only. */
function baseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new LibreTranslateError('bad-config', `libretranslate: not a URL: '${url}'`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new LibreTranslateError('bad-config', `libretranslate: not an http(s) URL: '${url}'`);
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed;
}

function asLibreTranslateError(error: unknown): LibreTranslateError {
  if (error instanceof LibreTranslateError) return error;
  if (error instanceof TabmeshError && (error.code === 'timeout' || error.code === 'aborted')) return new LibreTranslateError(error.code, error.message);
  return new LibreTranslateError('unreachable', `libretranslate: ${describe(error)}`);
}

/** LibreTranslate says why in {"error": "..."}; a short excerpt of it, or nothing. */
function serverMessage(raw: string): string {
  try {
    const parsed: unknown = JSON.parse(raw);
    const message = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).error : undefined;
    if (typeof message === 'string' && message !== '') return `: ${message.slice(0, 200)}`;
  } catch {}
  return '';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
